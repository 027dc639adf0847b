#include "sim/Store.h"

#include "sim/Clock.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tsumugi::sim {

namespace {

QAtomicInt connectionCounter;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
std::string s(const QVariant& v) {
    return v.toString().toStdString();
}
QVariant t(const QDateTime& d) {
    return d.isValid() ? QVariant(Clock::iso(d)) : QVariant();
}
QDateTime dt(const QVariant& v) {
    if (v.isNull())
        return {};
    return Clock::parse(v.toString()).value_or(QDateTime());
}

// Marks a transaction for rollback unless commit() is reached: a failed statement must not leave half a record.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : db_(std::move(db)) {
        db_.transaction();
    }
    ~Transaction() {
        if (!done_)
            db_.rollback();
    }
    bool commit() {
        done_ = true;
        return db_.commit();
    }

private:
    QSqlDatabase db_;
    bool done_ = false;
};

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw StoreError("prepare failed: " + query.lastError().text().toStdString());
    return query;
}

// A failed statement must never be answered as success: it throws, the transaction rolls back, the caller says 500.
void run(QSqlQuery& query) {
    if (!query.exec())
        throw StoreError(query.lastError().text().toStdString());
}

} // namespace

Store::Store(QString path)
    : path_(std::move(path))
    , connection_(QStringLiteral("tsumugi-sim-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) {}

Store::~Store() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

bool Store::exec(const QString& sql, QString* error) {
    QSqlQuery query(QSqlDatabase::database(connection_));
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql;
        return false;
    }
    return true;
}

bool Store::open(QString* error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(path_);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const char* schema[] = {
        "PRAGMA journal_mode=WAL",
        // NORMAL is durable across process crashes in WAL mode; only a power cut can lose the last commits.
        "PRAGMA synchronous=NORMAL",
        "PRAGMA busy_timeout=5000",
        "CREATE TABLE IF NOT EXISTS registrations ("
        " identifier TEXT PRIMARY KEY, kind TEXT NOT NULL, member_id TEXT NOT NULL, institution TEXT NOT NULL,"
        " resource_type TEXT, addressee TEXT, sha256 TEXT, body BLOB, status TEXT NOT NULL,"
        " first_registered_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " accepted_count INTEGER NOT NULL DEFAULT 0, created_count INTEGER NOT NULL DEFAULT 0,"
        " unchanged_count INTEGER NOT NULL DEFAULT 0, replace_count INTEGER NOT NULL DEFAULT 0,"
        " delete_count INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX IF NOT EXISTS registrations_member ON registrations(member_id, status)",
        "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, identifier TEXT NOT NULL,"
        " action TEXT NOT NULL, sha256 TEXT, at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS mailbox (identifier TEXT PRIMARY KEY, addressee TEXT NOT NULL,"
        " sender TEXT NOT NULL, member_id TEXT NOT NULL, delivered_at TEXT NOT NULL, received_at TEXT)",
        "CREATE INDEX IF NOT EXISTS mailbox_addressee ON mailbox(addressee)",
        "CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, person_id TEXT NOT NULL, member_id TEXT NOT NULL,"
        " source TEXT NOT NULL, consents TEXT NOT NULL, issued_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
        " consent_expires_at TEXT NOT NULL)",
    };
    for (const char* sql : schema)
        if (!exec(QString::fromUtf8(sql), error))
            return false;
    return true;
}

void Store::addEvent(const std::string& identifier, const char* action, const std::string& sha, const QDateTime& now) {
    QSqlQuery ins = prepared(QSqlDatabase::database(connection_),
                             QStringLiteral("INSERT INTO events(identifier, action, sha256, at) VALUES(?,?,?,?)"));
    ins.addBindValue(q(identifier));
    ins.addBindValue(QString::fromLatin1(action));
    ins.addBindValue(sha.empty() ? QVariant() : QVariant(q(sha)));
    ins.addBindValue(t(now));
    run(ins);
}

Store::RegisterOutcome Store::registerBundle(const BundleInfo& info, const std::string& canonical,
                                             const std::string& sha256, const QDateTime& now) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    Transaction tx(db);
    QSqlQuery find = prepared(db, QStringLiteral("SELECT sha256, status FROM registrations WHERE identifier = ?"));
    find.addBindValue(q(info.identifier));
    run(find);
    RegisterOutcome outcome = RegisterOutcome::Created;
    if (find.next()) {
        const bool active = find.value(1).toString() == QLatin1String("active");
        if (active && s(find.value(0)) == sha256)
            outcome = RegisterOutcome::Unchanged;
        else if (active)
            outcome = RegisterOutcome::Replaced;
        // a deleted or expired identifier registered again counts as created anew
        find.finish();
        QSqlQuery up(db);
        if (outcome == RegisterOutcome::Unchanged) {
            up.prepare(QStringLiteral("UPDATE registrations SET accepted_count = accepted_count + 1,"
                                      " unchanged_count = unchanged_count + 1 WHERE identifier = ?"));
            up.addBindValue(q(info.identifier));
        } else {
            up.prepare(QStringLiteral(
                "UPDATE registrations SET kind=?, member_id=?, institution=?, resource_type=?, addressee=?, sha256=?,"
                " body=?, status='active', updated_at=?, accepted_count = accepted_count + 1,"
                " created_count = created_count + ?, replace_count = replace_count + ? WHERE identifier = ?"));
            up.addBindValue(q(info.kind));
            up.addBindValue(q(info.memberId));
            up.addBindValue(q(info.institution));
            up.addBindValue(q(info.resourceType));
            up.addBindValue(q(info.addressee));
            up.addBindValue(q(sha256));
            up.addBindValue(QByteArray::fromStdString(canonical));
            up.addBindValue(t(now));
            up.addBindValue(outcome == RegisterOutcome::Created ? 1 : 0);
            up.addBindValue(outcome == RegisterOutcome::Replaced ? 1 : 0);
            up.addBindValue(q(info.identifier));
        }
        run(up);
    } else {
        find.finish();
        QSqlQuery ins = prepared(
            db, QStringLiteral("INSERT INTO registrations(identifier, kind, member_id, institution, resource_type,"
                               " addressee, sha256, body, status, first_registered_at, updated_at, accepted_count,"
                               " created_count) VALUES(?,?,?,?,?,?,?,?,'active',?,?,1,1)"));
        for (const std::string* v : {&info.identifier, &info.kind, &info.memberId, &info.institution,
                                     &info.resourceType, &info.addressee, &sha256})
            ins.addBindValue(q(*v));
        ins.addBindValue(QByteArray::fromStdString(canonical));
        ins.addBindValue(t(now));
        ins.addBindValue(t(now));
        run(ins);
    }
    if (outcome != RegisterOutcome::Unchanged && info.kind == "referral") {
        // A new or replaced referral lands (again) unread in the addressee's mailbox.
        QSqlQuery mail = prepared(db, QStringLiteral("INSERT OR REPLACE INTO mailbox(identifier, addressee, sender,"
                                                     " member_id, delivered_at, received_at) VALUES(?,?,?,?,?,NULL)"));
        mail.addBindValue(q(info.identifier));
        mail.addBindValue(q(info.addressee));
        mail.addBindValue(q(info.institution));
        mail.addBindValue(q(info.memberId));
        mail.addBindValue(t(now));
        run(mail);
    }
    addEvent(info.identifier,
             outcome == RegisterOutcome::Created    ? "created"
             : outcome == RegisterOutcome::Replaced ? "replaced"
                                                    : "unchanged",
             sha256, now);
    if (!tx.commit())
        throw StoreError("commit failed: " + QSqlDatabase::database(connection_).lastError().text().toStdString());
    return outcome;
}

