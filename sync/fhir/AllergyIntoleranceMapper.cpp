#include "sync/fhir/AllergyIntoleranceMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <utility>

namespace tsumugi::fhir {

namespace {
Json codeable(const char* system, const char* code) {
    Json c;
    c["system"] = system;
    c["code"] = code;
    Json cc;
    cc["coding"] = Json::array({c});
    return cc;
}

// The code the guide wants in code.coding (JP_AllergyIntolerance_eCS.code): J-FAGY for foods and other
// allergens, YJ under the YCM medication system for drugs (a received 一般名 "GCM…" code under GCM), and for free text the J-FAGY dummy code of the
// category (D9F food, D9N non-food non-medicine, D9M medicine) with the text in code.text.
Json allergenCoding(const Allergy& a) {
    const bool medication = a.category == Allergy::Category::Medication;
    QString code = a.code;
    QString display = a.name;
    if (a.codeSystem == Allergy::CodeSystem::None || code.isEmpty()) {
        code = medication                              ? QStringLiteral("D9M000000000")
               : a.category == Allergy::Category::Food ? QStringLiteral("D9F000000000")
                                                       : QStringLiteral("D9N000000000");
        display = medication                              ? QStringLiteral("医薬品ダミーコード")
                  : a.category == Allergy::Category::Food ? QStringLiteral("食品ダミーコード")
                                                          : QStringLiteral("非食品・非医薬品ダミーコード");
    }
    const bool food = code.startsWith(QStringLiteral("J9F")) || code.startsWith(QStringLiteral("D9F"));
    const char* medicationSystem =
        code.startsWith(QStringLiteral("GCM")) ? uri::JfagyMedicationGeneric : uri::JfagyMedicationYj;
    const char* system = medication ? medicationSystem : food ? uri::JfagyFood : uri::JfagyNonFood;
    return {{"system", system}, {"code", utf8(code)}, {"display", utf8(display)}};
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

Json AllergyIntoleranceMapper::toFhir(const Allergy& a, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, a.visitId);
    Json r;
    r["resourceType"] = "AllergyIntolerance";
    Json meta = {{"lastUpdated", FhirTime::instant(context.lastUpdated)},
                 {"profile", Json::array({profile::AllergyIntolerance})}};
    if (a.longTerm) {
        meta["tag"] = Json::array({EcsElements::tag("LTS", "長期保存")});
    }
    r["meta"] = std::move(meta);
    r["language"] = "ja";
    // The Encounter is optional for allergies (no R9013 rule); sent when the item was recorded at a visit.
    if (visit) {
        r["contained"] = Json::array({EcsElements::containedEncounter(visit)});
    }
    Json ext = Json::array({EcsElements::institutionExtension(context.clinic)});
    if (visit && !visit->department.trimmed().isEmpty()) {
        ext.push_back(EcsElements::departmentExtension(visit->department.trimmed()));
    }
    r["extension"] = std::move(ext);
    r["identifier"] = EcsElements::resourceIdentifier(context.clinic, "AllergyIntolerance", a.id);
    r["clinicalStatus"] = codeable(uri::AllergyClinical, "active");
    r["verificationStatus"] = codeable(uri::AllergyVerification, a.unconfirmed ? "unconfirmed" : "confirmed");
    if (const char* category = categoryOf(a.category)) {
        r["category"] = Json::array({category});
    }
    r["criticality"] = criticalityOf(a.criticality);
    r["code"] = {{"coding", Json::array({allergenCoding(a)})}, {"text", utf8(a.name.trimmed())}};
    r["patient"] = {{"reference", utf8(context.patientReference)}};
    if (visit) {
        r["encounter"] = {{"reference", "#encounter"}};
    }
    if (a.onsetDate.isValid()) {
        r["onsetDateTime"] = FhirTime::date(a.onsetDate);
    }
    if (a.recordedDate.isValid()) {
        r["recordedDate"] = FhirTime::date(a.recordedDate);
    }
    if (!a.comment.trimmed().isEmpty()) {
        r["note"] = Json::array({{{"text", utf8(a.comment.trimmed())}}});
    }
    if (!a.reaction.trimmed().isEmpty()) {
        Json reaction;
        reaction["manifestation"] = Json::array({{{"text", utf8(a.reaction.trimmed())}}});
        if (const char* severity = severityOf(a.severity)) {
            reaction["severity"] = severity;
        }
        r["reaction"] = Json::array({std::move(reaction)});
    }
    return r;
}

} // namespace tsumugi::fhir
