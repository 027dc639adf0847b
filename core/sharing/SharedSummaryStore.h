#pragma once

#include "core/sharing/SharedSummary.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Summaries pulled from the sharing service, kept read-only in the record (raw bundle, mode, who, when), and
// the audit trail of reading them — an emergency read without consent names its reason there.
class SharedSummaryStore {
    Q_DECLARE_TR_FUNCTIONS(SharedSummaryStore)
public:
    explicit SharedSummaryStore(ClinicRecord& record);

    // Before asking the service: checks the doctor may read charts and, in emergency mode, that a reason is
    // given (Error(Validation) otherwise); writes the access (and the reason) to the audit trail.
    void noteAccess(qint64 patientId, SharedSummary::Mode mode, const QString& reason);
    // Keeps a pulled bundle; returns the stored row (items are not parsed here: that is FHIR, in sync/).
    SharedSummary save(qint64 patientId, qint64 eligibilityCheckId, SharedSummary::Mode mode, const QString& reason,
                       const QByteArray& bundleJson);
    std::optional<SharedSummary> latestForPatient(qint64 patientId) const;

    static QString modeCode(SharedSummary::Mode m);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
