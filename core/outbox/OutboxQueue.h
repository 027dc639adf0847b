#pragma once

#include "core/chart/ChartChangeListener.h"
#include "core/outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// The sync outbox in the encrypted record (no network here). The record installs it as its chart change
// listener, so every diagnosis, allergy, lab result or document change (and every patient edit, which changes
// the Patient in each of the patient's bundles) queues its send in the change's own transaction. Coalesces: one row
// per (patient, resource type) and one per document; a change bumps the row's generation. The sending side
// (sync/outbox) freezes a payload, sends it and records the answer through the mark* calls.
class OutboxQueue : public ChartChangeListener {
    Q_DECLARE_TR_FUNCTIONS(OutboxQueue)
public:
    struct Frozen {
        OutboxItem::Operation operation = OutboxItem::Operation::Register;
        QString bundleIdentifier;
        int firstYear = 0;
        QString memberId;
        QByteArray payload;
        QString sha256;
    };
    struct Counts {
        int pending = 0;
        int sending = 0;
        int sent = 0;
        int rejected = 0;
        int failed = 0;
        int notNeeded = 0;
        int queued() const { return pending + sending + failed; }
    };

    explicit OutboxQueue(ClinicRecord& record);

    void chartChanged(const ChartChange& change) override;
    // The CLINS resource type a chart item feeds, or empty (visits, notes, prescriptions are not sent alone).
    static QString resourceTypeFor(ChartChange::Item item);
    static QStringList resourceTypes();

    // Must run inside the caller's transaction (the chart change's). Coalesces with a queued row.
    void queueUnit(qint64 patientId, const QString& resourceType);
    void queueDocument(qint64 patientId, qint64 documentId);
    // After an edit of the patient's registration: a fresh snapshot of every CLINS unit of the patient that the
    // service holds or that is queued (same identifiers); nothing for a patient with nothing sent or queued,
    // and never a finalised document. Inside the caller's transaction. Returns the number of units queued.
    int queuePatientUnits(qint64 patientId);

    std::optional<OutboxItem> item(qint64 id) const;
    // Newest first; without payload bytes (item() has them).
    QList<OutboxItem> items(std::optional<OutboxItem::State> state = std::nullopt, int limit = -1) const;
    // Items that want an attempt now (pending, sending after a crash, failed whose time has come).
    QList<qint64> dueIds(const QDateTime& now, bool ignoreSchedule) const;
    // When the next failed item becomes due (invalid when none waits).
    QDateTime nextDueAt() const;
    Counts counts() const;
    QDateTime lastSuccess() const;
    // Exactly one desk sends for the whole record at a time: true when this desk's connection holds the sender's
    // lock (taken now if free). On the clinic server the lock goes with the connection, so a desk that dies or
    // loses its connection mid-push lets the next desk's round take over; the frozen payloads keep the sending
    // exactly once across desks. The embedded record: always true.
    bool holdSending();

    // --- the sender's transitions (each its own transaction unless the caller holds one) ---
    void storeFrozen(qint64 id, qint64 generation, const Frozen& frozen);
    void markNotNeeded(qint64 id, qint64 generation);
    void markSending(qint64 id);
    void markSucceeded(qint64 id, int status, const QDateTime& now);
    void markRejected(qint64 id, int status, const QString& message, const QDateTime& now);
    void markFailed(qint64 id, int status, const QString& message, const QDateTime& nextAttempt, const QDateTime& now,
                    int tries = 1);
    // The user's "retry": a rejected item is snapshotted again from the (corrected) record; a failed one is
    // due at once. False for an unknown id or an item that is not waiting.
    bool retry(qint64 id);
    // The doctor's 「送信」 on a finalised document: its rejected item is retried if it has one, else the document
    // is queued again; one transaction either way.
    void sendDocumentAgain(qint64 patientId, qint64 documentId);

private:
    void upsert(qint64 patientId, const QString& resourceType, qint64 documentId);

    ClinicRecord& m_record;
};

} // namespace tsumugi
