#include "sync/fhir/EcsElements.h"

#include "sync/fhir/FhirProfiles.h"

namespace tsumugi::fhir {

Json EcsElements::institutionExtension(const ClinicInfo& clinic) {
    return {{"url", uri::InstitutionNumberExt},
            {"valueIdentifier", {{"system", uri::InstitutionNumber}, {"value", utf8(clinic.institutionNumber)}}}};
}

Json EcsElements::departmentExtension(const QString& department) {
    return {{"url", uri::DepartmentExt}, {"valueCodeableConcept", {{"text", utf8(department)}}}};
}

Json EcsElements::resourceIdentifier(const ClinicInfo& clinic, const char* kind, qint64 id) {
    return Json::array({{{"system", uri::ResourceInstance},
                         {"value", utf8(clinic.institutionNumber) + "-" + kind + "-" + std::to_string(id)}}});
}

Json EcsElements::tag(const char* code, const char* display) {
    return {{"system", uri::Indication}, {"code", code}, {"display", display}};
}

Json EcsElements::containedEncounter(const Visit* visit) {
    // Without a visit the item was entered outside an encounter; a clinic's default is outpatient (AMB).
    const bool inpatient = visit && visit->encounterClass == Visit::EncounterClass::Inpatient;
    Json e;
    e["resourceType"] = "Encounter";
    e["id"] = "encounter";
    e["meta"] = {{"profile", Json::array({profile::Encounter})}};
    if (visit) {
        e["identifier"] = Json::array({{{"system", uri::ResourceInstance}, {"value", std::to_string(visit->id)}}});
    }
    e["status"] = "finished";
    e["class"] = {
        {"system", uri::ActCode}, {"code", inpatient ? "IMP" : "AMB"}, {"display", inpatient ? "入院" : "外来"}};
    return e;
}

QString EcsElements::departmentOf(const QString& own, const Visit* visit) {
    if (!own.trimmed().isEmpty()) {
        return own.trimmed();
    }
    if (visit && !visit->department.trimmed().isEmpty()) {
        return visit->department.trimmed();
    }
    // Required by R9014C/O but unknown: say so rather than invent a department.
    return QStringLiteral("不明");
}

const Visit* EcsElements::visitOf(const EcsContext& context, qint64 visitId) {
    const auto it = context.visits.constFind(visitId);
    return it == context.visits.constEnd() ? nullptr : &*it;
}

} // namespace tsumugi::fhir
