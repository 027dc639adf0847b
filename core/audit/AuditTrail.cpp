#include "core/audit/AuditTrail.h"

#include "core/Error.h"
#include "core/security/ColumnSeal.h"

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>

namespace tsumugi {

namespace {
const QByteArray GenesisHash(32, '\0');

void addField(QCryptographicHash& h, const QByteArray& field) {
    // Length-prefixed, so moving bytes from one field to the next changes the hash.
    const quint32 n = quint32(field.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    h.addData(QByteArrayView(len, 4));
    h.addData(field);
}
} // namespace

AuditTrail::AuditTrail(ClinicRecord& record)
    : m_record(record) {}

namespace {
// The detail names what was done to whom (a lab item viewed, a file imported): sealed on the clinic server (25), for
// the chained row by its seq and for a pending one by its id. The chain's hash covers the detail as written.
SealedCell detailCell(bool pending, qint64 row) {
    return {pending ? QStringLiteral("audit_pending") : QStringLiteral("audit_log"), QStringLiteral("detail"), row};
}

// A row as every reader selects it: seq, at, user_name, action, record_type, record_id, detail, prev_hash, hash (a
// pending row gives its id as seq, then seq 0, and NULL hashes).
AuditEntry entryOf(const Statement& st, bool pending) {
    const qint64 row = st.int64(0);
    return {pending ? 0 : row, Timestamp::fromStorage(st.text(1)),       st.text(2), st.text(3), st.text(4),
            st.text(5),        st.cellText(6, detailCell(pending, row)), st.blob(7), st.blob(8)};
}
const char* const PendingColumns =
    "at, user_name, action, record_type, record_id, detail, NULL, NULL FROM audit_pending";
} // namespace

QString AuditTrail::actionName(Action action) {
    switch (action) {
    case Action::View:
        return QStringLiteral("view");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Finalize:
        return QStringLiteral("finalize");
    case Action::Withdraw:
        return QStringLiteral("withdraw");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Login:
        return QStringLiteral("login");
    case Action::FailedLogin:
        return QStringLiteral("failed-login");
    case Action::Logout:
        return QStringLiteral("logout");
    case Action::Lock:
        return QStringLiteral("lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::Tampered:
        return QStringLiteral("tampered");
    }
    return QStringLiteral("unknown");
}

QByteArray AuditTrail::chainHash(const QByteArray& prevHash, const AuditEntry& e) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, prevHash);
    addField(h, QByteArray::number(e.seq));
    addField(h, Timestamp::toStorage(e.at).toUtf8());
    addField(h, e.user.toUtf8());
    addField(h, e.action.toUtf8());
    addField(h, e.recordType.toUtf8());
    addField(h, e.recordId.toUtf8());
    addField(h, e.detail.toUtf8());
    return h.result();
}

void AuditTrail::append(Action action, const QString& recordType, const QString& recordId, const QString& detail) {
    appendAs(m_record.currentUser().name, m_record.clock().now(), action, recordType, recordId, detail);
}

void AuditTrail::appendAs(const QString& user, const QDateTime& at, Action action, const QString& recordType,
                          const QString& recordId, const QString& detail) {
    AuditEntry e;
    e.at = at;
    e.user = user;
    e.action = actionName(action);
    e.recordType = recordType;
    e.recordId = recordId;
    e.detail = detail;
    const bool reading = action == Action::View || action == Action::Login || action == Action::FailedLogin ||
                         action == Action::Logout || action == Action::Lock || action == Action::Unlock ||
                         action == Action::Tampered;
    if (reading && m_record.writeState() != ClinicRecord::WriteState::Writable) {
        m_held.append(e);
        return;
    }
    if (reading && !m_record.db().inTransaction()) {
        insertPending(e);
        return;
    }
    insert(e);
}

void AuditTrail::insertPending(const AuditEntry& e) {
    const qint64 id = m_record.db().reserveId("audit_pending"); // first: its sealed detail carries it
    Statement ins(m_record.db(), "INSERT INTO audit_pending (at, user_name, action, record_type, record_id, detail, "
                                 "id) VALUES (?,?,?,?,?,?,?);");
    ins.bind(1, Timestamp::toStorage(e.at)).bind(2, e.user).bind(3, e.action).bind(4, e.recordType);
    ins.bind(5, e.recordId).bindCell(6, detailCell(true, id), e.detail).bind(7, id).run();
}

void AuditTrail::chainPending() {
    auto& db = m_record.db();
    QList<std::pair<qint64, AuditEntry>> pending;
    {
        Statement st(db, std::string("SELECT id, ") + PendingColumns + " ORDER BY id;");
        while (st.step()) {
            pending.append({st.int64(0), entryOf(st, true)});
        }
    }
    // Each by its own id: a row another desk commits meanwhile is chained by the next change, never dropped.
    Statement done(db, "DELETE FROM audit_pending WHERE id = ?;");
    for (const auto& [id, e] : pending) {
        chain(e);
        done.reset();
        done.bind(1, id).run();
    }
}

void AuditTrail::writeHeld() {
    if (m_held.isEmpty()) {
        return;
    }
    Transaction tx(m_record.db());
    for (const AuditEntry& e : m_held) {
        insert(e);
    }
    tx.commit();
    m_held.clear();
}

void AuditTrail::insert(const AuditEntry& entry) {
    Transaction tx(m_record.db());
    // What was read before this change comes before it in the chain, with what was held in memory meanwhile.
    chainPending();
    const bool writingHeld = m_record.writeState() == ClinicRecord::WriteState::Writable && !m_held.isEmpty();
    if (writingHeld) {
        for (const AuditEntry& e : m_held) {
            chain(e);
        }
    }
    chain(entry);
    tx.commit();
    if (writingHeld) {
        m_held.clear();
    }
}

void AuditTrail::noteTampered(const SealedCell& cell) {
    AuditEntry e;
    e.at = m_record.clock().now();
    e.user = m_record.currentUser().name;
    e.action = actionName(Action::Tampered);
    e.recordType = cell.table;
    e.recordId = cell.row;
    e.detail = QStringLiteral("%1 does not open with the record key where it was found; not shown").arg(cell.column);
    // A read inside a change that now fails: the change's rollback would take a row written now with it, so the
    // entry waits in memory for the desk's next change (or writeHeld).
    if (m_record.db().inTransaction()) {
        m_held.append(e);
        return;
    }
    appendAs(e.user, e.at, Action::Tampered, e.recordType, e.recordId, e.detail);
}

void AuditTrail::chain(const AuditEntry& entry) {
    auto& db = m_record.db();
    AuditEntry e = entry;
    e.prevHash = GenesisHash;
    e.seq = 1;
    {
        Statement last(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
        if (last.step()) {
            e.seq = last.int64(0) + 1;
            e.prevHash = last.blob(1);
        }
    }
    e.hash = chainHash(e.prevHash, e);
    Statement ins(db, "INSERT INTO audit_log (seq, at, user_name, action, record_type, record_id, detail, "
                      "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?);");
    ins.bind(1, e.seq).bind(2, Timestamp::toStorage(e.at)).bind(3, e.user).bind(4, e.action).bind(5, e.recordType);
    ins.bind(6, e.recordId).bindCell(7, detailCell(false, e.seq), e.detail).bind(8, e.prevHash).bind(9, e.hash);
    ins.run();
}

bool AuditTrail::hasEntry(const QString& user, const QDateTime& at, Action action) const {
    // statement-sites: file only (failed logins kept in a key file by older versions; the server never had them)
    Statement st(m_record.db(), "SELECT 1 FROM audit_log WHERE user_name = ?1 AND at = ?2 AND action = ?3 UNION ALL "
                                "SELECT 1 FROM audit_pending WHERE user_name = ?1 AND at = ?2 AND action = ?3;");
    st.bind(1, user).bind(2, Timestamp::toStorage(at)).bind(3, actionName(action));
    return st.step();
}

AuditTrail::Head AuditTrail::head() const {
    Statement st(m_record.db(), "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
    return st.step() ? Head{st.int64(0), st.blob(1)} : Head{};
}

AuditTrail::Verification AuditTrail::verify() const {
    Verification v;
    Statement st(m_record.db(), "SELECT seq, at, user_name, action, record_type, record_id, detail, prev_hash, "
                                "hash FROM audit_log ORDER BY seq;");
    QByteArray expectedPrev = GenesisHash;
    qint64 expectedSeq = 1;
    while (st.step()) {
        AuditEntry e;
        try {
            e = entryOf(st, false);
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::Tampered) {
                throw;
            }
            // A detail that does not open where it lies was altered or moved: the chain is broken there.
            v.ok = false;
            v.firstBrokenSeq = st.int64(0);
            v.reason = tr("row %1 was changed after it was written").arg(st.int64(0));
            return v;
        }
        QString problem;
        if (e.seq != expectedSeq) {
            problem = tr("row %1 is missing").arg(expectedSeq);
        } else if (e.prevHash != expectedPrev) {
            problem = tr("row %1 does not follow the row before it").arg(e.seq);
        } else if (chainHash(e.prevHash, e) != e.hash) {
            problem = tr("row %1 was changed after it was written").arg(e.seq);
        }
        if (!problem.isEmpty()) {
            v.ok = false;
            v.firstBrokenSeq = e.seq != expectedSeq ? expectedSeq : e.seq;
            v.reason = problem;
            return v;
        }
        ++v.rowsChecked;
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    Statement pending(m_record.db(), "SELECT count(*) FROM audit_pending;");
    pending.step();
    v.pending = pending.int64(0);
    return v;
}

QList<AuditEntry> AuditTrail::recent(int limit) const {
    QList<AuditEntry> out;
    Statement pending(m_record.db(), std::string("SELECT id, ") + PendingColumns + " ORDER BY id DESC LIMIT ?;");
    pending.bindLimit(1, limit);
    while (pending.step()) {
        out.append(entryOf(pending, true));
    }
    Statement st(m_record.db(), "SELECT seq, at, user_name, action, record_type, record_id, detail, prev_hash, "
                                "hash FROM audit_log ORDER BY seq DESC LIMIT ?;");
    st.bindLimit(1, limit);
    while (st.step() && (limit < 0 || out.size() < limit)) {
        out.append(entryOf(st, false));
    }
    return out;
}

} // namespace tsumugi
