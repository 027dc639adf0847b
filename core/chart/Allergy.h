#pragma once

#include "core/util/PartialDate.h"
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tsumugi {

// An allergy (food, environment, other; J-FAGY coded or free text) or a drug contraindication (薬剤禁忌,
// category Medication, YJ coded or free text): JP_AllergyIntolerance_eCS.
struct Allergy {
    enum class Category { Food, Environment, Other, Medication };
    // A drug allergy or contraindication at the level the doctor means it. Yj: one product by its YJ code
    // (JP-CLINS system YCM); Generic: one 一般名 by its 一般名コード, written "GCM" + the code as JP-CLINS carries
    // it (system GCM); Ingredient: an ingredient wherever it appears, code = the YJ code's first 7 characters of one
    // drug holding it, name = the ingredient; DrugClass: a class of DrugClassCatalog, code = its id.
    enum class CodeSystem { Jfagy, Yj, Generic, Ingredient, DrugClass, None };
    enum class Severity { Mild, Moderate, Severe, Unknown };
    enum class Criticality { Low, High, UnableToAssess };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 visitId = 0;
    int version = 0;
    bool withdrawn = false;
    Category category = Category::Food;
    CodeSystem codeSystem = CodeSystem::None;
    QString code;
    QString name;
    QString reaction;
    Severity severity = Severity::Unknown;
    Criticality criticality = Criticality::UnableToAssess;
    bool unconfirmed = false; // verificationStatus
    QDate onsetDate;
    PartialDate::Precision onsetPrecision = PartialDate::Precision::Day; // a received onset may be a year or month
    QString onsetText() const { return PartialDate::toIso(onsetDate, onsetPrecision); }
    QDate recordedDate; // empty on input = today
    bool longTerm = false;
    QString comment;
    QString sourceInstitution;
    QString recordedBy;
    QDateTime updatedAt;
    QString updatedBy;

    bool isContraindication() const { return category == Category::Medication; }

    // "No known allergies" (確認済みでアレルギーなし) is recorded as an 'other' entry with this comment until
    // the JP-CLINS form for it is modelled; it is a statement about the patient, not an allergy, so the
    // banner shows it as "none" and an export must not send it as an allergy.
    static inline const QString NoKnownAllergiesMarker = QStringLiteral("tsumugi:no-known-allergies");
    bool isNoKnownAllergies() const { return category == Category::Other && comment == NoKnownAllergiesMarker; }
};

QString allergyCategoryToString(Allergy::Category c);
std::optional<Allergy::Category> allergyCategoryFromString(const QString& text);
QString allergyCodeSystemToString(Allergy::CodeSystem c);
std::optional<Allergy::CodeSystem> allergyCodeSystemFromString(const QString& text);
QString severityToString(Allergy::Severity s);
std::optional<Allergy::Severity> severityFromString(const QString& text);
QString criticalityToString(Allergy::Criticality c);
std::optional<Allergy::Criticality> criticalityFromString(const QString& text);

} // namespace tsumugi
