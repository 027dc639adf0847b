#pragma once

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/OwnBackends.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tsumugi {

// The clinic server's driver: one libpq connection to PostgreSQL. The SQL is the repositories' own (`?`
// placeholders become `$n` here); every write transaction first takes one advisory lock, so the record's writers
// are serialised as they are on the embedded file.
class PostgresConnection final : public DbConnection {
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)
public:
    // No desk waits forever: a write waits at most this long for another desk's save (as the embedded record's busy
    // timeout), a statement runs at most StatementLimitMs, and TCP keepalives notice a server that went away.
    static constexpr int LockWaitMs = 10000;
    static constexpr int StatementLimitMs = 60000;

    // conninfo: a postgresql:// URL or key=value pairs, as libpq reads them.
    explicit PostgresConnection(const QString& conninfo);
    ~PostgresConnection() override;

    Driver driver() const override { return Driver::Postgres; }
    QString location() const override { return m_location; }
    std::unique_ptr<PreparedStatement> prepare(std::string_view sql) override;
    void exec(const char* sql) override;
    void setReadOnly() override;
    qint64 reserveId(const std::string& table) override;
    int changes() const override { return m_changes; }
    bool inTransaction() const override;
    void beginWrite() override;
    void commit() override;
    void rollback() noexcept override;
    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    QList<std::pair<QString, QString>> secondaryIndexes(const QString& table) override;
    bool holdSessionLock(qint64 key) override;
    void setServerWait(ServerWait* wait) override { m_wait = wait; }
    bool waitingOnServer() const override { return m_awaiting; }
    bool serverLost() const override;
    bool mayChangeSchema() override;

    // `?` and `?N` outside quotes become `$N`.
    static std::string toDollarPlaceholders(std::string_view sql);
    // When a server answered a connection with no (a certificate, its rules): a cause word and the refusal in
    // words; else two empty strings.
    static std::pair<QString, QString> refusalOf(const QString& libpqError);

    // Shorter waits (tests); 0 = no limit.
    void setWaitLimits(int lockWaitMs, int statementLimitMs);

    // Listening (a connection kept for it, see ChangeFeed): what other desks announce on a channel after they commit.
    struct Notification {
        std::string payload;
        int senderPid = 0; // the announcing connection's backendPid()
    };
    void listen(const char* channel);
    // What has arrived, without waiting; Error(ConnectionLost) once the server is gone.
    std::vector<Notification> notifications();
    // Waits up to ms for something to read (a notification, or the server closing); false when the time ran out.
    bool waitForInput(int ms) const;
    int socket() const;
    int backendPid() const;
    // Every backend this connection has had (the change feed tells the desk's own changes by them).
    std::shared_ptr<const OwnBackends> ownBackends() const { return m_own; }
    // Whether this connection still gets answers (a small query, given up as execWatched does); never reconnects,
    // so a listening connection does not come back silently without its LISTEN.
    bool stillAnswers();

    pg_conn* handle() const { return m_conn; }
    // PQexec / PQexecParams (params < 0: a plain query), watching the server while it waits: when no answer has
    // come for SilenceBeforeProbeMs, a new connection asks whether the server is there at all; when it is not (the
    // network or the server stalled), this connection is ended, so the statement fails as a lost connection within
    // seconds instead of hanging the desk. A server that answers the probe is only busy (a lock wait): waited for.
    pg_result* execWatched(const char* sql, int params = -1, const unsigned int* types = nullptr,
                           const char* const* values = nullptr, const int* lengths = nullptr,
                           const int* formats = nullptr);
    static constexpr int SilenceBeforeProbeMs = 2000;
    static constexpr int ProbeConnectSeconds = 2;
    // Before a statement: a connection the server dropped is made anew, unless a transaction was under way on it
    // (then Error(ConnectionLost)).
    void reconnectIfLost();
    void setChanges(int changes) { m_changes = changes; }
    // Throws the core's Error for a failed result (frees it); SQLSTATEs map to the embedded driver's kinds.
    [[noreturn]] void fail(pg_result* result, const char* during) const;

    // How long a desk keeps asking what became of a save whose COMMIT answer was lost.
    static constexpr int CommitOutcomeWaitMs = 5000;

private:
    // Runs a call that may wait on the network through the desk's ServerWait (directly without one, or when already
    // inside such a call). A second call while one is out is refused in words: one connection, one request at a time.
    void awaitServer(const std::function<void()>& call, bool saving);
    // Called on the desk's thread while its call is out: the connection is not this caller's.
    bool reentered() const;
    void refuseWhileWaiting() const;
    pg_result* execWatchedHere(const char* sql, int params, const unsigned int* types, const char* const* values,
                               const int* lengths, const int* formats);
    // The answer to what was just sent (the last result), watching the server while it is silent.
    pg_result* awaitResult();
    // The name of this session's prepared statement for a text and parameter types, preparing it first (empty,
    // and *failed set, when the server refused to prepare it).
    std::string preparedName(const char* sql, int params, const unsigned int* types, pg_result** failed);
    // Forgets every prepared statement before the next is prepared (after a change of the schema, a rollback).
    void forgetPrepared();
    enum class CommitOutcome { Committed, Aborted, Unknown };
    // Client encoding and wait limits: set on a new connection, and again on one made anew.
    void applySessionSettings();
    // The connection went while a change was under way: nothing of it was saved.
    static Error lostBeforeSaving(const QString& detail);
    // Asked over a new connection: did the server commit transaction xid (pg_xact_status)?
    CommitOutcome outcomeOf(const QByteArray& xid);

    // Whether a new connection to the server can be made within ProbeConnectSeconds.
    bool serverAnswers() const;

    std::shared_ptr<OwnBackends> m_own = std::make_shared<OwnBackends>();
    ServerWait* m_wait = nullptr;
    bool m_awaiting = false; // a call is out with m_wait (set and read on the desk's own thread only)
    pg_conn* m_conn = nullptr;
    QByteArray m_conninfo; // for the probe (the password is in m_conn's memory anyway)
    QString m_location;
    bool m_stalled = false; // this connection was ended because the server stopped answering
    int m_changes = 0;
    bool m_writing = false;   // between beginWrite() and commit() / rollback(), even once the connection is gone
    bool m_beginning = false; // beginWrite() sends its BEGIN
    // Statements prepared on this session, by text and parameter types: parsed once, not at every execution (and
    // planned for their values each time, see applySessionSettings).
    std::unordered_map<std::string, std::string> m_prepared;
    int m_preparedFor = 0;      // the server process they were prepared on (a new session has none)
    qint64 m_preparedCount = 0; // names are never reused on a session (a DEALLOCATE that failed leaves them)
    bool m_forgetPrepared = false;
    int m_lockWaitMs = LockWaitMs;
    int m_statementLimitMs = StatementLimitMs;
};

} // namespace tsumugi
