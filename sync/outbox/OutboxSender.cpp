#include "sync/outbox/OutboxSender.h"

#include "sync/outbox/OutcomeText.h"
#include "sync/transport/HttpClient.h"

#include "core/Error.h"
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

bool storageFailure(const Error& e) {
    switch (e.kind()) {
    case Error::Kind::Storage:
    case Error::Kind::DiskFull:
    case Error::Kind::Busy:
    case Error::Kind::ConnectionLost:
        return true;
    default:
        return false;
    }
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

QList<OutboxItem> OutboxSender::prepare(const QList<qint64>& ids, const QList<Answer>& previous, Report& report) {
    OutboxQueue& queue = m_record.outbox();
    QList<OutboxItem> toSend;
    // Freeze inside one transaction: each snapshot matches the generation it is stamped with, and a crash
    // either leaves nothing frozen or complete payloads.
    m_record.atomically([&] {
        record(previous);
        for (const qint64 id : ids) {
            std::optional<OutboxItem> item = queue.item(id);
            if (!item || !item->isQueued()) {
                continue;
            }
            if (!item->isFrozen()) {
                std::optional<OutboxQueue::Frozen> frozen;
                try {
                    // In a savepoint of its own: whatever the build read or tried is undone before anything else is
                    // written in this transaction.
                    m_record.atomically([&] {
                        frozen = m_builder.build(*item, now());
                        return true;
                    });
                } catch (const Error& e) {
                    // The record failed (a server that refused or went away, a full disk): not the item's fault.
                    // The whole freeze rolls back and the failure is reported; a transaction the server aborted is
                    // never written into.
                    if (storageFailure(e)) {
                        throw;
                    }
                    queue.markRejected(id, 0, e.message(), now());
                    ++report.rejected;
                    continue;
                }
                if (!frozen) {
                    queue.markNotNeeded(id, item->generation);
                    ++report.notNeeded;
                    continue;
                }
                queue.storeFrozen(id, item->generation, *frozen);
                item = queue.item(id);
            } else if (item->state != OutboxItem::State::Sending) {
                queue.markSending(id);
            }
            toSend.append(*item);
        }
        return true;
    });
    return toSend;
}

void OutboxSender::record(const QList<Answer>& answers) {
    OutboxQueue& queue = m_record.outbox();
    for (const Answer& a : answers) {
        switch (a.result) {
        case Result::Sent:
            queue.markSucceeded(a.id, a.status, now());
            break;
        case Result::Rejected:
            queue.markRejected(a.id, a.status, a.message, now());
            break;
        case Result::Failed:
            queue.markFailed(a.id, a.status, a.message, a.nextAttempt, now(), a.tries);
            break;
        default:
            break;
        }
    }
}

OutboxSender::Answer OutboxSender::deliver(const OutboxItem& item, const Options& options) {
    Answer answer;
    answer.id = item.id;
    const bool isDelete = item.operation == OutboxItem::Operation::Delete;
    const int maxTries = std::max(1, options.attemptsPerItem);
    for (answer.tries = 1;; ++answer.tries) {
        const HttpResponse r =
            isDelete ? m_client.post(QStringLiteral("/clins/delete"), item.payload, "application/json")
                     : m_client.post(QStringLiteral("/clins/bundles"), item.payload, "application/fhir+json");
        const QDateTime at = now();
        m_lastReached = r.answered();
        answer.status = r.status;
        int delay = 0;
        if (!r.answered()) {
            m_lastNetworkError = r.error;
            answer.status = 0;
            delay = m_policy.delayMs(item.attempts + answer.tries);
            answer.result = Result::Failed;
            answer.message = tr("No answer from the service (it may or may not have arrived; the same data will be "
                                "sent again): %1")
                                 .arg(r.error);
        } else if (r.isSuccess() || (isDelete && r.status == 404)) {
            // A retried delete of something already gone is what we wanted.
            m_lastNetworkError.clear();
            answer.result = Result::Sent;
            return answer;
        } else if (retryable(r.status)) {
            m_lastNetworkError.clear();
            delay = RetryPolicy::retryAfterMs(r.header("Retry-After"), at);
            if (delay < 0) {
                delay = m_policy.delayMs(item.attempts + answer.tries);
            }
            const QStringList lines = OutcomeText::issues(r.body);
            answer.result = Result::Failed;
            answer.message = tr("The service is busy or unavailable (HTTP %1); retrying.").arg(r.status) +
                             (lines.isEmpty() ? QString() : QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        } else {
            m_lastNetworkError.clear();
            answer.result = Result::Rejected;
            answer.message = OutcomeText::rejection(r.status, r.body);
            return answer;
        }
        answer.nextAttempt = at.addMSecs(delay);
        if (answer.tries >= maxTries || (options.stop && options.stop->load())) {
            return answer;
        }
        sleepUnlessStopped(delay, options.stop);
    }
}

OutboxSender::Report OutboxSender::push(const Options& options) {
    Report report;
    QList<qint64> ids = m_record.outbox().dueIds(now(), options.ignoreSchedule);
    if (options.maxItems >= 0 && ids.size() > options.maxItems) {
        report.notAttempted += int(ids.size() - options.maxItems);
        ids = ids.mid(0, options.maxItems);
    }
    QList<Answer> answers;
    for (qsizetype start = 0; start < ids.size(); start += BatchSize) {
        if (options.stop && options.stop->load()) {
            report.notAttempted += int(ids.size() - start);
            break;
        }
        QList<OutboxItem> batch;
        try {
            batch = prepare(ids.mid(start, BatchSize), answers, report);
        } catch (const Error&) {
            // What the service already answered is kept before the failure is reported (prepare records it in its
            // own transaction, which failed).
            if (!answers.isEmpty()) {
                m_record.atomically([&] {
                    record(answers);
                    return true;
                });
            }
            throw;
        }
        answers.clear();
        bool unreachable = false;
        for (qsizetype n = 0; n < batch.size(); ++n) {
            if (unreachable || (options.stop && options.stop->load())) {
                // Frozen but not tried: they go first next time (same bytes); while the service is unreachable
                // they wait for the same retry time as the item that found it so (no attempt counted).
                ++report.notAttempted;
                if (unreachable) {
                    Answer waiting = answers.last();
                    waiting.id = batch.at(n).id;
                    waiting.tries = 0;
                    answers.append(waiting);
                }
                continue;
            }
            const Answer a = deliver(batch.at(n), options);
            answers.append(a);
            report.reachedService = report.reachedService || m_lastReached;
            switch (a.result) {
            case Result::Sent:
                ++report.sent;
                break;
            case Result::Rejected:
                ++report.rejected;
                break;
            case Result::Failed:
                ++report.failed;
                // Unreachable: the rest would fail the same way; they stay queued for later.
                unreachable = !m_lastReached;
                break;
            default:
                break;
            }
        }
        if (unreachable) {
            report.offline = true;
            report.lastNetworkError = m_lastNetworkError;
            report.notAttempted += int(ids.size() - std::min(ids.size(), start + BatchSize));
            break;
        }
    }
    if (!answers.isEmpty()) {
        m_record.atomically([&] {
            record(answers);
            return true;
        });
    }
    return report;
}

} // namespace tsumugi::sync
