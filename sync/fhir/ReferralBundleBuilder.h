#pragma once

#include "sync/fhir/CompositionSource.h"
#include "sync/fhir/UuidSource.h"

namespace tsumugi::fhir {

// A referral (診療情報提供書) → JP_Bundle_eReferral (type document, Composition 57133-1):
//   920 紹介元 (our Organization + the author), 910 紹介先 (the addressee Organization with its 医療機関番号, and the
//   doctor when named); 300 構造情報 with 950 紹介目的 (an Encounter whose reasonCode carries the purpose, as in the
//   guide's example), 340 傷病名・主訴 (Conditions and/or the chief complaint as text), 360 現病歴, 370 既往歴,
//   510 アレルギー, 430 投薬 (MedicationRequests), 620 検査結果 (Observations), 330 臨床経過, 420 診療方針;
//   220 備考; 230 PDF and 210 添付 (images, the attached discharge summary) as DocumentReferences.
// Sections only appear when the document has something for them.
class ReferralBundleBuilder {
public:
    static Json build(const CompositionSource& source, UuidSource& uuids);
};

} // namespace tsumugi::fhir
