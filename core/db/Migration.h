#pragma once

namespace tsumugi {

// One numbered step of the schema's history. Steps are never edited once shipped; a change is a new step.
struct Migration {
    int version;
    const char* description;
    const char* sql;
};

} // namespace tsumugi
