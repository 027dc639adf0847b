#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/chart/Allergy.h"

namespace tsumugi::fhir {

// Allergy → JP_AllergyIntolerance_eCS: アレルギー (food / environment / other; J-FAGY or a dummy code + text) and
// 薬剤禁忌 (category medication; YJ or the medicine dummy code). Only the LTS flag exists for this profile.
class AllergyIntoleranceMapper {
public:
    // Ours and not withdrawn. An allergy has no end in the chart, so every one is "not ended" (MISSION §2).
    static bool isReportable(const Allergy& a);
    // The resource, written as an element (or the top-level value) of w.
    static void write(FhirWriter& w, const Allergy& a, const EcsContext& context);
    static Json toFhir(const Allergy& a, const EcsContext& context);
};

} // namespace tsumugi::fhir