Store::DeleteOutcome Store::deleteBundle(const std::string& identifier, const std::string& memberId,
                                         const QDateTime& now) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    Transaction tx(db);
    QSqlQuery find = prepared(db, QStringLiteral("SELECT member_id, status FROM registrations WHERE identifier = ?"));
    find.addBindValue(q(identifier));
    run(find);
    if (!find.next())
        return DeleteOutcome::NotFound;
    if (s(find.value(0)) != memberId)
        return DeleteOutcome::MemberMismatch;
    const bool active = find.value(1).toString() == QLatin1String("active");
    find.finish();
    // A repeated delete (a retry after a lost answer) succeeds again but changes nothing but the counter.
    QSqlQuery up = prepared(db, active ? QStringLiteral("UPDATE registrations SET status='deleted', body=NULL,"
                                                        " updated_at=?, delete_count = delete_count + 1"
                                                        " WHERE identifier = ?")
                                       : QStringLiteral("UPDATE registrations SET delete_count = delete_count + 1"
                                                        " WHERE identifier = ?"));
    if (active)
        up.addBindValue(t(now));
    up.addBindValue(q(identifier));
    run(up);
    QSqlQuery mail = prepared(db, QStringLiteral("DELETE FROM mailbox WHERE identifier = ?"));
    mail.addBindValue(q(identifier));
    run(mail);
    addEvent(identifier, active ? "deleted" : "delete-repeated", {}, now);
    if (!tx.commit())
        throw StoreError("commit failed: " + QSqlDatabase::database(connection_).lastError().text().toStdString());
    return active ? DeleteOutcome::Deleted : DeleteOutcome::AlreadyDeleted;
}

