#include "core/db/PostgresConnection.h"

#include "core/Error.h"
#include "core/db/PostgresPreparedStatement.h"
#include "core/record/ServerWait.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <chrono>
#include <cstring>
#include <libpq-fe.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>

namespace tsumugi {

namespace {
// The connection whose call the current thread is running for a ServerWait: its own statements inside that call
// (a reconnection sets the session up again) run right there.
thread_local const PostgresConnection* runningFor = nullptr;

// The one advisory lock every write transaction takes first: "tsumugi" in ASCII, so another program's locks on the
// same server never collide with it by accident.
constexpr const char* TakeWriteLock = "SELECT pg_advisory_xact_lock(8391086065411090793);";

QString withoutPassword(const QString& conninfo) {
    QString shown = conninfo;
    shown.replace(QRegularExpression(QStringLiteral("(://[^:/@]+):[^@]*@")), QStringLiteral("\\1@"));
    shown.replace(QRegularExpression(QStringLiteral("password=[^ &]*")), QStringLiteral("password=…"));
    return shown;
}
} // namespace

namespace {
// Patient data never crosses a network in the clear: a server on another machine is reached only with
// sslmode=verify-full (the server's certificate checked against the clinic's CA and its name), and with the desk's own
// certificate and key (the clinic server lets nothing else in). Loopback and a local socket need no TLS. Returns the
// refusal, or an empty string.
QString plainConnectionRefusal(const QByteArray& conninfo) {
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.constData(), &parseError);
    if (!options) {
        const QString why = QString::fromUtf8(parseError ? parseError : "").trimmed();
        PQfreemem(parseError);
        return PostgresConnection::tr("The clinic server's address cannot be read: %1").arg(why);
    }
    QString host;
    QString hostaddr;
    QString sslmode;
    bool ownCertificate = true;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        const QString value = QString::fromUtf8(o->val ? o->val : "");
        if (qstrcmp(o->keyword, "host") == 0) {
            host = value;
        } else if (qstrcmp(o->keyword, "hostaddr") == 0) {
            hostaddr = value;
        } else if (qstrcmp(o->keyword, "sslmode") == 0) {
            sslmode = value;
        } else if (qstrcmp(o->keyword, "sslcert") == 0 || qstrcmp(o->keyword, "sslkey") == 0) {
            ownCertificate = ownCertificate && !value.isEmpty();
        }
    }
    PQconninfoFree(options);
    static const QStringList local = {QString(), QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("::1")};
    // Several hosts may be listed (host=a,b): each must be local, or TLS must be verified.
    bool allLocal = true;
    for (const QString& h : (hostaddr.isEmpty() ? host : hostaddr).split(QLatin1Char(','))) {
        allLocal = allLocal && (local.contains(h.trimmed()) || h.trimmed().startsWith(QLatin1Char('/')));
    }
    if (allLocal) {
        return {};
    }
    if (sslmode == QLatin1String("verify-full") && !ownCertificate) {
        return PostgresConnection::tr("The clinic server %1 lets a desk in with the desk's own certificate only: the "
                                      "address lacks sslcert and sslkey. Join this desk with its join file (the setup "
                                      "window's 「院内サーバーに接続する」, or tsumugictl server join).")
            .arg(hostaddr.isEmpty() ? host : hostaddr);
    }
    if (sslmode == QLatin1String("verify-full")) {
        return {};
    }
    return PostgresConnection::tr("The clinic server %1 is on another machine: Tsumugi connects to it only with "
                                  "sslmode=verify-full (its certificate checked), so that patient data never "
                                  "crosses the network in the clear. Add sslmode=verify-full and the clinic's "
                                  "certificate (sslrootcert) to the address.")
        .arg(hostaddr.isEmpty() ? host : hostaddr);
}
} // namespace

