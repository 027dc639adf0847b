#pragma once

#include "core/sharing/SharedSummary.h"
#include "sync/services/SummaryClient.h"
#include "sync/transport/TransportSettings.h"

#include <QCoreApplication>
#include <atomic>

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
    // What the network step needs, prepared from the record (no record access after this).
    struct Request {
        qint64 patientId = 0;
        qint64 eligibilityCheckId = 0;
        SharedSummary::Mode mode = SharedSummary::Mode::Consented;
        QString reason;
        QString accessToken;
        TransportSettings transport;
    };

    explicit SummaryService(ClinicRecord& record);

    // prepare + ask + store, all on the caller's thread (tsumugictl).
    SharedSummary pull(qint64 patientId, bool emergency, const QString& reason = {});

    // The same in three steps, so the network call can run off the UI thread while the record stays on it:
    // prepare (audits the access, finds the check's token; throws), ask (thread-safe, no record; abort stops it
    // at once), store (keeps the answer; throws the service's refusal as an Error).
    Request prepare(qint64 patientId, bool emergency, const QString& reason);
    static SummaryClient::Answer ask(const Request& request, const std::atomic_bool* abort = nullptr);
    SharedSummary store(const Request& request, const SummaryClient::Answer& answer);
    // The last pulled summary of the patient, read (std::nullopt when none was pulled).
    std::optional<SharedSummary> latest(qint64 patientId);

    // The summary as plain text grouped by section and source (tsumugictl, printing).
    static QString plainText(const SharedSummary& summary);
    static QString sectionTitle(const QString& section);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::sync
