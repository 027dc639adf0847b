#include "MasterCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::cli {

QString MasterCommands::usage() {
    return tr("  master import disease|modifier|drug|jfagy|jlac FILE   (jlac: the extracted JP-CLINS package folder)\n"
              "  master search disease|modifier|drug|jfagy|jlac QUERY  (kana prefix, name prefix or code)\n");
}

MasterCommands::MasterCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int MasterCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    const auto kind = masterKindFromString(a.positional().value(2));
    if (!kind || (sub != QStringLiteral("import") && sub != QStringLiteral("search"))) {
        m_err << usage();
        return 2;
    }
    if (sub == QStringLiteral("import")) {
        const auto r = m_record.masters().importFile(*kind, a.positional().value(3));
        m_out << tr("%1 master: %2 entries from %3").arg(masterKindToString(r.kind)).arg(r.entries).arg(r.source)
              << '\n';
        for (const QString& n : r.notes) {
            m_out << n << '\n';
        }
        return 0;
    }
    for (const MasterEntry& e : m_record.masters().search(*kind, a.positional().mid(3).join(QLatin1Char(' ')))) {
        m_out << e.code << '\t' << e.name << '\t' << e.kana;
        switch (e.kind) {
        case MasterKind::Disease:
            m_out << '\t' << e.medisCode << '\t' << e.icd10;
            break;
        case MasterKind::Drug:
            m_out << '\t' << e.yjCode << '\t' << e.unit << '\t' << e.genericName;
            break;
        case MasterKind::Jlac:
            m_out << '\t' << e.groupCode << '\t' << e.category;
            break;
        case MasterKind::Modifier:
        case MasterKind::Jfagy:
            m_out << '\t' << e.category;
            break;
        }
        m_out << '\n';
    }
    return 0;
}

} // namespace tsumugi::cli
