#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace tsumugi::sim::json_access {

// Tolerant accessors for the validators: a malformed bundle must yield issues, never an exception.
inline const nlohmann::json& at(const nlohmann::json& j, const char* key) {
    static const nlohmann::json null;
    if (!j.is_object())
        return null;
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

inline std::string str(const nlohmann::json& j) {
    return j.is_string() ? j.get<std::string>() : std::string();
}

inline bool present(const nlohmann::json& j) {
    if (j.is_null())
        return false;
    if (j.is_array() || j.is_object() || j.is_string())
        return !j.empty();
    return true;
}

// An element that may be one value or an array of them, as a list to walk.
inline nlohmann::json list(const nlohmann::json& j) {
    if (j.is_array())
        return j;
    if (j.is_null())
        return nlohmann::json::array();
    return nlohmann::json::array({j});
}

} // namespace tsumugi::sim::json_access
