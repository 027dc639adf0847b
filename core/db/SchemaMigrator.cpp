#include "core/db/SchemaMigrator.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
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
    const int seen = currentVersion(connection);
    for (const Migration& m : m_migrations) {
        if (m.version <= seen) {
            continue;
        }
        if (m.version > target) {
            break;
        }
        Transaction tx(connection);
        // Read again under the write lock: another terminal of a clinic server may have just run this step.
        if (currentVersion(connection) >= m.version) {
            continue;
        }
        connection.exec(m.sql);
        connection.setSchemaVersion(m.version);
        tx.commit();
    }
}

} // namespace tsumugi
