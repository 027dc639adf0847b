#pragma once

#include "sim/OperationOutcome.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tsumugi::sim {

// What the registration needs to know about a bundle that passed.
struct BundleInfo {
    std::string kind; // clins | referral | discharge-summary | patient-summary
    std::string identifier;
    std::string institution;  // the 医療機関番号 that leads Bundle.identifier
    std::string memberId;     // JP_Insurance_memberID of the Patient
    std::string resourceType; // CLINS: the tagged type; documents: the Composition type code
    std::string addressee;    // referral: 紹介先 医療機関番号 (section 910)
};

struct ValidationResult {
    bool ok() const { return issues.empty(); }
    std::vector<Issue> issues;
    BundleInfo info;
};

// Structural checks of JP_Bundle_CLINS and the two documents (plus the patient summary), citing the guide's rule
// numbers. It is not a full FHIR validator (that is ../shared/fhir/validate): it enforces the rules the sharing
// service rejects on, each one deliberately and with a test.
class BundleValidator {
public:
    // The guide version the service checks by: 1.11 (today's rules, ../shared/fhir/clins-1.11.md) unless a test asks
    // for the 1.5.2 package's (`tsumugi-sim serve --clins-version 1.5.2`).
    enum class GuideVersion { V1_5_2, V1_11 };
    static constexpr const char* kVersionText[] = {"1.5.2", "1.11"};

    explicit BundleValidator(GuideVersion version = GuideVersion::V1_11)
        : version_(version) {}
    GuideVersion version() const { return version_; }

    ValidationResult validate(const nlohmann::json& bundle) const;

    static constexpr const char* kClinsProfile = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS";
    static constexpr const char* kReferralProfile =
        "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral";
    static constexpr const char* kDischargeProfile =
        "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary";
    static constexpr const char* kPcsProfile = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_ePCS";
    static constexpr const char* kPatientProfile = "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Patient_eCS";
    static constexpr const char* kMemberIdSystem = "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID";
    static constexpr const char* kBundleIdSystem = "http://jpfhir.jp/fhir/clins/bundle-identifier";
    static constexpr const char* kInstitutionExt =
        "http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber";
    static constexpr const char* kDepartmentExt =
        "http://jpfhir.jp/fhir/eCS/Extension/StructureDefinition/JP_eCS_Department";
    static constexpr const char* kResourceTypeTagSystem =
        "http://jpfhir.jp/fhir/clins/CodeSystem/BundleResourceType_CS";
    static constexpr const char* kInstitutionIdSystem =
        "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no";

    // 医療機関番号: prefecture 01–47, 点数表 1–3, code 7 digits (the guide's pattern plus the prefecture range).
    static bool institutionNumberValid(const std::string& s);
    // {医療機関番号}^{20[2-3]x}^{1–36 of [A-Za-z0-9-]} (R2152).
    static bool bundleIdentifierValid(const std::string& s);
    // 保険者番号 8 digits : 記号 : 番号 : 枝番 (empty or 2 digits), no whitespace (R1013).
    static bool memberIdValid(const std::string& s);

private:
    GuideVersion version_;
    void checkIdentifier(const nlohmann::json& b, ValidationResult& r) const;
    void checkPatient(const nlohmann::json& patient, const std::string& where, ValidationResult& r) const;
    void checkClins(const nlohmann::json& b, ValidationResult& r) const;
    void checkDocument(const nlohmann::json& b, const std::string& kind, ValidationResult& r) const;
};

} // namespace tsumugi::sim
