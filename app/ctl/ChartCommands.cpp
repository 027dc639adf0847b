#include "ChartCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/DosageUsageCatalog.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/masters/DrugClassCatalog.h"
#include "core/masters/IngredientName.h"
#include "core/masters/MasterCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QFile>

namespace tsumugi::cli {

namespace {
enum { Ok = 0, Failed = 1, Usage = 2 };

QDate dateOption(const CliArguments& a, const QString& name, const QDate& fallback = {}) {
    if (!a.has(name)) {
        return fallback;
    }
    const QDate d = QDate::fromString(a.value(name), Qt::ISODate);
    if (!d.isValid()) {
        throw Error(Error::Kind::Validation,
                    ChartCommands::tr("--%1 is a date like 2026-11-20; '%2' is not.").arg(name, a.value(name)));
    }
    return d;
}

double numberOption(const CliArguments& a, const QString& name, double fallback = 0) {
    if (!a.has(name)) {
        return fallback;
    }
    bool ok = false;
    const double v = a.value(name).toDouble(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation,
                    ChartCommands::tr("--%1 is a number; '%2' is not.").arg(name, a.value(name)));
    }
    return v;
}

template <typename T>
T enumOption(const CliArguments& a, const QString& name, T fallback, std::optional<T> (*parse)(const QString&),
             const QString& choices) {
    if (!a.has(name)) {
        return fallback;
    }
    const auto v = parse(a.value(name));
    if (!v) {
        throw Error(Error::Kind::Validation, ChartCommands::tr("--%1 is one of %2.").arg(name, choices));
    }
    return *v;
}

// Text options accept "\n" for a line break, so a note's columns fit on one command line.
// A note's text from --NAME TEXT ("\n" a line break), or from --NAME-file FILE ('-': standard input), so that what a
// doctor wrote never shows in the process list.
QString textOption(const CliArguments& a, const QString& name) {
    const QString file = a.value(name + QStringLiteral("-file"));
    if (!file.isEmpty()) {
        constexpr qint64 MaxTextFile = 1024 * 1024;
        QFile f;
        const bool ok = file == QStringLiteral("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                    : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            throw Error(Error::Kind::FileMissing,
                        QCoreApplication::translate("ChartCommands", "The file %1 cannot be read.").arg(file));
        }
        const QByteArray bytes = f.read(MaxTextFile + 1);
        if (bytes.size() > MaxTextFile) {
            throw Error(
                Error::Kind::Validation,
                QCoreApplication::translate("ChartCommands", "%1 is larger than a note can be (1 MB).").arg(file));
        }
        QString t = QString::fromUtf8(bytes);
        while (t.endsWith(QLatin1Char('\n')) || t.endsWith(QLatin1Char('\r'))) {
            t.chop(1);
        }
        return t;
    }
    QString t = a.value(name);
    t.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    return t;
}

bool hasTextOption(const CliArguments& a, const QString& name) {
    return a.has(name) || a.has(name + QStringLiteral("-file"));
}
} // namespace

const QStringList& ChartCommands::commands() {
    static const QStringList c = {QStringLiteral("visit"),   QStringLiteral("note"), QStringLiteral("diagnosis"),
                                  QStringLiteral("allergy"), QStringLiteral("lab"),  QStringLiteral("rx"),
                                  QStringLiteral("chart")};
    return c;
}

const QStringList& ChartCommands::switches() {
    static const QStringList s = {
        QStringLiteral("finalize"),    QStringLiteral("acknowledge"), QStringLiteral("principal"),
        QStringLiteral("suspected"),   QStringLiteral("lts"),         QStringLiteral("uninformed"),
        QStringLiteral("undelivered"), QStringLiteral("in-house"),    QStringLiteral("unconfirmed")};
    return s;
}

