#pragma once

#include "core/util/Clock.h"

namespace tsumugi {

class SystemClock : public Clock {
public:
    QDateTime now() const override;
    static const SystemClock& instance();
};

} // namespace tsumugi
