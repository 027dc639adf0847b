#pragma once

#include <string>
#include <string_view>

namespace tsumugi::fhir {

// URLs and code systems of the JP-CLINS (電子カルテ情報共有サービス) guide and JP Core.
namespace profile {
// The guide version every bundle is written to (JP-CLINS 1.11.0, 2025-07). The next version is a change here plus
// its rules (../shared/fhir/clins-1.11.md lists what 1.11 changed).
inline constexpr const char* GuideVersion = "1.11.0";
// A profile URL naming the guide version (URL|1.11.0), for the bundles, the compositions, the Patient and the
// documents' supporting resources.
inline std::string versioned(std::string_view url) {
    return std::string(url) + '|' + GuideVersion;
}

inline constexpr const char* Patient = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Patient_eCS";
inline constexpr const char* BundleClins = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS";
// The entries' own profiles stay unversioned: the bundles' validEntryProfile-* invariants (1.5.2 package) refuse a
// versioned entry profile, and the guide reads an unversioned one as the newest version at receipt.
inline constexpr const char* Condition = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Condition_eCS";
inline constexpr const char* AllergyIntolerance =
    "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_AllergyIntolerance_eCS";
inline constexpr const char* LabResult = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Observation_LabResult_eCS";
// Contained resources (R9013C/O look for this exact Encounter profile).
inline constexpr const char* Encounter = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter";
inline constexpr const char* Specimen = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Specimen";
inline constexpr const char* Practitioner = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Practitioner";
} // namespace profile

namespace uri {
// Patient ID in the institution: this OID + "1" + 医療機関番号 (10 digits).
inline constexpr const char* PatientIdOidPrefix = "urn:oid:1.2.392.100495.20.3.51.1";
// A doctor's ID in the institution: this OID + "1" + 医療機関番号 (as the guide's contained Practitioners).
inline constexpr const char* PractitionerIdOidPrefix = "urn:oid:1.2.392.100495.20.3.41.1";
inline constexpr const char* InsuranceMemberId = "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID";
inline constexpr const char* BundleIdentifier = "http://jpfhir.jp/fhir/clins/bundle-identifier";
// Where the JP-CLINS CodeSystems live (the lab slices' JLAC10/… and JLAC11/… systems are under it).
inline constexpr const char* ClinsCodeSystemBase = "http://jpfhir.jp/fhir/clins/CodeSystem/";
inline constexpr const char* BundleResourceType = "http://jpfhir.jp/fhir/clins/CodeSystem/BundleResourceType_CS";
inline constexpr const char* NameRepresentation = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
inline constexpr const char* InstitutionNumberExt =
    "http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber";
inline constexpr const char* InstitutionNumber = "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no";
inline constexpr const char* DepartmentExt =
    "http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_Department";
inline constexpr const char* DiagnosisTypeExt =
    "http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_DiagnosisType";
inline constexpr const char* DiagnosisType = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
inline constexpr const char* ResourceInstance = "http://jpfhir.jp/fhir/core/IdSystem/resourceInstance-identifier";
inline constexpr const char* Indication = "http://jpfhir.jp/fhir/clins/CodeSystem/JP_ehrshrs_indication";
inline constexpr const char* ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
inline constexpr const char* ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
inline constexpr const char* ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
inline constexpr const char* ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
inline constexpr const char* MedisDisease = "http://medis.or.jp/CodeSystem/master-disease-keyNumber";
// 修飾語: JP Core's code extensions, coded by MEDIS 修飾語管理番号 (as in the guide's referral example).
inline constexpr const char* MedisModifier = "http://medis.or.jp/CodeSystem/master-disease-modKeyNumber";
inline constexpr const char* PrefixModifierExt =
    "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Condition_DiseasePrefixModifier";
inline constexpr const char* PostfixModifierExt =
    "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Condition_DiseasePostfixModifier";
inline constexpr const char* ReceiptDisease = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/masterB-disease";
inline constexpr const char* Icd10 = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full";
inline constexpr const char* AllergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
inline constexpr const char* AllergyVerification =
    "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
inline constexpr const char* JfagyFood = "http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyFoodAllergen_CS";
inline constexpr const char* JfagyNonFood =
    "http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyNonFoodNonMedicationAllergen_CS";
inline constexpr const char* JfagyMedicationYj =
    "http://jpfhir.jp/fhir/core/CodeSystem/YCM/JP_JfagyMedicationAllergen_CS";
// The same table keyed by 一般名 (codes starting "GCM"), as the official referral example writes it.
inline constexpr const char* JfagyMedicationGeneric =
    "http://jpfhir.jp/fhir/core/CodeSystem/GCM/JP_JfagyMedicationAllergen_CS";
inline constexpr const char* ObservationCategory =
    "http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS";
inline constexpr const char* LabLocalCode = "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS";
inline constexpr const char* ObservationInterpretation =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
inline constexpr const char* Ucum = "http://unitsofmeasure.org";
inline constexpr const char* DataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
} // namespace uri

} // namespace tsumugi::fhir
