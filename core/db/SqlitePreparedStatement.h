#pragma once

#include "core/db/DbConnection.h"

#include <string>

struct sqlite3_stmt;

namespace tsumugi {

class SqliteConnection;

// A statement of the embedded driver, taken from its connection's cache and given back when destroyed.
class SqlitePreparedStatement final : public PreparedStatement {
public:
    SqlitePreparedStatement(SqliteConnection& connection, std::string_view sql);
    ~SqlitePreparedStatement() override;
    SqlitePreparedStatement(const SqlitePreparedStatement&) = delete;
    SqlitePreparedStatement& operator=(const SqlitePreparedStatement&) = delete;

    void bindText(int index, const QByteArray& utf8) override;
    void bindInt64(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindBlob(int index, const QByteArray& blob) override;
    void bindNull(int index) override;
    bool step() override;
    qint64 insert() override;
    void reset() override;
    QString text(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QByteArray blob(int column) const override;
    bool isNull(int column) const override;
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    SqliteConnection& m_connection;
    sqlite3_stmt* m_stmt = nullptr;
    const std::string* m_cacheKey = nullptr; // its SQL in the connection's cache; nullptr when not cached
};

} // namespace tsumugi
