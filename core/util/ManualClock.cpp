#include "core/util/ManualClock.h"

namespace tsumugi {

ManualClock::ManualClock(const QDateTime& start)
    : m_now(start.toUTC()) {}

QDateTime ManualClock::now() const {
    return m_now;
}

void ManualClock::set(const QDateTime& t) {
    m_now = t.toUTC();
}

void ManualClock::advanceSeconds(qint64 s) {
    m_now = m_now.addSecs(s);
}

} // namespace tsumugi
