#pragma once

#include "core/db/StorageModel.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tsumugi {

class DbConnection;
class Statement;

// The record's search index, one table for both drivers: for each searched column (StorageModel::Column::tokenKind)
// a keyed token (ColumnSeal::token) of every prefix of its value, or of the whole value. The server finds rows by
// token without holding a readable value; the desk opens, checks and sorts what it found. Beside them, how many rows
// carry each token (search_token_counts, kept with every change), so that a search page can choose which rows to
// read without counting them on each search.
class SearchTokens {
public:
    // Longer prefix queries are looked up by their first MaxPrefix characters and checked on the opened values.
    static constexpr int MaxPrefix = 8;

    explicit SearchTokens(DbConnection& db);
    // As a schema step of atVersion writes them (before 22 without search_token_counts, before 27 without the
    // tokens' key generation).
    SearchTokens(DbConnection& db, int atVersion);

    // Replaces the tokens of one row: the values of its searched columns (normalised as stored; empty: none).
    void index(const std::string& table, qint64 rowId, const std::vector<std::pair<std::string, QString>>& values);
    // The (kind, token) rows one value of a searched column gives (a bulk load writes them itself).
    std::vector<std::pair<QString, QByteArray>> tokensOf(const std::string& table, const std::string& column,
                                                         const QString& value) const;
    // The kind a searched column's tokens are filed under (what a query binds beside the token).
    static QString kindOf(const std::string& table, const std::string& column);
    // The token a query of a column's kind is looked up by.
    QByteArray lookup(const std::string& table, const std::string& column, const QString& normalised) const;
    // True when a prefix query is longer than its token (the desk checks the rest on the opened value).
    static bool clipped(const QString& normalised);
    // How many rows carry each of these tokens of a kind (a token no row carries is left out).
    QHash<QByteArray, qint64> rowsWith(const QString& kind, const std::vector<QByteArray>& tokens) const;
    // The rows that carry any of these tokens of a kind (each once per token it carries). Read from the token
    // index alone: the caller reads the rows by id, since PostgreSQL, not knowing how few rows a list of tokens
    // names, would rather join by reading the rows' whole table.
    std::vector<qint64> rowIdsWith(const QString& kind, const std::vector<QByteArray>& tokens) const;
    // Counts every token again from search_tokens (after a bulk load that wrote tokens itself).
    static void recount(DbConnection& db);

private:
    // Each token of one value with the key generation it is made under.
    std::map<QByteArray, int> generationsOf(const std::string& table, const std::string& column,
                                            const QString& value) const;
    // Runs select ("… WHERE … AND kind = ?", the kind its only placeholder) with "AND token IN (…)" over the tokens,
    // a hundred at a time, calling onRow for each row.
    void eachRow(const std::string& select, const QString& kind, const std::vector<QByteArray>& tokens,
                 const std::function<void(const Statement&)>& onRow) const;

    DbConnection& m_db;
    int m_version;
    mutable bool m_keysChecked = false;
};

} // namespace tsumugi
