#pragma once

#include "sim/BundleValidator.h"

#include <nlohmann/json.hpp>

#include <string>

namespace tsumugi::sim {

// The rules JP-CLINS added or tightened between the 1.5.2 package and 1.11.0 (../shared/fhir/clins-1.11.md), as
// the service applies them today. Each finding names its rule (V111-xx, listed in sim/README.md), the element path
// of clins-1.11.md as its key, and where in the bundle it is. Run after the 1.5.2 checks of BundleValidator, on a
// bundle whose structure those already accepted.
class ClinsRules111 {
public:
    // kind: clins | referral | discharge-summary | patient-summary (BundleInfo::kind).
    static void check(const nlohmann::json& bundle, const std::string& kind, ValidationResult& r);

    // The guide's own CodeSystem URLs the rules name.
    static constexpr const char* kLocalLabCode =
        "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS";
    static constexpr const char* kIndication = "http://jpfhir.jp/fhir/clins/CodeSystem/JP_ehrshrs_indication";
    static constexpr const char* kResourceInstance = "http://jpfhir.jp/fhir/core/IdSystem/resourceInstance-identifier";
    static constexpr const char* kRpNumber = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber";
    static constexpr const char* kOrderInRp = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicationAdministrationIndex";
    static constexpr const char* kGeneralName = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode";
    static constexpr const char* kYjCode = "http://capstandard.jp/iyaku.info/CodeSystem/YJ-code";

private:
    static void condition(const nlohmann::json& c, const std::string& where, ValidationResult& r);
    static void allergy(const nlohmann::json& a, const std::string& where, ValidationResult& r);
    static void labResult(const nlohmann::json& o, const std::string& where, bool inClins, ValidationResult& r);
    static void medicationRequest(const nlohmann::json& m, const std::string& where, ValidationResult& r);
    static void supporting(const nlohmann::json& res, const std::string& where, ValidationResult& r);
    static void composition(const nlohmann::json& c, const std::string& kind, ValidationResult& r);
};

} // namespace tsumugi::sim
