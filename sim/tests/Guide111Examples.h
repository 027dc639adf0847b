#pragma once

// Header-only, nlohmann only: used by the sim's tests and by the client's tests that play another clinic sending the
// guide's examples to the stand-in (tests/sync/support/SharingFixture.h).
#include <nlohmann/json.hpp>

#include <cctype>
#include <string>

namespace simtest {

// The official examples (1.5.2 era) as a sender writes them for 1.11 today: every meta.profile "URL|1" as
// "URL|1.11.0", the status codings of Conditions and allergies with their displays (1.10.0) and a reaction's
// manifestation with its text (1.10.0-20250522). A test of the 1.5.2 rules (--clins-version 1.5.2) takes the
// examples as published.
inline void asGuide111(nlohmann::json& j) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if ((it.key() == "clinicalStatus" || it.key() == "verificationStatus") && it->contains("coding")) {
                for (nlohmann::json& c : (*it)["coding"])
                    if (c.contains("code") && !c.contains("display")) {
                        std::string d = c["code"];
                        d[0] = char(std::toupper(static_cast<unsigned char>(d[0])));
                        c["display"] = d;
                    }
            } else if (it.key() == "manifestation" && it->is_array()) {
                for (nlohmann::json& m : *it)
                    if (!m.contains("text"))
                        m["text"] = "不明";
            } else if (it.key() == "profile" && it->is_array()) {
                for (nlohmann::json& p : *it)
                    if (p.is_string() && p.get<std::string>().size() > 2 &&
                        p.get<std::string>().compare(p.get<std::string>().size() - 2, 2, "|1") == 0)
                        p = p.get<std::string>() + ".11.0";
            } else {
                asGuide111(*it);
            }
        }
    } else if (j.is_array()) {
        for (nlohmann::json& v : j)
            asGuide111(v);
    }
}

} // namespace simtest
