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
    if (!masters.find(MasterKind::Jlac, r.code.trimmed())) {
        return Reason::NotCoreItem;
    }
    if (r.localCode.trimmed().isEmpty()) {
        return Reason::NoLocalItemCode;
    }
    return r.orderedById == 0 ? Reason::NoOrderingDoctor : Reason::Shared;
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
    case Reason::NoLocalItemCode:
        return tr("Not shared yet: the sharing service asks for this clinic's own code of the item (院内項目コード) "
                  "beside the JLAC10 code. Add it once and later results of the item take it.");
    case Reason::NoOrderingDoctor:
        return tr("Not shared yet: the sharing service asks for the doctor who ordered the test, and it is not "
                  "recorded for this result. A doctor can add it.");
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
    case Reason::NoLocalItemCode:
        return QStringLiteral("no-local-item-code");
    case Reason::NoOrderingDoctor:
        return QStringLiteral("no-ordering-doctor");
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
    // Of a core item's results, those kept back for a missing local code (first) or ordering doctor.
    Statement perCode(db,
                      std::string("SELECT t.token, count(*), sum(CASE WHEN l.local_code IS NULL THEN 1 ELSE 0 END), "
                                  "sum(CASE WHEN l.local_code IS NOT NULL AND l.ordered_by IS NULL THEN 1 ELSE 0 "
                                  "END) FROM lab_results l JOIN search_tokens t ON t.row_id = l.id AND t.kind = ? "
                                  "WHERE ") +
                          Own + " AND l.code_system <> 'local' GROUP BY t.token;");
    perCode.bind(1, SearchTokens::kindOf("lab_results", "code"));
    QMap<Reason, qint64> kept;
    while (perCode.step()) {
        if (!listed.contains(perCode.blob(0))) {
            kept[Reason::NotCoreItem] += perCode.int64(1);
        } else {
            kept[Reason::NoLocalItemCode] += perCode.int64(2);
            kept[Reason::NoOrderingDoctor] += perCode.int64(3);
        }
    }
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (it.value()) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace tsumugi
