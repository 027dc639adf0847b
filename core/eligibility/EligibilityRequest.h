#pragma once

#include "core/eligibility/EligibilityResult.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace tsumugi {

// What the desk asks the eligibility service: either what the card reader reported for a My Number card
// (card id, how the holder was verified, the consents chosen at the reader) or the insurance card's fields.
// Stored with the check so a check that could not reach the service can be retried later as it was asked.
struct EligibilityRequest {
    enum class Kind { Card, CardData };
    enum class Method { Face, Pin, Visual };

    Kind kind = Kind::Card;
    // Card
    QString cardId;
    Method method = Method::Face;
    bool verified = true;
    std::optional<ConsentFlags> consents; // absent = the reader reported no choice
    // Card data
    Insurance insurance;
    QDate birthDate;

    static EligibilityRequest card(const QString& cardId, Method method = Method::Face);
    static EligibilityRequest cardData(const Insurance& insurance, const QDate& birthDate);

    static QString methodCode(Method m);
    static std::optional<Method> methodFromCode(const QString& code);

    // Input problems the desk can fix before asking (empty card id, missing number or birth date); translated.
    QStringList problems() const;
    // One line for lists and the audit trail (never the whole insurance number of a card-data request).
    QString summary() const;

    QByteArray toStorage() const;
    static std::optional<EligibilityRequest> fromStorage(const QByteArray& json);
};

} // namespace tsumugi
