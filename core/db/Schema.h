#pragma once

#include "core/db/Migration.h"

#include <vector>

namespace tsumugi {

// The record's schema history, oldest first.
class Schema {
public:
    static std::vector<Migration> migrations();
};

} // namespace tsumugi
