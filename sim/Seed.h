#pragma once

#include <QDate>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tsumugi::sim {

struct Qualification {
    std::string insurerNumber;
    std::string insurerName;
    std::string symbol;
    std::string number;
    std::string branch;
    QDate acquiredOn;
    QDate lostOn;           // invalid: not lost
    nlohmann::json details; // copay-related classifications, answered as given

    bool activeOn(const QDate& d) const { return acquiredOn <= d && (!lostOn.isValid() || d <= lostOn); }
    std::string memberId() const;
};

struct Person {
    std::string id;
    std::string cardId;
    std::string name;
    std::string kana;
    std::string sex;
    QDate birthDate;
    std::vector<Qualification> qualifications;
    nlohmann::json consents; // defaults the patient gives at the card reader
    nlohmann::json history;  // claims-based history for the summary
};

// The insured persons the eligibility service knows (sim/seed/demo-seed.json by default). Read-only; all
// mutable state lives in the Store.
class Seed {
public:
    bool load(const QString& path, QString* error);
    bool loadJson(const nlohmann::json& j, QString* error);

    const std::vector<Person>& persons() const { return persons_; }
    const Person* byCard(const std::string& cardId) const;
    const Person* byId(const std::string& id) const;

private:
    std::vector<Person> persons_;
};

} // namespace tsumugi::sim
