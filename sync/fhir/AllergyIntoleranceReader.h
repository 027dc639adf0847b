#pragma once

#include "sync/fhir/EcsReader.h"

#include "core/chart/Allergy.h"

namespace tsumugi::fhir {

// JP_AllergyIntolerance_eCS → Allergy (the reverse of AllergyIntoleranceMapper): allergies (J-FAGY food /
// non-food, dummy D9x codes as free text) and drug contraindications (category medication, YJ), criticality,
// verification, reaction and severity, onset and recorded dates, LTS, notes. The allergen name is required.
class AllergyIntoleranceReader {
    Q_DECLARE_TR_FUNCTIONS(AllergyIntoleranceReader)
public:
    static Allergy read(const Json& resource, const QString& path, ImportNotes& notes);
};

} // namespace tsumugi::fhir
