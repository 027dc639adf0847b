#include "core/outbox/OutboxQueue.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

namespace {

const char* const Columns =
    "o.id, o.kind, o.patient_id, p.patient_number, o.resource_type, o.document_id, o.state, o.generation, "
    "o.frozen_generation, o.sent_generation, o.operation, o.bundle_identifier, o.first_year, o.member_id, "
    "o.payload_sha256, o.registered, o.registered_member_id, o.attempts, o.next_attempt_at, o.last_status, "
    "o.last_error, o.last_attempt_at, o.last_success_at, o.created_at, o.updated_at";

// An item's cell: the frozen bundle (every word of what is sent), the patient's identifier and the service's words,
// sealed on the clinic server (25).
SealedCell itemCell(qint64 id, const char* column) {
    return {QStringLiteral("outbox_items"), QLatin1String(column), id};
}

QDateTime timeOf(const Statement& st, int column) {
    return st.isNull(column) ? QDateTime() : Timestamp::fromStorage(st.text(column));
}

OutboxItem readItem(const Statement& st) {
    OutboxItem i;
    i.id = st.int64(0);
    i.kind = st.text(1) == QStringLiteral("document") ? OutboxItem::Kind::Document : OutboxItem::Kind::Clins;
    i.patientId = st.int64(2);
    i.patientNumber = st.int64(3);
    i.resourceType = st.text(4);
    i.documentId = st.int64(5);
    i.state = OutboxItem::stateFromKey(st.text(6)).value_or(OutboxItem::State::Pending);
    i.generation = st.int64(7);
    i.frozenGeneration = st.int64(8);
    i.sentGeneration = st.int64(9);
    const QString op = st.text(10);
    i.operation = op == QStringLiteral("register") ? OutboxItem::Operation::Register
                  : op == QStringLiteral("delete") ? OutboxItem::Operation::Delete
                                                   : OutboxItem::Operation::None;
    i.bundleIdentifier = st.text(11);
    i.firstYear = int(st.int64(12));
    i.memberId = st.cellText(13, itemCell(i.id, "member_id"));
    i.payloadSha256 = st.text(14);
    i.registered = st.int64(15) != 0;
    i.registeredMemberId = st.cellText(16, itemCell(i.id, "registered_member_id"));
    i.attempts = int(st.int64(17));
    i.nextAttemptAt = timeOf(st, 18);
    i.lastStatus = int(st.int64(19));
    i.lastError = st.cellText(20, itemCell(i.id, "last_error"));
    i.lastAttemptAt = timeOf(st, 21);
    i.lastSuccessAt = timeOf(st, 22);
    i.createdAt = timeOf(st, 23);
    i.updatedAt = timeOf(st, 24);
    return i;
}

// A change re-opens a settled row (sent, rejected, nothing to send); a queued row just gets a newer
// generation, and a frozen payload in flight is still delivered first. (SQLCipher 3.4 has no UPSERT: update,
// then insert when nothing matched — inside the caller's transaction, so atomic.)
const char* const Bump =
    "UPDATE outbox_items SET generation = generation + 1, updated_at = ?, "
    "attempts = CASE WHEN state IN ('sent', 'rejected', 'not_needed') THEN 0 ELSE attempts END, "
    "next_attempt_at = CASE WHEN state IN ('sent', 'rejected', 'not_needed') THEN NULL ELSE next_attempt_at END, "
    "state = CASE WHEN state IN ('sent', 'rejected', 'not_needed') THEN 'pending' ELSE state END ";
const char* const BumpUnit = "WHERE kind = 'clins' AND patient_id = ? AND resource_type = ?;";
const char* const BumpDocument = "WHERE kind = 'document' AND document_id = ?;";
// A patient edit: every CLINS unit of the patient that the service holds (registered) or that waits to be sent.
// A unit never sent, a rejected one the service never took, or one already deleted is left alone.
const char* const BumpPatientUnits =
    "WHERE kind = 'clins' AND patient_id = ? AND (registered = 1 OR state IN ('pending', 'sending', 'failed'));";

} // namespace

OutboxQueue::OutboxQueue(ClinicRecord& record)
    : m_record(record) {}

QStringList OutboxQueue::resourceTypes() {
    return {QStringLiteral("Condition"), QStringLiteral("AllergyIntolerance"), QStringLiteral("Observation")};
}

