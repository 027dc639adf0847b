#include "core/chart/PrescriptionRepository.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/DosageUsageCatalog.h"
#include "core/chart/VisitRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/DrugClassCatalog.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tsumugi {

QString prescriptionCodeSystemToString(Prescription::CodeSystem c) {
    switch (c) {
    case Prescription::CodeSystem::Yj:
        return QStringLiteral("yj");
    case Prescription::CodeSystem::Generic:
        return QStringLiteral("generic");
    case Prescription::CodeSystem::Receipt:
        return QStringLiteral("receipt");
    case Prescription::CodeSystem::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

std::optional<Prescription::CodeSystem> prescriptionCodeSystemFromString(const QString& text) {
    for (auto c : {Prescription::CodeSystem::Yj, Prescription::CodeSystem::Generic, Prescription::CodeSystem::Receipt,
                   Prescription::CodeSystem::None}) {
        if (prescriptionCodeSystemToString(c) == text) {
            return c;
        }
    }
    return std::nullopt;
}

QString dispensingToString(Prescription::Dispensing d) {
    return d == Prescription::Dispensing::InHouse ? QStringLiteral("in_house") : QStringLiteral("outside");
}

std::optional<Prescription::Dispensing> dispensingFromString(const QString& text) {
    if (text == QStringLiteral("in_house")) {
        return Prescription::Dispensing::InHouse;
    }
    if (text == QStringLiteral("outside")) {
        return Prescription::Dispensing::Outside;
    }
    return std::nullopt;
}

QString warningKindToString(PrescriptionWarning::Kind k) {
    switch (k) {
    case PrescriptionWarning::Kind::Contraindication:
        return QStringLiteral("contraindication");
    case PrescriptionWarning::Kind::Allergy:
        return QStringLiteral("allergy");
    case PrescriptionWarning::Kind::Duplicate:
        return QStringLiteral("duplicate");
    }
    return QStringLiteral("duplicate");
}

namespace {
const char* const Select =
    "SELECT p.id, p.patient_id, p.visit_id, p.version, p.status, p.rp_number, p.drug_code_system, p.drug_code, "
    "p.yj_code, p.drug_name, p.dose, p.unit, p.usage_code, p.usage_text, p.days, p.quantity, p.dispensing, "
    "p.start_date, p.end_date, p.acknowledged_warnings, p.comment, p.source_institution, r.display_name, p.updated_at, "
    "u.display_name FROM prescriptions p JOIN users r ON r.id = p.recorded_by JOIN users u ON u.id = p.updated_by ";

// A prescription's cell: the drug, its dose and usage and the doctor's words are sealed on the clinic server
// (Schema: 23).
SealedCell rxCell(qint64 id, const char* column) {
    return {QStringLiteral("prescriptions"), QLatin1String(column), id};
}

Prescription readPrescription(const Statement& st) {
    Prescription p;
    p.id = st.int64(0);
    const auto cell = [&p](const char* column) { return rxCell(p.id, column); };
    p.patientId = st.int64(1);
    p.visitId = st.int64(2);
    p.version = int(st.int64(3));
    p.withdrawn = st.text(4) == QStringLiteral("withdrawn");
    p.rpNumber = int(st.int64(5));
    p.codeSystem = prescriptionCodeSystemFromString(st.text(6)).value_or(Prescription::CodeSystem::None);
    p.drugCode = st.cellText(7, cell("drug_code"));
    p.yjCode = st.cellText(8, cell("yj_code"));
    p.drugName = st.cellText(9, cell("drug_name"));
    p.dose = st.cellNumber(10, cell("dose")).value_or(0);
    p.unit = st.cellText(11, cell("unit"));
    p.usageCode = st.cellText(12, cell("usage_code"));
    p.usageText = st.cellText(13, cell("usage_text"));
    p.days = int(st.cellNumber(14, cell("days")).value_or(0));
    p.quantity = st.cellNumber(15, cell("quantity")).value_or(0);
    p.dispensing = dispensingFromString(st.text(16)).value_or(Prescription::Dispensing::Outside);
    p.startDate = QDate::fromString(st.text(17), Qt::ISODate);
    p.endDate = QDate::fromString(st.text(18), Qt::ISODate);
    for (const auto& w : QJsonDocument::fromJson(st.cellText(19, cell("acknowledged_warnings")).toUtf8()).array()) {
        p.acknowledgedWarnings << w.toString();
    }
    p.comment = st.cellText(20, cell("comment"));
    p.sourceInstitution = st.cellText(21, cell("source_institution"));
    p.recordedBy = st.text(22);
    p.updatedAt = Timestamp::fromStorage(st.text(23));
    p.updatedBy = st.text(24);
    return p;
}

QJsonObject toJson(const Prescription& p) {
    return {{QStringLiteral("rp"), p.rpNumber},
            {QStringLiteral("codeSystem"), prescriptionCodeSystemToString(p.codeSystem)},
            {QStringLiteral("code"), p.drugCode},
            {QStringLiteral("yj"), p.yjCode},
            {QStringLiteral("name"), p.drugName},
            {QStringLiteral("dose"), p.dose},
            {QStringLiteral("unit"), p.unit},
            {QStringLiteral("usageCode"), p.usageCode},
            {QStringLiteral("usage"), p.usageText},
            {QStringLiteral("days"), p.days},
            {QStringLiteral("quantity"), p.quantity},
            {QStringLiteral("dispensing"), dispensingToString(p.dispensing)},
            {QStringLiteral("start"), p.startDate.toString(Qt::ISODate)},
            {QStringLiteral("end"), p.endDate.toString(Qt::ISODate)},
            {QStringLiteral("acknowledged"), QJsonArray::fromStringList(p.acknowledgedWarnings)},
            {QStringLiteral("comment"), p.comment},
            {QStringLiteral("withdrawn"), p.withdrawn}};
}

// Names compared the way a person reads them: width, kana script and spaces folded.
QString matchKey(const QString& s) {
    return DrugClassCatalog::nameKey(s);
}

bool sameIngredient(const QString& a, const QString& b) {
    // The first 7 characters of a YJ code (and of a 一般名コード) name the ingredient and route.
    return a.size() >= 7 && b.size() >= 7 && a.left(7) == b.left(7);
}
} // namespace

PrescriptionRepository::PrescriptionRepository(ChartItemJournal& journal, MasterCatalog& masters,
                                               VisitRepository& visits, AllergyRepository& allergies)
    : m_journal(journal)
    , m_masters(masters)
    , m_visits(visits)
    , m_allergies(allergies) {}

QStringList PrescriptionRepository::dosageUnits() {
    return {QStringLiteral("錠"),   QStringLiteral("カプセル"), QStringLiteral("包"),     QStringLiteral("g"),
            QStringLiteral("mg"),   QStringLiteral("μg"),       QStringLiteral("mL"),     QStringLiteral("枚"),
            QStringLiteral("本"),   QStringLiteral("個"),       QStringLiteral("滴"),     QStringLiteral("瓶"),
            QStringLiteral("管"),   QStringLiteral("キット"),   QStringLiteral("単位"),   QStringLiteral("袋"),
            QStringLiteral("噴霧"), QStringLiteral("吸入"),     QStringLiteral("シート"), QStringLiteral("回")};
}

QStringList PrescriptionRepository::problems(const Prescription& p) {
    static const QRegularExpression yj(QStringLiteral("^[0-9]{4}[0-9A-Z]{3}[0-9A-Z][0-9]{3}[0-9A-Z]$"));
    static const QRegularExpression generic(QStringLiteral("^[0-9]{4}[0-9A-Z]{3}[A-Z][0-9A-Z]{4}$"));
    static const QRegularExpression receipt(QStringLiteral("^6[0-9]{8}$"));
    QStringList out;
    if (p.drugName.isEmpty()) {
        out << tr("Enter the drug.");
    } else if (p.drugName.size() > 200) {
        out << tr("The drug name is longer than 200 characters.");
    }
    switch (p.codeSystem) {
    case Prescription::CodeSystem::Yj:
        if (!yj.match(p.drugCode).hasMatch()) {
            out << tr("'%1' is not a YJ code (12 characters, e.g. 2325003B2029).").arg(p.drugCode);
        }
        break;
    case Prescription::CodeSystem::Generic:
        if (!generic.match(p.drugCode).hasMatch()) {
            out << tr("'%1' is not a 一般名コード (12 characters, e.g. 2325003B2ZZZ).").arg(p.drugCode);
        }
        break;
    case Prescription::CodeSystem::Receipt:
        if (!receipt.match(p.drugCode).hasMatch()) {
            out << tr("'%1' is not a レセ電 医薬品コード (9 digits starting with 6).").arg(p.drugCode);
        }
        break;
    case Prescription::CodeSystem::None:
        if (!p.drugCode.isEmpty()) {
            out << tr("A drug without a code system has no code; choose the code system for %1.").arg(p.drugCode);
        }
        break;
    }
    if (!(p.dose > 0) || p.dose > 10000) {
        out << tr("The dose must be above 0 (and at most 10000).");
    }
    if (!dosageUnits().contains(p.unit)) {
        out << tr("The unit '%1' is not a dosage unit (%2).").arg(p.unit, dosageUnits().join(QStringLiteral(", ")));
    }
    if (p.usageText.trimmed().isEmpty()) {
        out << tr("Enter the usage (用法), e.g. 1日3回毎食後.");
    }
    if (p.days < 1 || p.days > 365) {
        out << tr("The days (or times) must be between 1 and 365; %1 is not.").arg(p.days);
    }
    if (!(p.quantity > 0)) {
        out << tr("The total quantity must be above 0.");
    }
    if (!p.startDate.isValid()) {
        out << tr("The start date is missing.");
    }
    if (p.rpNumber < 1 || p.rpNumber > 99) {
        out << tr("The Rp number must be between 1 and 99.");
    }
    return out;
}

Prescription PrescriptionRepository::completed(Prescription p) {
    p.drugCode = p.drugCode.trimmed().toUpper();
    p.drugName = p.drugName.trimmed();
    p.unit = p.unit.normalized(QString::NormalizationForm_KC).trimmed();
    p.unit.replace(QChar(0x00B5), QChar(0x03BC));
    p.usageText = p.usageText.trimmed();
    if (p.usageCode.isEmpty()) {
        p.usageCode = DosageUsageCatalog::codeFor(p.usageText);
    }
    const auto visit = m_visits.find(p.visitId);
    if (!visit) {
        throw Error(Error::Kind::NotFound, tr("The visit of the prescription was not found."));
    }
    if (visit->withdrawn) {
        throw Error(Error::Kind::Conflict, tr("The visit was withdrawn; it cannot get prescriptions."));
    }
    p.patientId = visit->patientId;
    if (!p.startDate.isValid()) {
        p.startDate = visit->date;
    }
    if (p.codeSystem == Prescription::CodeSystem::Receipt) {
        if (const auto entry = m_masters.find(MasterKind::Drug, p.drugCode)) {
            p.yjCode = entry->yjCode;
            if (p.drugName.isEmpty()) {
                p.drugName = entry->name;
            }
            if (p.unit.isEmpty()) {
                p.unit = entry->unit;
            }
        }
    } else if (p.codeSystem == Prescription::CodeSystem::Generic) {
        // 一般名処方: the 【般】 wording of the 一般名コード; its first 7 characters match the YJ codes it covers.
        p.yjCode = p.drugCode;
        if (const auto entry = m_masters.find(MasterKind::GenericDrug, p.drugCode)) {
            if (p.drugName.isEmpty()) {
                p.drugName = entry->name;
            }
            if (p.unit.isEmpty()) {
                p.unit = entry->unit;
            }
        }
    } else if (p.codeSystem == Prescription::CodeSystem::Yj) {
        p.yjCode = p.drugCode;
        if (p.drugName.isEmpty()) {
            for (const MasterEntry& e : m_masters.drugsByYj(p.drugCode)) {
                if (e.yjCode == p.drugCode) {
                    p.drugName = e.name;
                    p.unit = p.unit.isEmpty() ? e.unit : p.unit;
                    break;
                }
            }
        }
    } else {
        p.yjCode.clear();
    }
    if (!(p.quantity > 0)) {
        p.quantity = p.dose * p.days;
    }
    p.endDate = p.startDate.isValid() && p.days > 0 ? p.startDate.addDays(p.days - 1) : QDate();
    return p;
}

PrescriptionRepository::KnownDrug PrescriptionRepository::identify(const Prescription& p) {
    KnownDrug d;
    d.ingredient = p.yjCode.size() >= 7 ? p.yjCode.left(7) : QString();
    d.nameKeys << matchKey(p.drugName);
    // Every product of the same ingredient lends its names: a generic is named by its ingredient, so サワシリン is
    // known as アモキシシリン too, and a brand by its 一般名処方 wording.
    if (!d.ingredient.isEmpty()) {
        for (const MasterEntry& e : m_masters.drugsByYj(p.yjCode)) {
            d.nameKeys << matchKey(e.name);
            if (!e.genericName.isEmpty()) {
                d.nameKeys << matchKey(e.genericName);
            }
        }
        if (p.codeSystem == Prescription::CodeSystem::Generic) {
            if (const auto entry = m_masters.find(MasterKind::GenericDrug, p.drugCode)) {
                d.nameKeys << matchKey(entry->name);
            }
        }
    }
    d.nameKeys.removeDuplicates();
    d.classIds = DrugClassCatalog::classesOf(p.yjCode, d.nameKeys);
    return d;
}

QList<PrescriptionWarning> PrescriptionRepository::allergyWarnings(qint64 patientId, const QString& drugName,
                                                                   const QString& yjCode) {
    m_journal.requireRead();
    Prescription p;
    p.patientId = patientId;
    p.drugName = drugName.trimmed();
    p.yjCode = yjCode.trimmed().toUpper();
    p.codeSystem = p.yjCode.isEmpty() ? Prescription::CodeSystem::None : Prescription::CodeSystem::Yj;
    p.drugCode = p.yjCode;
    return allergyWarningsFor(p);
}

QList<PrescriptionWarning> PrescriptionRepository::warningsFor(const Prescription& p, const QList<qint64>& ignoreIds) {
    QList<PrescriptionWarning> out = allergyWarningsFor(p);
    if (p.startDate.isValid()) {
        for (const Prescription& other : activeOn(p.patientId, p.startDate)) {
            if (other.id == p.id || ignoreIds.contains(other.id)) {
                continue;
            }
            const bool same = (!p.yjCode.isEmpty() && sameIngredient(other.yjCode, p.yjCode)) ||
                              matchKey(other.drugName) == matchKey(p.drugName);
            if (same) {
                out.append(
                    {PrescriptionWarning::Kind::Duplicate, p.drugName, other.id,
                     tr("%1 is already prescribed (%2, from %3 for %n day(s)) and still active.", nullptr, other.days)
                         .arg(p.drugName, other.drugName, other.startDate.toString(Qt::ISODate))});
            }
        }
    }
    return out;
}

QList<PrescriptionWarning> PrescriptionRepository::allergyWarningsFor(const Prescription& p) {
    QList<PrescriptionWarning> out;
    const KnownDrug drug = identify(p);
    const auto named = [&](const QString& text) {
        const QString key = matchKey(text);
        if (key.size() < 2) {
            return false;
        }
        for (const QString& n : drug.nameKeys) {
            if (n.contains(key)) {
                return true;
            }
        }
        return false;
    };
    const auto classLabel = [](const QString& id) {
        const DrugClass* c = DrugClassCatalog::find(id);
        return c ? DrugClassCatalog::label(*c) : id;
    };
    for (const Allergy& a : m_allergies.forPatient(p.patientId)) {
        if (a.isNoKnownAllergies()) {
            continue;
        }
        const QString reaction = a.reaction.isEmpty() ? severityToString(a.severity) : a.reaction;
        const auto kind =
            a.isContraindication() ? PrescriptionWarning::Kind::Contraindication : PrescriptionWarning::Kind::Allergy;
        QString why;
        switch (a.codeSystem) {
        case Allergy::CodeSystem::DrugClass:
            if (drug.classIds.contains(a.code)) {
                why = tr("%1 is one of the %2; the patient's record says: allergy or contraindication to %3 (%4).")
                          .arg(p.drugName, classLabel(a.code), a.name, reaction);
            }
            break;
        case Allergy::CodeSystem::Ingredient:
            if ((!drug.ingredient.isEmpty() && drug.ingredient == a.code) || named(a.name)) {
                why = tr("%1 contains %2; the patient's record says: allergy or contraindication to the ingredient "
                         "%2 (%3).")
                          .arg(p.drugName, a.name, reaction);
            }
            break;
        case Allergy::CodeSystem::Yj:
        case Allergy::CodeSystem::Generic:
            // A product or 一般名 shares its first 7 characters (ingredient in its class) with the same drug's codes.
            if (sameIngredient(a.codeSystem == Allergy::CodeSystem::Generic ? a.code.mid(3) : a.code, p.yjCode)) {
                why = tr("%1 has the same ingredient as %2, recorded as a drug allergy or contraindication (%3).")
                          .arg(p.drugName, a.name, reaction);
            }
            break;
        case Allergy::CodeSystem::Jfagy:
        case Allergy::CodeSystem::None:
            if (named(a.name)) {
                why = tr("%1 is also known by the name %2, which the patient's record lists as an allergy (%3).")
                          .arg(p.drugName, a.name, reaction);
            } else {
                // A free text that names a class ("ペニシリン", "アスピリン喘息") protects like the coded class.
                for (const QString& id : DrugClassCatalog::classesNamedIn(a.name)) {
                    if (drug.classIds.contains(id)) {
                        why = tr("%1 is one of the %2, and the patient's record lists \"%3\" as an allergy (%4). "
                                 "Record it as that drug class in the allergy dialog.")
                                  .arg(p.drugName, classLabel(id), a.name, reaction);
                        break;
                    }
                }
            }
            break;
        }
        if (!why.isEmpty()) {
            out.append({kind, p.drugName, a.id, why});
        }
    }
    return out;
}

std::optional<UsualDosage> PrescriptionRepository::usualDosage(qint64 patientId, const QString& drugCode) const {
    m_journal.requireRead();
    const QString code = drugCode.trimmed().toUpper();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    auto& db = m_journal.record().db();
    // The drug is sealed on the server: its lines are found by the token of its code.
    const QString kind = SearchTokens::kindOf("prescriptions", "drug_code");
    const QByteArray token = SearchTokens(db).lookup("prescriptions", "drug_code", code);
    struct Line {
        qint64 id = 0;
        UsualDosage dosage;
    };
    const auto read = [](Statement& st) {
        Line l;
        l.id = st.int64(0);
        const auto cell = [&l](const char* column) { return rxCell(l.id, column); };
        l.dosage.dose = st.cellNumber(1, cell("dose")).value_or(0);
        l.dosage.unit = st.cellText(2, cell("unit"));
        l.dosage.usageText = st.cellText(3, cell("usage_text"));
        l.dosage.usageCode = st.cellText(4, cell("usage_code"));
        l.dosage.days = int(st.cellNumber(5, cell("days")).value_or(0));
        return l;
    };
    Statement mine(db, "SELECT p.id, p.dose, p.unit, p.usage_text, p.usage_code, p.days FROM prescriptions p WHERE "
                       "p.patient_id = ? AND p.status = 'active' AND EXISTS (SELECT 1 FROM search_tokens t WHERE "
                       "t.kind = ? AND t.token = ? AND t.row_id = p.id) ORDER BY p.start_date DESC, p.id DESC "
                       "LIMIT 1;");
    mine.bind(1, patientId).bind(2, kind).bind(3, token);
    if (mine.step()) {
        UsualDosage u = read(mine).dosage;
        u.source = UsualDosage::Source::ThisPatient;
        return u;
    }
    // The clinic's habit: among its own last 500 lines of the drug (received ones are another clinic's; habits
    // change, and a clinic of ten years would otherwise count 100,000 lines at every pick), the most used, then the
    // newest; counted here, where the lines open.
    Statement clinic(db, "SELECT p.id, p.dose, p.unit, p.usage_text, p.usage_code, p.days FROM prescriptions p WHERE "
                         "p.id IN (SELECT t.row_id FROM search_tokens t JOIN prescriptions x ON x.id = t.row_id "
                         "WHERE t.kind = ? AND t.token = ? AND x.status = 'active' AND x.source_institution IS NULL "
                         "ORDER BY t.row_id DESC LIMIT 500);");
    clinic.bind(1, kind).bind(2, token);
    struct Habit {
        UsualDosage dosage;
        int uses = 0;
        qint64 latest = 0;
    };
    QHash<QString, Habit> habits;
    while (clinic.step()) {
        const Line l = read(clinic);
        const UsualDosage& d = l.dosage;
        Habit& h = habits[QStringLiteral("%1\x1f%2\x1f%3\x1f%4")
                              .arg(QString::number(d.dose, 'g', 17), d.unit, d.usageText)
                              .arg(d.days)];
        if (h.uses == 0) {
            h.dosage = d;
        } else { // the group's highest usage code, as the SQL max() chose it before
            h.dosage.usageCode = std::max(h.dosage.usageCode, d.usageCode);
        }
        ++h.uses;
        h.latest = std::max(h.latest, l.id);
    }
    const Habit* best = nullptr;
    for (const Habit& h : std::as_const(habits)) {
        if (!best || h.uses > best->uses || (h.uses == best->uses && h.latest > best->latest)) {
            best = &h;
        }
    }
    if (best) {
        UsualDosage u = best->dosage;
        u.source = UsualDosage::Source::Clinic;
        return u;
    }
    return std::nullopt;
}

CheckedPrescription PrescriptionRepository::check(const Prescription& input) {
    m_journal.requireRead();
    const Prescription p = completed(input);
    return {p, warningsFor(p)};
}

Prescription PrescriptionRepository::write(const Prescription& p, const QString& reason, ChartChange::Kind kind) {
    auto& db = m_journal.record().db();
    const QString now = m_journal.nowForStorage();
    qint64 id = p.id;
    int version = p.version;
    const QString acknowledged =
        p.acknowledgedWarnings.isEmpty()
            ? QString()
            : QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(p.acknowledgedWarnings)).toJson(QJsonDocument::Compact));
    // A new line takes its id first: its sealed cells carry it.
    if (kind == ChartChange::Kind::Created) {
        id = db.reserveId("prescriptions");
    }
    const auto cell = [id](const char* column) { return rxCell(id, column); };
    const auto bindFields = [&](Statement& st) {
        st.bind(1, p.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active")).bind(2, p.rpNumber);
        st.bind(3, prescriptionCodeSystemToString(p.codeSystem)).bindCellOptional(4, cell("drug_code"), p.drugCode);
        st.bindCellOptional(5, cell("yj_code"), p.yjCode).bindCell(6, cell("drug_name"), p.drugName);
        st.bindCellNumber(7, cell("dose"), p.dose).bindCell(8, cell("unit"), p.unit);
        st.bindCellOptional(9, cell("usage_code"), p.usageCode).bindCell(10, cell("usage_text"), p.usageText);
        st.bindCellNumber(11, cell("days"), double(p.days)).bindCellNumber(12, cell("quantity"), p.quantity);
        st.bind(13, dispensingToString(p.dispensing));
        st.bind(14, p.startDate.toString(Qt::ISODate)).bind(15, p.endDate.toString(Qt::ISODate));
        st.bindCellOptional(16, cell("acknowledged_warnings"), acknowledged);
        st.bindCellOptional(17, cell("comment"), p.comment).bind(18, now).bind(19, m_journal.userId());
    };
    if (kind == ChartChange::Kind::Created) {
        Statement ins(db, "INSERT INTO prescriptions (status, rp_number, drug_code_system, drug_code, yj_code, "
                          "drug_name, dose, unit, usage_code, usage_text, days, quantity, dispensing, start_date, "
                          "end_date, acknowledged_warnings, comment, updated_at, updated_by, patient_id, visit_id, "
                          "version, recorded_by, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?);");
        bindFields(ins);
        ins.bind(20, p.patientId).bind(21, p.visitId).bind(22, m_journal.userId()).bind(23, id).run();
        version = 1;
    } else {
        Statement upd(db, "UPDATE prescriptions SET status=?, rp_number=?, drug_code_system=?, drug_code=?, "
                          "yj_code=?, drug_name=?, dose=?, unit=?, usage_code=?, usage_text=?, days=?, quantity=?, "
                          "dispensing=?, start_date=?, end_date=?, acknowledged_warnings=?, comment=?, "
                          "updated_at=?, updated_by=?, version=version+1 WHERE id=? AND version=?;");
        bindFields(upd);
        upd.bind(20, p.id).bind(21, p.version).run();
        version = p.version + 1;
    }
    SearchTokens(db).index("prescriptions", id, {{"drug_code", p.drugCode}});
    Prescription saved = p;
    saved.version = version;
    m_journal.saveVersion(QStringLiteral("prescription"), id, version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::Prescription, p.patientId, id, kind, version);
    return *find(id);
}

Prescription PrescriptionRepository::save(const Prescription& input, bool acknowledgeWarnings, const QString& reason,
                                          bool creating) {
    m_journal.requireWrite();
    Transaction tx(m_journal.record().db());
    Prescription p = completed(input);
    ChartItemJournal::throwIfAny(problems(p));
    if (!creating) {
        const auto current = find(p.id);
        if (!current) {
            throw Error(Error::Kind::NotFound, tr("The prescription was not found."));
        }
        m_journal.requireOurs(current->sourceInstitution);
        if (current->version != p.version) {
            throw Error(Error::Kind::Conflict,
                        tr("%1 changed this prescription at %2 (now version %3) while you were editing it. Nothing "
                           "was saved; reopen it and apply your change again.")
                            .arg(current->updatedBy, Timestamp::forMessage(current->updatedAt))
                            .arg(current->version));
        }
        if (current->withdrawn) {
            throw Error(Error::Kind::Conflict, tr("A withdrawn prescription cannot be edited."));
        }
        if (current->visitId != p.visitId) {
            throw Error(Error::Kind::Validation, tr("A prescription stays with its visit."));
        }
    }
    const QList<PrescriptionWarning> warnings = warningsFor(p);
    QStringList messages;
    for (const auto& w : warnings) {
        messages << w.message;
    }
    if (!warnings.isEmpty() && !acknowledgeWarnings) {
        throw Error(Error::Kind::Conflict, tr("Check before prescribing:\n%1\nSave again acknowledging the warnings to "
                                              "prescribe anyway.")
                                               .arg(messages.join(QLatin1Char('\n'))));
    }
    p.acknowledgedWarnings = messages;
    const Prescription saved = write(p, reason, creating ? ChartChange::Kind::Created : ChartChange::Kind::Updated);
    if (creating) {
        recordUse(saved);
    }
    tx.commit();
    return saved;
}

void PrescriptionRepository::recordUse(const Prescription& p) {
    // What the doctor chose, so the drug search ranks it first next time.
    switch (p.codeSystem) {
    case Prescription::CodeSystem::Receipt:
        m_masters.recordUse(MasterKind::Drug, p.drugCode);
        break;
    case Prescription::CodeSystem::Generic:
        m_masters.recordUse(MasterKind::GenericDrug, p.drugCode);
        break;
    case Prescription::CodeSystem::Yj:
        for (const MasterEntry& e : m_masters.drugsByYj(p.drugCode)) {
            if (e.yjCode == p.drugCode) {
                m_masters.recordUse(MasterKind::Drug, e.code);
                break;
            }
        }
        break;
    case Prescription::CodeSystem::None:
        break;
    }
}

Prescription PrescriptionRepository::create(const Prescription& prescription, bool acknowledgeWarnings) {
    Prescription p = prescription;
    p.id = 0;
    p.version = 0;
    return save(p, acknowledgeWarnings, {}, true);
}

Prescription PrescriptionRepository::update(const Prescription& prescription, bool acknowledgeWarnings,
                                            const QString& reason) {
    return save(prescription, acknowledgeWarnings, reason, false);
}

Prescription PrescriptionRepository::withdraw(qint64 id, const QString& reason) {
    m_journal.requireWrite();
    Transaction tx(m_journal.record().db());
    auto current = find(id);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The prescription was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->withdrawn) {
        throw Error(Error::Kind::Conflict, tr("The prescription is already withdrawn."));
    }
    current->withdrawn = true;
    const Prescription saved = write(*current, reason, ChartChange::Kind::Withdrawn);
    tx.commit();
    return saved;
}

