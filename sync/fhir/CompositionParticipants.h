#pragma once

#include "sync/fhir/FhirJson.h"

#include "core/documents/Document.h"
#include "core/record/ClinicInfo.h"

#include <QDateTime>

namespace tsumugi::fhir {

// The people and institutions of a document: JP_Organization_eCS (our clinic, the addressee) identified by the
// 医療機関番号 (http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no), and JP_Practitioner_eCS
// with the name as written.
class CompositionParticipants {
public:
    static Json clinic(const ClinicInfo& clinic, const QDateTime& lastUpdated);
    static Json addressee(const DocumentAddressee& addressee, const QDateTime& lastUpdated);
    static Json practitioner(const QString& name, const QDateTime& lastUpdated);
};

} // namespace tsumugi::fhir