QString ChartCommands::usage() {
    return tr(
        "  visit add PATIENT --department TEXT [--date YYYY-MM-DD] [--class outpatient|inpatient]\n"
        "  visit withdraw VISIT --reason TEXT\n"
        "  note add VISIT --findings TEXT [--orders TEXT] [--finalize]     (\\n in a text is a line break)\n"
        "  note edit NOTE [--findings TEXT] [--orders TEXT] [--reason TEXT] [--finalize]\n"
        "  (--findings-file FILE / --orders-file FILE instead: the text from a file, '-' standard input)\n"
        "  note finalize NOTE | note history NOTE | note diff NOTE FROM [TO]\n"
        "  diagnosis add PATIENT (--code RECEIPT_CODE | --name TEXT) [--medis N] [--icd10 C] [--start DATE]\n"
        "              [--modifiers CODE,CODE] [--principal] [--suspected] [--lts] [--uninformed] [--undelivered]\n"
        "  diagnosis end ID --outcome cured|died|discontinued|transferred --end DATE | diagnosis withdraw ID --reason "
        "T\n"
        "  allergy add PATIENT --category food|environment|other|medication [--jfagy CODE | --yj CODE | --generic "
        "CODE\n"
        "              | --ingredient YJ | --drug-class ID] [--name TEXT]   (--generic: the 一般名コード, e.g. "
        "2171022F2ZZZ;\n"
        "              --ingredient: a YJ code of a drug holding it, its first 7 characters kept, named from the "
        "master;\n"
        "              --drug-class: see allergy classes)\n"
        "              [--reaction TEXT] [--severity mild|moderate|severe] [--onset DATE] [--lts]\n"
        "  allergy withdraw ID --reason TEXT | allergy classes\n"
        "  lab add PATIENT --code CODE [--system jlac10|jlac11|local] [--name TEXT] --value V [--unit U]\n"
        "              [--low N] [--high N] [--flag F] --specimen TEXT [--at \"YYYY-MM-DD HH:MM\"]\n"
        "              [--local-code CODE] [--ordered-by DOCTOR]   (the clinic's item code and the ordering doctor,\n"
        "              which the sharing service asks of a shared result; by default the item's last local code and\n"
        "              the visit's or the recording doctor)\n"
        "  lab import FILE.csv | lab series PATIENT ITEM\n"
        "  lab complete PATIENT ITEM [--local-code CODE] [--ordered-by DOCTOR]   (adds them to the item's results\n"
        "              kept back for want of them)\n"
        "  rx add VISIT (--yj CODE | --receipt CODE | --generic CODE | --name TEXT) --dose N --unit U\n"
        "              --usage TEXT --days N [--quantity N] [--rp N] [--in-house] [--acknowledge]\n"
        "  rx repeat VISIT [--acknowledge] | rx withdraw ID --reason TEXT\n"
        "  rx usual PATIENT --code DRUG_CODE | rx usages\n"
        "  chart show PATIENT\n");
}

ChartCommands::ChartCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int ChartCommands::usageError() {
    m_err << usage();
    return Usage;
}

qint64 ChartCommands::patientId(const QString& number) {
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    const auto p = ok ? m_record.patients().openByNumber(n) : std::nullopt;
    if (!p) {
        throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(number));
    }
    return p->id;
}

qint64 ChartCommands::idArgument(const CliArguments& a, int index, const QString& what) {
    bool ok = false;
    const qint64 id = a.positional().value(index).toLongLong(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, tr("Give the %1 number.").arg(what));
    }
    return id;
}

int ChartCommands::run(const CliArguments& a) {
    // One transaction per command (the repositories' own become savepoints): `note add --finalize` either
    // leaves a finalised note or nothing.
    int code = Ok;
    m_record.atomically([&] {
        code = dispatch(a);
        return code == Ok;
    });
    return code;
}

int ChartCommands::dispatch(const CliArguments& a) {
    const QString command = a.positional().value(0);
    if (command == QStringLiteral("visit")) {
        return visit(a);
    }
    if (command == QStringLiteral("note")) {
        return note(a);
    }
    if (command == QStringLiteral("diagnosis")) {
        return diagnosis(a);
    }
    if (command == QStringLiteral("allergy")) {
        return allergy(a);
    }
    if (command == QStringLiteral("lab")) {
        return lab(a);
    }
    if (command == QStringLiteral("rx")) {
        return rx(a);
    }
    if (command == QStringLiteral("chart")) {
        return chart(a);
    }
    return usageError();
}

int ChartCommands::visit(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& visits = m_record.chart().visits();
    if (sub == QStringLiteral("add")) {
        Visit v;
        v.patientId = patientId(a.positional().value(2));
        v.date = dateOption(a, QStringLiteral("date"), m_record.clock().today());
        v.department = a.value(QStringLiteral("department"));
        v.encounterClass = enumOption(a, QStringLiteral("class"), Visit::EncounterClass::Outpatient,
                                      &encounterClassFromString, QStringLiteral("outpatient, inpatient"));
        v = visits.create(v);
        m_out << v.id << '\t' << v.date.toString(Qt::ISODate) << '\t' << encounterClassToString(v.encounterClass)
              << '\t' << v.department << '\t' << v.doctorName << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("withdraw")) {
        const Visit v = visits.withdraw(idArgument(a, 2, tr("visit")), a.value(QStringLiteral("reason")));
        m_out << v.id << '\t' << tr("withdrawn") << '\n';
        return Ok;
    }
    return usageError();
}

