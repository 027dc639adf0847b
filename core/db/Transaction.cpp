#include "core/db/Transaction.h"

#include "core/db/DbConnection.h"

namespace tsumugi {

Transaction::Transaction(DbConnection& connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction()) {
    // Inside a caller's transaction a savepoint keeps "all or nothing" without ending the outer one.
    if (m_nested) {
        m_connection.exec("SAVEPOINT tsumugi_nested;");
    } else {
        m_connection.beginWrite();
    }
}

Transaction::~Transaction() {
    if (m_done) {
        return;
    }
    if (!m_nested) {
        m_connection.rollback();
        return;
    }
    try {
        m_connection.exec("ROLLBACK TO tsumugi_nested;");
        m_connection.exec("RELEASE tsumugi_nested;");
    } catch (...) {
        // The outer transaction is failing too (a lost connection); it rolls back as a whole.
    }
}

void Transaction::commit() {
    if (m_nested) {
        m_connection.exec("RELEASE tsumugi_nested;");
    } else {
        m_connection.commit();
    }
    m_done = true;
}

} // namespace tsumugi
