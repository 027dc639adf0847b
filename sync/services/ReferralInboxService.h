#pragma once

#include "sync/fhir/ClinsImporter.h"
#include "sync/fhir/FhirImportResult.h"

#include "core/sharing/ReferralLetter.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

// Fetches the referral letters addressed to this clinic: list the mailbox, download each letter not yet kept,
// check it against the mailbox's SHA-256, store it (encrypted record, raw JSON), link it to our patient, and only
// then acknowledge the receipt — so a crash at any point never loses a letter, and fetching again never stores
// one twice (a receipt that did not reach the service is simply sent again). When a doctor fetches, a letter whose
// patient is named by the insured identifier is filed into the chart at once (fileIntoChart).
class ReferralInboxService {
    Q_DECLARE_TR_FUNCTIONS(ReferralInboxService)
public:
    struct Counts {
        int listed = 0;
        int stored = 0;        // newly stored this time
        int alreadyStored = 0; // listed again, already in the record
        int acknowledged = 0;  // receipts sent this time
        int linked = 0;        // of the newly stored, linked to a registered patient
        int filed = 0;         // of those, filed into the chart (a doctor's fetch)
        int failed = 0;
        QStringList problems; // translated, one per failed letter (or the listing's failure)
    };

    explicit ReferralInboxService(ClinicRecord& record);

    Counts fetch();

    // A doctor takes a stored letter into the chart (the clerk who fetched it could not): it is imported as the
    // patient's received document and its coded items become the patient's received items (ClinsImporter), the
    // letter linked by its insured-person identifier unless options say otherwise. The letter's import status
    // records the outcome. Filing the same letter again changes nothing.
    fhir::FhirImportResult fileIntoChart(qint64 letterId, fhir::ClinsImporter::Options options);

    // SHA-256 (hex) of the canonical form the service hashes: keys sorted, no whitespace.
    static QString canonicalSha256(const QByteArray& json);

private:
    void link(ReferralLetter& letter);
    ClinicRecord& m_record;
};

} // namespace tsumugi::sync
