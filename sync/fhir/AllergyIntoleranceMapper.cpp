#include "sync/fhir/AllergyIntoleranceMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <utility>

namespace tsumugi::fhir {

namespace {
// The code the guide wants in code.coding (JP_AllergyIntolerance_eCS.code): J-FAGY for foods and other
// allergens, YJ under the YCM medication system for drugs (a received 一般名 "GCM…" code under GCM), and for free text
// the J-FAGY dummy code of the category (D9F food, D9N non-food non-medicine, D9M medicine) with the text in code.text.
// An ingredient or a drug class has no code system in the guide (YCM and GCM name products and 一般名処方 wordings):
// it goes as the medicine dummy code with its name in code.text, the form the guide gives for an uncoded drug.
void writeAllergenCoding(FhirWriter& w, const Allergy& a) {
    const bool medication = a.category == Allergy::Category::Medication;
    QString code = a.code;
    QString display = a.name;
    if (a.codeSystem == Allergy::CodeSystem::None || a.codeSystem == Allergy::CodeSystem::Ingredient ||
        a.codeSystem == Allergy::CodeSystem::DrugClass || code.isEmpty()) {
        code = medication                              ? QStringLiteral("D9M000000000")
               : a.category == Allergy::Category::Food ? QStringLiteral("D9F000000000")
                                                       : QStringLiteral("D9N000000000");
        display = medication                              ? QStringLiteral("医薬品ダミーコード")
                  : a.category == Allergy::Category::Food ? QStringLiteral("食品ダミーコード")
                                                          : QStringLiteral("非食品・非医薬品ダミーコード");
    }
    const bool food = code.startsWith(QStringLiteral("J9F")) || code.startsWith(QStringLiteral("D9F"));
    const char* medicationSystem =
        a.codeSystem == Allergy::CodeSystem::Generic || code.startsWith(QStringLiteral("GCM"))
            ? uri::JfagyMedicationGeneric
            : uri::JfagyMedicationYj;
    const char* system = medication ? medicationSystem : food ? uri::JfagyFood : uri::JfagyNonFood;
    w.object().field("system", system).field("code", code).field("display", display).end();
}

const char* categoryOf(Allergy::Category c) {
    switch (c) {
    case Allergy::Category::Food:
        return "food";
    case Allergy::Category::Environment:
        return "environment";
    case Allergy::Category::Medication:
        return "medication";
    case Allergy::Category::Other:
        return nullptr; // no category = その他アレルギー等 (biologic is refused by the service)
    }
    return nullptr;
}

const char* criticalityOf(Allergy::Criticality c) {
    switch (c) {
    case Allergy::Criticality::Low:
        return "low";
    case Allergy::Criticality::High:
        return "high";
    case Allergy::Criticality::UnableToAssess:
        return "unable-to-assess";
    }
    return "unable-to-assess";
}

const char* severityOf(Allergy::Severity s) {
    switch (s) {
    case Allergy::Severity::Mild:
        return "mild";
    case Allergy::Severity::Moderate:
        return "moderate";
    case Allergy::Severity::Severe:
        return "severe";
    case Allergy::Severity::Unknown:
        return nullptr;
    }
    return nullptr;
}
} // namespace

bool AllergyIntoleranceMapper::isReportable(const Allergy& a) {
    // "No known allergies" is a statement about the patient, never sent as an allergy.
    if (a.isNoKnownAllergies()) {
        return false;
    }
    return !a.withdrawn && a.sourceInstitution.isEmpty() && !a.name.trimmed().isEmpty();
}

void AllergyIntoleranceMapper::write(FhirWriter& w, const Allergy& a, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, a.visitId);
    w.object().field("resourceType", "AllergyIntolerance");
    EcsElements::beginMeta(w, context, profile::AllergyIntolerance);
    if (a.longTerm) {
        w.array("tag");
        EcsElements::writeTag(w, "LTS", "長期保存");
        w.end();
    }
    w.end().field("language", "ja");
    // The Encounter is optional for allergies (no R9013 rule); sent when the item was recorded at a visit.
    if (visit) {
        w.array("contained");
        EcsElements::writeContainedEncounter(w, visit);
        w.end();
    }
    w.array("extension");
    EcsElements::writeInstitutionExtension(w, context.recordingInstitution());
    if (visit && !visit->department.trimmed().isEmpty()) {
        EcsElements::writeDepartmentExtension(w, QStringView(visit->department).trimmed());
    }
    w.end();
    EcsElements::writeResourceIdentifier(w, context.clinic, "AllergyIntolerance", a.id);
    EcsElements::writeCodeableConcept(w, "clinicalStatus", uri::AllergyClinical, "active", "Active");
    EcsElements::writeCodeableConcept(w, "verificationStatus", uri::AllergyVerification,
                                      a.unconfirmed ? "unconfirmed" : "confirmed",
                                      a.unconfirmed ? "Unconfirmed" : "Confirmed");
    w.array("category").item(categoryOf(a.category)).end();
    w.field("criticality", criticalityOf(a.criticality));
    w.object("code").array("coding");
    writeAllergenCoding(w, a);
    w.end().field("text", QStringView(a.name).trimmed()).end();
    w.object("patient").field("reference", context.patientReference).end();
    if (visit) {
        w.object("encounter").field("reference", "#encounter").end();
    }
    if (a.onsetDate.isValid()) {
        w.field("onsetDateTime", a.onsetText());
    }
    if (a.recordedDate.isValid()) {
        w.field("recordedDate", FhirTime::date(a.recordedDate));
    }
    w.array("note").object().field("text", QStringView(a.comment).trimmed()).end().end();
    if (!a.reaction.trimmed().isEmpty()) {
        w.array("reaction")
            .object()
            .array("manifestation")
            .object()
            .field("text", QStringView(a.reaction).trimmed())
            .end()
            .end();
        w.field("severity", severityOf(a.severity)).end().end();
    }
    w.end();
}

Json AllergyIntoleranceMapper::toFhir(const Allergy& a, const EcsContext& context) {
    FhirWriter w;
    write(w, a, context);
    return Json::parse(w.take());
}

} // namespace tsumugi::fhir
