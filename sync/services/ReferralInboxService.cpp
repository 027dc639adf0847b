#include "sync/services/ReferralInboxService.h"

#include "core/Error.h"
#include "core/patients/PatientMatcher.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/sharing/ReferralInboxStore.h"
#include "core/util/Clock.h"
#include "sync/fhir/JsonNesting.h"
#include "sync/services/MailboxClient.h"
#include "sync/transport/HttpClient.h"

#include <QCryptographicHash>
#include <nlohmann/json.hpp>

namespace tsumugi::sync {

ReferralInboxService::ReferralInboxService(ClinicRecord& record)
    : m_record(record) {}

QString ReferralInboxService::canonicalSha256(const QByteArray& json) {
    if (fhir::JsonNesting::tooDeep(json.constBegin(), json.constEnd())) {
        return {};
    }
    // nlohmann::json (not ordered) keeps object keys sorted, which is the service's canonical form.
    const auto parsed = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (parsed.is_discarded()) {
        return {};
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(parsed.dump()), QCryptographicHash::Sha256).toHex());
}

void ReferralInboxService::link(ReferralLetter& letter) {
    Patient incoming;
    const QStringList parts = letter.memberId.split(QLatin1Char(':'));
    if (parts.size() == 4) {
        incoming.insurance = {parts[0], parts[1], parts[2], parts[3]};
    }
    const PatientMatcher::Match m = PatientMatcher(m_record).match(incoming, {});
    ReferralInboxStore store(m_record);
    if (m.patient) {
        // Linked only: filing into the chart (the received document and its items) is a doctor's action.
        letter.patientId = m.patient->id;
        letter.importStatus = ReferralLetter::ImportStatus::NotImported;
        letter.importMessage = tr("Linked to patient %1 %2 by the insured-person identifier; not yet filed in the "
                                  "chart.")
                                   .arg(m.patient->number)
                                   .arg(m.patient->fullName());
    } else {
        letter.importStatus = ReferralLetter::ImportStatus::NotImported;
        letter.importMessage =
            tr("No registered patient has the insured-person identifier %1: register the patient, then open the "
               "letter from the inbox.")
                .arg(letter.memberId);
    }
    store.setImportResult(letter.id, letter.patientId, letter.importStatus, letter.importMessage);
}

fhir::FhirImportResult ReferralInboxService::fileIntoChart(qint64 letterId, fhir::ClinsImporter::Options options) {
    m_record.require(Permission::WriteCharts);
    ReferralInboxStore store(m_record);
    const std::optional<ReferralLetter> letter = store.findById(letterId);
    if (!letter) {
        throw Error(Error::Kind::NotFound, tr("There is no letter %1 in the inbox.").arg(letterId));
    }
    if (options.patientId == 0 && letter->patientId != 0 && !options.createPatient) {
        options.patientId = letter->patientId;
    }
    if (options.sourceInstitution.isEmpty()) {
        options.sourceInstitution = letter->sender;
    }
    const QString name = tr("inbox letter %1 (%2)").arg(letterId).arg(letter->bundleIdentifier);
    fhir::FhirImportResult r = fhir::ClinsImporter(m_record).importData(letter->documentJson, name, options);
    switch (r.status) {
    case fhir::FhirImportResult::Status::Imported:
        store.setImportResult(letterId, r.patientId, ReferralLetter::ImportStatus::Imported,
                              tr("Filed in the chart of patient %1 %2 as document %3.")
                                  .arg(r.patientNumber)
                                  .arg(r.patientName)
                                  .arg(r.documentId));
        break;
    case fhir::FhirImportResult::Status::Failed:
        store.setImportResult(letterId, letter->patientId, ReferralLetter::ImportStatus::Failed, r.error);
        break;
    case fhir::FhirImportResult::Status::NeedsConfirmation:
        break; // nothing written; the doctor chooses the patient
    }
    return r;
}

ReferralInboxService::Counts ReferralInboxService::fetch() {
    m_record.require(Permission::ManageReception);
    Counts counts;
    HttpClient http(TransportSettings::fromClinicSettings(m_record.settings()));
    MailboxClient mailbox(http, m_record.clinic().institutionNumber);
    const MailboxClient::Listing listing = mailbox.list();
    if (!listing.ok) {
        counts.problems << listing.message;
        ++counts.failed;
        return counts;
    }
    ReferralInboxStore store(m_record);
    for (const MailboxClient::Entry& e : listing.entries) {
        ++counts.listed;
        std::optional<ReferralLetter> kept = store.find(e.bundleIdentifier, e.sha256);
        if (kept) {
            ++counts.alreadyStored;
        } else {
            const MailboxClient::Document doc = mailbox.download(e.bundleIdentifier);
            if (!doc.ok) {
                ++counts.failed;
                counts.problems << doc.message;
                continue;
            }
            const QString hash = canonicalSha256(doc.body);
            if (hash != e.sha256) {
                // Replaced between listing and download, or damaged: keep nothing, acknowledge nothing; next time.
                ++counts.failed;
                counts.problems << tr("The letter %1 did not match its checksum; it was not stored and will be "
                                      "fetched again.")
                                       .arg(e.bundleIdentifier);
                continue;
            }
            ReferralLetter letter;
            letter.bundleIdentifier = e.bundleIdentifier;
            letter.sha256 = e.sha256;
            letter.sender = e.sender;
            letter.memberId = e.memberId;
            letter.deliveredAt = e.deliveredAt;
            letter.documentJson = doc.body;
            ReferralLetter saved = store.store(letter);
            ++counts.stored;
            link(saved);
            if (saved.patientId != 0) {
                ++counts.linked;
                // A doctor's fetch files a letter whose patient the insured identifier names; a clerk's only links
                // it (filing writes the chart). A letter that cannot be filed stays stored, with the reason.
                if (m_record.can(Permission::WriteCharts)) {
                    const fhir::FhirImportResult filed = fileIntoChart(saved.id, {});
                    if (filed.ok()) {
                        ++counts.filed;
                    } else {
                        counts.problems << filed.text();
                    }
                }
            }
            kept = store.findById(saved.id);
        }
        if (!kept->isAcknowledged()) {
            const MailboxClient::Receipt receipt = mailbox.acknowledge(e.bundleIdentifier);
            if (!receipt.ok) {
                ++counts.failed;
                counts.problems << receipt.message;
                continue;
            }
            store.markReceived(kept->id, receipt.receivedAt.isValid() ? receipt.receivedAt : m_record.clock().now());
            ++counts.acknowledged;
        }
    }
    return counts;
}

} // namespace tsumugi::sync
