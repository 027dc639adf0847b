#include "sync/outbox/RetryPolicy.h"

#include <QLocale>
#include <algorithm>

namespace tsumugi::sync {

RetryPolicy::RetryPolicy(int baseMs, int maxMs)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(baseMs, maxMs))
    , m_random(std::random_device{}()) {}

int RetryPolicy::delayMs(int failedAttempts) {
    const int shift = std::clamp(failedAttempts - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseMs) << shift, m_maxMs);
    // "Equal jitter": at least half the backoff, so retries never bunch up at zero.
    std::uniform_int_distribution<qint64> jitter(ceiling / 2, ceiling);
    return int(jitter(m_random));
}

int RetryPolicy::retryAfterMs(const QByteArray& header, const QDateTime& now) {
    const QByteArray h = header.trimmed();
    if (h.isEmpty()) {
        return -1;
    }
    constexpr qint64 hourMs = 3600 * 1000;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? -1 : int(std::min(seconds * 1000, hourMs));
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    const QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        return -1;
    }
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.msecsTo(utc), 0, hourMs));
}

} // namespace tsumugi::sync
