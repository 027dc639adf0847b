#include "core/db/SqlitePreparedStatement.h"

#include "core/db/SqliteConnection.h"

#include <sqlite3.h>

namespace tsumugi {

SqlitePreparedStatement::SqlitePreparedStatement(SqliteConnection& connection, std::string_view sql)
    : m_connection(connection) {
    const SqliteConnection::Prepared p = connection.prepareCached(sql);
    m_stmt = p.statement;
    m_cacheKey = p.sql;
}

SqlitePreparedStatement::~SqlitePreparedStatement() {
    m_connection.release({m_stmt, m_cacheKey});
}

void SqlitePreparedStatement::bindText(int index, const QByteArray& utf8) {
    m_connection.check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
}

void SqlitePreparedStatement::bindInt64(int index, qint64 value) {
    m_connection.check(sqlite3_bind_int64(m_stmt, index, value), "bind");
}

void SqlitePreparedStatement::bindReal(int index, double value) {
    m_connection.check(sqlite3_bind_double(m_stmt, index, value), "bind");
}

void SqlitePreparedStatement::bindBlob(int index, const QByteArray& blob) {
    m_connection.check(sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT), "bind");
}

void SqlitePreparedStatement::bindNull(int index) {
    m_connection.check(sqlite3_bind_null(m_stmt, index), "bind");
}

bool SqlitePreparedStatement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    // Reset first so the statement does not keep a read transaction open while the error travels up.
    sqlite3_reset(m_stmt);
    m_connection.fail(rc, sqlite3_sql(m_stmt));
}

qint64 SqlitePreparedStatement::insert() {
    while (step()) {
    }
    return m_connection.lastInsertRowId();
}

void SqlitePreparedStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqlitePreparedStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqlitePreparedStatement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double SqlitePreparedStatement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QByteArray SqlitePreparedStatement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqlitePreparedStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace tsumugi
