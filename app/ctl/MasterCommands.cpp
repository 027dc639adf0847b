#include "MasterCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/masters/MasterCatalog.h"
#include "core/masters/ShippedMasters.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

namespace tsumugi::cli {

QString MasterCommands::usage() {
    return tr("  master import FILE.zip                 (an SSK zip as published: b_ 傷病名, z_ 修飾語, y_ 医薬品)\n"
              "  master import disease|modifier|drug|jfagy|jlac FILE   (jlac: the extracted JP-CLINS package folder)\n"
              "  master search disease|modifier|drug|jfagy|jlac QUERY  (kana, name, code, ICD-10, YJ)\n"
              "  master show KIND CODE | master info\n");
}

MasterCommands::MasterCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

namespace {
void printEntry(QTextStream& out, const MasterEntry& e) {
    out << e.code << '\t' << e.name << '\t' << e.kana;
    switch (e.kind) {
    case MasterKind::Disease:
        out << '\t' << e.medisCode << '\t' << e.icd10;
        break;
    case MasterKind::Drug:
        out << '\t' << e.yjCode << '\t' << e.unit << '\t' << e.genericName;
        break;
    case MasterKind::GenericDrug:
        out << '\t' << MasterCommands::tr("一般名") << '\t' << e.unit;
        break;
    case MasterKind::Jlac:
        out << '\t' << e.groupCode << '\t' << e.category;
        break;
    case MasterKind::Modifier:
    case MasterKind::Jfagy:
        out << '\t' << e.category;
        break;
    }
    if (!e.replaces.isEmpty()) {
        out << '\t' << MasterCommands::tr("(移行先 of ended %1)").arg(e.replaces);
    }
    out << '\n';
}
} // namespace

int MasterCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("info")) {
        for (const auto& s : m_record.masters().sources()) {
            m_out << masterKindToString(s.kind) << '\t' << s.entries << '\t' << s.source << '\t'
                  << s.importedAt.toString(Qt::ISODate) << '\n';
        }
        m_out << ShippedMasters::attribution() << '\n';
        return 0;
    }
    // `master import FILE.zip`: the SSK file name says the kind.
    if (sub == QStringLiteral("import") && a.positional().size() == 3) {
        return printImport(m_record.masters().importArchive(a.positional().value(2)));
    }
    const auto kind = masterKindFromString(a.positional().value(2));
    if (!kind ||
        (sub != QStringLiteral("import") && sub != QStringLiteral("search") && sub != QStringLiteral("show"))) {
        m_err << usage();
        return 2;
    }
    if (sub == QStringLiteral("import")) {
        return printImport(m_record.masters().importFile(*kind, a.positional().value(3)));
    }
    if (sub == QStringLiteral("show")) {
        const auto e = m_record.masters().find(*kind, a.positional().value(3));
        if (!e) {
            m_err << tr("No %1 entry has the code %2.").arg(masterKindToString(*kind), a.positional().value(3)) << '\n';
            return 1;
        }
        printEntry(m_out, *e);
        const QString today = m_record.clock().today().toString(QStringLiteral("yyyyMMdd"));
        if (!e->isOffered(today)) {
            m_out << tr("ended: may not be chosen for new entries since %1").arg(e->validUntil) << '\n';
        } else if (!e->validUntil.isEmpty()) {
            m_out << tr("may be chosen until %1").arg(e->validUntil) << '\n';
        }
        if (!e->successor.isEmpty()) {
            m_out << tr("移行先: %1").arg(e->successor) << '\n';
        }
        return 0;
    }
    for (const MasterEntry& e : m_record.masters().search(*kind, a.positional().mid(3).join(QLatin1Char(' ')))) {
        printEntry(m_out, e);
    }
    return 0;
}

int MasterCommands::printImport(const QList<MasterCatalog::ImportResult>& results) {
    for (const auto& r : results) {
        m_out << tr("%1 master: %2 entries from %3 (added %4, changed %5, ended %6)")
                     .arg(masterKindToString(r.kind))
                     .arg(r.entries)
                     .arg(r.source)
                     .arg(r.added)
                     .arg(r.changed)
                     .arg(r.ended)
              << '\n';
        for (const QString& n : r.notes) {
            m_out << n << '\n';
        }
    }
    return 0;
}

} // namespace tsumugi::cli
