#pragma once

#include "core/outbox/OutboxItem.h"
#include "core/outbox/OutboxQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

// Freezes what an outbox item will send, from the record as it is now: a patient's CLINS snapshot of one
// resource type (ClinsExporter), the delete command when that unit became empty after it was registered,
// or a document bundle (through the document builder seam). Nothing → nullopt (nothing to send).
class OutboxPayloadBuilder {
    Q_DECLARE_TR_FUNCTIONS(OutboxPayloadBuilder)
public:
    struct Document {
        QString bundleIdentifier;
        QString memberId;
        QByteArray bytes;
    };
    // Builds a document's bundle; nullopt = nothing to send (a draft; a withdrawn one that was sent is deleted).
    // Default: DocumentBundleExporter for our own finalised referrals and discharge summaries.
    using DocumentBuilder = std::function<std::optional<Document>(ClinicRecord&, qint64 documentId)>;

    explicit OutboxPayloadBuilder(ClinicRecord& record, DocumentBuilder documents = {});

    // Throws tsumugi::Error (Validation) when the unit cannot be built (e.g. a patient without insurance).
    std::optional<OutboxQueue::Frozen> build(const OutboxItem& item, const QDateTime& now);

    // SHA-256 (hex) of the canonical JSON: keys sorted, no whitespace — the hash the service reports.
    static QString contentSha256(const QByteArray& json);
    // The Patient's JP_Insurance_memberID in a bundle (empty when absent).
    static QString memberIdOf(const QByteArray& bundle);
    static QByteArray deleteCommand(const QString& memberId, const QString& bundleIdentifier);

private:
    std::optional<Document> finalDocument(const OutboxItem& item, const QDateTime& now);

    ClinicRecord& m_record;
    DocumentBuilder m_documents;
};

} // namespace tsumugi::sync
