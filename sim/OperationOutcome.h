#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tsumugi::sim {

// One finding about a submitted resource. `rule` is the guide's rule number (R0211, R2152, …) where the guide
// has one, otherwise a SIM-xxx number listed in sim/README.md; `key` is the guide's constraint key.
struct Issue {
    std::string rule;
    std::string key;
    std::string code = "invariant"; // FHIR issue-type
    std::string text;
    std::string expression;
    std::string severity = "error";
};

// Builds FHIR OperationOutcome bodies, the answer format of every FHIR endpoint of the simulator.
class OperationOutcome {
public:
    static constexpr const char* kRuleSystem = "http://jpfhir.jp/fhir/clins/rules";
    static constexpr const char* kKeySystem = "http://jpfhir.jp/fhir/clins/constraint-key";
    static constexpr const char* kResultSystem = "urn:tsumugi-sim:result";

    static nlohmann::json fromIssues(const std::vector<Issue>& issues);
    static nlohmann::json error(const std::string& rule, const std::string& code, const std::string& text);
    // Success answers carry the outcome (created / unchanged / replaced / deleted …) as a coded information issue.
    static nlohmann::json information(const std::string& result, const std::string& text);
};

} // namespace tsumugi::sim
