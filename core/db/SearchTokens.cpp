#include "core/db/SearchTokens.h"

#include "core/db/DbConnection.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <set>
#include <stdexcept>

namespace tsumugi {

namespace {
const StorageModel::Column& searched(const std::string& table, const std::string& column) {
    const StorageModel::Column& c = Schema::model().column(table, column);
    if (c.tokenKind.empty()) {
        throw std::logic_error("the storage model declares no search tokens for " + table + '.' + column);
    }
    return c;
}

const ColumnSeal& sealOf(const DbConnection& db) {
    if (!db.columnSeal()) {
        throw std::logic_error("search tokens need the record key (a connection opened without it)");
    }
    return *db.columnSeal();
}

// Whole characters, not UTF-16 units: a prefix never ends inside a surrogate pair.
QString firstCharacters(const QString& value, int count) {
    const QList<uint> all = value.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(all.constData()),
                             std::min<qsizetype>(count, all.size()));
}
} // namespace

bool SearchTokens::clipped(const QString& normalised) {
    return normalised.toUcs4().size() > MaxPrefix;
}

SearchTokens::SearchTokens(DbConnection& db)
    : m_db(db) {}

std::vector<std::pair<QString, QByteArray>> SearchTokens::tokensOf(const std::string& table, const std::string& column,
                                                                   const QString& value) const {
    const StorageModel::Column& c = searched(table, column);
    const QString kind = QString::fromStdString(c.tokenKind);
    std::vector<std::pair<QString, QByteArray>> out;
    if (value.isEmpty()) {
        return out;
    }
    const ColumnSeal& seal = sealOf(m_db);
    std::set<QByteArray> tokens;
    if (c.tokenPrefixes) {
        const qsizetype length = std::min<qsizetype>(value.toUcs4().size(), MaxPrefix);
        for (int n = 1; n <= length; ++n) {
            tokens.insert(seal.token(kind, firstCharacters(value, n)));
        }
    } else {
        tokens.insert(seal.token(kind, value));
    }
    for (const QByteArray& token : tokens) {
        out.emplace_back(kind, token);
    }
    return out;
}

void SearchTokens::index(const std::string& table, qint64 rowId,
                         const std::vector<std::pair<std::string, QString>>& values) {
    Statement remove(m_db, "DELETE FROM search_tokens WHERE row_id = ? AND kind = ?;");
    Statement add(m_db, "INSERT INTO search_tokens (kind, token, row_id) VALUES (?, ?, ?);");
    for (const auto& [column, value] : values) {
        remove.bind(1, rowId).bind(2, QString::fromStdString(searched(table, column).tokenKind)).run();
        remove.reset();
        for (const auto& [kind, token] : tokensOf(table, column, value)) {
            add.bind(1, kind).bind(2, token).bind(3, rowId).run();
            add.reset();
        }
    }
}

QByteArray SearchTokens::lookup(const std::string& table, const std::string& column, const QString& normalised) const {
    const StorageModel::Column& c = searched(table, column);
    const QString kind = QString::fromStdString(c.tokenKind);
    return sealOf(m_db).token(kind, c.tokenPrefixes ? firstCharacters(normalised, MaxPrefix) : normalised);
}

} // namespace tsumugi
