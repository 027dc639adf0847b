#include "sync/services/EligibilityService.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "sync/services/EligibilityClient.h"
#include "sync/transport/HttpClient.h"

namespace tsumugi::sync {

EligibilityService::EligibilityService(ClinicRecord& record)
    : m_record(record) {}

EligibilityCheck EligibilityService::ask(HttpClient& http, const EligibilityRequest& request) {
    EligibilityCheck c;
    c.request = request;
    EligibilityClient client(http);
    const EligibilityAnswer a = client.check(request);
    c.answerJson = a.body;
    c.errorCode = a.errorCode;
    c.message = a.message;
    switch (a.kind) {
    case EligibilityAnswer::Kind::Answered:
        c.status = EligibilityCheck::Status::Checked;
        c.result = a.result;
        break;
    case EligibilityAnswer::Kind::NotReached:
        c.status = EligibilityCheck::Status::NotChecked;
        c.answerJson.clear();
        break;
    case EligibilityAnswer::Kind::Refused:
        c.status = EligibilityCheck::Status::Error;
        break;
    }
    return c;
}

EligibilityCheck EligibilityService::record(EligibilityCheck check, qint64 patientId, qint64 receptionId) {
    check.patientId = patientId;
    check.receptionId = receptionId;
    return EligibilityLog(m_record).record(check);
}

EligibilityCheck EligibilityService::check(const EligibilityRequest& request, qint64 patientId, qint64 receptionId) {
    m_record.require(Permission::ManageReception);
    const QStringList problems = request.problems();
    if (!problems.isEmpty()) {
        throw Error(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    }
    HttpClient http(TransportSettings::fromClinicSettings(m_record.settings()));
    return record(ask(http, request), patientId, receptionId);
}

EligibilityCheck EligibilityService::retry(qint64 checkId) {
    const auto previous = EligibilityLog(m_record).find(checkId);
    if (!previous) {
        throw Error(Error::Kind::NotFound, tr("The eligibility check was not found."));
    }
    return check(previous->request, previous->patientId, previous->receptionId);
}

} // namespace tsumugi::sync