QList<CheckedPrescription> PrescriptionRepository::previewRepeat(qint64 visitId) {
    m_journal.requireRead();
    const auto visit = m_visits.find(visitId);
    if (!visit) {
        throw Error(Error::Kind::NotFound, tr("The visit was not found."));
    }
    Statement prev(m_journal.record().db(),
                   "SELECT v.id FROM visits v WHERE v.patient_id = ?1 AND v.status = 'active' AND v.id <> ?4 AND "
                   "(v.visit_date < ?2 OR (v.visit_date = ?2 AND v.id < ?4)) AND EXISTS (SELECT 1 FROM "
                   "prescriptions p WHERE p.visit_id = v.id AND p.status = 'active') "
                   "ORDER BY v.visit_date DESC, v.id DESC LIMIT 1;");
    prev.bind(1, visit->patientId).bind(2, visit->date.toString(Qt::ISODate)).bind(4, visitId);
    if (!prev.step()) {
        throw Error(Error::Kind::NotFound, tr("There is no earlier visit with a prescription to repeat."));
    }
    const qint64 previousVisit = prev.int64(0);
    QList<CheckedPrescription> out;
    for (Prescription p : forVisit(previousVisit)) {
        if (p.withdrawn) {
            continue;
        }
        p.id = 0;
        p.version = 0;
        p.visitId = visitId;
        p.startDate = QDate();
        p.quantity = 0;
        p.acknowledgedWarnings.clear();
        p.sourceInstitution.clear();
        const Prescription copy = completed(p);
        out.append({copy, warningsFor(copy)});
    }
    return out;
}

