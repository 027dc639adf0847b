#include "core/chart/LabSharing.h"

#include "core/db/Statement.h"
#include "core/masters/MasterCatalog.h"

#include <string>

namespace tsumugi {

LabSharing::Reason LabSharing::reasonFor(const LabResult& r, MasterCatalog& masters) {
    if (r.withdrawn) {
        return Reason::Withdrawn;
    }
    if (!r.sourceInstitution.isEmpty()) {
        return Reason::Received;
    }
    if (r.codeSystem == LabResult::CodeSystem::Local || r.code.trimmed().isEmpty()) {
        return Reason::LocalCode;
    }
    const auto entry = masters.find(MasterKind::Jlac, r.code.trimmed());
    return entry ? Reason::Shared : Reason::NotCoreItem;
}

QString LabSharing::explanation(Reason reason) {
    switch (reason) {
    case Reason::Shared:
        return {};
    case Reason::LocalCode:
        return tr("Not shared: a code of this clinic (not JLAC) is kept in the chart and its trends only. The sharing "
                  "service takes the core lab items and the infection items by their JLAC10 codes.");
    case Reason::NotCoreItem:
        return tr("Not shared: this JLAC code is not one of the JP-CLINS core lab or infection items, so the "
                  "sharing service does not take it. It stays in the chart and its trends.");
    case Reason::Received:
        return tr("Received from another institution: it is not sent again by this clinic.");
    case Reason::Withdrawn:
        return tr("Withdrawn: not sent.");
    }
    return {};
}

QString LabSharing::reasonToString(Reason reason) {
    switch (reason) {
    case Reason::Shared:
        return QStringLiteral("shared");
    case Reason::LocalCode:
        return QStringLiteral("local-code");
    case Reason::NotCoreItem:
        return QStringLiteral("not-a-core-item");
    case Reason::Received:
        return QStringLiteral("received");
    case Reason::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QMap<LabSharing::Reason, qint64> LabSharing::unshareableCounts(DbConnection& db) {
    QMap<Reason, qint64> out;
    Statement st(db, std::string("SELECT coalesce(sum(CASE WHEN code_system = 'local' THEN 1 ELSE 0 END), 0), "
                                 "coalesce(sum(CASE WHEN code_system <> 'local' AND NOT ") +
                         SharedCodeSql +
                         " THEN 1 ELSE 0 END), 0) FROM lab_results WHERE status = 'active' AND "
                         "(source_institution IS NULL OR source_institution = '');");
    st.step();
    if (const qint64 n = st.int64(0)) {
        out.insert(Reason::LocalCode, n);
    }
    if (const qint64 n = st.int64(1)) {
        out.insert(Reason::NotCoreItem, n);
    }
    return out;
}

} // namespace tsumugi
