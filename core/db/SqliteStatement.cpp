#include "core/db/SqliteStatement.h"

#include "core/db/SqliteConnection.h"

#include <sqlite3.h>

namespace tsumugi {

SqliteStatement::SqliteStatement(SqliteConnection& connection, std::string_view sql)
    : m_connection(connection) {
    const SqliteConnection::Prepared p = connection.prepare(sql);
    m_stmt = p.statement;
    m_cacheKey = p.sql;
}

SqliteStatement::~SqliteStatement() {
    m_connection.release({m_stmt, m_cacheKey});
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    m_connection.check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindUtf8(int index, const QByteArray& utf8) {
    m_connection.check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value) {
    m_connection.check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    m_connection.check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob) {
    m_connection.check(sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    m_connection.check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool SqliteStatement::step() {
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

void SqliteStatement::run() {
    while (step()) {
    }
}

void SqliteStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqliteStatement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QByteArray SqliteStatement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace tsumugi