int ChartCommands::note(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& notes = m_record.chart().notes();
    const auto print = [&](const ClinicalNote& n) {
        m_out << n.id << '\t' << tr("version %1").arg(n.version) << '\t' << noteStatusToString(n.status) << '\n';
    };
    if (sub == QStringLiteral("add")) {
        ClinicalNote n;
        n.visitId = idArgument(a, 2, tr("visit"));
        n.findings = textOption(a, QStringLiteral("findings"));
        n.orders = textOption(a, QStringLiteral("orders"));
        n = notes.saveDraft(n);
        if (a.has(QStringLiteral("finalize"))) {
            n = notes.finalize(n.id);
        }
        print(n);
        return Ok;
    }
    if (sub == QStringLiteral("edit")) {
        const qint64 id = idArgument(a, 2, tr("note"));
        auto n = notes.find(id);
        if (!n) {
            throw Error(Error::Kind::NotFound, tr("There is no note %1.").arg(id));
        }
        const QString findings =
            hasTextOption(a, QStringLiteral("findings")) ? textOption(a, QStringLiteral("findings")) : n->findings;
        const QString orders =
            hasTextOption(a, QStringLiteral("orders")) ? textOption(a, QStringLiteral("orders")) : n->orders;
        if (n->status == ClinicalNote::Status::Final) {
            n = notes.revise(id, n->version, findings, orders, a.value(QStringLiteral("reason")));
        } else {
            n->findings = findings;
            n->orders = orders;
            n = notes.saveDraft(*n);
        }
        if (a.has(QStringLiteral("finalize"))) {
            n = notes.finalize(id);
        }
        print(*n);
        return Ok;
    }
    if (sub == QStringLiteral("finalize")) {
        print(notes.finalize(idArgument(a, 2, tr("note"))));
        return Ok;
    }
    if (sub == QStringLiteral("history")) {
        const qint64 id = idArgument(a, 2, tr("note"));
        const QList<NoteVersion> versions = notes.history(id);
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const NoteVersion& v = versions.at(i);
            m_out << tr("version %1").arg(v.version) << '\t' << Timestamp::toStorage(v.at) << '\t' << v.author << '\t'
                  << v.reason << '\n';
            if (i > 0) {
                const NoteVersion& before = versions.at(i - 1);
                m_out << tr("[findings]") << '\n'
                      << LineDiff::toText(LineDiff::compare(before.findings, v.findings)) << tr("[orders]") << '\n'
                      << LineDiff::toText(LineDiff::compare(before.orders, v.orders));
            }
        }
        return Ok;
    }
    if (sub == QStringLiteral("diff")) {
        const qint64 id = idArgument(a, 2, tr("note"));
        const NoteDiff d = notes.diff(id, a.positional().value(3).toInt(), a.positional().value(4).toInt());
        m_out << tr("version %1 → %2").arg(d.fromVersion).arg(d.toVersion) << '\n'
              << tr("[findings]") << '\n'
              << LineDiff::toText(d.findings) << tr("[orders]") << '\n'
              << LineDiff::toText(d.orders);
        return Ok;
    }
    return usageError();
}

