#include "sync/fhir/EcsElements.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace tsumugi::fhir {

void EcsElements::writeInstitutionExtension(FhirWriter& w, const QString& institutionNumber) {
    w.object().field("url", uri::InstitutionNumberExt);
    w.object("valueIdentifier").field("system", uri::InstitutionNumber).field("value", institutionNumber).end();
    w.end();
}

void EcsElements::writeDepartmentExtension(FhirWriter& w, QStringView department) {
    w.object().field("url", uri::DepartmentExt);
    w.object("valueCodeableConcept").field("text", department).end();
    w.end();
}

void EcsElements::writeResourceIdentifier(FhirWriter& w, const ClinicInfo& clinic, const char* kind, qint64 id) {
    const auto write = [&w](std::string_view value) {
        w.array("identifier").object().field("system", uri::ResourceInstance).field("value", value).end().end();
    };
    // {医療機関番号}-{kind}-{id}, put together on the stack (one per resource of a bundle); a number that is not
    // plain ASCII digits (never valid, kept right all the same) the long way.
    const QString& number = clinic.institutionNumber;
    const std::size_t kindSize = std::strlen(kind);
    char buf[96];
    const bool ascii = std::all_of(number.begin(), number.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii || std::size_t(number.size()) + kindSize + 24 > sizeof buf) {
        write(number.toStdString() + "-" + kind + "-" + std::to_string(id));
        return;
    }
    char* o = std::transform(number.begin(), number.end(), buf, [](QChar c) { return char(c.unicode()); });
    *o++ = '-';
    o = std::copy_n(kind, kindSize, o);
    *o++ = '-';
    o = std::to_chars(o, buf + sizeof buf, id).ptr;
    write(std::string_view(buf, std::size_t(o - buf)));
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

void EcsElements::beginMeta(FhirWriter& w, const EcsContext& context, const char* profile) {
    w.object("meta");
    if (!context.lastUpdatedText.empty()) {
        w.field("lastUpdated", context.lastUpdatedText);
    } else {
        w.field("lastUpdated", FhirTime::instant(context.lastUpdated));
    }
    w.array("profile").item(profile).end();
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
