#pragma once

#include "core/eligibility/EligibilityRequest.h"

#include <QString>
#include <optional>

namespace tsumugi::sync {

// What a My Number card reader (顔認証付きカードリーダー) reports after the holder has put the card on it: the
// card, how the holder was verified (face, PIN, or visually by the clerk) and whether it succeeded, and the
// consents the patient chose on its screen. A PC/SC reader is a later implementation of this interface.
struct CardReading {
    QString cardId;
    EligibilityRequest::Method method = EligibilityRequest::Method::Face;
    bool verified = true;
    std::optional<ConsentFlags> consents;

    // The eligibility request this reading makes.
    EligibilityRequest toRequest() const;
};

class CardReader {
public:
    virtual ~CardReader() = default;
    // A display name for the reader ("simulated reader", a device name).
    virtual QString name() const = 0;
    // The reading of the card on the reader now; std::nullopt when there is no card (or it was removed).
    virtual std::optional<CardReading> read() = 0;
};

} // namespace tsumugi::sync
