#include "sim/Seed.h"

#include "sim/InsurerNumber.h"

#include <QFile>

namespace tsumugi::sim {

namespace {

std::string text(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QDate date(const nlohmann::json& j, const char* key) {
    return QDate::fromString(QString::fromStdString(text(j, key)), Qt::ISODate);
}

} // namespace

std::string Qualification::memberId() const {
    return InsurerNumber::memberId(QString::fromStdString(insurerNumber), QString::fromStdString(symbol),
                                   QString::fromStdString(number), QString::fromStdString(branch))
        .toStdString();
}

bool Seed::load(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read seed %1: %2").arg(path, f.errorString());
        return false;
    }
    const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    if (j.is_discarded()) {
        *error = QStringLiteral("seed %1 is not valid JSON").arg(path);
        return false;
    }
    return loadJson(j, error);
}

bool Seed::loadJson(const nlohmann::json& j, QString* error) {
    persons_.clear();
    if (!j.contains("persons") || !j["persons"].is_array()) {
        *error = QStringLiteral("seed has no \"persons\" array");
        return false;
    }
    for (const nlohmann::json& p : j["persons"]) {
        Person person;
        person.id = text(p, "id");
        person.cardId = text(p, "cardId");
        person.name = text(p, "name");
        person.kana = text(p, "kana");
        person.sex = text(p, "sex");
        person.birthDate = date(p, "birthDate");
        person.consents = p.value("consents", nlohmann::json::object());
        person.history = p.value("history", nlohmann::json::object());
        for (const nlohmann::json& q : p.value("qualifications", nlohmann::json::array())) {
            Qualification qual;
            qual.insurerNumber = text(q, "insurerNumber");
            qual.insurerName = text(q, "insurerName");
            qual.symbol = text(q, "symbol");
            qual.number = text(q, "number");
            qual.branch = text(q, "branch");
            qual.acquiredOn = date(q, "acquiredOn");
            qual.lostOn = date(q, "lostOn");
            qual.details = q.value("details", nlohmann::json::object());
            if (!InsurerNumber::checkDigitValid(QString::fromStdString(qual.insurerNumber))) {
                *error = QStringLiteral("seed person %1: insurer number %2 has a wrong check digit")
                             .arg(QString::fromStdString(person.id), QString::fromStdString(qual.insurerNumber));
                return false;
            }
            person.qualifications.push_back(std::move(qual));
        }
        if (person.id.empty() || !person.birthDate.isValid() || person.qualifications.empty()) {
            *error = QStringLiteral("seed person %1 needs id, birthDate and qualifications")
                         .arg(QString::fromStdString(person.id));
            return false;
        }
        persons_.push_back(std::move(person));
    }
    return true;
}

const Person* Seed::byCard(const std::string& cardId) const {
    for (const Person& p : persons_)
        if (!cardId.empty() && p.cardId == cardId)
            return &p;
    return nullptr;
}

const Person* Seed::byId(const std::string& id) const {
    for (const Person& p : persons_)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace tsumugi::sim
