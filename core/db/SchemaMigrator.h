#pragma once

#include "core/db/Migration.h"

#include <QCoreApplication>
#include <vector>

namespace tsumugi {

class DbConnection;

// Brings a record to the newest schema, one step per transaction; refuses a file newer than this program.
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    explicit SchemaMigrator(std::vector<Migration> migrations);

    int latestVersion() const;
    static int currentVersion(DbConnection& connection);
    // Error(NewerSchema) when the file was written by a newer program; reads only.
    void refuseNewer(DbConnection& connection) const;
    // Runs every step above the file's version up to target (default: the latest); an empty database is made by
    // the newest baseline at or below target.
    void migrate(DbConnection& connection, int target = -1) const;

private:
    // One step in its own transaction, skipped when another terminal ran it meanwhile.
    void run(DbConnection& connection, const Migration& step) const;

    std::vector<Migration> m_migrations;
};

} // namespace tsumugi
