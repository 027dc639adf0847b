#include "core/db/SqliteConnection.h"

#include "core/Error.h"
#include "core/db/SqlitePreparedStatement.h"

#include <QFileInfo>
#include <sqlite3.h>

namespace tsumugi {

SqliteConnection::SqliteConnection(const QString& path, OpenMode mode)
    : m_path(path) {
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::ExistingOnly && !exists) {
        throw Error(Error::Kind::FileMissing, tr("The record file %1 does not exist.").arg(path));
    }
    if (mode == OpenMode::CreateNew && exists) {
        throw Error(Error::Kind::FileExists, tr("The file %1 already exists; it was left untouched.").arg(path));
    }
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::number(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(Error::Kind::Storage, tr("The record file %1 cannot be opened: %2").arg(path, why));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Before any statement, even the key check's first read: another desk or tsumugictl writing at this moment
    // makes this one wait (SQLite's busy handler retries with growing sleeps), not fail with "in use".
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

SqliteConnection::~SqliteConnection() {
    for (const auto& [sql, statements] : m_idle) {
        for (sqlite3_stmt* st : statements) {
            sqlite3_finalize(st);
        }
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

namespace {
// Enough for every statement the app runs; SQL beyond it (never seen in practice) is finalized after use.
constexpr std::size_t MaxCachedSql = 512;
// The same SQL open more than this many times at once (nested reads) is rare; the extras are not kept.
constexpr std::size_t MaxIdlePerSql = 2;
} // namespace

SqliteConnection::Prepared SqliteConnection::prepareCached(std::string_view sql) {
    Prepared p;
    {
        const std::lock_guard lock(m_cacheMutex);
        auto it = m_idle.find(sql);
        if (it == m_idle.end() && m_idle.size() < MaxCachedSql) {
            it = m_idle.emplace(std::string(sql), std::vector<sqlite3_stmt*>()).first;
        }
        if (it != m_idle.end()) {
            p.sql = &it->first;
            if (!it->second.empty()) {
                p.statement = it->second.back();
                it->second.pop_back();
                return p;
            }
        }
    }
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &p.statement, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc, std::string(sql).c_str());
    }
    return p;
}

void SqliteConnection::release(const Prepared& prepared) {
    // Reset (the result of the last step was seen by the user of the statement) and unbound: a reused statement
    // must not see an earlier caller's values.
    sqlite3_reset(prepared.statement);
    sqlite3_clear_bindings(prepared.statement);
    if (prepared.sql) {
        const std::lock_guard lock(m_cacheMutex);
        const auto it = m_idle.find(*prepared.sql);
        if (it != m_idle.end() && it->second.size() < MaxIdlePerSql) {
            it->second.push_back(prepared.statement);
            return;
        }
    }
    sqlite3_finalize(prepared.statement);
}

void SqliteConnection::unlock(const SecureBytes& key) {
    const SecureBytes hex = key.toHex();
    SecureBytes pragma(int(sizeof("PRAGMA key = \"x'';\"")) + hex.size());
    char* p = reinterpret_cast<char*>(pragma.data());
    const int n = std::snprintf(p, size_t(pragma.size()), "PRAGMA key = \"x'%.*s'\";", hex.size(), hex.constChars());
    const int rc = sqlite3_exec(m_db, p, nullptr, nullptr, nullptr);
    (void)n;
    check(rc, "key");
    // SQLCipher only finds a wrong key (or a file that is no database) on the first read.
    const int readRc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if ((readRc & 0xff) == SQLITE_NOTADB) {
        throw Error(Error::Kind::NotARecord,
                    tr("The file %1 is not a Tsumugi record, or it is damaged. Nothing was changed.").arg(m_path));
    }
    check(readRc, "read schema");
}

void SqliteConnection::configure() {
    exec("PRAGMA foreign_keys = ON;");
    exec("PRAGMA journal_mode = WAL;");
    // A saved record must survive a power cut: sync the WAL on every commit.
    exec("PRAGMA synchronous = FULL;");
    // Sorts and temporary tables would otherwise go to unencrypted temp files.
    exec("PRAGMA temp_store = MEMORY;");
    // Every page read from disk is decrypted and authenticated; a 32 MiB cache keeps a day's working set
    // (patient list, today's charts) decrypted once.
    exec("PRAGMA cache_size = -32768;");
}

void SqliteConnection::keepJournalFiles() {
    int on = 1;
    sqlite3_file_control(m_db, "main", SQLITE_FCNTL_PERSIST_WAL, &on);
    // Emptied, though, when checkpointed: no stale copy of a page shadows the record file's own (whose damage the
    // page authentication must see), and a closed record is its main file alone.
    exec("PRAGMA journal_size_limit = 0;");
}

void SqliteConnection::setReadOnly() {
    exec("PRAGMA query_only = ON;");
}

void SqliteConnection::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    check(rc, sql);
}

qint64 SqliteConnection::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

// One writer at a time (beginWrite takes the file's write lock), and rows are never deleted: the next id is the
// largest so far plus one, as SQLite would number it.
qint64 SqliteConnection::reserveId(const std::string& table) {
    auto st = prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + ";");
    st->step();
    return st->int64(0);
}

