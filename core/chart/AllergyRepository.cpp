#include "core/chart/AllergyRepository.h"

#include "core/Error.h"
#include "core/chart/ChartItemLifecycle.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/DrugClassCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>

namespace tsumugi {

namespace {
template <typename E, size_t N> QString nameOf(E value, const std::pair<E, const char*> (&names)[N]) {
    for (const auto& [v, n] : names) {
        if (v == value) {
            return QString::fromLatin1(n);
        }
    }
    return {};
}
template <typename E, size_t N>
std::optional<E> valueOf(const QString& text, const std::pair<E, const char*> (&names)[N]) {
    for (const auto& [v, n] : names) {
        if (text == QLatin1String(n)) {
            return v;
        }
    }
    return std::nullopt;
}
const std::pair<Allergy::Category, const char*> Categories[] = {{Allergy::Category::Food, "food"},
                                                                {Allergy::Category::Environment, "environment"},
                                                                {Allergy::Category::Other, "other"},
                                                                {Allergy::Category::Medication, "medication"}};
const std::pair<Allergy::CodeSystem, const char*> CodeSystems[] = {
    {Allergy::CodeSystem::Jfagy, "jfagy"},          {Allergy::CodeSystem::Yj, "yj"},
    {Allergy::CodeSystem::Generic, "generic"},      {Allergy::CodeSystem::Ingredient, "ingredient"},
    {Allergy::CodeSystem::DrugClass, "drug_class"}, {Allergy::CodeSystem::None, "none"}};
const std::pair<Allergy::Severity, const char*> Severities[] = {{Allergy::Severity::Mild, "mild"},
                                                                {Allergy::Severity::Moderate, "moderate"},
                                                                {Allergy::Severity::Severe, "severe"},
                                                                {Allergy::Severity::Unknown, "unknown"}};
const std::pair<Allergy::Criticality, const char*> Criticalities[] = {
    {Allergy::Criticality::Low, "low"},
    {Allergy::Criticality::High, "high"},
    {Allergy::Criticality::UnableToAssess, "unable-to-assess"}};
} // namespace

QString allergyCategoryToString(Allergy::Category c) {
    return nameOf(c, Categories);
}
std::optional<Allergy::Category> allergyCategoryFromString(const QString& text) {
    return valueOf(text, Categories);
}
QString allergyCodeSystemToString(Allergy::CodeSystem c) {
    return nameOf(c, CodeSystems);
}
std::optional<Allergy::CodeSystem> allergyCodeSystemFromString(const QString& text) {
    return valueOf(text, CodeSystems);
}
QString severityToString(Allergy::Severity s) {
    return nameOf(s, Severities);
}
std::optional<Allergy::Severity> severityFromString(const QString& text) {
    return valueOf(text, Severities);
}
QString criticalityToString(Allergy::Criticality c) {
    return nameOf(c, Criticalities);
}
std::optional<Allergy::Criticality> criticalityFromString(const QString& text) {
    return valueOf(text, Criticalities);
}

namespace {
const char* const Select =
    "SELECT a.id, a.patient_id, a.visit_id, a.version, a.status, a.category, a.code_system, a.code, a.name, "
    "a.reaction, a.severity, a.criticality, a.verification, a.onset_date, a.recorded_date, a.long_term, a.comment, "
    "a.source_institution, r.display_name, a.updated_at, u.display_name FROM allergies a "
    "JOIN users r ON r.id = a.recorded_by JOIN users u ON u.id = a.updated_by ";

// An allergy's cell: what it names and how it showed are sealed on the clinic server (Schema: 22).
SealedCell allergyCell(qint64 id, const char* column) {
    return {QStringLiteral("allergies"), QLatin1String(column), id};
}

Allergy readAllergy(const Statement& st) {
    Allergy a;
    a.id = st.int64(0);
    a.patientId = st.int64(1);
    a.visitId = st.int64(2);
    a.version = int(st.int64(3));
    a.withdrawn = st.text(4) == QStringLiteral("withdrawn");
    a.category = allergyCategoryFromString(st.text(5)).value_or(Allergy::Category::Other);
    a.codeSystem = allergyCodeSystemFromString(st.text(6)).value_or(Allergy::CodeSystem::None);
    a.code = st.cellText(7, allergyCell(a.id, "code"));
    a.name = st.cellText(8, allergyCell(a.id, "name"));
    a.reaction = st.cellText(9, allergyCell(a.id, "reaction"));
    a.severity = severityFromString(st.text(10)).value_or(Allergy::Severity::Unknown);
    a.criticality = criticalityFromString(st.text(11)).value_or(Allergy::Criticality::UnableToAssess);
    a.unconfirmed = st.text(12) == QStringLiteral("unconfirmed");
    a.onsetDate = PartialDate::fromIso(st.text(13), &a.onsetPrecision);
    a.recordedDate = QDate::fromString(st.text(14), Qt::ISODate);
    a.longTerm = st.int64(15) != 0;
    a.comment = st.cellText(16, allergyCell(a.id, "comment"));
    a.sourceInstitution = st.cellText(17, allergyCell(a.id, "source_institution"));
    a.recordedBy = st.text(18);
    a.updatedAt = Timestamp::fromStorage(st.text(19));
    a.updatedBy = st.text(20);
    return a;
}

QJsonObject toJson(const Allergy& a) {
    return {{QStringLiteral("category"), allergyCategoryToString(a.category)},
            {QStringLiteral("codeSystem"), allergyCodeSystemToString(a.codeSystem)},
            {QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("reaction"), a.reaction},
            {QStringLiteral("severity"), severityToString(a.severity)},
            {QStringLiteral("criticality"), criticalityToString(a.criticality)},
            {QStringLiteral("unconfirmed"), a.unconfirmed},
            {QStringLiteral("onsetDate"), a.onsetText()},
            {QStringLiteral("recordedDate"), a.recordedDate.toString(Qt::ISODate)},
            {QStringLiteral("longTerm"), a.longTerm},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("withdrawn"), a.withdrawn}};
}

Allergy cleaned(Allergy a, const QDate& today) {
    // Codes are upper case, but a drug class is named by its catalog id, which is lower case.
    a.code = a.codeSystem == Allergy::CodeSystem::DrugClass ? a.code.trimmed().toLower() : a.code.trimmed().toUpper();
    a.name = a.name.trimmed();
    if (a.codeSystem == Allergy::CodeSystem::DrugClass && a.name.isEmpty()) {
        if (const DrugClass* c = DrugClassCatalog::find(a.code)) {
            a.name = c->name;
        }
    }
    a.reaction = a.reaction.trimmed();
    if (!a.recordedDate.isValid()) {
        a.recordedDate = today;
    }
    return a;
}
} // namespace

