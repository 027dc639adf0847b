#include "core/db/DbConnection.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QCoreApplication>

namespace tsumugi {

void DbConnection::requireCurrentKeys(bool underLock) {
    if (!m_checkKeyGenerations || !m_seal) {
        return;
    }
    if (!underLock && inTransaction()) {
        return; // asked under the lock at the transaction's start, and no rotation moves on before it ends
    }
    // One small row: the rotation of the record key last started (none: the first key, searched by its tokens).
    Statement st(*this, "SELECT generation, searched_generation FROM key_rotations ORDER BY generation DESC LIMIT 1;");
    int current = 1;
    int searched = 1;
    if (st.step()) {
        current = int(st.int64(0));
        searched = int(st.int64(1));
    }
    const bool moved = current != m_seal->currentGeneration() || searched != m_seal->tokenGeneration();
    // Under the key this desk holds: the record takes the new generations on (the switch or the end of a rotation).
    if (moved && !(current == m_seal->currentGeneration() && m_adoptKeyGenerations &&
                   m_adoptKeyGenerations(current, searched))) {
        noteKeyChanged();
        throw Error(Error::Kind::KeyChanged,
                    QCoreApplication::translate("DbConnection",
                                                "The record key is being changed (key generation %1) since you signed "
                                                "in. Sign in again to go on; nothing was lost.")
                        .arg(current));
    }
}

} // namespace tsumugi
