#pragma once

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/ImportNotes.h"

#include "core/documents/Document.h"

#include <QCoreApplication>

namespace tsumugi::fhir {

// A received JP_MedicationRequest_eCS (a referral's 現在の処方, a discharge summary's 退院時処方) → one medication
// line of the received document: the drug as coded (YJ, 一般名 or none), the daily dose, the usage as written
// with its JAMI code, the days and the start of the period of use. Codings and elements not understood become
// notes (the letter keeps its raw JSON); a MedicationRequest without a drug name or code is an error naming path.
class MedicationRequestReader {
    Q_DECLARE_TR_FUNCTIONS(MedicationRequestReader)
public:
    static MedicationLine read(const Json& resource, const QString& path, ImportNotes& notes);
};

} // namespace tsumugi::fhir