// A server that answered and said no (its certificate, this desk's, or its rules) is told apart from one that cannot
// be reached: trying again will not help, the administrator will. The cause names which (a desk's connection test
// shows the step that failed); the texts matched are OpenSSL's and the server's (its messages are in English, the
// cluster having locale C), and libpq's own for a name mismatch.
std::pair<QString, QString> PostgresConnection::refusalOf(const QString& why) {
    if (why.contains(QLatin1String("certificate revoked"))) {
        return {QStringLiteral("revoked"),
                tr("The clinic server refused this desk's certificate: it was revoked. An administrator issues the "
                   "desk a new one (tsumugictl server certs issue).")};
    }
    if (why.contains(QLatin1String("unknown ca")) || why.contains(QLatin1String("bad certificate")) ||
        why.contains(QLatin1String("certificate required")) ||
        why.contains(QLatin1String("requires a valid client certificate"))) {
        return {QStringLiteral("desk-certificate"),
                tr("The clinic server did not accept this desk's certificate (it is missing or not of the clinic's "
                   "certificate authority). Join the desk again with a join file of this server.")};
    }
    if (why.contains(QLatin1String("does not match host name")) ||
        why.contains(QLatin1String("server certificate for"))) {
        return {QStringLiteral("server-name"),
                tr("The server's certificate does not name the address this desk uses: connect by an address the "
                   "server was set up with (tsumugictl server init --listen).")};
    }
    if (why.contains(QLatin1String("certificate verify failed"))) {
        return {QStringLiteral("server-certificate"),
                tr("The server's certificate is not of this clinic's certificate authority: this may be another "
                   "server. Nothing was sent to it.")};
    }
    if (why.contains(QLatin1String("no pg_hba.conf entry")) || why.contains(QLatin1String("authentication failed"))) {
        return {QStringLiteral("not-allowed"),
                tr("The clinic server does not let this connection in: a desk connects with TLS, its own "
                   "certificate and the desks' role, from the clinic's network.")};
    }
    return {};
}

PostgresConnection::PostgresConnection(const QString& conninfo)
    : m_location(withoutPassword(conninfo)) {
    if (const QString refusal = plainConnectionRefusal(conninfo.toUtf8()); !refusal.isEmpty()) {
        throw Error(Error::Kind::Validation, refusal, QStringLiteral("not-verified"));
    }
    // The conninfo (URL or pairs) is expanded as dbname; keepalives come on top: a server that vanished without
    // closing the connection (power, network) is noticed in about a minute instead of never.
    const QByteArray info = conninfo.toUtf8();
    m_conninfo = info;
    // A connect timeout first, so that one in the address wins: a server that does not answer is given up after 5 s.
    const char* const keywords[] = {"connect_timeout",     "dbname",           "keepalives", "keepalives_idle",
                                    "keepalives_interval", "keepalives_count", nullptr};
    const char* const values[] = {"5", info.constData(), "1", "30", "10", "3", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        if (const auto [cause, refused] = refusalOf(why); !cause.isEmpty()) {
            throw Error(Error::Kind::PermissionDenied, refused + QStringLiteral(" (%1)").arg(why), cause);
        }
        throw Error(Error::Kind::ConnectionLost, tr("The clinic server %1 cannot be reached: %2").arg(m_location, why),
                    QStringLiteral("unreachable"));
    }
    // The server's notices ("already exists, skipping" of a schema step run twice) are no message for a user.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    applySessionSettings();
}

void PostgresConnection::applySessionSettings() {
    m_own->add(PQbackendPID(m_conn)); // a new connection: its changes are this desk's too
    // Prepared statements are parsed once but planned for their values each time: a plan made for no values in
    // particular reads a common drug's or a heavy patient's rows the slow way.
    exec("SET client_encoding = 'UTF8'; SET plan_cache_mode = force_custom_plan;");
    setWaitLimits(m_lockWaitMs, m_statementLimitMs);
}

Error PostgresConnection::lostBeforeSaving(const QString& detail) {
    return Error(Error::Kind::ConnectionLost, tr("The connection to the clinic server was lost. The last change was "
                                                 "not saved; nothing else was lost. (%1)")
                                                  .arg(detail));
}

void PostgresConnection::setWaitLimits(int lockWaitMs, int statementLimitMs) {
    m_lockWaitMs = lockWaitMs;
    m_statementLimitMs = statementLimitMs;
    exec(QStringLiteral("SET lock_timeout = %1; SET statement_timeout = %2;")
             .arg(lockWaitMs)
             .arg(statementLimitMs)
             .toUtf8()
             .constData());
}

PostgresConnection::~PostgresConnection() {
    if (m_conn) {
        PQfinish(m_conn);
    }
}

std::string PostgresConnection::toDollarPlaceholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int highest = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote) {
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        std::size_t j = i + 1;
        int number = 0;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') {
            number = number * 10 + (sql[j] - '0');
            ++j;
        }
        if (j == i + 1) {
            number = highest + 1; // a bare ? is the next after the highest so far, as in SQLite
        }
        highest = std::max(highest, number);
        out += '$';
        out += std::to_string(number);
        i = j - 1;
    }
    return out;
}

