#include "core/db/SchemaMigrator.h"

#include "core/Error.h"
#include "core/db/SqliteConnection.h"
#include "core/db/SqliteStatement.h"
#include "core/db/SqliteTransaction.h"

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

int SchemaMigrator::currentVersion(SqliteConnection& connection) {
    SqliteStatement st(connection, "PRAGMA user_version;");
    return st.step() ? int(st.int64(0)) : 0;
}

void SchemaMigrator::refuseNewer(SqliteConnection& connection) const {
    const int current = currentVersion(connection);
    if (current > latestVersion()) {
        throw Error(Error::Kind::NewerSchema,
                    tr("This record was written by a newer Tsumugi (schema %1; this program knows up to %2). "
                       "Update Tsumugi to open it; the file was not changed.")
                        .arg(current)
                        .arg(latestVersion()));
    }
}

void SchemaMigrator::migrate(SqliteConnection& connection, int target) const {
    if (target < 0) {
        target = latestVersion();
    }
    refuseNewer(connection);
    const int current = currentVersion(connection);
    for (const Migration& m : m_migrations) {
        if (m.version <= current || m.version > target) {
            continue;
        }
        SqliteTransaction tx(connection);
        connection.exec(m.sql);
        connection.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(m.version) + ";").constData());
        tx.commit();
    }
}

} // namespace tsumugi
