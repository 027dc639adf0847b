#include "sync/fhir/EcsElements.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

std::string EcsContext::lastUpdatedInstant() const {
    return lastUpdatedText.empty() ? FhirTime::instant(lastUpdated) : lastUpdatedText;
}

void EcsElements::writeInstitutionExtension(FhirWriter& w, const QString& institutionNumber) {
    w.object().field("url", uri::InstitutionNumberExt);
    w.object("valueIdentifier").field("system", uri::InstitutionNumber).field("value", institutionNumber).end();
    w.end();
}

void EcsElements::writeDepartmentExtension(FhirWriter& w, const QString& department) {
    w.object().field("url", uri::DepartmentExt);
    w.object("valueCodeableConcept").field("text", department).end();
    w.end();
}

void EcsElements::writeResourceIdentifier(FhirWriter& w, const ClinicInfo& clinic, const char* kind, qint64 id) {
    const std::string value = clinic.institutionNumber.toStdString() + "-" + kind + "-" + std::to_string(id);
    w.array("identifier").object().field("system", uri::ResourceInstance).field("value", value).end().end();
}

void EcsElements::writeTag(FhirWriter& w, const char* code, const char* display) {
    w.object().field("system", uri::Indication).field("code", code).field("display", display).end();
}

void EcsElements::writeContainedEncounter(FhirWriter& w, const Visit* visit) {
    // Without a visit the item was entered outside an encounter; a clinic's default is outpatient (AMB).
    const bool inpatient = visit && visit->encounterClass == Visit::EncounterClass::Inpatient;
    w.object().field("resourceType", "Encounter").field("id", "encounter");
    w.object("meta").array("profile").item(profile::Encounter).end().end();
    if (visit) {
        w.array("identifier").object().field("system", uri::ResourceInstance);
        w.field("value", std::to_string(visit->id)).end().end();
    }
    w.field("status", "finished");
    w.object("class").field("system", uri::ActCode).field("code", inpatient ? "IMP" : "AMB");
    w.field("display", inpatient ? "入院" : "外来").end();
    w.end();
}

void EcsElements::writeCodeableConcept(FhirWriter& w, const char* key, const char* system, const char* code,
                                       const char* display) {
    w.object(key).array("coding").object().field("system", system).field("code", code).field("display", display);
    w.end().end().end();
}

void EcsElements::beginMeta(FhirWriter& w, const std::string& lastUpdated, const char* profile) {
    w.object("meta").field("lastUpdated", lastUpdated).array("profile").item(profile).end();
}

Json EcsElements::institutionExtension(const ClinicInfo& clinic) {
    FhirWriter w;
    writeInstitutionExtension(w, clinic.institutionNumber);
    return Json::parse(w.take());
}

Json EcsElements::departmentExtension(const QString& department) {
    FhirWriter w;
    writeDepartmentExtension(w, department);
    return Json::parse(w.take());
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
