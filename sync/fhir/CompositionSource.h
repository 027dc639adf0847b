#pragma once

#include "sync/fhir/FhirJson.h"

#include "core/chart/Allergy.h"
#include "core/chart/Diagnosis.h"
#include "core/chart/LabResult.h"
#include "core/chart/Prescription.h"
#include "core/chart/Visit.h"
#include "core/documents/Document.h"
#include "core/patients/Patient.h"
#include "core/record/ClinicInfo.h"

#include <QHash>
#include <optional>

namespace tsumugi::fhir {

// Everything one referral or discharge summary bundle is made of, already read from the record (so the
// builders are plain functions of their input and testable without a record).
struct CompositionSource {
    struct File {
        DocumentAttachment attachment;
        QByteArray data;
    };

    Document document;
    Patient patient;
    ClinicInfo clinic;
    QString authorName;          // the doctor who finalised the version
    QString bundleIdentifier;    // {医療機関番号}^{year}^{id}, stable per document
    QDateTime now;               // Bundle.timestamp, meta.lastUpdated
    QHash<qint64, Visit> visits; // for the items' contained Encounters
    QList<Diagnosis> diagnoses;  // in document.diagnosisIds order
    QList<Diagnosis> admissionDiagnoses;
    QList<Allergy> allergies;
    QList<LabResult> labs;
    QList<Prescription> prescriptions;
    QList<File> files;
    // A finalised discharge summary sent with a referral: its own complete bundle and a title.
    std::optional<Json> attachedDischarge;
    QString attachedDischargeTitle;
};

} // namespace tsumugi::fhir
