#pragma once

#include <string>

namespace tsumugi {

// One numbered step of the schema's history. Steps are never edited once shipped; a change is a new step.
struct Migration {
    int version;
    std::string description;
    std::string sql;
    // A baseline makes an empty database at its version in one step (a new record, from the storage model); the
    // steps at or below that version only bring older records up to it.
    bool baseline = false;
};

} // namespace tsumugi