QString OutboxQueue::resourceTypeFor(ChartChange::Item item) {
    switch (item) {
    case ChartChange::Item::Diagnosis:
        return QStringLiteral("Condition");
    case ChartChange::Item::Allergy:
        return QStringLiteral("AllergyIntolerance");
    case ChartChange::Item::LabResult:
        return QStringLiteral("Observation");
    default:
        // Visits and notes are not reported alone; prescriptions travel only inside documents.
        return {};
    }
}

void OutboxQueue::chartChanged(const ChartChange& change) {
    if (change.item == ChartChange::Item::Patient) {
        queuePatientUnits(change.patientId);
        return;
    }
    if (change.item == ChartChange::Item::Document) {
        // Sending is the doctor's choice per finalised version (a new version's draft does not ask for it);
        // withdrawing a document that is already in the outbox still queues, so a sent letter's delete follows.
        Statement st(m_record.db(), "SELECT (SELECT send_requested FROM documents WHERE id = ?) = 1 OR "
                                    "(? = 1 AND EXISTS (SELECT 1 FROM outbox_items WHERE kind = 'document' AND "
                                    "document_id = ?));");
        st.bind(1, change.itemId).bind(2, change.kind == ChartChange::Kind::Withdrawn ? 1 : 0).bind(3, change.itemId);
        if (st.step() && st.int64(0) != 0) {
            queueDocument(change.patientId, change.itemId);
        }
        return;
    }
    const QString type = resourceTypeFor(change.item);
    if (!type.isEmpty()) {
        queueUnit(change.patientId, type);
    }
}

void OutboxQueue::upsert(qint64 patientId, const QString& resourceType, qint64 documentId) {
    const QString now = Timestamp::toStorage(m_record.clock().now());
    DbConnection& db = m_record.db();
    {
        Statement bump(db, std::string(Bump) + (documentId ? BumpDocument : BumpUnit));
        bump.bind(1, now);
        if (documentId) {
            bump.bind(2, documentId);
        } else {
            bump.bind(2, patientId).bind(3, resourceType);
        }
        bump.run();
        if (db.changes() > 0) {
            return;
        }
    }
    Statement st(db, "INSERT INTO outbox_items (kind, patient_id, resource_type, document_id, state, generation, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 1, ?, ?);");
    st.bind(1, documentId ? QStringLiteral("document") : QStringLiteral("clins")).bind(2, patientId);
    st.bindOptional(3, resourceType);
    if (documentId) {
        st.bind(4, documentId);
    } else {
        st.bindNull(4);
    }
    st.bind(5, now).bind(6, now).run();
}

void OutboxQueue::queueUnit(qint64 patientId, const QString& resourceType) {
    upsert(patientId, resourceType, 0);
}

void OutboxQueue::queueDocument(qint64 patientId, qint64 documentId) {
    upsert(patientId, QString(), documentId);
}

int OutboxQueue::queuePatientUnits(qint64 patientId) {
    // Finalised documents are not re-sent: a letter is what was written and sent at the time.
    Statement bump(m_record.db(), std::string(Bump) + BumpPatientUnits);
    bump.bind(1, Timestamp::toStorage(m_record.clock().now())).bind(2, patientId).run();
    return m_record.db().changes();
}

std::optional<OutboxItem> OutboxQueue::item(qint64 id) const {
    const QByteArray sql = QByteArray("SELECT ") + Columns +
                           ", o.payload FROM outbox_items o JOIN patients p ON p.id = o.patient_id WHERE o.id = ?;";
    Statement st(m_record.db(), std::string_view(sql.constData(), size_t(sql.size())));
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    OutboxItem i = readItem(st);
    i.payload = st.cellBytes(25, itemCell(id, "payload"));
    return i;
}

QList<OutboxItem> OutboxQueue::items(std::optional<OutboxItem::State> state, int limit) const {
    QByteArray sql = QByteArray("SELECT ") + Columns + " FROM outbox_items o JOIN patients p ON p.id = o.patient_id";
    if (state) {
        sql += " WHERE o.state = ?";
    }
    sql += " ORDER BY o.updated_at DESC, o.id DESC LIMIT ?;";
    Statement st(m_record.db(), std::string_view(sql.constData(), size_t(sql.size())));
    int n = 1;
    if (state) {
        st.bind(n++, OutboxItem::stateKey(*state));
    }
    st.bindLimit(n, limit);
    QList<OutboxItem> out;
    while (st.step()) {
        out.append(readItem(st));
    }
    return out;
}

