#pragma once

namespace tsumugi::fhir {

// URLs and code systems of the JP-CLINS (電子カルテ情報共有サービス) guide, v1.5.2, and JP Core.
namespace profile {
inline constexpr const char* Patient = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Patient_eCS";
// The submission bundle, with the profile version the service checks.
inline constexpr const char* BundleClins = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS|1";
} // namespace profile

namespace uri {
// Patient ID in the institution: this OID + "1" + 医療機関番号 (10 digits).
inline constexpr const char* PatientIdOidPrefix = "urn:oid:1.2.392.100495.20.3.51.1";
inline constexpr const char* InsuranceMemberId = "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID";
inline constexpr const char* BundleIdentifier = "http://jpfhir.jp/fhir/clins/bundle-identifier";
inline constexpr const char* BundleResourceType = "http://jpfhir.jp/fhir/clins/CodeSystem/BundleResourceType_CS";
inline constexpr const char* NameRepresentation = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
} // namespace uri

} // namespace tsumugi::fhir
