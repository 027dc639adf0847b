#include "sync/outbox/OutboxWorker.h"

#include "sync/outbox/OutboxSender.h"
#include "sync/transport/HttpClient.h"
#include "sync/transport/TransportSettings.h"

#include "core/Error.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/util/Clock.h"

#include <algorithm>
#include <memory>

namespace tsumugi::sync {

OutboxWorker::OutboxWorker(ClinicRecord& record, QObject* parent)
    : QThread(parent)
    , m_record(record) {
    qRegisterMetaType<tsumugi::sync::SyncStatus>();
}

OutboxWorker::~OutboxWorker() {
    stop();
}

void OutboxWorker::wakeUp() {
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_wake.wakeAll();
}

void OutboxWorker::stop() {
    m_stop = true;
    wakeUp();
    wait();
}

SyncStatus OutboxWorker::status() const {
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void OutboxWorker::publish(const SyncStatus& status) {
    {
        QMutexLocker lock(&m_mutex);
        m_status = status;
    }
    emit statusChanged(status);
}

void OutboxWorker::run() {
    std::unique_ptr<ClinicRecord> record;
    try {
        record = m_record.openCompanion();
    } catch (const Error& e) {
        emit failedToStart(e.message());
        return;
    }
    std::unique_ptr<HttpClient> client;
    TransportSettings current;
    SyncStatus status;
    while (!m_stop) {
        int waitMs = m_pollMs;
        bool moreDue = false;
        try {
            const TransportSettings settings = TransportSettings::fromClinicSettings(record->settings());
            status.configured = settings.problem().isEmpty();
            // One sender for the whole record: on the clinic server only the desk holding the sender's lock pushes;
            // the others show the same queue and take over at their next round when that desk is gone.
            status.otherDesk = status.configured && !record->outbox().holdSending();
            if (status.configured && !status.otherDesk) {
                if (!client || settings.baseUrl != current.baseUrl || settings.caFile != current.caFile ||
                    settings.clientCertFile != current.clientCertFile ||
                    settings.clientKeyFile != current.clientKeyFile) {
                    client = std::make_unique<HttpClient>(settings);
                    client->setAbortFlag(&m_stop);
                    current = settings;
                }
                OutboxSender sender(*record, *client, RetryPolicy(m_retryBaseMs, m_retryMaxMs), m_documents);
                OutboxSender::Options options;
                options.stop = &m_stop;
                // Small rounds, so the status (queued count) moves while a long queue drains.
                options.maxItems = 64;
                const OutboxSender::Report report = sender.push(options);
                moreDue = report.notAttempted > 0 && !report.offline;
                if (report.total() > 0) {
                    status.known = true;
                    status.online = !report.offline;
                    status.lastError = report.offline ? report.lastNetworkError : QString();
                }
            }
            const OutboxQueue::Counts counts = record->outbox().counts();
            status.queued = counts.queued();
            status.rejected = counts.rejected;
            status.failed = counts.failed;
            status.lastSuccess = record->outbox().lastSuccess();
            const QDateTime next = record->outbox().nextDueAt();
            if (moreDue) {
                waitMs = 0;
            } else if (next.isValid()) {
                waitMs = int(std::clamp<qint64>(record->clock().now().msecsTo(next), 10, m_pollMs));
            }
        } catch (const Error& e) {
            // A busy or failing record: report and try again next round.
            status.lastError = e.message();
        }
        publish(status);
        QMutexLocker lock(&m_mutex);
        if (!m_woken && !m_stop && waitMs > 0) {
            m_wake.wait(&m_mutex, ulong(waitMs));
        }
        m_woken = false;
    }
}

} // namespace tsumugi::sync
