#pragma once

#include <QByteArray>
#include <QDateTime>
#include <random>

namespace tsumugi::sync {

// When to try again after no answer, a 5xx or a 429: exponential backoff with jitter (so many clinics coming
// back online do not hammer the service in step), or the service's own Retry-After when it gives one.
class RetryPolicy {
public:
    RetryPolicy(int baseMs = 2000, int maxMs = 5 * 60 * 1000);

    // Delay before attempt number failedAttempts + 1 (failedAttempts ≥ 1).
    int delayMs(int failedAttempts);
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable. Capped at one hour.
    static int retryAfterMs(const QByteArray& header, const QDateTime& now);
    int baseMs() const { return m_baseMs; }
    int maxMs() const { return m_maxMs; }

private:
    int m_baseMs;
    int m_maxMs;
    std::mt19937 m_random;
};

} // namespace tsumugi::sync
