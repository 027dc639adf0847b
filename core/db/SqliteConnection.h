#pragma once

#include "core/security/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace tsumugi {

// Owns one SQLCipher connection. Opening never creates a file unless asked to.
class SqliteConnection {
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    enum class OpenMode { ExistingOnly, CreateNew };

    SqliteConnection(const QString& path, OpenMode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Raw 256-bit key (no SQLCipher KDF: ours runs once per login), then proves the key by reading the schema.
    void unlock(const SecureBytes& key);
    // WAL, foreign keys, busy timeout, full sync, temporary data in memory only.
    void configure();

    void exec(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Turns an SQLite result code into the core's Error (disk full, not a database, …).
    [[noreturn]] void fail(int rc, const char* during) const;
    void check(int rc, const char* during) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace tsumugi
