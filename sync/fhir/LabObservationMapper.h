#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/chart/LabResult.h"

#include <QList>

namespace tsumugi::fhir {

// LabResult → JP_Observation_LabResult_eCS (検査 and 感染症): the JLAC10/11 code in the core-lab or infection
// CodeSystem slice with the display the profile fixes, value (Quantity with UCUM, or text), interpretation,
// reference range, contained Encounter (R9013O) and Specimen, department (R9014O).
class LabObservationMapper {
public:
    // The results that belong in the snapshot: ours, not withdrawn, of a JP-CLINS core or infection item (the
    // 5 情報 labs; local-only items are not sent), collected within the year before today, and at least the
    // latest three of each item (the platform keeps "1 year or the last 3", MISSION §4). Oldest first.
    static QList<LabResult> reportable(const QList<LabResult>& results, const QDate& today);
    static bool isSharedItem(const LabResult& r);
    // The resource, written as an element (or the top-level value) of w.
    static void write(FhirWriter& w, const LabResult& r, const EcsContext& context);
    static Json toFhir(const LabResult& r, const EcsContext& context);
};

} // namespace tsumugi::fhir
