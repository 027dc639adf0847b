#include "core/chart/LabSharing.h"

#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/masters/MasterCatalog.h"

#include <QSet>
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
    // The clinic's own active results (received ones are another clinic's to send).
    const char* const Own = "l.status = 'active' AND l.source_institution IS NULL";
    Statement local(db,
                    std::string("SELECT count(*) FROM lab_results l WHERE ") + Own + " AND l.code_system = 'local';");
    local.step();
    if (const qint64 n = local.int64(0)) {
        out.insert(Reason::LocalCode, n);
    }
    // The code is sealed on the server: results are counted per token of their code, and a token is shared when it
    // is the token of a JLAC code the master lists (the master is public; its tokens are made here).
    const SearchTokens tokens(db);
    QSet<QByteArray> listed;
    Statement master(db, "SELECT code FROM master_entries WHERE kind = 'jlac';");
    while (master.step()) {
        listed.insert(tokens.lookup("lab_results", "code", master.text(0)));
    }
    Statement perCode(db, std::string("SELECT t.token, count(*) FROM lab_results l JOIN search_tokens t ON t.row_id = "
                                      "l.id AND t.kind = ? WHERE ") +
                              Own + " AND l.code_system <> 'local' GROUP BY t.token;");
    perCode.bind(1, SearchTokens::kindOf("lab_results", "code"));
    qint64 notCore = 0;
    while (perCode.step()) {
        if (!listed.contains(perCode.blob(0))) {
            notCore += perCode.int64(1);
        }
    }
    if (notCore) {
        out.insert(Reason::NotCoreItem, notCore);
    }
    return out;
}

} // namespace tsumugi