AllergyRepository::AllergyRepository(ChartItemJournal& journal)
    : m_journal(journal)
    , m_lifecycle(
          journal, [this](qint64 id) { return find(id); },
          [this](const Allergy& item, const QString& reason, ChartChange::Kind kind) {
              return write(item, reason, kind);
          },
          [] {
              return ChartItemWords{
                  tr("The allergy was not found."), tr("The allergy is already withdrawn."),
                  tr("A withdrawn allergy cannot be edited."),
                  tr("%1 changed this allergy at %2 (now version %3) while you were editing it. Nothing was saved; "
                     "reopen it and apply your change again.")};
          }) {}

QStringList AllergyRepository::problems(const Allergy& a, const QDate& today) {
    // J-FAGY: J9F/J9N + 9 characters, or the dummy codes D9F/D9N/D9M000000000; YJ: 12 characters.
    static const QRegularExpression jfagy(QStringLiteral("^(J9[FN][0-9A-Z]{9}|D9[FNM]0{9})$"));
    static const QRegularExpression yj(QStringLiteral("^[0-9]{4}[0-9A-Z]{3}[0-9A-Z][0-9]{3}[0-9A-Z]$"));
    QStringList out;
    if (a.name.isEmpty()) {
        out << tr("Enter what the patient is allergic to (or the contraindicated drug).");
    } else if (a.name.size() > 200) {
        out << tr("The allergen name is longer than 200 characters.");
    }
    switch (a.codeSystem) {
    case Allergy::CodeSystem::Jfagy:
        if (a.category == Allergy::Category::Medication) {
            out << tr("A drug contraindication is coded with a YJ code, not J-FAGY.");
        } else if (!jfagy.match(a.code).hasMatch()) {
            out << tr("'%1' is not a J-FAGY code (J9F or J9N followed by 9 characters, e.g. J9FA15000000).")
                       .arg(a.code);
        } else if (a.category == Allergy::Category::Food && !a.code.startsWith(QStringLiteral("J9F")) &&
                   !a.code.startsWith(QStringLiteral("D9F"))) {
            out << tr("The J-FAGY code %1 is not a food; food allergens start with J9F.").arg(a.code);
        } else if (a.category == Allergy::Category::Environment && !a.code.startsWith(QStringLiteral("J9N")) &&
                   !a.code.startsWith(QStringLiteral("D9N"))) {
            out << tr("The J-FAGY code %1 is not an environmental allergen; those start with J9N.").arg(a.code);
        }
        break;
    case Allergy::CodeSystem::Yj:
        if (a.category != Allergy::Category::Medication) {
            out << tr("A YJ code names a drug: use it for a drug contraindication (category medication).");
        } else if (!yj.match(a.code).hasMatch()) {
            out << tr("'%1' is not a YJ code (12 characters, e.g. 2325003B2029).").arg(a.code);
        }
        break;
    case Allergy::CodeSystem::Generic: {
        static const QRegularExpression generic(QStringLiteral("^GCM[0-9A-Z]{12}$"));
        if (a.category != Allergy::Category::Medication) {
            out << tr("A 一般名 code names a drug: use it for a drug contraindication (category medication).");
        } else if (!generic.match(a.code).hasMatch()) {
            out << tr("'%1' is not a 一般名 code as JP-CLINS writes it (GCM and 12 characters, e.g. GCM2171022F2ZZZ).")
                       .arg(a.code);
        }
        break;
    }
    case Allergy::CodeSystem::Ingredient: {
        static const QRegularExpression ingredient(QStringLiteral("^[0-9]{4}[0-9A-Z]{3}$"));
        if (a.category != Allergy::Category::Medication) {
            out << tr("An ingredient is recorded as a drug allergy or contraindication (category medication).");
        } else if (!ingredient.match(a.code).hasMatch()) {
            out << tr("'%1' is not an ingredient code (the first 7 characters of a YJ code, e.g. 6131001).")
                       .arg(a.code);
        }
        break;
    }
    case Allergy::CodeSystem::DrugClass:
        if (a.category != Allergy::Category::Medication) {
            out << tr("A drug class is recorded as a drug allergy or contraindication (category medication).");
        } else if (!DrugClassCatalog::find(a.code)) {
            out << tr("'%1' is not a drug class Tsumugi knows.").arg(a.code);
        }
        break;
    case Allergy::CodeSystem::None:
        if (!a.code.isEmpty()) {
            out << tr("A free-text entry has no code; choose the code system for %1.").arg(a.code);
        }
        break;
    }
    if (a.onsetDate.isValid() && a.onsetDate > today) {
        out << tr("The onset date %1 is in the future.").arg(a.onsetDate.toString(Qt::ISODate));
    }
    if (!a.recordedDate.isValid() || a.recordedDate > today) {
        out << tr("The recorded date %1 is not a date up to today.").arg(a.recordedDate.toString(Qt::ISODate));
    } else if (a.onsetDate.isValid() && a.onsetDate > a.recordedDate) {
        out << tr("The onset date is after the recorded date.");
    }
    return out;
}

