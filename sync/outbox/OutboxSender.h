#pragma once

#include "sync/outbox/OutboxPayloadBuilder.h"
#include "sync/outbox/RetryPolicy.h"

#include <QCoreApplication>
#include <atomic>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

class HttpClient;

// Sends outbox items, one at a time, exactly once as far as the service can tell: the payload is frozen
// (bytes, identifier, content hash) in the record before the first attempt and the same bytes are resent
// until the service answers. Runs on whatever thread owns `record` and `client` (the worker's, or
// tsumugictl's). The answer decides: 2xx (and 404 for a delete) → sent; 408/429/5xx or no answer → failed,
// retried after a backoff (Retry-After respected); any other 4xx → rejected with the service's messages.
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)
public:
    enum class Result { Sent, Rejected, Failed, NotNeeded, Skipped };
    struct Report {
        int sent = 0;
        int rejected = 0;
        int failed = 0;
        int notNeeded = 0;
        int notAttempted = 0;        // left for later because the service could not be reached
        bool reachedService = false; // some HTTP answer came back
        bool offline = false;        // the last attempt got no answer at all
        QString lastNetworkError;
        int total() const { return sent + rejected + failed + notNeeded + notAttempted; }
    };
    struct Options {
        int attemptsPerItem = 1;     // tries within this run before leaving an item failed-retrying
        bool ignoreSchedule = false; // send failed items now, not at their next attempt time
        int maxItems = -1;
        const std::atomic_bool* stop = nullptr;
    };

    OutboxSender(ClinicRecord& record, HttpClient& client, RetryPolicy policy = RetryPolicy(),
                 OutboxPayloadBuilder::DocumentBuilder documents = {});

    // Every due item, in queue order, in batches: one transaction freezes a batch (and records the previous
    // batch's answers), then the batch is sent — two commits per batch instead of two per item. A crash between
    // a send and its recorded answer only means the same frozen bytes go again ("unchanged" on the service).
    // Stops early (the rest counted notAttempted) when the service is unreachable.
    Report push(const Options& options);

    bool lastAttemptReachedService() const { return m_lastReached; }
    QString lastNetworkError() const { return m_lastNetworkError; }

    static constexpr int BatchSize = 16;

private:
    struct Answer {
        qint64 id = 0;
        Result result = Result::Skipped;
        int status = 0;
        int tries = 0;
        QString message;
        QDateTime nextAttempt;
    };
    // Freezes what needs freezing; returns the items to send (frozen) and records local outcomes in `report`.
    QList<OutboxItem> prepare(const QList<qint64>& ids, const QList<Answer>& previous, Report& report);
    Answer deliver(const OutboxItem& item, const Options& options);
    void record(const QList<Answer>& answers);
    QDateTime now() const;

    ClinicRecord& m_record;
    HttpClient& m_client;
    RetryPolicy m_policy;
    OutboxPayloadBuilder m_builder;
    bool m_lastReached = false;
    QString m_lastNetworkError;
};

} // namespace tsumugi::sync
