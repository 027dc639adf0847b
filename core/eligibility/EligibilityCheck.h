#pragma once

#include "core/eligibility/EligibilityRequest.h"
#include "core/eligibility/EligibilityResult.h"

#include <QDateTime>
#include <optional>

namespace tsumugi {

// One eligibility check as stored with the patient (and the reception entry it was made for): what was asked,
// and either the service's answer, or why there is none — 未確認 (the service could not be reached; retry later)
// or an error the service gave (wrong check digit, failed verification, bad input).
struct EligibilityCheck {
    enum class Status { Checked, NotChecked, Error };

    qint64 id = 0;
    qint64 patientId = 0;   // 0 = not tied to a registered patient
    qint64 receptionId = 0; // 0 = not made at the reception list
    Status status = Status::NotChecked;
    EligibilityRequest request;
    std::optional<EligibilityResult> result;
    QString errorCode; // the service's error code (invalid-check-digit, verification-failed, …) or "network"
    QString message;   // translated, for the desk
    QByteArray answerJson;
    QDateTime checkedAt;
    QString checkedBy;
    QDateTime insuranceUpdateAt; // when the clerk accepted the result's insurance into the registration

    static QString statusCode(Status s);
    static std::optional<Status> statusFromCode(const QString& code);
};

} // namespace tsumugi
