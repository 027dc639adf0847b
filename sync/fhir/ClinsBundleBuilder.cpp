#include "sync/fhir/ClinsBundleBuilder.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <stdexcept>

namespace tsumugi::fhir {

ClinsBundleBuilder::ClinsBundleBuilder(const QString& resourceType, const QString& identifier,
                                       const QDateTime& timestamp, UuidSource& uuids)
    : m_resourceType(resourceType)
    , m_identifier(identifier)
    , m_timestamp(timestamp)
    , m_uuids(uuids) {}

QString ClinsBundleBuilder::setPatient(const Json& patient) {
    if (patient.value("resourceType", "") != "Patient") {
        throw std::invalid_argument("the first entry of a CLINS bundle is the Patient");
    }
    m_patient = patient;
    m_patientUrl = m_uuids.nextUrn();
    return m_patientUrl;
}

void ClinsBundleBuilder::add(Json resource) {
    if (resource.value("resourceType", "") != utf8(m_resourceType)) {
        throw std::invalid_argument("a CLINS bundle holds one resource type");
    }
    Json entry = Json::object();
    entry["fullUrl"] = utf8(m_uuids.nextUrn());
    entry["resource"] = std::move(resource);
    m_entries.push_back(std::move(entry));
}

Json ClinsBundleBuilder::build() const& {
    ClinsBundleBuilder copy = *this;
    return std::move(copy).build();
}

Json ClinsBundleBuilder::build() && {
    if (m_patientUrl.isEmpty()) {
        throw std::logic_error("setPatient() comes first");
    }
    Json b;
    b["resourceType"] = "Bundle";
    b["meta"] = {{"lastUpdated", FhirTime::instant(m_timestamp)},
                 {"profile", Json::array({profile::BundleClins})},
                 {"tag", Json::array({{{"system", uri::BundleResourceType}, {"code", utf8(m_resourceType)}}})}};
    b["language"] = "ja";
    b["identifier"] = {{"system", uri::BundleIdentifier}, {"value", utf8(m_identifier)}};
    b["type"] = "collection";
    b["timestamp"] = FhirTime::instant(m_timestamp);
    Json patientEntry = Json::object();
    patientEntry["fullUrl"] = utf8(m_patientUrl);
    patientEntry["resource"] = std::move(m_patient);
    Json entries = Json::array();
    entries.get_ref<Json::array_t&>().reserve(m_entries.size() + 1);
    entries.push_back(std::move(patientEntry));
    for (Json& e : m_entries) {
        entries.push_back(std::move(e));
    }
    m_entries = Json::array();
    b["entry"] = std::move(entries);
    return b;
}

} // namespace tsumugi::fhir
