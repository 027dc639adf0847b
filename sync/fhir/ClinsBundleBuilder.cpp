#include "sync/fhir/ClinsBundleBuilder.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <stdexcept>

namespace tsumugi::fhir {

ClinsBundleBuilder::ClinsBundleBuilder(const QString& resourceType, const QString& identifier,
                                       const QDateTime& timestamp, UuidSource& uuids)
    : m_resourceType(resourceType.toStdString())
    , m_entryOpening("{\"resourceType\":\"" + m_resourceType + "\"")
    , m_uuids(uuids) {
    const std::string time = FhirTime::instant(timestamp);
    FhirWriter& w = m_writer;
    w.object().field("resourceType", "Bundle");
    w.object("meta").field("lastUpdated", time).array("profile").item(profile::versioned(profile::BundleClins)).end();
    w.array("tag").object().field("system", uri::BundleResourceType).field("code", m_resourceType).end().end();
    w.end();
    w.field("language", "ja");
    w.object("identifier").field("system", uri::BundleIdentifier).field("value", identifier).end();
    w.field("type", "collection").field("timestamp", time);
    w.array("entry");
}

QString ClinsBundleBuilder::setPatient(const Json& patient) {
    if (patient.value("resourceType", "") != "Patient") {
        throw std::invalid_argument("the first entry of a CLINS bundle is the Patient");
    }
    if (!m_patientUrl.isEmpty() || m_finished) {
        throw std::logic_error("the Patient is the first entry of a CLINS bundle, and only one");
    }
    m_patientUrl = m_uuids.nextUrn();
    m_writer.object().field("fullUrl", m_patientUrl).raw("resource", patient.dump()).end();
    return m_patientUrl;
}

void ClinsBundleBuilder::add(const Json& resource) {
    if (resource.value("resourceType", "") != m_resourceType) {
        throw std::invalid_argument("a CLINS bundle holds one resource type");
    }
    beginEntry().rawItem(resource.dump());
    endEntry();
}

FhirWriter& ClinsBundleBuilder::beginEntry() {
    if (m_patientUrl.isEmpty() || m_finished) {
        throw std::logic_error("setPatient() comes first, finish() last");
    }
    m_writer.object().field("fullUrl", m_uuids.nextUrn()).key("resource");
    m_entryStart = m_writer.text().size();
    return m_writer;
}

void ClinsBundleBuilder::endEntry() {
    // The resource as written must open with its type.
    if (m_writer.text().compare(m_entryStart, m_entryOpening.size(), m_entryOpening) != 0) {
        throw std::invalid_argument("a CLINS bundle holds one resource type");
    }
    m_writer.end();
    ++m_entries;
}

QByteArray ClinsBundleBuilder::finish() {
    if (m_patientUrl.isEmpty() || m_finished) {
        throw std::logic_error("setPatient() comes first, finish() once");
    }
    m_finished = true;
    m_writer.end().end();
    std::string text = m_writer.take();
    text += '\n';
    return QByteArray::fromStdString(text);
}

Json ClinsBundleBuilder::build() {
    const QByteArray bytes = finish();
    return Json::parse(bytes.constBegin(), bytes.constEnd());
}

} // namespace tsumugi::fhir
