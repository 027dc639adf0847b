#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/chart/Diagnosis.h"

#include <optional>

namespace tsumugi::fhir {

// Diagnosis → JP_Condition_eCS (傷病名). 主病名 = DiagnosisType principal, 疑い = verificationStatus unconfirmed,
// flags LTS / UNINFORMED / UNDELIVERED as meta.tag, contained JP_Encounter and department (R9013C, R9014C).
class ConditionMapper {
public:
    // Whether the item belongs in the snapshot (MISSION §2): ours (no source institution), not withdrawn, with an
    // onset date (R9013C), and not ended or ended within 5 years of today. 未提供 items are sent, tagged.
    static bool isReportable(const Diagnosis& d, const QDate& today);
    // The resource, written as an element (or the top-level value) of w.
    static void write(FhirWriter& w, const Diagnosis& d, const EcsContext& context);
    static Json toFhir(const Diagnosis& d, const EcsContext& context);
    // The note that carries a 転帰 other than 治癒 (the guide's clinicalStatus has no word for it); empty otherwise.
    static QString outcomeNote(Diagnosis::Outcome o);
    static std::optional<Diagnosis::Outcome> outcomeFromNote(const QString& note);
};

} // namespace tsumugi::fhir
