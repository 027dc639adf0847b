#pragma once

#include "core/eligibility/EligibilityRequest.h"
#include "core/eligibility/EligibilityResult.h"
#include "sync/transport/HttpClient.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi::sync {

// What the eligibility service said to one request, classified for the desk.
struct EligibilityAnswer {
    enum class Kind {
        Answered,   // a result (有効, 無効, 新しい資格あり, 該当なし, 複数該当)
        NotReached, // network down, timeout, 5xx, not configured: 未確認, retry later
        Refused,    // the service refused the request itself (wrong check digit, failed verification, bad input)
    };
    Kind kind = Kind::NotReached;
    std::optional<EligibilityResult> result;
    QByteArray body;
    int httpStatus = 0;
    QString errorCode; // service error code, or "network" / "not-configured" / "server-error"
    QString message;   // translated, for the desk
};

// オンライン資格確認 over HTTP: POST /eligibility/card and /eligibility/card-data (sim/README §6).
class EligibilityClient {
    Q_DECLARE_TR_FUNCTIONS(EligibilityClient)
public:
    explicit EligibilityClient(HttpClient& http);

    EligibilityAnswer check(const EligibilityRequest& request);

    // The JSON body the service expects for this request.
    static QByteArray requestBody(const EligibilityRequest& request);
    // Translated sentence for a refusal by the service (also used for answers read back from the record).
    static QString refusalMessage(const QString& errorCode, const QString& serviceMessage,
                                  const EligibilityRequest& request);

private:
    HttpClient& m_http;
};

} // namespace tsumugi::sync
