#include "core/db/SqliteTransaction.h"

#include "core/db/SqliteConnection.h"

#include <sqlite3.h>

namespace tsumugi {

SqliteTransaction::SqliteTransaction(SqliteConnection& connection)
    : m_connection(connection)
    , m_nested(sqlite3_get_autocommit(connection.handle()) == 0) {
    // Inside a caller's transaction a savepoint keeps "all or nothing" without ending the outer one.
    m_connection.exec(m_nested ? "SAVEPOINT tsumugi_nested;" : "BEGIN IMMEDIATE;");
}

SqliteTransaction::~SqliteTransaction() {
    if (m_done) {
        return;
    }
    if (m_nested) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK TO tsumugi_nested; RELEASE tsumugi_nested;", nullptr, nullptr,
                     nullptr);
    } else {
        sqlite3_exec(m_connection.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
    }
}

void SqliteTransaction::commit() {
    m_connection.exec(m_nested ? "RELEASE tsumugi_nested;" : "COMMIT;");
    m_done = true;
}

} // namespace tsumugi