std::optional<std::string> Store::institutionOf(const std::string& identifier) {
    QSqlQuery find = prepared(QSqlDatabase::database(connection_),
                              QStringLiteral("SELECT institution FROM registrations WHERE identifier = ?"));
    find.addBindValue(q(identifier));
    run(find);
    if (!find.next())
        return std::nullopt;
    return s(find.value(0));
}

std::vector<std::string> Store::activeClinsBodies(const std::string& memberId) {
    QSqlQuery find = prepared(QSqlDatabase::database(connection_),
                              QStringLiteral("SELECT body FROM registrations WHERE member_id = ? AND status = 'active'"
                                             " AND kind = 'clins' ORDER BY identifier"));
    find.addBindValue(q(memberId));
    run(find);
    std::vector<std::string> out;
    while (find.next())
        out.push_back(find.value(0).toByteArray().toStdString());
    return out;
}

std::vector<Store::MailItem> Store::mailbox(const std::string& addressee) {
    QSqlQuery find = prepared(QSqlDatabase::database(connection_),
                              QStringLiteral("SELECT m.identifier, m.sender, m.member_id, r.sha256, m.delivered_at,"
                                             " m.received_at FROM mailbox m JOIN registrations r USING(identifier)"
                                             " WHERE m.addressee = ? ORDER BY m.delivered_at, m.identifier"));
    find.addBindValue(q(addressee));
    run(find);
    std::vector<MailItem> out;
    while (find.next())
        out.push_back(MailItem{s(find.value(0)), s(find.value(1)), s(find.value(2)), s(find.value(3)),
                               dt(find.value(4)), dt(find.value(5))});
    return out;
}

std::optional<std::string> Store::mailboxDocument(const std::string& addressee, const std::string& identifier) {
    QSqlQuery find = prepared(QSqlDatabase::database(connection_),
                              QStringLiteral("SELECT r.body FROM mailbox m JOIN registrations r USING(identifier)"
                                             " WHERE m.addressee = ? AND m.identifier = ? AND r.status = 'active'"));
    find.addBindValue(q(addressee));
    find.addBindValue(q(identifier));
    run(find);
    if (!find.next())
        return std::nullopt;
    return find.value(0).toByteArray().toStdString();
}

Store::ReceiptOutcome Store::acknowledge(const std::string& addressee, const std::string& identifier,
                                         const QDateTime& now, QDateTime* receivedAt) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    Transaction tx(db);
    QSqlQuery find =
        prepared(db, QStringLiteral("SELECT received_at FROM mailbox WHERE addressee = ? AND identifier = ?"));
    find.addBindValue(q(addressee));
    find.addBindValue(q(identifier));
    run(find);
    if (!find.next())
        return ReceiptOutcome::NotFound;
    if (!find.value(0).isNull()) {
        *receivedAt = dt(find.value(0));
        return ReceiptOutcome::AlreadyReceived;
    }
    find.finish();
    QSqlQuery up = prepared(db, QStringLiteral("UPDATE mailbox SET received_at = ? WHERE identifier = ?"));
    up.addBindValue(t(now));
    up.addBindValue(q(identifier));
    run(up);
    addEvent(identifier, "received", {}, now);
    if (!tx.commit())
        throw StoreError("commit failed: " + QSqlDatabase::database(connection_).lastError().text().toStdString());
    *receivedAt = now;
    return ReceiptOutcome::Received;
}

int Store::purgeMailbox(const QDateTime& now) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    const QString receivedBefore = Clock::iso(now.addDays(-kDeleteAfterReceiptDays));
    const QString deliveredBefore = Clock::iso(now.addMonths(-kReferralRetentionMonths));
    QSqlQuery due = prepared(db, QStringLiteral("SELECT identifier FROM mailbox WHERE (received_at IS NOT NULL AND"
                                                " received_at <= ?) OR (received_at IS NULL AND delivered_at <= ?)"));
    due.addBindValue(receivedBefore);
    due.addBindValue(deliveredBefore);
    run(due);
    QStringList ids;
    while (due.next())
        ids << due.value(0).toString();
    if (ids.isEmpty())
        return 0;
    Transaction tx(db);
    for (const QString& id : ids) {
        QSqlQuery del = prepared(db, QStringLiteral("DELETE FROM mailbox WHERE identifier = ?"));
        del.addBindValue(id);
        run(del);
        QSqlQuery up = prepared(db, QStringLiteral("UPDATE registrations SET status='expired', body=NULL,"
                                                   " updated_at=? WHERE identifier = ?"));
        up.addBindValue(t(now));
        up.addBindValue(id);
        run(up);
        addEvent(id.toStdString(), "expired", {}, now);
    }
    if (!tx.commit())
        throw StoreError("commit failed: " + QSqlDatabase::database(connection_).lastError().text().toStdString());
    return static_cast<int>(ids.size());
}

