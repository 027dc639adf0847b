#pragma once

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/FhirWriter.h"
#include "sync/fhir/UuidSource.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsumugi::fhir {

// Writes one JP_Bundle_CLINS (type collection) as it goes: the Patient first, then resources of ONE type that
// refer to the Patient by its urn:uuid. The exporter's mappers write each resource straight into the bundle
// (beginEntry / endEntry), so a 300-result bundle is text from the start, never a tree.
class ClinsBundleBuilder {
public:
    // Writes the bundle's own elements (meta, identifier, type, timestamp).
    ClinsBundleBuilder(const QString& resourceType, const QString& identifier, const QDateTime& timestamp,
                       UuidSource& uuids);

    // Writes the Patient entry; returns the reference ("urn:uuid:…") other resources use as subject/patient.
    // Comes first, once (std::logic_error otherwise; std::invalid_argument for a resource that is no Patient).
    QString setPatient(const Json& patient);
    QString patientReference() const { return m_patientUrl; }
    // Adds one resource; it must be of the bundle's resource type (std::invalid_argument otherwise).
    void add(const Json& resource);
    // Opens an entry and returns the writer, where the caller writes the resource (as an element: a mapper's
    // write()); endEntry() closes it and checks it is of the bundle's resource type.
    FhirWriter& beginEntry();
    void endEntry();
    int entries() const { return m_entries; }
    // Room for the bundle's text, when the caller can tell its size (saves regrowing a large bundle).
    void reserve(std::size_t bytes) { m_writer.reserve(bytes); }
    // The bundle's bytes: compact UTF-8, newline-terminated (what is sent and written to files). Once.
    QByteArray finish();
    // The bundle as JSON (tests and tools; parses finish()).
    Json build();

private:
    std::string m_resourceType;
    std::string m_entryOpening; // {"resourceType":"Observation" — how each entry's resource must begin
    UuidSource& m_uuids;
    QString m_patientUrl;
    FhirWriter m_writer;
    std::size_t m_entryStart = 0;
    int m_entries = 0;
    bool m_finished = false;
};

} // namespace tsumugi::fhir