QList<Prescription> PrescriptionRepository::repeatPrevious(qint64 visitId, bool acknowledgeWarnings) {
    m_journal.requireWrite();
    Transaction tx(m_journal.record().db());
    QList<Prescription> saved;
    for (const CheckedPrescription& c : previewRepeat(visitId)) {
        saved.append(create(c.prescription, acknowledgeWarnings));
    }
    tx.commit();
    return saved;
}

std::optional<Prescription> PrescriptionRepository::find(qint64 id) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE p.id = ?;");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readPrescription(st);
}

QList<Prescription> PrescriptionRepository::forVisit(qint64 visitId) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE p.visit_id = ? ORDER BY p.rp_number, p.id;");
    st.bind(1, visitId);
    QList<Prescription> out;
    while (st.step()) {
        out.append(readPrescription(st));
    }
    return out;
}

QList<Prescription> PrescriptionRepository::activeOn(qint64 patientId, const QDate& date) const {
    Statement st(m_journal.record().db(), std::string(Select) +
                                              "WHERE p.patient_id = ? AND p.end_date >= ? AND "
                                              "p.status = 'active' ORDER BY p.start_date DESC, p.id;");
    st.bind(1, patientId).bind(2, date.toString(Qt::ISODate));
    QList<Prescription> out;
    while (st.step()) {
        out.append(readPrescription(st));
    }
    return out;
}

QList<Prescription> PrescriptionRepository::forPatient(qint64 patientId, int limit) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE p.patient_id = ? "
                                                                "ORDER BY p.start_date DESC, p.id DESC LIMIT ?;");
    st.bind(1, patientId).bindLimit(2, limit);
    QList<Prescription> out;
    while (st.step()) {
        out.append(readPrescription(st));
    }
    return out;
}

QList<ChartItemVersion> PrescriptionRepository::history(qint64 id) {
    m_journal.requireRead();
    const auto p = find(id);
    if (!p) {
        throw Error(Error::Kind::NotFound, tr("The prescription was not found."));
    }
    m_journal.viewed(QStringLiteral("prescription-history"), p->patientId, QStringLiteral("id %1").arg(id));
    return m_journal.versions(QStringLiteral("prescription"), id);
}

} // namespace tsumugi
