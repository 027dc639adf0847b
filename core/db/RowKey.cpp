#include "core/db/RowKey.h"

#include "core/db/Schema.h"
#include "core/db/Statement.h"

#include <QStringList>

namespace tsumugi {

namespace {
bool integerColumn(const std::string& table, const std::string& column) {
    return Schema::model().column(table, column).type == StorageModel::Type::Integer;
}
constexpr QChar Separator(0x1f);
} // namespace

std::string RowKey::joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& p : parts) {
        out += (out.empty() ? "" : separator) + p;
    }
    return out;
}

QString RowKey::value(const Statement& st, int at, const std::string& table, const std::string& column) {
    return integerColumn(table, column) ? QString::number(st.int64(at)) : st.text(at);
}

void RowKey::bind(Statement& st, int index, const std::string& table, const std::string& column, const QString& v) {
    if (integerColumn(table, column)) {
        st.bind(index, v.toLongLong());
    } else {
        st.bind(index, v);
    }
}

std::string RowKey::updateSql(const std::string& table, const std::vector<std::string>& columns,
                              const std::vector<std::string>& key) {
    std::vector<std::string> sets;
    for (const std::string& c : columns) {
        sets.push_back(c + " = ?");
    }
    std::vector<std::string> where;
    for (const std::string& k : key) {
        where.push_back(k + " = ?");
    }
    return "UPDATE " + table + " SET " + joined(sets, ", ") + " WHERE " + joined(where, " AND ") + ";";
}

std::string RowKey::after(const std::vector<std::string>& key, bool hasCursor) {
    const std::vector<std::string> marks(key.size(), "?");
    return (hasCursor ? " WHERE (" + joined(key, ", ") + ") > (" + joined(marks, ", ") + ")" : std::string()) +
           " ORDER BY " + joined(key, ", ");
}

QString RowKey::cursor(const std::vector<QString>& values) {
    return QStringList(values.begin(), values.end()).join(Separator);
}

std::vector<QString> RowKey::values(const QString& cursor) {
    if (cursor.isEmpty()) {
        return {};
    }
    const QStringList parts = cursor.split(Separator);
    return {parts.begin(), parts.end()};
}

} // namespace tsumugi
