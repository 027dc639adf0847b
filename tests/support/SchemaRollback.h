#pragma once

#include "core/db/Schema.h"
#include "core/db/SchemaDdl.h"

#include <string>
#include <vector>

namespace tsumugi::test {

// A test that brings a record back to how an older schema held it undoes, first, what every later step added: the
// statements dropping the tables and columns the storage model declares after `version`. The embedded record's
// SQLite cannot drop a column, so there a table is rebuilt as it was (its rows copied, its indexes and rules made
// again). What a later step dropped or changed the test puts back itself.
inline std::vector<std::string> undoStepsAfter(int version, DbConnection::Driver driver) {
    const StorageModel& model = Schema::model();
    const SchemaDdl then(model, driver, version);
    std::vector<std::string> out;
    for (const StorageModel::Table& t : model.tables()) {
        if (t.onServerOnly && driver == DbConnection::Driver::Sqlite) {
            continue;
        }
        if (model.since(t.sinceVersion) > version) {
            out.push_back("DROP TABLE " + t.name + ";");
            continue;
        }
        std::string kept;
        bool later = false;
        for (const StorageModel::Column& c : t.columns) {
            if (model.since(c.sinceVersion) > version) {
                later = true;
                if (driver == DbConnection::Driver::Postgres) {
                    out.push_back("ALTER TABLE " + t.name + " DROP COLUMN " + c.name + ";");
                }
            } else {
                kept += (kept.empty() ? "" : ", ") + c.name;
            }
        }
        if (later && driver == DbConnection::Driver::Sqlite) {
            out.push_back("ALTER TABLE " + t.name + " RENAME TO undo_" + t.name + ";");
            out.push_back(then.table(t.name));
            out.push_back("INSERT INTO " + t.name + " (" + kept + ") SELECT " + kept + " FROM undo_" + t.name + ";");
            out.push_back("DROP TABLE undo_" + t.name + ";");
            if (const std::string more = then.indexesAndRulesOf(t.name); !more.empty()) {
                out.push_back(more);
            }
        }
    }
    return out;
}

} // namespace tsumugi::test
