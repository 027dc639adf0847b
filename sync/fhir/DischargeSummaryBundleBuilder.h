#pragma once

#include "sync/fhir/CompositionSource.h"
#include "sync/fhir/UuidSource.h"

namespace tsumugi::fhir {

// A discharge summary (退院時サマリー) → JP_Bundle_eDischargeSummary (type document, Composition 18842-5, category
// DISCHARGE). Composition.encounter is the stay: a JP_Encounter_eCS (class IMP) with period admission–discharge,
// the reason for admission as reasonCode and, when recognisable, the 退院時転帰 as dischargeDisposition.
// Structured section 300 with the ten sections the profile requires — 322 入院時詳細 and 324 退院時詳細 (the stay
// Encounter), 312 入院理由, 342 入院時診断, 344 退院時診断 (Conditions), 352 主訴, 362 現病歴, 333 入院中経過
// (a DocumentReference holding the text, as the profile wants one), 444 退院時投薬 (MedicationRequests),
// 424 退院時方針 — plus 372 既往歴, 510 アレルギー and 623 入院中検査結果 when there is something for them.
// A required section the doctor left empty says so in its narrative (記載なし) rather than being left out.
class DischargeSummaryBundleBuilder {
public:
    static Json build(const CompositionSource& source, UuidSource& uuids);
    // 退院時転帰 text → discharge-disposition code (1 治癒・軽快, 3 寛解, 4 不変, 5 増悪, 6 死亡, 9 その他); empty if
    // unknown.
    static QString dispositionCode(const QString& text);
};

} // namespace tsumugi::fhir
