#pragma once

#include "core/eligibility/EligibilityCheck.h"

#include <QCoreApplication>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

class HttpClient;

// A check at the desk from start to record: asks the service (EligibilityClient), then stores the outcome with
// the patient and reception entry — the answer, 未確認 when the service could not be reached, or the refusal.
// The network part can run on a worker thread (ask()); record() must run on the record's thread.
class EligibilityService {
    Q_DECLARE_TR_FUNCTIONS(EligibilityService)
public:
    explicit EligibilityService(ClinicRecord& record);

    // Ask and record in one call (blocking: tsumugictl, tests).
    EligibilityCheck check(const EligibilityRequest& request, qint64 patientId, qint64 receptionId);
    // Asks again what a stored check asked (after 未確認 or an error) and records the new outcome.
    EligibilityCheck retry(qint64 checkId);

    // The two halves, for a UI that keeps the network off its thread. ask() touches no record state: it uses
    // only the HttpClient given (one per thread) and returns an unsaved check.
    static EligibilityCheck ask(HttpClient& http, const EligibilityRequest& request);
    EligibilityCheck record(EligibilityCheck check, qint64 patientId, qint64 receptionId);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::sync
