#pragma once

#include "core/eligibility/EligibilityCheck.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// The eligibility checks kept in the record: each check (answered, 未確認 or refused) is a row with its raw
// answer, audited; nothing is deleted. The insurance a check reports becomes the patient's registration only
// when the desk accepts it (a new patient version).
class EligibilityLog {
    Q_DECLARE_TR_FUNCTIONS(EligibilityLog)
public:
    explicit EligibilityLog(ClinicRecord& record);

    // Stores the check (stamped now, by the current user) with its audit row; returns it with its id.
    EligibilityCheck record(const EligibilityCheck& check);

    std::optional<EligibilityCheck> find(qint64 id) const;
    std::optional<EligibilityCheck> latestForReception(qint64 receptionId) const;
    std::optional<EligibilityCheck> latestForPatient(qint64 patientId) const;
    // The newest answered check whose access token is still valid now (for the summary pull).
    std::optional<EligibilityCheck> latestWithTokenForPatient(qint64 patientId) const;
    QList<EligibilityCheck> forPatient(qint64 patientId, int limit = 50) const;

    // Registers the check's reported insurance for its patient as a new patient version. patientVersion is the
    // version the desk saw (Error(Conflict) when someone changed the patient since). Error(Validation) when the
    // check has nothing to offer.
    Patient acceptInsuranceUpdate(qint64 checkId, int patientVersion);

private:
    QList<EligibilityCheck> select(const char* where, qint64 key, int limit) const;

    ClinicRecord& m_record;
};

} // namespace tsumugi
