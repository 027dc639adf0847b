#include "core/util/SystemClock.h"

namespace tsumugi {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

const SystemClock& SystemClock::instance() {
    static const SystemClock clock;
    return clock;
}

} // namespace tsumugi
