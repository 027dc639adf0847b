#include "sync/cardreader/CardReader.h"

namespace tsumugi::sync {

EligibilityRequest CardReading::toRequest() const {
    EligibilityRequest r = EligibilityRequest::card(cardId, method);
    r.verified = verified;
    r.consents = consents;
    return r;
}

} // namespace tsumugi::sync
