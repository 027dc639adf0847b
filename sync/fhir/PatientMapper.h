#pragma once

#include "sync/fhir/FhirJson.h"

#include "core/patients/Patient.h"
#include "core/record/ClinicInfo.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsumugi::fhir {

// Patient ↔ JP_Patient_eCS. The first entry of every JP-CLINS bundle and document.
class PatientMapper {
    Q_DECLARE_TR_FUNCTIONS(PatientMapper)
public:
    static Json toFhir(const Patient& patient, const ClinicInfo& clinic, const QDateTime& lastUpdated);
    // Why this patient cannot be sent to the sharing service (empty when it can): the service identifies
    // patients by their insurance (rule R1012), so self-pay patients without one are not shareable.
    static QString exportProblem(const Patient& patient);

    struct Imported {
        Patient patient;
        QString sourcePatientId; // the sender's own patient number
        QStringList problems;    // what could not be read, in the user's language
    };
    // Reads what a JP_Patient_eCS carries; never throws on missing optional parts (they go to problems).
    static Imported fromFhir(const Json& resource);
};

} // namespace tsumugi::fhir
