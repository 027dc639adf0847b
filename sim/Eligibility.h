#pragma once

#include "sim/Clock.h"
#include "sim/Seed.h"
#include "sim/Store.h"

#include <nlohmann/json.hpp>

namespace tsumugi::sim {

// オンライン資格確認: answers a My Number card request or a card-data request from the seed, as of the clock's
// JST date, and issues the access token for the summary pull.
class Eligibility {
public:
    struct Answer {
        int status = 200;
        nlohmann::json body;
    };

    Eligibility(const Seed& seed, Store& store, Clock& clock)
        : seed_(seed)
        , store_(store)
        , clock_(clock) {}

    Answer byCard(const nlohmann::json& request);
    Answer byCardData(const nlohmann::json& request);

    static constexpr qint64 kConsentValiditySeconds = 24 * 3600;
    static nlohmann::json error(const std::string& code, const std::string& message);

private:
    Answer answer(const Person& person, const Qualification& asked, const Qualification* current, const char* result,
                  const char* resultCode, const std::string& source, const nlohmann::json& consents);
    static nlohmann::json insuranceJson(const Qualification& q);

    const Seed& seed_;
    Store& store_;
    Clock& clock_;
};

} // namespace tsumugi::sim
