#include "sim/Eligibility.h"

#include "sim/InsurerNumber.h"

#include <QRandomGenerator>

#include <set>

namespace tsumugi::sim {

namespace {

const char* const kConsentKeys[] = {"clinical", "medication", "checkup", "surgery"};

std::string field(const nlohmann::json& j, const char* key, bool* present = nullptr) {
    const auto it = j.find(key);
    const bool ok = it != j.end() && it->is_string();
    if (present)
        *present = ok;
    return ok ? it->get<std::string>() : std::string();
}

std::string newToken() {
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex().toStdString();
}

} // namespace

nlohmann::json Eligibility::error(const std::string& code, const std::string& message) {
    return {{"error", {{"code", code}, {"message", message}}}};
}

nlohmann::json Eligibility::insuranceJson(const Qualification& q) {
    nlohmann::json j = {{"insurerNumber", q.insurerNumber},
                        {"insurerName", q.insurerName},
                        {"symbol", q.symbol},
                        {"number", q.number},
                        {"branch", q.branch},
                        {"memberId", q.memberId()},
                        {"acquiredOn", q.acquiredOn.toString(Qt::ISODate).toStdString()},
                        {"lostOn", q.lostOn.isValid() ? nlohmann::json(q.lostOn.toString(Qt::ISODate).toStdString())
                                                      : nlohmann::json()}};
    for (auto it = q.details.begin(); it != q.details.end(); ++it)
        j[it.key()] = it.value();
    return j;
}

Eligibility::Answer Eligibility::answer(const Person& person, const Qualification& asked, const Qualification* current,
                                        const char* result, const char* resultCode, const std::string& source,
                                        const nlohmann::json& consents) {
    const QDateTime now = clock_.now();
    Answer a;
    a.body = {{"result", result},
              {"resultCode", resultCode},
              {"checkedAt", Clock::iso(now).toStdString()},
              {"person",
               {{"name", person.name},
                {"kana", person.kana},
                {"sex", person.sex},
                {"birthDate", person.birthDate.toString(Qt::ISODate).toStdString()}}},
              {"insurance", insuranceJson(asked)}};
    if (current && current != &asked)
        a.body["newInsurance"] = insuranceJson(*current);
    nlohmann::json c = consents;
    c["expiresAt"] = Clock::iso(now.addSecs(kConsentValiditySeconds)).toStdString();
    a.body["consents"] = c;
    Store::Token tok;
    tok.token = newToken();
    tok.personId = person.id;
    tok.memberId = (current ? *current : asked).memberId();
    tok.source = source;
    tok.consents = consents;
    tok.issuedAt = now;
    tok.expiresAt = now.addSecs(kConsentValiditySeconds);
    tok.consentExpiresAt = now.addSecs(kConsentValiditySeconds);
    store_.saveToken(tok);
    a.body["accessToken"] = tok.token;
    a.body["tokenExpiresAt"] = Clock::iso(tok.expiresAt).toStdString();
    return a;
}

Eligibility::Answer Eligibility::byCard(const nlohmann::json& request) {
    bool hasCard = false;
    const std::string cardId = field(request, "cardId", &hasCard);
    if (!hasCard || cardId.empty())
        return {400, error("invalid-request", "cardId is required")};
    const nlohmann::json verification = request.value("verification", nlohmann::json::object());
    const std::string method = field(verification, "method");
    const std::string result = field(verification, "result");
    if (method != "face" && method != "pin" && method != "visual")
        return {400, error("invalid-request", "verification.method must be face, pin or visual")};
    if (result != "success" && result != "failure")
        return {400, error("invalid-request", "verification.result must be success or failure")};
    if (result != "success")
        return {403, error("verification-failed", "the in-person verification of the card holder failed")};
    const Person* person = seed_.byCard(cardId);
    if (!person)
        return {200,
                {{"result", "該当なし"},
                 {"resultCode", "not-found"},
                 {"checkedAt", Clock::iso(clock_.now()).toStdString()}}};
    // The card is linked to the person, so the answer is the qualification valid today, else the latest one.
    const QDate today = Clock::jstDate(clock_.now());
    const Qualification* current = nullptr;
    const Qualification* latest = &person->qualifications.front();
    for (const Qualification& q : person->qualifications) {
        if (q.activeOn(today))
            current = &q;
        if (q.acquiredOn > latest->acquiredOn)
            latest = &q;
    }
    // Consents are what the patient chose at the card reader; the seed holds the demo defaults.
    nlohmann::json consents = nlohmann::json::object();
    const nlohmann::json chosen = request.value("consents", person->consents);
    for (const char* key : kConsentKeys)
        consents[key] = chosen.value(key, false);
    if (current)
        return answer(*person, *current, current, "有効", "valid", "card", consents);
    return answer(*person, *latest, nullptr, "無効", "invalid", "card", consents);
}

Eligibility::Answer Eligibility::byCardData(const nlohmann::json& request) {
    bool ok[5] = {};
    const std::string insurer = field(request, "insurerNumber", &ok[0]);
    const std::string symbol = field(request, "symbol", &ok[1]);
    const std::string number = field(request, "number", &ok[2]);
    const std::string branch = field(request, "branch", &ok[3]);
    const std::string birth = field(request, "birthDate", &ok[4]);
    if (!ok[0] || !ok[2] || !ok[4])
        return {400, error("invalid-request",
                           "insurerNumber, number and birthDate are required (symbol, branch may be \"\")")};
    const QString insurerQ = QString::fromStdString(insurer);
    if (!InsurerNumber::wellFormed(insurerQ))
        return {400, error("invalid-insurer-number", "保険者番号 must be 6 or 8 digits")};
    if (!InsurerNumber::checkDigitValid(insurerQ))
        return {422, error("invalid-check-digit",
                           "保険者番号 " + insurer + " has a wrong check digit (expected " +
                               std::to_string(InsurerNumber::checkDigitFor(insurerQ.left(insurerQ.size() - 1))) + ")")};
    const QDate birthDate = QDate::fromString(QString::fromStdString(birth), Qt::ISODate);
    if (!birthDate.isValid())
        return {400, error("invalid-request", "birthDate must be YYYY-MM-DD")};
    if (!branch.empty() && (branch.size() != 2 || !isdigit(static_cast<unsigned char>(branch[0])) ||
                            !isdigit(static_cast<unsigned char>(branch[1]))))
        return {400, error("invalid-request", "branch (枝番) must be empty or 2 digits")};
    const std::string padded = InsurerNumber::zeroPadded(insurerQ).toStdString();
    std::vector<std::pair<const Person*, const Qualification*>> matches;
    std::set<std::string> people;
    for (const Person& p : seed_.persons()) {
        if (p.birthDate != birthDate)
            continue;
        for (const Qualification& q : p.qualifications)
            if (InsurerNumber::zeroPadded(QString::fromStdString(q.insurerNumber)).toStdString() == padded &&
                q.symbol == symbol && q.number == number && q.branch == branch) {
                matches.emplace_back(&p, &q);
                people.insert(p.id);
            }
    }
    const std::string checkedAt = Clock::iso(clock_.now()).toStdString();
    if (matches.empty())
        return {200, {{"result", "該当なし"}, {"resultCode", "not-found"}, {"checkedAt", checkedAt}}};
    if (people.size() > 1)
        return {
            200,
            {{"result", "複数該当"}, {"resultCode", "multiple"}, {"checkedAt", checkedAt}, {"matches", people.size()}}};
    const Person& person = *matches.front().first;
    const Qualification& asked = *matches.front().second;
    // Card data cannot carry consent: that is given only at the card reader.
    nlohmann::json consents = nlohmann::json::object();
    for (const char* key : kConsentKeys)
        consents[key] = false;
    const QDate today = Clock::jstDate(clock_.now());
    if (asked.activeOn(today))
        return answer(person, asked, &asked, "有効", "valid", "card-data", consents);
    for (const Qualification& q : person.qualifications)
        if (&q != &asked && q.activeOn(today) && q.acquiredOn >= asked.acquiredOn)
            return answer(person, asked, &q, "新しい資格あり", "new-qualification", "card-data", consents);
    return answer(person, asked, nullptr, "無効", "invalid", "card-data", consents);
}

} // namespace tsumugi::sim