// The identity's own sequence: taken numbers are never given twice, also to desks writing at the same time.
qint64 PostgresConnection::reserveId(const std::string& table) {
    auto st = prepare("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'));");
    st->step();
    return st->int64(0);
}

std::unique_ptr<PreparedStatement> PostgresConnection::prepare(std::string_view sql) {
    return std::make_unique<PostgresPreparedStatement>(*this, toDollarPlaceholders(sql));
}

void PostgresConnection::setReadOnly() {
    exec("SET default_transaction_read_only = on;");
}

void PostgresConnection::exec(const char* sql) {
    reconnectIfLost();
    PGresult* r = execWatched(sql);
    const ExecStatusType status = PQresultStatus(r);
    // An empty query: a schema step with nothing to do on the server (only a comment).
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        fail(r, sql);
    }
    PQclear(r);
    // A schema step may change what a prepared statement's rows are (a column sealed: text becomes bytes), which
    // the server refuses to replan silently: they are prepared again.
    if (std::strstr(sql, "ALTER ") || std::strstr(sql, "CREATE ") || std::strstr(sql, "DROP ")) {
        forgetPrepared();
    }
}

void PostgresConnection::listen(const char* channel) {
    exec(("LISTEN " + std::string(channel) + ';').c_str());
}

std::vector<PostgresConnection::Notification> PostgresConnection::notifications() {
    if (!PQconsumeInput(m_conn)) {
        throw Error(Error::Kind::ConnectionLost,
                    tr("The connection to the clinic server %1 was lost: %2")
                        .arg(m_location, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    }
    std::vector<Notification> out;
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.push_back({n->extra ? n->extra : "", n->be_pid});
        PQfreemem(n);
    }
    return out;
}

bool PostgresConnection::waitForInput(int ms) const {
    pollfd watched{PQsocket(m_conn), POLLIN, 0};
    return ::poll(&watched, 1, ms) > 0;
}

int PostgresConnection::socket() const {
    return PQsocket(m_conn);
}

bool PostgresConnection::stillAnswers() {
    if (PQstatus(m_conn) != CONNECTION_OK) {
        return false;
    }
    PGresult* r = execWatched("SELECT 1;");
    const bool answered = PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    return answered && PQstatus(m_conn) == CONNECTION_OK;
}

int PostgresConnection::backendPid() const {
    return PQbackendPID(m_conn);
}

bool PostgresConnection::inTransaction() const {
    if (reentered()) {
        return true; // the connection is someone else's until the answer comes (and its state is the worker's)
    }
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return m_writing || status == PQTRANS_ACTIVE || status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

// A desk whose server went away works again once it is back, without a restart: the lost connection is made anew
// before the next statement. Never inside a transaction: what it wrote is gone with the connection, and a fresh
// connection must not carry on with the rest of it as if the first part were there; the caller is told, and its
// rollback ends the transaction.
void PostgresConnection::reconnectIfLost() {
    refuseWhileWaiting();
    if (!m_writing && PQstatus(m_conn) == CONNECTION_OK) {
        // A server that closed the connection meanwhile (restarted, or ended this session) has said so on the
        // socket: read it now, so the statement goes over a new connection instead of failing once.
        // (Its last words and the end of the stream may come in two reads.)
        for (int read = 0; read < 3 && PQstatus(m_conn) == CONNECTION_OK; ++read) {
            pollfd watched{PQsocket(m_conn), POLLIN, 0};
            if (::poll(&watched, 1, 0) <= 0 || !PQconsumeInput(m_conn)) {
                break;
            }
        }
    }
    if (PQstatus(m_conn) == CONNECTION_OK) {
        return;
    }
    if (m_writing) {
        throw lostBeforeSaving(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    }
    awaitServer(
        [this] {
            PQreset(m_conn); // up to connect_timeout on a network that does not answer
            m_stalled = false;
            if (PQstatus(m_conn) != CONNECTION_OK) {
                throw Error(Error::Kind::ConnectionLost,
                            tr("The clinic server %1 cannot be reached: %2")
                                .arg(m_location, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
            }
            applySessionSettings(); // the session's settings went with the old connection
        },
        false);
}

bool PostgresConnection::serverLost() const {
    return !m_awaiting && PQstatus(m_conn) != CONNECTION_OK;
}

bool PostgresConnection::reentered() const {
    return m_awaiting && runningFor != this;
}

void PostgresConnection::refuseWhileWaiting() const {
    if (reentered()) {
        // Something the window did while it waited (a timer, a change heard) must not interleave with the request
        // that is out: the same connection, and maybe the middle of a transaction.
        throw Error(Error::Kind::Busy, tr("This desk is still waiting for the clinic server's answer to its last "
                                          "request; try again in a moment."));
    }
}

void PostgresConnection::awaitServer(const std::function<void()>& call, bool saving) {
    if (!m_wait || runningFor == this) {
        call();
        return;
    }
    refuseWhileWaiting();
    m_awaiting = true;
    const auto answered = qScopeGuard([this] { m_awaiting = false; });
    m_wait->await(
        [this, &call] {
            runningFor = this;
            const auto left = qScopeGuard([] { runningFor = nullptr; });
            call();
        },
        saving);
}

pg_result* PostgresConnection::execWatched(const char* sql, int params, const unsigned int* types,
                                           const char* const* values, const int* lengths, const int* formats) {
    pg_result* result = nullptr;
    awaitServer([&] { result = execWatchedHere(sql, params, types, values, lengths, formats); },
                m_writing || m_beginning);
    return result;
}

pg_result* PostgresConnection::execWatchedHere(const char* sql, int params, const unsigned int* types,
                                               const char* const* values, const int* lengths, const int* formats) {
    if (params < 0) {
        if (!PQsendQuery(m_conn, sql)) {
            return nullptr; // the caller reads PQerrorMessage (a connection already gone)
        }
        return awaitResult();
    }
    PGresult* failed = nullptr;
    const std::string name = preparedName(sql, params, types, &failed);
    if (name.empty()) {
        return failed;
    }
    if (!PQsendQueryPrepared(m_conn, name.c_str(), params, values, lengths, formats, 0)) {
        return nullptr;
    }
    return awaitResult();
}

std::string PostgresConnection::preparedName(const char* sql, int params, const unsigned int* types,
                                             pg_result** failed) {
    constexpr std::size_t MostPrepared = 1000; // a desk's statement texts are a few hundred; odd ones do not pile up
    if (m_preparedFor != PQbackendPID(m_conn)) {
        m_prepared.clear(); // a new session: the old one's statements went with it
        m_preparedCount = 0;
        m_preparedFor = PQbackendPID(m_conn);
        m_forgetPrepared = false;
    } else if ((m_forgetPrepared || m_prepared.size() >= MostPrepared) && !m_prepared.empty()) {
        // Prepared statements are not rolled back, nor is their removal; in a failed transaction this is refused
        // and they stay unused (their names are never given again on this session).
        PQclear(execWatchedHere("DEALLOCATE ALL;", -1, nullptr, nullptr, nullptr, nullptr));
        m_prepared.clear();
    }
    m_forgetPrepared = false;
    std::string key(sql);
    key.push_back('\0');
    key.append(reinterpret_cast<const char*>(types), std::size_t(params) * sizeof(unsigned int));
    if (const auto it = m_prepared.find(key); it != m_prepared.end()) {
        return it->second;
    }
    const std::string name = "tsumugi_" + std::to_string(++m_preparedCount);
    if (!PQsendPrepare(m_conn, name.c_str(), sql, params, types)) {
        *failed = nullptr;
        return {};
    }
    PGresult* r = awaitResult();
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        *failed = r; // the statement's own error (or a transaction already failed), as executing it would say
        return {};
    }
    PQclear(r);
    m_prepared.emplace(std::move(key), name);
    return name;
}

void PostgresConnection::forgetPrepared() {
    m_forgetPrepared = true; // done before the next statement is prepared, where the server is asked anyway
}

pg_result* PostgresConnection::awaitResult() {
    PGresult* last = nullptr;
    QElapsedTimer silence;
    silence.start();
    for (;;) {
        while (!PQisBusy(m_conn)) {
            PGresult* r = PQgetResult(m_conn);
            if (!r) {
                return last;
            }
            PQclear(last);
            last = r;
        }
        pollfd watched{PQsocket(m_conn), POLLIN, 0};
        if (watched.fd < 0) {
            return last;
        }
        if (::poll(&watched, 1, 250) > 0) {
            PQconsumeInput(m_conn); // on a broken connection PQgetResult then hands the error
            silence.restart();
            continue;
        }
        if (silence.elapsed() >= SilenceBeforeProbeMs) {
            if (!serverAnswers()) {
                // Ended here, the statement fails at once as a lost connection, like a dropped one.
                m_stalled = true;
                ::shutdown(PQsocket(m_conn), SHUT_RDWR);
            }
            silence.restart();
        }
    }
}

bool PostgresConnection::serverAnswers() const {
    const QByteArray timeout = QByteArray::number(ProbeConnectSeconds);
    const char* const keywords[] = {"connect_timeout", "dbname", nullptr};
    const char* const values[] = {timeout.constData(), m_conninfo.constData(), nullptr};
    PGconn* probe = PQconnectdbParams(keywords, values, 1);
    const bool answered = PQstatus(probe) == CONNECTION_OK;
    PQfinish(probe);
    return answered;
}

void PostgresConnection::beginWrite() {
    m_beginning = true; // the desk says it is saving from the first statement of a change on
    {
        const auto begun = qScopeGuard([this] { m_beginning = false; });
        exec("BEGIN;");
    }
    m_writing = true;
    try {
        exec(TakeWriteLock);
        requireCurrentKeys(
            true); // under the lock: a rotation's start or switch is either before it or after this write
    } catch (...) {
        rollback();
        throw;
    }
}

void PostgresConnection::commit() {
    refuseWhileWaiting();
    // Whatever the answer, this transaction is over when commit() returns or throws; until then the desk is saving.
    const auto over = qScopeGuard([this] { m_writing = false; });
    // The transaction's id, asked for before the COMMIT: should the answer to the COMMIT be lost, a new connection
    // asks the server what became of it, so the desk says "saved" or "not saved" instead of "maybe".
    QByteArray xid;
    PGresult* id = execWatched("SELECT pg_current_xact_id_if_assigned();");
    if (PQresultStatus(id) == PGRES_TUPLES_OK && PQntuples(id) == 1 && !PQgetisnull(id, 0, 0)) {
        xid = PQgetvalue(id, 0, 0);
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // Gone before the COMMIT was sent: the server ends the transaction with the connection.
        PQclear(id);
        throw lostBeforeSaving(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    }
    PQclear(id);
    PGresult* r = execWatched("COMMIT;");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // The COMMIT went out but its answer did not come back: the server may have saved it.
        PQclear(r);
        CommitOutcome outcome = CommitOutcome::Aborted;
        if (!xid.isEmpty()) {
            awaitServer([&] { outcome = outcomeOf(xid); }, true);
        }
        if (outcome == CommitOutcome::Committed) {
            return; // saved, once: the caller goes on as after any save
        }
        if (outcome == CommitOutcome::Aborted) {
            throw Error(Error::Kind::ConnectionLost,
                        tr("The connection to the clinic server was lost while saving, and the server did not save "
                           "the change. Nothing was saved; try again."));
        }
        throw Error(Error::Kind::ConnectionLost,
                    tr("The connection to the clinic server was lost while saving: the change may or may not have "
                       "been saved. Open it again to see which."));
    }
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK) {
        fail(r, "COMMIT;");
    }
    PQclear(r);
}

PostgresConnection::CommitOutcome PostgresConnection::outcomeOf(const QByteArray& xid) {
    const QDeadlineTimer deadline(CommitOutcomeWaitMs);
    for (;;) {
        PQreset(m_conn);
        m_stalled = false;
        if (PQstatus(m_conn) == CONNECTION_OK) {
            const char* const values[] = {xid.constData()};
            PGresult* r =
                PQexecParams(m_conn, "SELECT pg_xact_status($1::xid8);", 1, nullptr, values, nullptr, nullptr, 0);
            const bool answered = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
            const QByteArray status =
                answered && !PQgetisnull(r, 0, 0) ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
            PQclear(r);
            if (answered) {
                try {
                    applySessionSettings(); // the session's settings went with the old connection
                } catch (const Error&) {
                }
                if (status == "committed") {
                    return CommitOutcome::Committed;
                }
                if (status == "aborted") {
                    return CommitOutcome::Aborted;
                }
                if (status.isEmpty()) {
                    return CommitOutcome::Unknown; // too old for the server to remember
                }
                // "in progress": the old session has not yet noticed it is gone.
            }
        }
        if (deadline.hasExpired()) {
            return CommitOutcome::Unknown;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void PostgresConnection::rollback() noexcept {
    if (reentered()) {
        return; // refused before it began anything; the transaction under way is not this caller's
    }
    m_writing = false;
    PQclear(execWatched("ROLLBACK;"));
    // What the transaction changed of the schema is undone; statements prepared against it are prepared again.
    forgetPrepared();
}

int PostgresConnection::schemaVersion() {
    PostgresPreparedStatement exists(*this, "SELECT to_regclass('tsumugi_schema') IS NOT NULL;");
    if (!exists.step() || exists.int64(0) == 0) {
        return 0;
    }
    PostgresPreparedStatement st(*this, "SELECT version FROM tsumugi_schema WHERE id = 1;");
    return st.step() ? int(st.int64(0)) : 0;
}

// The owner of the public schema (a clinic server's owner role, or a superuser) may; the desks' role may not.
bool PostgresConnection::mayChangeSchema() {
    PostgresPreparedStatement st(*this, "SELECT has_schema_privilege('public', 'CREATE');");
    return st.step() && st.text(0) == QStringLiteral("t");
}

void PostgresConnection::setSchemaVersion(int version) {
    exec("CREATE TABLE IF NOT EXISTS tsumugi_schema (id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);");
    PostgresPreparedStatement st(*this, "INSERT INTO tsumugi_schema (id, version) VALUES (1, $1) ON CONFLICT (id) DO "
                                        "UPDATE SET version = EXCLUDED.version;");
    st.bindInt64(1, version);
    while (st.step()) {
    }
}

bool PostgresConnection::holdSessionLock(qint64 key) {
    // Asked again every round: a connection made anew after the server was away holds nothing any more, and taking
    // the lock twice in one session would only stack it. So: held already, or take it if free.
    PostgresPreparedStatement held(*this, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = "
                                          "pg_backend_pid() AND granted AND ((classid::bigint << 32) | "
                                          "objid::bigint) = $1;");
    held.bindInt64(1, key);
    if (held.step() && held.int64(0) > 0) {
        return true;
    }
    PostgresPreparedStatement take(*this, "SELECT pg_try_advisory_lock($1);");
    take.bindInt64(1, key);
    return take.step() && take.text(0) == QLatin1String("t");
}

QList<std::pair<QString, QString>> PostgresConnection::secondaryIndexes(const QString& table) {
    QList<std::pair<QString, QString>> out;
    PostgresPreparedStatement st(*this, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1 AND "
                                        "indexname NOT IN (SELECT conname FROM pg_constraint);");
    st.bindText(1, table.toUtf8());
    while (st.step()) {
        out.append({st.text(0), st.text(1)});
    }
    return out;
}

void PostgresConnection::fail(pg_result* result, const char* during) const {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlState = QString::fromLatin1(state ? state : "");
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString detail = QString::fromUtf8(primary ? primary : PQerrorMessage(m_conn)).trimmed();
    PQclear(result);
    if (m_stalled) {
        throw Error(Error::Kind::ConnectionLost,
                    tr("The clinic server stopped answering (nothing for about %1 s, and no new connection): the "
                       "desk gave up waiting. The last change was not saved; nothing else was lost.")
                        .arg(qRound(SilenceBeforeProbeMs / 1000.0 + ProbeConnectSeconds)));
    }
    if (PQstatus(m_conn) != CONNECTION_OK || sqlState.startsWith(QLatin1String("08")) ||
        sqlState == QLatin1String("57P01")) {
        throw lostBeforeSaving(detail);
    }
    if (sqlState == QLatin1String("53100")) {
        noteDiskFull();
        throw Error(Error::Kind::DiskFull,
                    tr("The clinic server's disk is full. The last change was not saved; nothing else was lost."));
    }
    if (sqlState.startsWith(QLatin1String("23"))) {
        throw Error(Error::Kind::Conflict, tr("The change conflicts with the saved record: %1").arg(detail));
    }
    if (sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03")) {
        // A deadlock, or the lock wait ran out (lock_timeout): nothing was saved.
        throw Error(Error::Kind::Busy, tr("Another desk is saving; try again in a moment. Nothing was saved."));
    }
    if (sqlState == QLatin1String("57014")) {
        throw Error(Error::Kind::Storage,
                    tr("The clinic server took too long to answer; the change was not saved. Try again; if it "
                       "keeps happening, tell whoever looks after the server."));
    }
    throw Error(Error::Kind::Storage,
                tr("Storage error (%1) during %2: %3").arg(sqlState, QString::fromUtf8(during).left(60), detail));
}

} // namespace tsumugi
