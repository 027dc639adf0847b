#pragma once

#include "core/db/DbConnection.h"
#include "core/db/Migration.h"

#include <vector>

namespace tsumugi {

// The record's schema history, oldest first. Both drivers share the numbers, so a terminal older than the record
// refuses it the same way on either; the server starts at 12 with one baseline of the embedded steps 1–12, and its
// later steps are the files core/db/postgres/NNNN_*.sql (core_test_schema_parity keeps the two in step).
class Schema {
public:
    static std::vector<Migration> migrations(DbConnection::Driver driver = DbConnection::Driver::Sqlite);
};

} // namespace tsumugi
