#pragma once

#include "core/sharing/SharedSummary.h"

#include <QCoreApplication>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

// The doctor's summary pull: with the access token of the patient's last eligibility check (valid 24 hours), in
// consented or emergency mode (reason required, written to the audit trail before anything is asked); the bundle
// is kept in the record and returned read. Throws Error with a message the doctor can act on.
class SummaryService {
    Q_DECLARE_TR_FUNCTIONS(SummaryService)
public:
    explicit SummaryService(ClinicRecord& record);

    SharedSummary pull(qint64 patientId, bool emergency, const QString& reason = {});
    // The last pulled summary of the patient, read (std::nullopt when none was pulled).
    std::optional<SharedSummary> latest(qint64 patientId);

    // The summary as plain text grouped by section and source (tsumugictl, printing).
    static QString plainText(const SharedSummary& summary);
    static QString sectionTitle(const QString& section);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::sync