int SqliteConnection::changes() const {
    return sqlite3_changes(m_db);
}

std::unique_ptr<PreparedStatement> SqliteConnection::prepare(std::string_view sql) {
    return std::make_unique<SqlitePreparedStatement>(*this, sql);
}

bool SqliteConnection::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

void SqliteConnection::beginWrite() {
    exec("BEGIN IMMEDIATE;");
}

void SqliteConnection::commit() {
    exec("COMMIT;");
}

void SqliteConnection::rollback() noexcept {
    sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
}

int SqliteConnection::schemaVersion() {
    SqlitePreparedStatement st(*this, "PRAGMA user_version;");
    return st.step() ? int(st.int64(0)) : 0;
}

void SqliteConnection::setSchemaVersion(int version) {
    exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version) + ";").constData());
}

QList<std::pair<QString, QString>> SqliteConnection::secondaryIndexes(const QString& table) {
    QList<std::pair<QString, QString>> out;
    SqlitePreparedStatement st(*this, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL;");
    st.bindText(1, table.toUtf8());
    while (st.step()) {
        out.append({st.text(0), st.text(1)});
    }
    return out;
}

void SqliteConnection::setBulkLoad(bool on) {
    // A page cache that holds a whole master while its indexes are built: with SQLCipher's default (2,000 pages of
    // 1 KB) every index build read and decrypted the table again.
    if (on) {
        SqlitePreparedStatement cache(*this, "PRAGMA cache_size;");
        cache.step();
        m_normalCacheSize = cache.int64(0);
        exec("PRAGMA cache_size = -131072;");
    } else {
        exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(m_normalCacheSize) + ";").constData());
    }
}

void SqliteConnection::check(int rc, const char* during) const {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fail(rc, during);
    }
}

void SqliteConnection::fail(int rc, const char* during) const {
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        noteDiskFull();
        throw Error(Error::Kind::DiskFull,
                    tr("The disk is full. The last change was not saved; nothing else was lost."));
    case SQLITE_NOTADB:
        throw Error(Error::Kind::NotARecord, tr("The file %1 is not a Tsumugi record, or it is damaged.").arg(m_path));
    case SQLITE_CORRUPT:
        throw Error(Error::Kind::NotARecord,
                    tr("The record file %1 is damaged (the database reports: %2). Restore it with its key file from "
                       "the last backup; ask the administrator.")
                        .arg(m_path, detail));
    case SQLITE_READONLY:
        throw Error(Error::Kind::Storage, tr("The record is open read-only (it was found damaged, or its file cannot "
                                             "be written); the change was not saved."));
    case SQLITE_CONSTRAINT:
        throw Error(Error::Kind::Conflict, tr("The change conflicts with the saved record: %1").arg(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(Error::Kind::Busy, tr("The record is busy in another program; try again."));
    default:
        throw Error(Error::Kind::Storage,
                    tr("Storage error (%1) during %2: %3").arg(rc).arg(QString::fromUtf8(during).left(60), detail));
    }
}

} // namespace tsumugi
