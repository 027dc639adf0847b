#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace tsumugi {

class ColumnSeal;
class ServerWait;
struct SealedCell;

// One prepared statement inside a driver. Binding indices start at 1, columns at 0, as in SQL.
class PreparedStatement {
public:
    virtual ~PreparedStatement() = default;
    virtual void bindText(int index, const QByteArray& utf8) = 0;
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindBlob(int index, const QByteArray& blob) = 0;
    virtual void bindNull(int index) = 0;
    // True when a row is ready; false when done.
    virtual bool step() = 0;
    // Runs an INSERT into a table with an `id` key and returns the new row's id.
    virtual qint64 insert() = 0;
    virtual void reset() = 0;
    virtual QString text(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

// The record's store as the repositories see it: one SQL text for both drivers (the embedded SQLCipher file and
// the clinic's PostgreSQL server). What the two engines spell differently is answered here, never in a repository:
// placeholders (`?`), new ids (PreparedStatement::insert), the write lock, the schema version, index maintenance.
class DbConnection {
public:
    enum class Driver { Sqlite, Postgres };

    virtual ~DbConnection() = default;
    DbConnection() = default;
    DbConnection(const DbConnection&) = delete;
    DbConnection& operator=(const DbConnection&) = delete;

    virtual Driver driver() const = 0;
    // Where the record lives, as the user named it (a file path or a postgresql:// URL without secrets).
    virtual QString location() const = 0;
    virtual std::unique_ptr<PreparedStatement> prepare(std::string_view sql) = 0;
    // Statements without parameters or results (DDL, PRAGMA, SAVEPOINT).
    virtual void exec(const char* sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;
    virtual bool inTransaction() const = 0;
    // A write transaction: every writer of the record is serialised (patient numbers, queue numbers and the audit
    // chain are allocated as "read the last, write the next"), so taking the write lock comes first.
    virtual void beginWrite() = 0;
    virtual void commit() = 0;
    // Never throws: called while an error travels up.
    virtual void rollback() noexcept = 0;

    virtual int schemaVersion() = 0;
    virtual void setSchemaVersion(int version) = 0;

    // A bulk load drops a table's secondary indexes and creates them again afterwards; (name, CREATE statement).
    virtual QList<std::pair<QString, QString>> secondaryIndexes(const QString& table) = 0;
    // A larger cache while a bulk load builds indexes (embedded only; a server tunes itself).
    virtual void setBulkLoad(bool on) { (void)on; }
    // Refuses every change on this connection (a record found damaged is only read from then on).
    virtual void setReadOnly() = 0;
    // A lock this connection holds until it closes (or releases it), whatever its transactions do: exactly one desk
    // of a clinic server does a thing at a time, and when that desk dies or loses its connection the lock is free
    // for another. True when this connection holds it now (also when it already did). The embedded record has one
    // desk: always true.
    virtual bool holdSessionLock(qint64 key) {
        (void)key;
        return true;
    }

    // How the desk waits for the clinic server's answers (see ServerWait); nullptr: where it is called. The embedded
    // record never waits on a network.
    virtual void setServerWait(ServerWait* wait) { (void)wait; }
    // True while a call handed to the ServerWait has not come back: the desk's window is kept alive meanwhile, and
    // whatever it does then must not use this connection (refused with Error(Busy)); it waits for the answer.
    virtual bool waitingOnServer() const { return false; }
    // True when the clinic server was found gone by the last call (the next call tries to reach it again).
    virtual bool serverLost() const { return false; }
    // Whether this connection's role may change the schema (false for a clinic server's application role, which
    // reads and writes rows only: schema steps are the owner's, on the server machine).
    virtual bool mayChangeSchema() { return true; }

    // The record key's column seal and token keys (set when the record is opened with its key). Columns the storage
    // model seals are sealed on a connection that seals(): the clinic server's. Search tokens are made on both.
    void setColumnSeal(std::shared_ptr<const ColumnSeal> seal) { m_seal = std::move(seal); }
    const ColumnSeal* columnSeal() const { return m_seal.get(); }
    // From now on (the record's schema is current) every write and every search first compares the record key's
    // generations the record uses (key_rotations) with this connection's seal: a desk signed in before a rotation
    // of the key started or switched searches is told to sign in again (Error(KeyChanged)) instead of writing
    // under a retiring key or searching tokens being deleted. Only the clinic server has other desks to rotate under.
    void checkKeyGenerations() { m_checkKeyGenerations = seals(); }
    // Error(KeyChanged) when the record's key generations are not this connection's (see checkKeyGenerations) and
    // the record could not take them on. Asked by a write transaction under the lock (underLock), and by a search
    // once before it makes its tokens (inside a write transaction it was asked at the start).
    void requireCurrentKeys(bool underLock = false);
    // Asked when the record's key generations moved on under a key this desk holds (its current generation is the
    // record's: another desk or this desk's worker started the switch or the end of a rotation): true when the
    // record took the new generations on (a new seal set), false to refuse with Error(KeyChanged).
    void setKeyGenerationsMoved(std::function<bool(int current, int searched)> adopt) {
        m_adoptKeyGenerations = std::move(adopt);
    }
    // Told when this connection refuses work because the record key was rotated under it (Error(KeyChanged)
    // follows), so that the desk asks its user to prove a password of the new key.
    void setKeyChangedHandler(std::function<void()> handler) { m_onKeyChanged = std::move(handler); }
    void noteKeyChanged() const {
        if (m_onKeyChanged) {
            m_onKeyChanged();
        }
    }
    // The same seal for another connection of the record (a worker's companion).
    std::shared_ptr<const ColumnSeal> sharedColumnSeal() const { return m_seal; }
    bool seals() const { return driver() == Driver::Postgres; }
    // The id the next row of a table keyed by `id` gets, taken now (under the write lock), so that its sealed values
    // can carry it before the row is written.
    virtual qint64 reserveId(const std::string& table) = 0;

    // Told of a sealed value that does not open where it was found (Error(Tampered) follows), so that the record
    // audits it.
    void setTamperHandler(std::function<void(const SealedCell&)> handler) { m_onTampered = std::move(handler); }
    void noteTampered(const SealedCell& cell) const {
        if (m_onTampered) {
            m_onTampered(cell);
        }
    }

    // Called by the driver just before it throws Error(DiskFull), so the record can keep serving reads (their audit
    // rows wait in memory) instead of failing every chart it opens.
    void setDiskFullHandler(std::function<void()> handler) { m_onDiskFull = std::move(handler); }

protected:
    void noteDiskFull() const {
        if (m_onDiskFull) {
            m_onDiskFull();
        }
    }

private:
    std::function<void()> m_onDiskFull;
    std::function<void(const SealedCell&)> m_onTampered;
    std::shared_ptr<const ColumnSeal> m_seal;
    bool m_checkKeyGenerations = false;
    std::function<bool(int current, int searched)> m_adoptKeyGenerations;
    std::function<void()> m_onKeyChanged;
};

} // namespace tsumugi
