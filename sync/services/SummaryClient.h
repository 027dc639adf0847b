#pragma once

#include "sync/transport/HttpClient.h"

#include <QCoreApplication>

namespace tsumugi::sync {

// GET /summary[?emergency=true] with the eligibility check's access token (sim/README §7).
class SummaryClient {
    Q_DECLARE_TR_FUNCTIONS(SummaryClient)
public:
    struct Answer {
        bool ok = false;
        QByteArray bundle;
        int httpStatus = 0;
        QString errorCode; // invalid-token, token-expired, consent-required, consent-expired, network…
        QString message;   // translated
    };

    explicit SummaryClient(HttpClient& http);
    Answer pull(const QString& accessToken, bool emergency);

private:
    HttpClient& m_http;
};

} // namespace tsumugi::sync
