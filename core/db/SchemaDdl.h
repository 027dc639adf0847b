#pragma once

#include "core/db/DbConnection.h"
#include "core/db/StorageModel.h"

#include <string>

namespace tsumugi {

// One driver's SQL for what the storage model declares. A new record is create(); a later schema step is made of
// the other pieces, each naming something the model declares, so a change is written once and reaches both drivers:
//     {18, "…", ddl.addColumn("documents", "x") + ddl.createIndex("documents_x")}
// The server's words: BIGINT identities, DOUBLE PRECISION, BYTEA, every text column COLLATE "C" (byte order as
// SQLite, whatever the database's locale), the rules as triggers of one refusing function, TRUNCATE refused where
// DELETE is. SQLite's: INTEGER PRIMARY KEY, WITHOUT ROWID where declared, RAISE(ABORT).
class SchemaDdl {
public:
    SchemaDdl(const StorageModel& model, DbConnection::Driver driver);

    // Every table, index and rule, and the seed rows: a new record at the model's version.
    std::string create() const;

    std::string createTable(const std::string& table) const;
    std::string addColumn(const std::string& table, const std::string& column) const;
    std::string createIndex(const std::string& index) const;
    std::string createRule(const std::string& rule) const;

private:
    bool server() const { return m_driver == DbConnection::Driver::Postgres; }
    std::string columnDefinition(const StorageModel::Column& column) const;
    std::string tableDefinition(const StorageModel::Table& table) const;
    std::string indexDefinition(const StorageModel::Index& index) const;
    std::string ruleDefinition(const StorageModel::Rule& rule) const;
    std::string truncateRefusal(const std::string& table) const;
    std::string seedRows(const StorageModel::Seed& seed) const;

    const StorageModel& m_model;
    DbConnection::Driver m_driver;
};

} // namespace tsumugi
