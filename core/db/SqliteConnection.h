#pragma once

#include "core/db/DbConnection.h"
#include "core/security/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tsumugi {

// The embedded driver: one SQLCipher connection (every page encrypted). Opening never creates a file unless asked to.
class SqliteConnection final : public DbConnection {
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    // How long a statement waits for another writer before the user is told the record is busy.
    static constexpr int BusyTimeoutMs = 10000;
    enum class OpenMode { ExistingOnly, CreateNew };

    SqliteConnection(const QString& path, OpenMode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Raw 256-bit key (no SQLCipher KDF: ours runs once per login), then proves the key by reading the schema.
    void unlock(const SecureBytes& key);
    // WAL, foreign keys, busy timeout, full sync, temporary data in memory only.
    void configure();

    Driver driver() const override { return Driver::Sqlite; }
    QString location() const override { return m_path; }
    std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override;
    void exec(const char* sql) override;
    qint64 reserveId(const std::string& table) override;
    int changes() const override;
    bool inTransaction() const override;
    // BEGIN IMMEDIATE: the file's write lock is taken at once, so a writer never deadlocks upgrading a read.
    void beginWrite() override;
    void commit() override;
    void rollback() noexcept override;
    // PRAGMA user_version.
    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    QList<std::pair<QString, QString>> secondaryIndexes(const QString& table) override;
    void setBulkLoad(bool on) override;
    void setReadOnly() override;
    // The -wal and -shm files are kept after the last connection closes (SQLITE_FCNTL_PERSIST_WAL).
    void keepJournalFiles();

    qint64 lastInsertRowId() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Turns an SQLite result code into the core's Error (disk full, not a database, …).
    [[noreturn]] void fail(int rc, const char* during) const;
    void check(int rc, const char* during) const;

private:
    friend class SqlitePreparedStatement;
    // Prepared statements are kept for reuse, keyed by their SQL: the same few statements run all day (a chart
    // opened, an export's reads), and preparing one costs more than running it. A statement in use is never
    // shared; finished ones come back reset, with their bindings cleared.
    struct Prepared {
        sqlite3_stmt* statement = nullptr;
        const std::string* sql = nullptr; // the cache's key, stable while the connection lives
    };
    Prepared prepareCached(std::string_view sql);
    void release(const Prepared& prepared);

    sqlite3* m_db = nullptr;
    QString m_path;
    qint64 m_normalCacheSize = -32768;
    std::mutex m_cacheMutex; // the connection is FULLMUTEX: a statement may come and go on another thread
    // Looked up by the caller's std::string_view as it is (no std::string made per statement).
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>, SqlHash, std::equal_to<>> m_idle;
};

} // namespace tsumugi
