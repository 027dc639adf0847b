#pragma once

#include "sync/fhir/EcsReader.h"

#include "core/chart/LabResult.h"

namespace tsumugi::fhir {

// JP_Observation_LabResult_eCS → LabResult (the reverse of LabObservationMapper): the JLAC10/11 code of a core
// or infection slice (the item found by the slice's fixed display), else a plain JLAC10 or the local code; the
// value (Quantity with comparator and UCUM, string, or CodeableConcept text), interpretation, reference range,
// specimen (contained or display) and notes. The code, a name and effectiveDateTime are required.
class LabObservationReader {
    Q_DECLARE_TR_FUNCTIONS(LabObservationReader)
public:
    static LabResult read(const Json& resource, const QString& path, ImportNotes& notes);
};

} // namespace tsumugi::fhir
