#pragma once

#include <QString>
#include <string>
#include <vector>

namespace tsumugi {

class Statement;

// A row named by its key's values, for the steps that rewrite rows in key order (the schema steps that seal, the key
// rotation's batches): a key column's value read as text and bound back as the column's own type, the SQL that
// updates a row by its key, and a cursor of several values in one text.
struct RowKey {
    static std::string joined(const std::vector<std::string>& parts, const std::string& separator);
    static QString value(const Statement& st, int at, const std::string& table, const std::string& column);
    static void bind(Statement& st, int index, const std::string& table, const std::string& column, const QString& v);
    // UPDATE table SET a = ?, b = ? WHERE k1 = ? AND k2 = ?
    static std::string updateSql(const std::string& table, const std::vector<std::string>& columns,
                                 const std::vector<std::string>& key);
    // "WHERE (k1, k2) > (?, ?)" (empty without a cursor) and "ORDER BY k1, k2".
    static std::string after(const std::vector<std::string>& key, bool hasCursor);
    // A cursor's values in one text (a unit separator between them: no key value holds one).
    static QString cursor(const std::vector<QString>& values);
    static std::vector<QString> values(const QString& cursor);
};

} // namespace tsumugi
