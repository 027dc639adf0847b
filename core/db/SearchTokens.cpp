#include "core/db/SearchTokens.h"

#include "core/db/DbConnection.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <map>
#include <optional>
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
    : SearchTokens(db, Schema::model().version()) {}

SearchTokens::SearchTokens(DbConnection& db, int atVersion)
    : m_db(db)
    , m_version(atVersion) {}

std::map<QByteArray, int> SearchTokens::generationsOf(const std::string& table, const std::string& column,
                                                      const QString& value) const {
    const StorageModel::Column& c = searched(table, column);
    const QString kind = QString::fromStdString(c.tokenKind);
    std::map<QByteArray, int> tokens;
    if (value.isEmpty()) {
        return tokens;
    }
    const ColumnSeal& seal = sealOf(m_db);
    // Under the searched generation and, while a rotation writes tokens anew, each one after it.
    for (const int generation : seal.tokenGenerations()) {
        if (c.tokenPrefixes) {
            const qsizetype length = std::min<qsizetype>(value.toUcs4().size(), MaxPrefix);
            for (int n = 1; n <= length; ++n) {
                tokens.emplace(seal.token(generation, kind, firstCharacters(value, n)), generation);
            }
        } else {
            tokens.emplace(seal.token(generation, kind, value), generation);
        }
    }
    return tokens;
}

std::vector<std::pair<QString, QByteArray>> SearchTokens::tokensOf(const std::string& table, const std::string& column,
                                                                   const QString& value) const {
    const QString kind = kindOf(table, column);
    std::vector<std::pair<QString, QByteArray>> out;
    for (const auto& [token, generation] : generationsOf(table, column, value)) {
        out.emplace_back(kind, token);
    }
    return out;
}

void SearchTokens::index(const std::string& table, qint64 rowId,
                         const std::vector<std::pair<std::string, QString>>& values) {
    const StorageModel& model = Schema::model();
    const bool counted = model.since(model.table("search_token_counts").sinceVersion) <= m_version;
    // A token's key generation is kept from 27 (a schema step before it writes tokens without).
    const bool generations = model.since(model.column("search_tokens", "generation").sinceVersion) <= m_version;
    Statement held(m_db, "SELECT token FROM search_tokens WHERE row_id = ? AND kind = ?;");
    Statement remove(m_db, "DELETE FROM search_tokens WHERE row_id = ? AND kind = ? AND token = ?;");
    Statement add(m_db, generations ? "INSERT INTO search_tokens (kind, token, row_id, generation) VALUES (?, ?, ?, ?);"
                                    : "INSERT INTO search_tokens (kind, token, row_id) VALUES (?, ?, ?);");
    // Prepared only where the counts exist (a schema step from before them writes tokens alone).
    std::optional<Statement> fewer;
    std::optional<Statement> more;
    std::optional<Statement> first;
    if (counted) {
        fewer.emplace(m_db, "UPDATE search_token_counts SET row_count = row_count - 1 WHERE kind = ? AND token = ?;");
        // Read-then-write is safe: every writer holds the record's write lock (SQLCipher's SQLite has no upsert).
        more.emplace(m_db, "UPDATE search_token_counts SET row_count = row_count + 1 WHERE kind = ? AND token = ?;");
        first.emplace(m_db, generations ? "INSERT INTO search_token_counts (kind, token, row_count, generation) "
                                          "VALUES (?, ?, 1, ?);"
                                        : "INSERT INTO search_token_counts (kind, token, row_count) VALUES (?, ?, 1);");
    }
    for (const auto& [column, value] : values) {
        const QString kind = QString::fromStdString(searched(table, column).tokenKind);
        std::set<QByteArray> before;
        held.bind(1, rowId).bind(2, kind);
        while (held.step()) {
            before.insert(held.blob(0));
        }
        held.reset();
        const std::map<QByteArray, int> after = generationsOf(table, column, value);
        // Only what changed is written (an edit that keeps the name keeps its tokens).
        for (const QByteArray& token : before) {
            if (after.count(token) == 0) {
                remove.bind(1, rowId).bind(2, kind).bind(3, token).run();
                remove.reset();
                if (fewer) {
                    fewer->bind(1, kind).bind(2, token).run();
                    fewer->reset();
                }
            }
        }
        for (const auto& [token, generation] : after) {
            if (before.count(token) == 0) {
                add.bind(1, kind).bind(2, token).bind(3, rowId);
                if (generations) {
                    add.bind(4, generation);
                }
                add.run();
                add.reset();
                if (more) {
                    more->bind(1, kind).bind(2, token).run();
                    const bool known = m_db.changes() > 0;
                    more->reset();
                    if (!known) {
                        first->bind(1, kind).bind(2, token);
                        if (generations) {
                            first->bind(3, generation);
                        }
                        first->run();
                        first->reset();
                    }
                }
            }
        }
    }
}

void SearchTokens::eachRow(const std::string& select, const QString& kind, const std::vector<QByteArray>& tokens,
                           const std::function<void(const Statement&)>& onRow) const {
    // A fixed number of placeholders per read (unused ones repeat the first token): one statement text, which each
    // connection's statement cache prepares once.
    constexpr std::size_t Batch = 100;
    const std::string sql = select + " AND token IN (" + Statement::marks(Batch) + ");";
    for (std::size_t from = 0; from < tokens.size(); from += Batch) {
        Statement st(m_db, sql);
        st.bind(1, kind);
        for (std::size_t i = 0; i < Batch; ++i) {
            st.bind(int(i + 2), from + i < tokens.size() ? tokens[from + i] : tokens[from]);
        }
        while (st.step()) {
            onRow(st);
        }
    }
}

QHash<QByteArray, qint64> SearchTokens::rowsWith(const QString& kind, const std::vector<QByteArray>& tokens) const {
    QHash<QByteArray, qint64> out;
    eachRow("SELECT token, row_count FROM search_token_counts WHERE row_count > 0 AND kind = ?", kind, tokens,
            [&](const Statement& st) { out.insert(st.blob(0), st.int64(1)); });
    return out;
}

std::vector<qint64> SearchTokens::rowIdsWith(const QString& kind, const std::vector<QByteArray>& tokens) const {
    std::vector<qint64> out;
    eachRow("SELECT row_id FROM search_tokens WHERE kind = ?", kind, tokens,
            [&](const Statement& st) { out.push_back(st.int64(0)); });
    return out;
}

void SearchTokens::recount(DbConnection& db) {
    db.exec("DELETE FROM search_token_counts;");
    db.exec("INSERT INTO search_token_counts (kind, token, row_count) SELECT kind, token, count(*) FROM search_tokens "
            "GROUP BY kind, token;");
}

QString SearchTokens::kindOf(const std::string& table, const std::string& column) {
    return QString::fromStdString(searched(table, column).tokenKind);
}

QByteArray SearchTokens::lookup(const std::string& table, const std::string& column, const QString& normalised) const {
    if (!m_keysChecked) {
        m_db.requireCurrentKeys(); // a token of a generation no longer searched would find nobody
        m_keysChecked = true;      // once a search: its tokens are made in a burst
    }
    const StorageModel::Column& c = searched(table, column);
    const QString kind = QString::fromStdString(c.tokenKind);
    return sealOf(m_db).token(kind, c.tokenPrefixes ? firstCharacters(normalised, MaxPrefix) : normalised);
}

} // namespace tsumugi
