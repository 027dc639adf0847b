#pragma once

#include "sync/fhir/CompositionSource.h"
#include "sync/fhir/FhirJson.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::fhir {

// One finalised referral or discharge summary of the record → its JP-CLINS document bundle
// (ReferralBundleBuilder / DischargeSummaryBundleBuilder). Reads the document's current version, the chart items
// it names, its attachments and, for a referral carrying one, the attached discharge summary (as its own bundle
// inside a DocumentReference). Bundle.identifier is {医療機関番号}^{year the document was created}^D{id}-Referral
// (or -Discharge), so a corrected version sent again replaces the earlier one. Audited as an export.
class DocumentBundleExporter {
    Q_DECLARE_TR_FUNCTIONS(DocumentBundleExporter)
public:
    struct Options {
        QDateTime now;                     // Bundle.timestamp; the current time when empty
        std::optional<std::uint64_t> seed; // reproducible urn:uuid (tests); random otherwise
    };
    struct Result {
        Document::Kind kind = Document::Kind::Referral;
        QString identifier;
        QString fileName; // D0000012-Referral.json
        int version = 0;
        Json json;
    };

    explicit DocumentBundleExporter(ClinicRecord& record);
    // Throws tsumugi::Error: NotFound, Validation (a draft or withdrawn document, a received one, a patient that
    // cannot be shared, a referenced item missing).
    Result exportDocument(qint64 documentId, const Options& options = {});
    static QString identifierFor(const QString& institutionNumber, const Document& document);
    // What the builders read, for the given document (exposed for tests and previews).
    CompositionSource sourceFor(const Document& document, const QDateTime& now);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::fhir
