#include "core/masters/MasterNameIndex.h"

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"

namespace tsumugi {

void MasterNameIndex::loadIfChanged(DbConnection& db) {
    // Every import (and the first fill) adds a master_imports row: its newest id says whether the masters changed.
    Statement generation(db, "SELECT coalesce(max(id), 0) FROM master_imports;");
    generation.step();
    const qint64 now = generation.int64(0);
    if (now == m_generation) {
        return;
    }
    m_entries.clear();
    Statement st(db, "SELECT kind, code, name_key, kana_key FROM master_entries;");
    while (st.step()) {
        m_entries.append({st.text(0), st.text(1), st.text(2), st.text(3)});
    }
    m_entries.squeeze();
    m_generation = now;
}

QList<QPair<QString, QString>> MasterNameIndex::inside(DbConnection& db, const QStringList& kinds, bool reading,
                                                       const QString& key, int limit) {
    loadIfChanged(db);
    QList<QPair<QString, QString>> out;
    for (const Entry& e : std::as_const(m_entries)) {
        if (out.size() >= limit) {
            break;
        }
        if (!kinds.contains(e.kind)) {
            continue;
        }
        if ((reading ? e.kanaKey : e.nameKey).indexOf(key, 1) > 0) {
            out.append({e.kind, e.code});
        }
    }
    return out;
}

} // namespace tsumugi
