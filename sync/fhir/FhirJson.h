#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <string>

namespace tsumugi::fhir {

// Insertion-ordered JSON: the same record always serialises to the same bytes (stable hashes, stable diffs).
using Json = nlohmann::ordered_json;

inline std::string utf8(const QString& s) {
    return s.toStdString();
}

inline QString qstr(const Json& j) {
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

} // namespace tsumugi::fhir
