#pragma once

namespace tsumugi::fhir {

// URLs and code systems of the JP-CLINS documents (診療情報提供書, 退院時サマリー). Written with the guide version
// (profile::versioned) except MedicationRequest.
namespace docprofile {
inline constexpr const char* BundleReferral = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral";
inline constexpr const char* BundleDischarge =
    "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary";
inline constexpr const char* CompositionReferral =
    "http://jpfhir.jp/fhir/eReferral/StructureDefinition/JP_Composition_eReferral";
inline constexpr const char* CompositionDischarge =
    "http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary";
// Unversioned on purpose: the bundles' validEntryProfile-MedicationRequest invariant accepts exactly this URL.
inline constexpr const char* MedicationRequest =
    "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_MedicationRequest_eCS";
inline constexpr const char* DocumentReference =
    "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_DocumentReference_eCS";
inline constexpr const char* Encounter = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Encounter_eCS";
inline constexpr const char* Organization = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Organization_eCS";
inline constexpr const char* Practitioner = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Practitioner_eCS";
} // namespace docprofile

namespace docuri {
inline constexpr const char* Section = "http://jpfhir.jp/fhir/clins/CodeSystem/document-section";
inline constexpr const char* DocType = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes";
inline constexpr const char* DocSubType = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-subtypecodes";
inline constexpr const char* VersionNumber =
    "http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber";
inline constexpr const char* OrganizationType = "http://terminology.hl7.org/CodeSystem/organization-type";
inline constexpr const char* DischargeDisposition = "http://jpfhir.jp/fhir/Common/CodeSystem/discharge-disposition";
inline constexpr const char* Loinc = "http://loinc.org";
inline constexpr const char* ListEmptyReason = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
// Prescriptions (JP_MedicationRequest_eCS).
inline constexpr const char* YjCode = "http://capstandard.jp/iyaku.info/CodeSystem/YJ-code";
inline constexpr const char* GeneralNameCode = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode";
inline constexpr const char* NoCode = "http://jpfhir.jp/fhir/eCS/CodeSystem/MedicationCodeNocoded_CS";
inline constexpr const char* RpNumber = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber";
inline constexpr const char* OrderInRp = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicationAdministrationIndex";
inline constexpr const char* PeriodOfUse =
    "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationDosage_PeriodOfUse";
inline constexpr const char* UsageJami = "http://jami.jp/CodeSystem/MedicationUsage";
inline constexpr const char* UsageUncoded =
    "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_MedicationUsage_Uncoded_CS";
inline constexpr const char* StrengthType =
    "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationIngredientStrengthStrengthType";
inline constexpr const char* UnitMerit9 = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationUnitMERIT9Code";
inline constexpr const char* MedicationCategory =
    "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCategoryMERIT9_CS";
} // namespace docuri

} // namespace tsumugi::fhir
