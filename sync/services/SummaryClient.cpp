#include "sync/services/SummaryClient.h"

#include <nlohmann/json.hpp>

namespace tsumugi::sync {

SummaryClient::SummaryClient(HttpClient& http)
    : m_http(http) {}

SummaryClient::Answer SummaryClient::pull(const QString& accessToken, bool emergency) {
    Answer a;
    if (const QString problem = m_http.settings().problem(); !problem.isEmpty()) {
        a.errorCode = QStringLiteral("not-configured");
        a.message = problem;
        return a;
    }
    const HttpResponse res =
        m_http.get(emergency ? QStringLiteral("/summary?emergency=true") : QStringLiteral("/summary"),
                   {{"Authorization", "Bearer " + accessToken.toLatin1()}, {"Accept", "application/fhir+json"}});
    a.httpStatus = res.status;
    if (!res.answered()) {
        a.errorCode = QStringLiteral("network");
        a.message = tr("The sharing service could not be reached (%1). Try again when the network is back.")
                        .arg(res.error.isEmpty() ? tr("no answer") : res.error);
        return a;
    }
    if (res.status == 200) {
        a.ok = true;
        a.bundle = res.body;
        return a;
    }
    const auto err = nlohmann::json::parse(res.body.toStdString(), nullptr, false);
    if (err.is_object() && err.contains("error") && err["error"].is_object()) {
        a.errorCode = QString::fromStdString(err["error"].value("code", ""));
    }
    if (a.errorCode == QLatin1String("consent-required")) {
        a.message = tr("The patient has not consented to sharing their record. Only in an emergency, to protect "
                       "life, may it be read without consent (emergency mode, with a reason).");
    } else if (a.errorCode == QLatin1String("consent-expired") || a.errorCode == QLatin1String("token-expired")) {
        a.message = tr("The consent from the eligibility check has expired (it is valid 24 hours). Check "
                       "eligibility again with the card.");
    } else if (a.errorCode == QLatin1String("invalid-token")) {
        a.message = tr("The sharing service did not accept the access token. Check eligibility again.");
    } else {
        a.message = tr("The sharing service refused the request (HTTP %1 %2).").arg(res.status).arg(a.errorCode);
    }
    return a;
}

} // namespace tsumugi::sync
