#include "sync/services/EligibilityClient.h"

#include <nlohmann/json.hpp>

namespace tsumugi::sync {

using nlohmann::json;

EligibilityClient::EligibilityClient(HttpClient& http)
    : m_http(http) {}

QByteArray EligibilityClient::requestBody(const EligibilityRequest& r) {
    json body;
    if (r.kind == EligibilityRequest::Kind::Card) {
        body["cardId"] = r.cardId.toStdString();
        body["verification"] = {{"method", EligibilityRequest::methodCode(r.method).toStdString()},
                                {"result", r.verified ? "success" : "failure"}};
        if (r.consents) {
            body["consents"] = {{"clinical", r.consents->clinical},
                                {"medication", r.consents->medication},
                                {"checkup", r.consents->checkup},
                                {"surgery", r.consents->surgery}};
        }
    } else {
        body["insurerNumber"] = r.insurance.insurerNumber.toStdString();
        body["symbol"] = r.insurance.symbol.toStdString();
        body["number"] = r.insurance.number.toStdString();
        body["branch"] = r.insurance.branch.toStdString();
        body["birthDate"] = r.birthDate.toString(Qt::ISODate).toStdString();
    }
    return QByteArray::fromStdString(body.dump());
}

QString EligibilityClient::refusalMessage(const QString& errorCode, const QString& serviceMessage,
                                          const EligibilityRequest& request) {
    if (errorCode == QLatin1String("invalid-check-digit")) {
        return tr("The insurer number %1 has a wrong check digit. Check the number on the insurance card and "
                  "type it again (this is a typing or card error, not \"no match\").")
            .arg(request.insurance.insurerNumber);
    }
    if (errorCode == QLatin1String("verification-failed")) {
        return tr("The card holder could not be verified at the card reader. Verify again (face or PIN) or "
                  "check the holder visually.");
    }
    if (errorCode == QLatin1String("invalid-insurer-number")) {
        return tr("The insurer number %1 is not 6 or 8 digits.").arg(request.insurance.insurerNumber);
    }
    return tr("The eligibility service refused the request: %1")
        .arg(serviceMessage.isEmpty() ? errorCode : serviceMessage);
}

EligibilityAnswer EligibilityClient::check(const EligibilityRequest& request) {
    EligibilityAnswer a;
    if (const QString problem = m_http.settings().problem(); !problem.isEmpty()) {
        a.errorCode = QStringLiteral("not-configured");
        a.message = tr("Not checked (未確認): the eligibility service is not set up. %1").arg(problem);
        return a;
    }
    const QString path = request.kind == EligibilityRequest::Kind::Card ? QStringLiteral("/eligibility/card")
                                                                        : QStringLiteral("/eligibility/card-data");
    const HttpResponse res = m_http.post(path, requestBody(request), "application/json");
    a.httpStatus = res.status;
    a.body = res.body;
    if (!res.answered()) {
        a.errorCode = QStringLiteral("network");
        a.message = tr("Not checked (未確認): the eligibility service could not be reached (%1). Retry when the "
                       "network is back.")
                        .arg(res.error.isEmpty() ? tr("no answer") : res.error);
        return a;
    }
    if (res.status >= 500 || res.status == 429) {
        a.errorCode = QStringLiteral("server-error");
        a.message =
            tr("Not checked (未確認): the eligibility service is unavailable (HTTP %1). Retry later.").arg(res.status);
        return a;
    }
    if (res.status == 200) {
        a.result = EligibilityResult::fromJson(res.body);
        if (a.result) {
            a.kind = EligibilityAnswer::Kind::Answered;
            return a;
        }
        a.errorCode = QStringLiteral("bad-answer");
        a.message = tr("Not checked (未確認): the eligibility service's answer could not be read.");
        return a;
    }
    const json err = json::parse(res.body.toStdString(), nullptr, false);
    QString code, text;
    if (err.is_object() && err.contains("error") && err["error"].is_object()) {
        code = QString::fromStdString(err["error"].value("code", ""));
        text = QString::fromStdString(err["error"].value("message", ""));
    }
    a.kind = EligibilityAnswer::Kind::Refused;
    a.errorCode = code.isEmpty() ? QStringLiteral("http-%1").arg(res.status) : code;
    a.message = refusalMessage(code, text.isEmpty() ? QStringLiteral("HTTP %1").arg(res.status) : text, request);
    return a;
}

} // namespace tsumugi::sync
