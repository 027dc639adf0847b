#pragma once

#include <QDateTime>

namespace tsumugi {

// Time source for everything that stamps or compares times, so tests can set the clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

} // namespace tsumugi
