#pragma once

#include "sync/fhir/CompositionSource.h"
#include "sync/fhir/EcsElements.h"
#include "sync/fhir/UuidSource.h"

namespace tsumugi::fhir {

// The parts both documents share: a JP-CLINS document bundle (type document, Composition first, Patient second,
// then every referenced resource once, each under a urn:uuid from the seeded source), the Composition's common
// elements, and the chart items mapped with the eCS mappers.
class CompositionBundleAssembler {
public:
    CompositionBundleAssembler(const CompositionSource& source, UuidSource& uuids);

    // Reserved first so that the Composition is the first entry; the Patient second.
    QString compositionUrl() const { return m_compositionUrl; }
    QString patientUrl() const { return m_patientUrl; }
    const EcsContext& context() const { return m_context; }

    // Adds a resource; returns its fullUrl.
    QString add(Json resource);
    // Chart items → entries (JP_Condition_eCS, JP_AllergyIntolerance_eCS, JP_Observation_LabResult_eCS); returns
    // the section entry references.
    Json addConditions(const QList<Diagnosis>& diagnoses, const char* display);
    Json addAllergies(const QList<Allergy>& allergies);
    Json addLabs(const QList<LabResult>& labs);
    // Prescriptions and free lines of the document as JP_MedicationRequest_eCS.
    Json addMedications(bool discharge);

    // Composition elements common to both: meta, language, version extension, identifier, status final, type,
    // category, subject, date, author (practitioner + organization), custodian, title.
    Json composition(const char* compositionProfile, const char* typeCode, const char* title, const char* category,
                     const char* categoryDisplay, const QString& authorPractitionerUrl,
                     const QString& organizationUrl) const;
    Json build(const char* bundleProfile, Json composition);

    // Narrative lines for sections.
    static QString conditionLines(const QList<Diagnosis>& diagnoses);
    static QString allergyLines(const QList<Allergy>& allergies);
    static QString labLines(const QList<LabResult>& labs);
    QString medicationLines() const;

private:
    const CompositionSource& m_source;
    UuidSource& m_uuids;
    EcsContext m_context;
    QString m_compositionUrl;
    QString m_patientUrl;
    Json m_entries = Json::array();
    QHash<qint64, QString> m_conditionUrls;
};

} // namespace tsumugi::fhir