Allergy AllergyRepository::write(const Allergy& a, const QString& reason, ChartChange::Kind kind) {
    auto& db = m_journal.record().db();
    const QString now = m_journal.nowForStorage();
    // A new allergy takes its id first: its sealed words carry it.
    const qint64 id = kind == ChartChange::Kind::Created ? db.reserveId("allergies") : a.id;
    int version = a.version;
    const auto bindFields = [&](Statement& st) {
        const auto cell = [id](const char* column) { return allergyCell(id, column); };
        st.bind(1, a.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active"));
        st.bind(2, allergyCategoryToString(a.category)).bind(3, allergyCodeSystemToString(a.codeSystem));
        st.bindCellOptional(4, cell("code"), a.code).bindCell(5, cell("name"), a.name);
        st.bindCellOptional(6, cell("reaction"), a.reaction).bind(7, severityToString(a.severity));
        st.bind(8, criticalityToString(a.criticality));
        st.bind(9, a.unconfirmed ? QStringLiteral("unconfirmed") : QStringLiteral("confirmed"));
        st.bindOptional(10, a.onsetText()).bind(11, a.recordedDate.toString(Qt::ISODate));
        st.bind(12, int(a.longTerm)).bindCellOptional(13, cell("comment"), a.comment);
        st.bind(14, now).bind(15, m_journal.userId());
    };
    if (kind == ChartChange::Kind::Created) {
        Statement ins(db, "INSERT INTO allergies (status, category, code_system, code, name, reaction, severity, "
                          "criticality, verification, onset_date, recorded_date, long_term, comment, updated_at, "
                          "updated_by, patient_id, visit_id, version, recorded_by, id) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?);");
        bindFields(ins);
        ins.bind(16, a.patientId);
        if (a.visitId != 0) {
            ins.bind(17, a.visitId);
        } else {
            ins.bindNull(17);
        }
        ins.bind(18, m_journal.userId()).bind(19, id).run();
        version = 1;
    } else {
        Statement upd(db, "UPDATE allergies SET status=?, category=?, code_system=?, code=?, name=?, reaction=?, "
                          "severity=?, criticality=?, verification=?, onset_date=?, recorded_date=?, long_term=?, "
                          "comment=?, updated_at=?, updated_by=?, version=version+1 WHERE id=? AND version=?;");
        bindFields(upd);
        upd.bind(16, a.id).bind(17, a.version).run();
        version = a.version + 1;
    }
    Allergy saved = a;
    saved.version = version;
    m_journal.saveVersion(QStringLiteral("allergy"), id, version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::Allergy, a.patientId, id, kind, version);
    return *find(id);
}

Allergy AllergyRepository::create(const Allergy& input) {
    m_journal.requireWrite();
    const Allergy a = cleaned(input, m_journal.today());
    ChartItemJournal::throwIfAny(problems(a, m_journal.today()));
    return m_lifecycle.create(a);
}

Allergy AllergyRepository::update(const Allergy& input, const QString& reason) {
    m_journal.requireWrite();
    const Allergy a = cleaned(input, m_journal.today());
    ChartItemJournal::throwIfAny(problems(a, m_journal.today()));
    return m_lifecycle.update(a, reason);
}

Allergy AllergyRepository::withdraw(qint64 id, const QString& reason) {
    m_journal.requireWrite();
    return m_lifecycle.withdraw(id, reason);
}

std::optional<Allergy> AllergyRepository::find(qint64 id) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE a.id = ?;");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readAllergy(st);
}

QList<Allergy> AllergyRepository::forPatient(qint64 patientId, bool includeWithdrawn) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE a.patient_id = ? AND (? = 1 OR a.status = "
                                                                "'active') ORDER BY a.category, a.id;");
    st.bind(1, patientId).bind(2, int(includeWithdrawn));
    QList<Allergy> out;
    while (st.step()) {
        out.append(readAllergy(st));
    }
    return out;
}

QList<ChartItemVersion> AllergyRepository::history(qint64 id) {
    m_journal.requireRead();
    const auto a = find(id);
    if (!a) {
        throw Error(Error::Kind::NotFound, tr("The allergy was not found."));
    }
    m_journal.viewed(QStringLiteral("allergy-history"), a->patientId, QStringLiteral("id %1").arg(id));
    return m_journal.versions(QStringLiteral("allergy"), id);
}

} // namespace tsumugi