void Store::saveToken(const Token& tok) {
    QSqlQuery ins =
        prepared(QSqlDatabase::database(connection_),
                 QStringLiteral("INSERT OR REPLACE INTO tokens(token, person_id, member_id, source, consents,"
                                " issued_at, expires_at, consent_expires_at) VALUES(?,?,?,?,?,?,?,?)"));
    ins.addBindValue(q(tok.token));
    ins.addBindValue(q(tok.personId));
    ins.addBindValue(q(tok.memberId));
    ins.addBindValue(q(tok.source));
    ins.addBindValue(q(tok.consents.dump()));
    ins.addBindValue(t(tok.issuedAt));
    ins.addBindValue(t(tok.expiresAt));
    ins.addBindValue(t(tok.consentExpiresAt));
    run(ins);
}

std::optional<Store::Token> Store::token(const std::string& token) {
    QSqlQuery find = prepared(QSqlDatabase::database(connection_),
                              QStringLiteral("SELECT person_id, member_id, source, consents, issued_at, expires_at,"
                                             " consent_expires_at FROM tokens WHERE token = ?"));
    find.addBindValue(q(token));
    run(find);
    if (!find.next())
        return std::nullopt;
    Token tok;
    tok.token = token;
    tok.personId = s(find.value(0));
    tok.memberId = s(find.value(1));
    tok.source = s(find.value(2));
    tok.consents = nlohmann::json::parse(s(find.value(3)), nullptr, false);
    tok.issuedAt = dt(find.value(4));
    tok.expiresAt = dt(find.value(5));
    tok.consentExpiresAt = dt(find.value(6));
    return tok;
}

nlohmann::json Store::dump(bool withEvents) {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    QSqlQuery regs(db);
    regs.exec(QStringLiteral("SELECT identifier, kind, member_id, institution, resource_type, addressee, sha256,"
                             " status, first_registered_at, updated_at, accepted_count, created_count,"
                             " unchanged_count, replace_count, delete_count FROM registrations ORDER BY identifier"));
    nlohmann::json list = nlohmann::json::array();
    int active = 0;
    while (regs.next()) {
        nlohmann::json r = {{"bundleIdentifier", s(regs.value(0))},
                            {"kind", s(regs.value(1))},
                            {"memberId", s(regs.value(2))},
                            {"institution", s(regs.value(3))},
                            {"resourceType", s(regs.value(4))},
                            {"addressee", s(regs.value(5))},
                            {"sha256", s(regs.value(6))},
                            {"status", s(regs.value(7))},
                            {"firstRegisteredAt", s(regs.value(8))},
                            {"updatedAt", s(regs.value(9))},
                            {"acceptedCount", regs.value(10).toLongLong()},
                            {"createdCount", regs.value(11).toLongLong()},
                            {"unchangedCount", regs.value(12).toLongLong()},
                            {"replaceCount", regs.value(13).toLongLong()},
                            {"deleteCount", regs.value(14).toLongLong()}};
        if (r["status"] == "active")
            ++active;
        list.push_back(std::move(r));
    }
    QSqlQuery counts(db);
    counts.exec(QStringLiteral("SELECT action, COUNT(*) FROM events GROUP BY action ORDER BY action"));
    nlohmann::json byAction = nlohmann::json::object();
    qint64 events = 0;
    while (counts.next()) {
        byAction[s(counts.value(0))] = counts.value(1).toLongLong();
        events += counts.value(1).toLongLong();
    }
    QSqlQuery mail(db);
    mail.exec(QStringLiteral("SELECT COUNT(*) FROM mailbox"));
    const qint64 mailCount = mail.next() ? mail.value(0).toLongLong() : 0;
    nlohmann::json out = {{"registrations", list},
                          {"totals",
                           {{"registrations", list.size()},
                            {"active", active},
                            {"events", events},
                            {"eventsByAction", byAction},
                            {"mailbox", mailCount}}}};
    if (withEvents) {
        QSqlQuery ev(db);
        ev.exec(QStringLiteral("SELECT seq, identifier, action, sha256, at FROM events ORDER BY seq"));
        nlohmann::json evs = nlohmann::json::array();
        while (ev.next())
            evs.push_back({{"seq", ev.value(0).toLongLong()},
                           {"bundleIdentifier", s(ev.value(1))},
                           {"action", s(ev.value(2))},
                           {"sha256", s(ev.value(3))},
                           {"at", s(ev.value(4))}});
        out["events"] = evs;
    }
    return out;
}

} // namespace tsumugi::sim