int ChartCommands::diagnosis(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& diagnoses = m_record.chart().diagnoses();
    const auto print = [&](const Diagnosis& d) {
        m_out << d.id << '\t' << d.displayName() << '\t' << d.medisCode << '\t' << d.receiptCode << '\t' << d.icd10
              << '\t' << d.startDate.toString(Qt::ISODate) << '\t' << outcomeToString(d.outcome) << '\n';
    };
    if (sub == QStringLiteral("add")) {
        Diagnosis d;
        d.patientId = patientId(a.positional().value(2));
        d.receiptCode = a.value(QStringLiteral("code"));
        d.name = a.value(QStringLiteral("name"));
        d.medisCode = a.value(QStringLiteral("medis"));
        d.icd10 = a.value(QStringLiteral("icd10"));
        d.startDate = dateOption(a, QStringLiteral("start"), m_record.clock().today());
        d.principal = a.has(QStringLiteral("principal"));
        d.suspected = a.has(QStringLiteral("suspected"));
        d.longTerm = a.has(QStringLiteral("lts"));
        d.uninformed = a.has(QStringLiteral("uninformed"));
        d.undelivered = a.has(QStringLiteral("undelivered"));
        if (!d.receiptCode.isEmpty() && d.name.isEmpty() &&
            !m_record.masters().find(MasterKind::Disease, d.receiptCode)) {
            throw Error(Error::Kind::NotFound,
                        tr("The disease code %1 is not in the disease master.").arg(d.receiptCode));
        }
        for (const QString& code : a.value(QStringLiteral("modifiers")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto m = m_record.masters().find(MasterKind::Modifier, code.trimmed());
            if (!m) {
                throw Error(Error::Kind::NotFound, tr("The modifier code %1 is not in the modifier master.").arg(code));
            }
            d.modifiers.append({m->code, m->name, m->category == QStringLiteral("suffix"), m->medisCode});
        }
        print(diagnoses.create(d));
        return Ok;
    }
    if (sub == QStringLiteral("end")) {
        auto d = diagnoses.find(idArgument(a, 2, tr("diagnosis")));
        if (!d) {
            throw Error(Error::Kind::NotFound, tr("There is no such diagnosis."));
        }
        d->outcome = enumOption(a, QStringLiteral("outcome"), Diagnosis::Outcome::Continuing, &outcomeFromString,
                                QStringLiteral("continuing, cured, died, discontinued, transferred"));
        d->endDate = dateOption(a, QStringLiteral("end"), m_record.clock().today());
        print(diagnoses.update(*d, a.value(QStringLiteral("reason"))));
        return Ok;
    }
    if (sub == QStringLiteral("withdraw")) {
        print(diagnoses.withdraw(idArgument(a, 2, tr("diagnosis")), a.value(QStringLiteral("reason"))));
        return Ok;
    }
    return usageError();
}

int ChartCommands::allergy(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& allergies = m_record.chart().allergies();
    const auto print = [&](const Allergy& x) {
        m_out << x.id << '\t' << allergyCategoryToString(x.category) << '\t' << x.name << '\t' << x.code << '\t'
              << severityToString(x.severity) << '\n';
    };
    if (sub == QStringLiteral("add")) {
        Allergy x;
        x.patientId = patientId(a.positional().value(2));
        x.category = enumOption(a, QStringLiteral("category"), Allergy::Category::Other, &allergyCategoryFromString,
                                QStringLiteral("food, environment, other, medication"));
        x.name = a.value(QStringLiteral("name"));
        if (a.has(QStringLiteral("jfagy"))) {
            x.codeSystem = Allergy::CodeSystem::Jfagy;
            x.code = a.value(QStringLiteral("jfagy")).toUpper();
            if (x.name.isEmpty()) {
                if (const auto e = m_record.masters().find(MasterKind::Jfagy, x.code)) {
                    x.name = e->name;
                }
            }
        } else if (a.has(QStringLiteral("yj"))) {
            x.codeSystem = Allergy::CodeSystem::Yj;
            x.code = a.value(QStringLiteral("yj")).toUpper();
            if (x.name.isEmpty()) {
                const auto drugs = m_record.masters().drugsByYj(x.code);
                if (!drugs.isEmpty()) {
                    x.name = drugs.first().genericName.isEmpty() ? drugs.first().name : drugs.first().genericName;
                }
            }
        } else if (a.has(QStringLiteral("ingredient"))) {
            // The ingredient in its class: the first 7 characters of any YJ code holding it.
            x.codeSystem = Allergy::CodeSystem::Ingredient;
            x.code = a.value(QStringLiteral("ingredient")).toUpper().left(7);
            if (x.name.isEmpty()) {
                x.name = IngredientName::of(m_record.masters().drugsByYj(x.code));
            }
            if (x.name.isEmpty()) {
                throw Error(Error::Kind::Validation,
                            tr("No drug in the master has the ingredient code %1; give its name with --name (e.g. "
                               "アモキシシリン).")
                                .arg(x.code));
            }
        } else if (a.has(QStringLiteral("drug-class"))) {
            x.codeSystem = Allergy::CodeSystem::DrugClass;
            x.code = a.value(QStringLiteral("drug-class")).trimmed().toLower();
            x.category = Allergy::Category::Medication;
        } else if (a.has(QStringLiteral("generic"))) {
            // JP-CLINS writes a 一般名コード as "GCM" + the code.
            QString code = a.value(QStringLiteral("generic")).toUpper();
            if (code.startsWith(QStringLiteral("GCM"))) {
                code = code.mid(3);
            }
            x.codeSystem = Allergy::CodeSystem::Generic;
            x.code = QStringLiteral("GCM") + code;
            if (x.name.isEmpty()) {
                if (const auto e = m_record.masters().find(MasterKind::GenericDrug, code)) {
                    x.name = e->name;
                }
            }
        }
        x.reaction = a.value(QStringLiteral("reaction"));
        x.severity = enumOption(a, QStringLiteral("severity"), Allergy::Severity::Unknown, &severityFromString,
                                QStringLiteral("mild, moderate, severe, unknown"));
        x.onsetDate = dateOption(a, QStringLiteral("onset"));
        x.longTerm = a.has(QStringLiteral("lts"));
        x.unconfirmed = a.has(QStringLiteral("unconfirmed"));
        print(allergies.create(x));
        return Ok;
    }
    if (sub == QStringLiteral("withdraw")) {
        print(allergies.withdraw(idArgument(a, 2, tr("allergy")), a.value(QStringLiteral("reason"))));
        return Ok;
    }
    if (sub == QStringLiteral("classes")) {
        for (const DrugClass& c : DrugClassCatalog::all()) {
            m_out << c.id << '\t' << c.name << '\t' << DrugClassCatalog::label(c) << '\n';
        }
        return Ok;
    }
    return usageError();
}

int ChartCommands::lab(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& labs = m_record.chart().labs();
    const auto print = [&](const LabResult& r) {
        m_out << r.id << '\t' << r.collectedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << r.itemKey << '\t' << r.name << '\t' << r.displayValue() << '\t' << r.abnormalFlag << '\n';
    };
    if (sub == QStringLiteral("add")) {
        LabResult r;
        r.patientId = patientId(a.positional().value(2));
        r.codeSystem = enumOption(a, QStringLiteral("system"), LabResult::CodeSystem::Jlac10, &labCodeSystemFromString,
                                  QStringLiteral("jlac10, jlac11, local"));
        r.code = a.value(QStringLiteral("code"));
        r.name = a.value(QStringLiteral("name"));
        bool numeric = false;
        const double v = a.value(QStringLiteral("value")).toDouble(&numeric);
        if (numeric) {
            r.valueNumber = v;
        } else {
            r.valueText = a.value(QStringLiteral("value"));
        }
        r.unit = a.value(QStringLiteral("unit"));
        if (a.has(QStringLiteral("low"))) {
            r.referenceLow = numberOption(a, QStringLiteral("low"));
        }
        if (a.has(QStringLiteral("high"))) {
            r.referenceHigh = numberOption(a, QStringLiteral("high"));
        }
        r.abnormalFlag = a.value(QStringLiteral("flag"));
        r.specimen = a.value(QStringLiteral("specimen"));
        r.localCode = a.value(QStringLiteral("local-code"));
        r.orderedByLogin = a.value(QStringLiteral("ordered-by"));
        r.collectedAt = m_record.clock().now();
        if (a.has(QStringLiteral("at"))) {
            QString t = a.value(QStringLiteral("at"));
            t.replace(QLatin1Char(' '), QLatin1Char('T'));
            r.collectedAt = QDateTime::fromString(t, Qt::ISODate);
        }
        const LabResult saved = labs.create(r);
        print(saved);
        // Said at entry, as the lab dialog does: a result the sharing service will not take.
        if (const auto reason = labs.sharingOf(saved); reason != LabSharing::Reason::Shared) {
            m_out << LabSharing::explanation(reason) << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("import")) {
        const QString path = a.positional().value(2);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::FileMissing, tr("The file %1 cannot be read.").arg(path));
        }
        const auto s = labs.importCsv(f.readAll(), path);
        m_out << tr("%1 result(s) imported for %2 patient(s).").arg(s.results).arg(s.patients) << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("series")) {
        for (const LabResult& r : labs.series(patientId(a.positional().value(2)), a.positional().value(3))) {
            print(r);
        }
        return Ok;
    }
    if (sub == QStringLiteral("complete")) {
        const qint64 patient = patientId(a.positional().value(2));
        const QString item = a.positional().value(3);
        const int n = labs.completeForSharing(patient, item, a.value(QStringLiteral("local-code")),
                                              a.value(QStringLiteral("ordered-by")));
        m_out << tr("%n result(s) of %1 completed for the sharing service.", nullptr, n).arg(item) << '\n';
        for (const LabResult& r : labs.series(patient, item)) {
            if (const auto reason = labs.sharingOf(r); LabSharing::canBeCompleted(reason)) {
                print(r);
                m_out << LabSharing::explanation(reason) << '\n';
            }
        }
        return Ok;
    }
    return usageError();
}

