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
                    frozen = m_builder.build(*item, now());
                } catch (const Error& e) {
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
        const QList<OutboxItem> batch = prepare(ids.mid(start, BatchSize), answers, report);
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
