#pragma once

#include "core/db/DbConnection.h"
#include "core/db/StorageModel.h"

#include <string>
#include <vector>

namespace tsumugi {

// One driver's SQL for what the storage model declares, as of a version: a new database (create()), or the step
// that brings one from the version before (step()): the tables, columns, indexes, rules and announcements that carry
// that version's number. A change to the record is thus written once, in the model, and reaches both drivers.
// The server's words: BIGINT identities, DOUBLE PRECISION, BYTEA, every text column COLLATE "C" (byte order as
// SQLite, whatever the database's locale), the rules as triggers of one refusing function, TRUNCATE refused where
// DELETE is, announcements as NOTIFY. SQLite's: INTEGER PRIMARY KEY, WITHOUT ROWID where declared, RAISE(ABORT).
class SchemaDdl {
public:
    // The channel every desk of a clinic server listens on; a message is "TABLE ID PATIENT".
    static constexpr const char* ChangesChannel = "tsumugi_changes";

    // asOf: the version to write; 0 = the model's newest.
    SchemaDdl(const StorageModel& model, DbConnection::Driver driver, int asOf = 0);

    // Every table, index, rule and announcement, and the seed rows: a new database at asOf.
    std::string create() const;
    // From version - 1 to version (only things added: a table, a column, an index, a rule, an announcement).
    std::string step(int version) const;

    // One table as of asOf: its CREATE TABLE, and apart from it its indexes and rules (a test that brings a record
    // back to an older schema rebuilds a table with them where the embedded record cannot drop a column).
    std::string table(const std::string& name) const;
    std::string indexesAndRulesOf(const std::string& table) const;

private:
    bool server() const { return m_driver == DbConnection::Driver::Postgres; }
    bool has(int since, int upTo) const { return m_model.since(since) <= upTo; }
    bool comesAt(int since, int version) const { return m_model.since(since) == version; }
    std::string columnDefinition(const StorageModel::Column& column, int upTo) const;
    std::string tableDefinition(const StorageModel::Table& table, int upTo) const;
    std::string indexDefinition(const StorageModel::Index& index) const;
    std::string ruleDefinition(const StorageModel::Rule& rule) const;
    // The table's rules whose condition reads a column this step seals (they rest while it is altered).
    std::vector<const StorageModel::Rule*> rulesOverSealing(const StorageModel::Table& table, int version) const;
    std::string truncateRefusal(const std::string& table) const;
    std::string announcement(const StorageModel::Announcement& announcement, int version) const;
    std::string announcementFunction(const StorageModel::Announcement& announcement, int version) const;
    std::string refuseFunction(int version) const;
    std::string seedRows(const StorageModel::Seed& seed) const;

    const StorageModel& m_model;
    DbConnection::Driver m_driver;
    int m_asOf;
};

} // namespace tsumugi
