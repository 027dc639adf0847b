#include "sync/fhir/CompositionParticipants.h"

#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/EcsElements.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

namespace {
Json organization(const QString& number, const QString& name, const QString& department, const QString& address,
                  const QString& phone, const QDateTime& lastUpdated) {
    Json o;
    o["resourceType"] = "Organization";
    o["meta"] = {{"lastUpdated", FhirTime::instant(lastUpdated)},
                 {"profile", Json::array({profile::versioned(docprofile::Organization)})}};
    o["language"] = "ja";
    if (!department.trimmed().isEmpty()) {
        o["extension"] = Json::array({EcsElements::departmentExtension(department.trimmed())});
    }
    o["identifier"] = Json::array({{{"system", uri::InstitutionNumber}, {"value", utf8(number)}}});
    o["type"] = Json::array({{{"coding", Json::array({{{"system", docuri::OrganizationType}, {"code", "prov"}}})}}});
    o["name"] = utf8(name.trimmed());
    if (!phone.trimmed().isEmpty()) {
        o["telecom"] = Json::array({{{"system", "phone"}, {"value", utf8(phone.trimmed())}}});
    }
    if (!address.trimmed().isEmpty()) {
        o["address"] = Json::array({{{"text", utf8(address.trimmed())}, {"country", "JP"}}});
    }
    return o;
}
} // namespace

Json CompositionParticipants::clinic(const ClinicInfo& clinic, const QDateTime& lastUpdated) {
    return organization(clinic.institutionNumber, clinic.name, {}, clinic.address, clinic.phone, lastUpdated);
}

Json CompositionParticipants::addressee(const DocumentAddressee& a, const QDateTime& lastUpdated) {
    return organization(a.institutionNumber, a.institutionName, a.department, {}, {}, lastUpdated);
}

Json CompositionParticipants::practitioner(const QString& name, const QDateTime& lastUpdated) {
    Json p;
    p["resourceType"] = "Practitioner";
    p["meta"] = {{"lastUpdated", FhirTime::instant(lastUpdated)},
                 {"profile", Json::array({profile::versioned(docprofile::Practitioner)})}};
    p["language"] = "ja";
    Json n;
    n["extension"] = Json::array({{{"url", uri::NameRepresentation}, {"valueCode", "IDE"}}});
    n["use"] = "official";
    const QString text = name.simplified();
    // Only the name as written: a display name ("佐藤 医師") cannot be split into family and given names safely.
    n["text"] = utf8(text);
    p["name"] = Json::array({std::move(n)});
    return p;
}

} // namespace tsumugi::fhir