QList<qint64> OutboxQueue::dueIds(const QDateTime& now, bool ignoreSchedule) const {
    Statement st(m_record.db(), "SELECT id FROM outbox_items WHERE state IN ('pending', 'sending', 'failed') AND "
                                "(? = 1 OR next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id;");
    st.bind(1, qint64(ignoreSchedule ? 1 : 0)).bind(2, Timestamp::toStorage(now));
    QList<qint64> ids;
    while (st.step()) {
        ids.append(st.int64(0));
    }
    return ids;
}

QDateTime OutboxQueue::nextDueAt() const {
    Statement st(m_record.db(), "SELECT MIN(next_attempt_at) FROM outbox_items WHERE state = 'failed';");
    return st.step() && !st.isNull(0) ? Timestamp::fromStorage(st.text(0)) : QDateTime();
}

OutboxQueue::Counts OutboxQueue::counts() const {
    Statement st(m_record.db(), "SELECT state, COUNT(*) FROM outbox_items GROUP BY state;");
    Counts c;
    while (st.step()) {
        const int n = int(st.int64(1));
        switch (OutboxItem::stateFromKey(st.text(0)).value_or(OutboxItem::State::Pending)) {
        case OutboxItem::State::Pending:
            c.pending += n;
            break;
        case OutboxItem::State::Sending:
            c.sending += n;
            break;
        case OutboxItem::State::Sent:
            c.sent += n;
            break;
        case OutboxItem::State::Rejected:
            c.rejected += n;
            break;
        case OutboxItem::State::Failed:
            c.failed += n;
            break;
        case OutboxItem::State::NotNeeded:
            c.notNeeded += n;
            break;
        }
    }
    return c;
}

QDateTime OutboxQueue::lastSuccess() const {
    Statement st(m_record.db(), "SELECT MAX(last_success_at) FROM outbox_items;");
    return st.step() && !st.isNull(0) ? Timestamp::fromStorage(st.text(0)) : QDateTime();
}

void OutboxQueue::storeFrozen(qint64 id, qint64 generation, const Frozen& f) {
    Statement st(m_record.db(), "UPDATE outbox_items SET frozen_generation = ?, operation = ?, bundle_identifier = ?, "
                                "first_year = ?, member_id = ?, payload = ?, payload_sha256 = ?, state = 'sending', "
                                "updated_at = ? WHERE id = ?;");
    st.bind(1, generation)
        .bind(2, f.operation == OutboxItem::Operation::Delete ? QStringLiteral("delete") : QStringLiteral("register"))
        .bind(3, f.bundleIdentifier)
        .bind(4, qint64(f.firstYear))
        .bindCellOptional(5, itemCell(id, "member_id"), f.memberId)
        .bindCellBytes(6, itemCell(id, "payload"), f.payload)
        .bind(7, f.sha256)
        .bind(8, Timestamp::toStorage(m_record.clock().now()))
        .bind(9, id)
        .run();
}

void OutboxQueue::markNotNeeded(qint64 id, qint64 generation) {
    Statement st(m_record.db(), "UPDATE outbox_items SET state = 'not_needed', sent_generation = ?, "
                                "attempts = 0, next_attempt_at = NULL, updated_at = ? WHERE id = ?;");
    st.bind(1, generation).bind(2, Timestamp::toStorage(m_record.clock().now())).bind(3, id).run();
}

void OutboxQueue::markSending(qint64 id) {
    Statement st(m_record.db(), "UPDATE outbox_items SET state = 'sending' WHERE id = ? AND state <> 'sending';");
    st.bind(1, id).run();
}

