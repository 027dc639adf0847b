#pragma once

#include "sync/outbox/OutboxPayloadBuilder.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/outbox/SyncStatus.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

// Sends the outbox in the background on its own thread, with its own connection to the record
// (ClinicRecord::openCompanion), so the UI never waits on the network or on the sender's writes.
// Wakes on wakeUp() (after a save), at the next failed item's retry time, and every poll interval;
// re-reads the server settings each round. Reports SyncStatus through statusChanged (queued to the
// receiver's thread).
class OutboxWorker : public QThread {
    Q_OBJECT
public:
    explicit OutboxWorker(ClinicRecord& record, QObject* parent = nullptr);
    ~OutboxWorker() override;

    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    void setRetryPolicy(int baseMs, int maxMs) {
        m_retryBaseMs = baseMs;
        m_retryMaxMs = maxMs;
    }
    void setDocumentBuilder(OutboxPayloadBuilder::DocumentBuilder builder) { m_documents = std::move(builder); }

    // Thread-safe.
    void wakeUp();
    void stop(); // aborts a running request and waits for the thread
    SyncStatus status() const;

signals:
    void statusChanged(const tsumugi::sync::SyncStatus& status);
    void failedToStart(const QString& message);

protected:
    void run() override;

private:
    void publish(const SyncStatus& status);

    ClinicRecord& m_record;
    std::atomic_bool m_stop{false};
    std::atomic_int m_pollMs{3000};
    std::atomic_int m_retryBaseMs{2000};
    std::atomic_int m_retryMaxMs{5 * 60 * 1000};
    OutboxPayloadBuilder::DocumentBuilder m_documents;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_woken = false;
    SyncStatus m_status;
};

} // namespace tsumugi::sync
