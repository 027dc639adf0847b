#pragma once

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/UuidSource.h"

#include <QDateTime>
#include <QString>

namespace tsumugi::fhir {

// Assembles one JP_Bundle_CLINS (type collection): the Patient first, then resources of ONE type that refer
// to the Patient by its urn:uuid. The item mappers ask patientReference() for their subject.
class ClinsBundleBuilder {
public:
    ClinsBundleBuilder(const QString& resourceType, const QString& identifier, const QDateTime& timestamp,
                       UuidSource& uuids);

    // Sets the Patient entry; returns the reference ("urn:uuid:…") other resources use as subject/patient.
    QString setPatient(const Json& patient);
    QString patientReference() const { return m_patientUrl; }
    // Adds one resource; it must be of the bundle's resource type (std::invalid_argument otherwise).
    // Taken by value: callers hand over freshly mapped resources, which are moved, not copied.
    void add(Json resource);
    // The bundle; a copy, so the builder can build again.
    Json build() const&;
    // The bundle, moving the entries out (a 300-result lab bundle is not copied twice).
    Json build() &&;

private:
    QString m_resourceType;
    QString m_identifier;
    QDateTime m_timestamp;
    UuidSource& m_uuids;
    QString m_patientUrl;
    Json m_patient;
    Json m_entries = Json::array();
};

} // namespace tsumugi::fhir