void OutboxQueue::markSucceeded(qint64 id, int status, const QDateTime& now) {
    const QString t = Timestamp::toStorage(now);
    auto& db = m_record.db();
    Transaction tx(db);
    // The identifier the service now holds the item under: the frozen one, opened here and sealed for its own column
    // (the server cannot copy a sealed value from one column to another).
    Statement frozen(db, "SELECT operation, member_id FROM outbox_items WHERE id = ?;");
    frozen.bind(1, id);
    const bool found = frozen.step();
    const bool deleted = found && frozen.text(0) == QStringLiteral("delete");
    const QString memberId = found && !deleted ? frozen.cellText(1, itemCell(id, "member_id")) : QString();
    Statement st(
        db, "UPDATE outbox_items SET "
            "registered = CASE WHEN operation = 'delete' THEN 0 ELSE 1 END, "
            "registered_member_id = ?, "
            "sent_generation = frozen_generation, "
            "state = CASE WHEN generation > frozen_generation THEN 'pending' ELSE 'sent' END, "
            "frozen_generation = NULL, attempts = 0, next_attempt_at = NULL, last_status = ?, last_error = NULL, "
            "last_attempt_at = ?, last_success_at = ?, updated_at = ? WHERE id = ? AND frozen_generation IS NOT NULL;");
    st.bindCellOptional(1, itemCell(id, "registered_member_id"), memberId);
    st.bind(2, qint64(status)).bind(3, t).bind(4, t).bind(5, t).bind(6, id).run();
    tx.commit();
}

void OutboxQueue::markRejected(qint64 id, int status, const QString& message, const QDateTime& now) {
    const QString t = Timestamp::toStorage(now);
    // The service stored nothing, so the frozen payload can go: the next attempt snapshots the corrected
    // record. A change that arrived meanwhile may already be the correction: then it is pending again.
    Statement st(m_record.db(),
                 "UPDATE outbox_items SET "
                 "state = CASE WHEN frozen_generation IS NOT NULL AND generation > frozen_generation "
                 "THEN 'pending' ELSE 'rejected' END, "
                 "frozen_generation = NULL, attempts = attempts + 1, next_attempt_at = NULL, last_status = ?, "
                 "last_error = ?, last_attempt_at = ?, updated_at = ? WHERE id = ?;");
    st.bind(1, qint64(status)).bindCell(2, itemCell(id, "last_error"), message).bind(3, t).bind(4, t).bind(5, id).run();
}

void OutboxQueue::markFailed(qint64 id, int status, const QString& message, const QDateTime& nextAttempt,
                             const QDateTime& now, int tries) {
    const QString t = Timestamp::toStorage(now);
    Statement st(m_record.db(), "UPDATE outbox_items SET state = 'failed', attempts = attempts + ?, "
                                "next_attempt_at = ?, last_status = ?, last_error = ?, last_attempt_at = ?, "
                                "updated_at = ? WHERE id = ?;");
    st.bind(1, qint64(tries)).bind(2, Timestamp::toStorage(nextAttempt)).bind(3, qint64(status));
    st.bindCell(4, itemCell(id, "last_error"), message);
    st.bind(5, t).bind(6, t).bind(7, id).run();
}

bool OutboxQueue::retry(qint64 id) {
    Transaction tx(m_record.db());
    Statement st(m_record.db(), "UPDATE outbox_items SET "
                                "state = CASE WHEN state = 'rejected' THEN 'pending' ELSE state END, "
                                "generation = CASE WHEN state = 'rejected' THEN generation + 1 ELSE generation END, "
                                "next_attempt_at = NULL, updated_at = ? "
                                "WHERE id = ? AND state IN ('rejected', 'failed', 'pending', 'sending');");
    st.bind(1, Timestamp::toStorage(m_record.clock().now())).bind(2, id).run();
    const bool changed = m_record.db().changes() > 0;
    tx.commit();
    return changed;
}

void OutboxQueue::sendDocumentAgain(qint64 patientId, qint64 documentId) {
    Transaction tx(m_record.db());
    Statement rejected(m_record.db(), "SELECT id FROM outbox_items WHERE document_id = ? AND state = 'rejected' "
                                      "ORDER BY id DESC LIMIT 1;");
    rejected.bind(1, documentId);
    if (!rejected.step() || !retry(rejected.int64(0))) {
        queueDocument(patientId, documentId);
    }
    tx.commit();
}

bool OutboxQueue::holdSending() {
    // "tsumugi:outbox" folded into 63 bits: another program's locks on the same server never meet it by accident.
    constexpr qint64 SenderLock = 0x7473756d756f7862;
    return m_record.db().holdSessionLock(SenderLock);
}

} // namespace tsumugi
