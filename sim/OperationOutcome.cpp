#include "sim/OperationOutcome.h"

namespace tsumugi::sim {

nlohmann::json OperationOutcome::fromIssues(const std::vector<Issue>& issues) {
    nlohmann::json list = nlohmann::json::array();
    for (const Issue& i : issues) {
        nlohmann::json coding = nlohmann::json::array();
        coding.push_back({{"system", kRuleSystem}, {"code", i.rule}});
        if (!i.key.empty())
            coding.push_back({{"system", kKeySystem}, {"code", i.key}});
        nlohmann::json issue = {{"severity", i.severity},
                                {"code", i.code},
                                {"details", {{"coding", coding}, {"text", i.rule + ":" + i.text}}}};
        if (!i.expression.empty())
            issue["expression"] = nlohmann::json::array({i.expression});
        list.push_back(issue);
    }
    return {{"resourceType", "OperationOutcome"}, {"issue", list}};
}

nlohmann::json OperationOutcome::error(const std::string& rule, const std::string& code, const std::string& text) {
    Issue i;
    i.rule = rule;
    i.code = code;
    i.text = text;
    return fromIssues({i});
}

nlohmann::json OperationOutcome::information(const std::string& result, const std::string& text) {
    return {{"resourceType", "OperationOutcome"},
            {"issue", nlohmann::json::array(
                          {{{"severity", "information"},
                            {"code", "informational"},
                            {"details",
                             {{"coding", nlohmann::json::array({{{"system", kResultSystem}, {"code", result}}})},
                              {"text", text}}}}})}};
}

} // namespace tsumugi::sim
