#pragma once

#include "core/util/Clock.h"

namespace tsumugi {

// A clock that only moves when told to; for tests and reproducible demo data.
class ManualClock : public Clock {
public:
    explicit ManualClock(const QDateTime& start);
    QDateTime now() const override;
    void set(const QDateTime& t);
    void advanceSeconds(qint64 s);

private:
    QDateTime m_now;
};

} // namespace tsumugi
