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
    // older ones up: on the embedded record its shipped history (EmbeddedHistory), on the server none before the
    // model (the server path has been for trials only; a trial server older than the model is refused).
    // A later step is written from the model for both drivers (see SchemaDdl).
    static std::vector<Migration> migrations(DbConnection::Driver driver = DbConnection::Driver::Sqlite);
};

} // namespace tsumugi
