#include "core/db/SchemaMigrator.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/SealingStep.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"

#include <algorithm>

namespace tsumugi {

SchemaMigrator::SchemaMigrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations)) {
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const {
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int SchemaMigrator::currentVersion(DbConnection& connection) {
    return connection.schemaVersion();
}

void SchemaMigrator::refuseNewer(DbConnection& connection) const {
    const int current = currentVersion(connection);
    if (current > latestVersion()) {
        throw Error(Error::Kind::NewerSchema,
                    tr("This record was written by a newer Tsumugi (schema %1; this program knows up to %2). "
                       "Update Tsumugi to open it; the file was not changed.")
                        .arg(current)
                        .arg(latestVersion()));
    }
}

void SchemaMigrator::migrate(DbConnection& connection, int target) const {
    if (target < 0) {
        target = latestVersion();
    }
    refuseNewer(connection);
    int seen = currentVersion(connection);
    // An empty database is made at once by the newest baseline within reach (a new record from the storage model).
    const Migration* baseline = nullptr;
    for (const Migration& m : m_migrations) {
        if (seen == 0 && m.baseline && m.version <= target) {
            baseline = &m;
        }
    }
    if (baseline) {
        run(connection, *baseline);
        seen = currentVersion(connection);
    }
    if (seen > 0 && seen < target && std::none_of(m_migrations.begin(), m_migrations.end(), [seen](const Migration& m) {
            return !m.baseline && m.version == seen + 1;
        })) {
        throw Error(Error::Kind::Storage,
                    tr("This record has schema %1, which this program cannot bring up to date (it was made by a "
                       "trial version). The record was not changed.")
                        .arg(seen));
    }
    if (seen > 0 && seen < target && !connection.mayChangeSchema()) {
        throw Error(Error::Kind::NewerSchema,
                    tr("The record on the clinic server has schema %1 and this Tsumugi needs %2. Only the server "
                       "changes its schema: an administrator runs tsumugictl server upgrade on the server machine, "
                       "then this desk signs in again. Nothing was changed.")
                        .arg(seen)
                        .arg(target));
    }
    for (const Migration& m : m_migrations) {
        if (m.baseline || m.version <= seen) {
            continue;
        }
        if (m.version > target) {
            break;
        }
        run(connection, m);
    }
}

void SchemaMigrator::run(DbConnection& connection, const Migration& step) const {
    Transaction tx(connection);
    // Read again under the write lock: another terminal of a clinic server may have just run this step (or made the
    // whole record, if this is a baseline).
    const int now = currentVersion(connection);
    if (step.baseline ? now != 0 : now >= step.version) {
        return;
    }
    connection.exec(step.sql.c_str());
    if (!step.baseline) {
        // What only the record key can do (seal, index) happens in the step's own transaction.
        SealingStep::run(connection, step.version);
    }
    connection.setSchemaVersion(step.version);
    tx.commit();
}

} // namespace tsumugi
