#include "sync/outbox/OutboxSender.h"

#include "sync/outbox/OutcomeText.h"
#include "sync/transport/HttpClient.h"

#include "core/Error.h"
#include "core/db/SqliteTransaction.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QThread>
#include <algorithm>

namespace tsumugi::sync {

namespace {
bool retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
}

void sleepUnlessStopped(int ms, const std::atomic_bool* stop) {
    for (int waited = 0; waited < ms && !(stop && stop->load()); waited += 50) {
        QThread::msleep(ulong(std::min(50, ms - waited)));
    }
}
} // namespace

OutboxSender::OutboxSender(ClinicRecord& record, HttpClient& client, RetryPolicy policy,
                           OutboxPayloadBuilder::DocumentBuilder documents)
    : m_record(record)
    , m_client(client)
    , m_policy(policy)
    , m_builder(record, std::move(documents)) {}

QDateTime OutboxSender::now() const {
    return m_record.clock().now();
}

OutboxSender::Result OutboxSender::sendOnce(qint64 id, int* retryDelayMs) {
    OutboxQueue& queue = m_record.outbox();
    std::optional<OutboxItem> item;
    {
        // Freeze inside one transaction: the snapshot matches the generation it is stamped with, and a crash
        // either leaves nothing frozen or the complete payload.
        SqliteTransaction tx(m_record.db());
        item = queue.item(id);
        if (!item || !item->isQueued()) {
            return Result::Skipped;
        }
        if (!item->isFrozen()) {
            std::optional<OutboxQueue::Frozen> frozen;
            try {
                frozen = m_builder.build(*item, now());
            } catch (const Error& e) {
                queue.markRejected(id, 0, e.message(), now());
                tx.commit();
                return Result::Rejected;
            }
            if (!frozen) {
                queue.markNotNeeded(id, item->generation);
                tx.commit();
                return Result::NotNeeded;
            }
            queue.storeFrozen(id, item->generation, *frozen);
            tx.commit();
            item = queue.item(id);
        } else if (item->state != OutboxItem::State::Sending) {
            queue.markSending(id);
            tx.commit();
        } else {
            tx.commit();
        }
    }
    return deliver(*item, retryDelayMs);
}

OutboxSender::Result OutboxSender::deliver(const OutboxItem& item, int* retryDelayMs) {
    OutboxQueue& queue = m_record.outbox();
    const bool isDelete = item.operation == OutboxItem::Operation::Delete;
    const HttpResponse r = isDelete
                               ? m_client.post(QStringLiteral("/clins/delete"), item.payload, "application/json")
                               : m_client.post(QStringLiteral("/clins/bundles"), item.payload, "application/fhir+json");
    const QDateTime at = now();
    m_lastReached = r.answered();
    if (!r.answered()) {
        m_lastNetworkError = r.error;
        const int delay = m_policy.delayMs(item.attempts + 1);
        if (retryDelayMs) {
            *retryDelayMs = delay;
        }
        queue.markFailed(item.id, 0,
                         tr("No answer from the service (it may or may not have arrived; the same "
                            "data will be sent again): %1")
                             .arg(r.error),
                         at.addMSecs(delay), at);
        return Result::Failed;
    }
    m_lastNetworkError.clear();
    // A retried delete of something already gone is what we wanted.
    if (r.isSuccess() || (isDelete && r.status == 404)) {
        queue.markSucceeded(item.id, r.status, at);
        return Result::Sent;
    }
    if (retryable(r.status)) {
        int delay = RetryPolicy::retryAfterMs(r.header("Retry-After"), at);
        if (delay < 0) {
            delay = m_policy.delayMs(item.attempts + 1);
        }
        if (retryDelayMs) {
            *retryDelayMs = delay;
        }
        const QStringList lines = OutcomeText::issues(r.body);
        queue.markFailed(item.id, r.status,
                         tr("The service is busy or unavailable (HTTP %1); retrying.").arg(r.status) +
                             (lines.isEmpty() ? QString() : QLatin1Char('\n') + lines.join(QLatin1Char('\n'))),
                         at.addMSecs(delay), at);
        return Result::Failed;
    }
    queue.markRejected(item.id, r.status, OutcomeText::rejection(r.status, r.body), at);
    return Result::Rejected;
}

OutboxSender::Report OutboxSender::push(const Options& options) {
    Report report;
    const QList<qint64> ids = m_record.outbox().dueIds(now(), options.ignoreSchedule);
    int handled = 0;
    for (qsizetype n = 0; n < ids.size(); ++n) {
        if ((options.stop && options.stop->load()) || (options.maxItems >= 0 && handled >= options.maxItems)) {
            report.notAttempted += int(ids.size() - n);
            break;
        }
        ++handled;
        Result result = Result::Failed;
        for (int attempt = 1; attempt <= std::max(1, options.attemptsPerItem); ++attempt) {
            int delay = 0;
            result = sendOnce(ids.at(n), &delay);
            if (result != Result::Failed || attempt == options.attemptsPerItem) {
                break;
            }
            sleepUnlessStopped(delay, options.stop);
            if (options.stop && options.stop->load()) {
                break;
            }
        }
        report.reachedService = report.reachedService || m_lastReached;
        switch (result) {
        case Result::Sent:
            ++report.sent;
            break;
        case Result::Rejected:
            ++report.rejected;
            break;
        case Result::Failed:
            ++report.failed;
            break;
        case Result::NotNeeded:
            ++report.notNeeded;
            break;
        case Result::Skipped:
            break;
        }
        if (result == Result::Failed && !m_lastReached) {
            // Unreachable: the rest would fail the same way; they stay queued for later.
            report.offline = true;
            report.lastNetworkError = m_lastNetworkError;
            report.notAttempted += int(ids.size() - n - 1);
            break;
        }
    }
    return report;
}

} // namespace tsumugi::sync