int ChartCommands::rx(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto& rxs = m_record.chart().prescriptions();
    const auto print = [&](const Prescription& p) {
        m_out << p.id << "\tRp" << p.rpNumber << '\t' << p.drugName << '\t' << p.dose << p.unit << '\t' << p.usageText
              << '\t' << tr("%n day(s)", nullptr, p.days) << '\t' << p.quantity << '\t'
              << dispensingToString(p.dispensing) << '\n';
        for (const QString& w : p.acknowledgedWarnings) {
            m_out << '\t' << tr("acknowledged: %1").arg(w) << '\n';
        }
    };
    const bool acknowledge = a.has(QStringLiteral("acknowledge"));
    if (sub == QStringLiteral("add")) {
        Prescription p;
        p.visitId = idArgument(a, 2, tr("visit"));
        if (a.has(QStringLiteral("yj"))) {
            p.codeSystem = Prescription::CodeSystem::Yj;
            p.drugCode = a.value(QStringLiteral("yj"));
        } else if (a.has(QStringLiteral("receipt"))) {
            p.codeSystem = Prescription::CodeSystem::Receipt;
            p.drugCode = a.value(QStringLiteral("receipt"));
        } else if (a.has(QStringLiteral("generic"))) {
            p.codeSystem = Prescription::CodeSystem::Generic;
            p.drugCode = a.value(QStringLiteral("generic"));
        }
        p.drugName = a.value(QStringLiteral("name"));
        p.dose = numberOption(a, QStringLiteral("dose"));
        p.unit = a.value(QStringLiteral("unit"));
        p.usageText = a.value(QStringLiteral("usage"));
        p.days = int(numberOption(a, QStringLiteral("days")));
        p.quantity = numberOption(a, QStringLiteral("quantity"));
        p.rpNumber = int(numberOption(a, QStringLiteral("rp"), 1));
        p.dispensing =
            a.has(QStringLiteral("in-house")) ? Prescription::Dispensing::InHouse : Prescription::Dispensing::Outside;
        print(rxs.create(p, acknowledge));
        return Ok;
    }
    if (sub == QStringLiteral("usual")) {
        // What the prescription dialog fills in when the drug is picked.
        const QString code = a.value(QStringLiteral("code")).trimmed();
        if (code.isEmpty()) {
            throw Error(Error::Kind::Validation, tr("Give the drug's code with --code."));
        }
        const auto usual = rxs.usualDosage(patientId(a.positional().value(2)), code);
        if (!usual) {
            m_out << tr("No usual dosage: neither this patient nor this clinic has prescribed %1.").arg(code) << '\n';
            return Ok;
        }
        m_out << (usual->source == UsualDosage::Source::ThisPatient ? "patient" : "clinic") << '\t' << usual->dose
              << usual->unit << '\t' << usual->usageText << '\t' << usual->usageCode << '\t'
              << tr("%n day(s)", nullptr, usual->days) << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("usages")) {
        for (const DosageUsage& u : DosageUsageCatalog::all()) {
            m_out << u.text << '\t' << (u.jamiCode.isEmpty() ? QStringLiteral("-") : u.jamiCode) << '\t'
                  << (u.asNeeded ? "as-needed" : "regular") << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("repeat")) {
        for (const Prescription& p : rxs.repeatPrevious(idArgument(a, 2, tr("visit")), acknowledge)) {
            print(p);
        }
        return Ok;
    }
    if (sub == QStringLiteral("withdraw")) {
        print(rxs.withdraw(idArgument(a, 2, tr("prescription")), a.value(QStringLiteral("reason"))));
        return Ok;
    }
    return usageError();
}

int ChartCommands::chart(const CliArguments& a) {
    if (a.positional().value(1) != QStringLiteral("show")) {
        return usageError();
    }
    m_out << m_record.chart().plainText(patientId(a.positional().value(2)));
    return Ok;
}

} // namespace tsumugi::cli
