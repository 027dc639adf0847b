#include "sync/fhir/AllergyIntoleranceReader.h"

#include "sync/fhir/FhirProfiles.h"

namespace tsumugi::fhir {

namespace {
// The J-FAGY medication system as the guide writes it; some senders use the GCM (generic name) variant.
bool isMedicationSystem(const QString& system) {
    return system == QLatin1String(uri::JfagyMedicationYj) ||
           (system.startsWith(QStringLiteral("http://jpfhir.jp/fhir/core/CodeSystem/")) &&
            system.endsWith(QStringLiteral("/JP_JfagyMedicationAllergen_CS")));
}
} // namespace

Allergy AllergyIntoleranceReader::read(const Json& r, const QString& path, ImportNotes& notes) {
    Allergy a;
    a.category = Allergy::Category::Other;
    if (const Json* categories = EcsReader::array(r, "category", path)) {
        if (!categories->empty()) {
            const Json& c = categories->front();
            const std::string category = c.is_string() ? c.get<std::string>() : std::string();
            if (category == "food") {
                a.category = Allergy::Category::Food;
            } else if (category == "environment") {
                a.category = Allergy::Category::Environment;
            } else if (category == "medication") {
                a.category = Allergy::Category::Medication;
            } else {
                notes.unknownCode(QStringLiteral("AllergyIntolerance.category"), {}, QString::fromStdString(category));
            }
        }
    }
    const Json* code = EcsReader::object(r, "code", path);
    if (!code) {
        EcsReader::fail(path + QStringLiteral(".code"), tr("is required (the allergen or drug and its code)."));
    }
    QString firstDisplay;
    for (const auto& c : EcsReader::codings(*code, path + QStringLiteral(".code"))) {
        if (firstDisplay.isEmpty()) {
            firstDisplay = c.display;
        }
        if (!a.code.isEmpty()) {
            continue;
        }
        const bool dummy = c.code.startsWith(QStringLiteral("D9"));
        if (c.system == QLatin1String(uri::JfagyFood) || c.system == QLatin1String(uri::JfagyNonFood)) {
            if (!dummy) {
                a.codeSystem = Allergy::CodeSystem::Jfagy;
                a.code = c.code;
            }
        } else if (isMedicationSystem(c.system)) {
            if (!dummy) {
                // The system says which drug code it is: YCM (YJ) or GCM (一般名コード, written "GCM…").
                const bool generic =
                    c.system.contains(QStringLiteral("/GCM/")) || c.code.startsWith(QStringLiteral("GCM"));
                a.codeSystem = generic ? Allergy::CodeSystem::Generic : Allergy::CodeSystem::Yj;
                a.code = c.code;
            }
            if (a.category == Allergy::Category::Other) {
                a.category = Allergy::Category::Medication;
            }
        } else {
            notes.unknownCode(QStringLiteral("AllergyIntolerance.code"), c.system, c.code);
        }
    }
    a.name = EcsReader::string(*code, "text", path + QStringLiteral(".code")).trimmed();
    if (a.name.isEmpty()) {
        a.name = firstDisplay.trimmed();
    }
    if (a.name.isEmpty()) {
        EcsReader::fail(path + QStringLiteral(".code.text"), tr("is required: the allergen or drug name."));
    }
    const QString criticality = EcsReader::string(r, "criticality", path);
    a.criticality = criticality == QStringLiteral("low")    ? Allergy::Criticality::Low
                    : criticality == QStringLiteral("high") ? Allergy::Criticality::High
                                                            : Allergy::Criticality::UnableToAssess;
    const QString verification = EcsReader::firstCode(r, "verificationStatus", path);
    a.unconfirmed = verification == QStringLiteral("unconfirmed");
    const QString clinical = EcsReader::firstCode(r, "clinicalStatus", path);
    if (!clinical.isEmpty() && clinical != QStringLiteral("active")) {
        notes.add(tr("AllergyIntolerance.clinicalStatus %1: kept as received; check it in the chart.").arg(clinical));
    }
    if (const Json* reactions = EcsReader::array(r, "reaction", path)) {
        if (!reactions->empty() && reactions->front().is_object()) {
            const Json& reaction = reactions->front();
            const QString p = path + QStringLiteral(".reaction[0]");
            QStringList manifestations;
            if (const Json* list = EcsReader::array(reaction, "manifestation", p)) {
                for (const Json& m : *list) {
                    QString text =
                        m.is_object() ? EcsReader::string(m, "text", p + QStringLiteral(".manifestation")) : QString();
                    if (text.isEmpty() && m.is_object()) {
                        const auto list2 = EcsReader::codings(m, p + QStringLiteral(".manifestation"));
                        text = list2.isEmpty() ? QString() : list2.first().display;
                    }
                    if (!text.isEmpty()) {
                        manifestations << text;
                    }
                }
            }
            a.reaction = manifestations.join(QStringLiteral("、"));
            const QString severity = EcsReader::string(reaction, "severity", p);
            a.severity = severity == QStringLiteral("mild")       ? Allergy::Severity::Mild
                         : severity == QStringLiteral("moderate") ? Allergy::Severity::Moderate
                         : severity == QStringLiteral("severe")   ? Allergy::Severity::Severe
                                                                  : Allergy::Severity::Unknown;
            if (reactions->size() > 1) {
                notes.add(tr("AllergyIntolerance.reaction: only the first reaction is shown; all are kept in the "
                             "raw JSON."));
            }
        }
    }
    a.onsetDate = EcsReader::date(EcsReader::string(r, "onsetDateTime", path), path + QStringLiteral(".onsetDateTime"),
                                  notes, &a.onsetPrecision);
    a.recordedDate =
        EcsReader::date(EcsReader::string(r, "recordedDate", path), path + QStringLiteral(".recordedDate"), notes);
    a.longTerm = EcsReader::hasTag(r, "LTS");
    a.comment = EcsReader::notes(r, path);
    EcsReader::noteElementsNotRead(r, "AllergyIntolerance",
                                   {"contained", "extension", "identifier", "clinicalStatus", "verificationStatus",
                                    "category", "criticality", "code", "patient", "encounter", "onsetDateTime",
                                    "recordedDate", "note", "reaction"},
                                   notes);
    return a;
}

} // namespace tsumugi::fhir
