#pragma once

#include "sim/Seed.h"

#include <QDate>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tsumugi::sim {

// Builds the summary pull answer: the patient, the 6-item bundles every institution registered, and the seeded
// claims-based history cut to the emergency-summary windows (MISSION §4).
class SummaryBuilder {
public:
    struct Request {
        const Person* person = nullptr;
        nlohmann::json consents; // clinical, medication, checkup, surgery
        bool emergency = false;
        QDate today; // JST
        std::string timestamp;
        std::vector<std::string> sharedBundles; // canonical CLINS bodies
    };

    static nlohmann::json build(const Request& request);

    // Section → window start for `today`; an invalid date means "no limit" (health checks: dates only).
    static QDate windowStart(const std::string& section, const QDate& today);
    // Section → the consent flag that opens it outside emergency mode.
    static const char* consentFor(const std::string& section);
    static const std::vector<std::string>& sections();
};

} // namespace tsumugi::sim
