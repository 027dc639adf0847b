#pragma once

#include "core/db/DbConnection.h"
#include "core/db/Migration.h"
#include "core/db/StorageModel.h"

#include <vector>

namespace tsumugi {

// The record's schema: what it is now, declared once (model()), and how a database of either driver gets there
// (migrations()). Both drivers share the version numbers, so a terminal older than the record refuses it the same
// way on either.
class Schema {
public:
    // Every table, column, key, index, rule and seed row of the record at the newest version.
    static const StorageModel& model();
    // A baseline that makes an empty database at the model's version (SchemaDdl::create), and the steps that bring
    // older ones up: on the embedded record its shipped history (EmbeddedHistory, 1 to 17); then, on both drivers,
    // one step per version after the model's first (17), made of what the declaration marks with that version
    // (SchemaDdl::step). The server path was for trials only before 17: an older trial server is refused.
    static std::vector<Migration> migrations(DbConnection::Driver driver = DbConnection::Driver::Sqlite);
};

} // namespace tsumugi
