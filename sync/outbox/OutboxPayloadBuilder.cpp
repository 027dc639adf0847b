#include "sync/outbox/OutboxPayloadBuilder.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/DocumentBundleExporter.h"
#include "sync/fhir/FhirProfiles.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"
#include "core/record/ClinicRecord.h"

#include <QCryptographicHash>
#include <nlohmann/json.hpp>

namespace tsumugi::sync {

OutboxPayloadBuilder::OutboxPayloadBuilder(ClinicRecord& record, DocumentBuilder documents)
    : m_record(record)
    , m_documents(std::move(documents)) {}

QString OutboxPayloadBuilder::contentSha256(const QByteArray& json) {
    // nlohmann::json (not ordered_json) keeps keys sorted: its compact dump is the canonical form.
    const auto parsed = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    const std::string canonical = parsed.dump();
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256).toHex());
}

QString OutboxPayloadBuilder::memberIdOf(const QByteArray& bundle) {
    const auto j = nlohmann::json::parse(bundle.constData(), bundle.constData() + bundle.size(), nullptr, false);
    if (!j.is_object() || !j.contains("entry") || !j["entry"].is_array()) {
        return {};
    }
    for (const auto& e : j["entry"]) {
        const auto r = e.value("resource", nlohmann::json::object());
        if (r.value("resourceType", "") != "Patient" || !r.contains("identifier")) {
            continue;
        }
        for (const auto& id : r["identifier"]) {
            if (id.value("system", "") == fhir::uri::InsuranceMemberId) {
                return QString::fromStdString(id.value("value", ""));
            }
        }
    }
    return {};
}

QByteArray OutboxPayloadBuilder::deleteCommand(const QString& memberId, const QString& bundleIdentifier) {
    nlohmann::ordered_json j;
    j["memberId"] = memberId.toStdString();
    j["bundleIdentifier"] = bundleIdentifier.toStdString();
    return QByteArray::fromStdString(j.dump());
}

std::optional<OutboxPayloadBuilder::Document> OutboxPayloadBuilder::finalDocument(const OutboxItem& item,
                                                                                  const QDateTime& now) {
    const std::optional<tsumugi::Document> doc = m_record.documents().find(item.documentId);
    // Only our own finalised letters are sent; drafts wait, received ones are not ours to send.
    if (!doc || !doc->isOurs() || doc->status != tsumugi::Document::Status::Final) {
        return std::nullopt;
    }
    fhir::DocumentBundleExporter::Options options;
    options.now = now;
    const auto result = fhir::DocumentBundleExporter(m_record).exportDocument(item.documentId, options);
    Document out;
    out.bundleIdentifier = result.identifier;
    out.bytes = fhir::ClinsExporter::serialize(result.json);
    return out;
}

std::optional<OutboxQueue::Frozen> OutboxPayloadBuilder::build(const OutboxItem& item, const QDateTime& now) {
    OutboxQueue::Frozen f;
    if (item.kind == OutboxItem::Kind::Document) {
        // The current version was finalised for paper only (a queued earlier version never went out before it
        // was revised): nothing is sent, and a version the service already holds stays there, not deleted.
        if (const auto current = m_record.documents().find(item.documentId);
            current && current->isOurs() && current->status == tsumugi::Document::Status::Final &&
            !current->sendRequested) {
            return std::nullopt;
        }
        std::optional<Document> doc;
        if (m_documents) {
            doc = m_documents(m_record, item.documentId);
        } else {
            doc = finalDocument(item, now);
        }
        if (!doc) {
            if (!item.registered) {
                return std::nullopt; // a draft, or withdrawn before it was ever sent
            }
            // Withdrawn after it was sent: the service (and the addressee's mailbox) drops it.
            f.operation = OutboxItem::Operation::Delete;
            f.bundleIdentifier = item.bundleIdentifier;
            f.memberId = item.registeredMemberId;
            f.payload = deleteCommand(item.registeredMemberId, item.bundleIdentifier);
            f.sha256 = contentSha256(f.payload);
            return f;
        }
        f.operation = OutboxItem::Operation::Register;
        f.bundleIdentifier = doc->bundleIdentifier;
        f.memberId = doc->memberId.isEmpty() ? memberIdOf(doc->bytes) : doc->memberId;
        f.payload = doc->bytes;
        f.sha256 = contentSha256(doc->bytes);
        return f;
    }
    // The identifier's year is the unit's first send and stays with it, so every later snapshot (and the
    // delete) names the same registration.
    const int year = item.firstYear > 0 ? item.firstYear : now.toOffsetFromUtc(9 * 3600).date().year();
    fhir::ClinsExporter::Options options;
    options.year = year;
    options.now = now;
    std::optional<fhir::ClinsExporter::Bundle> unit;
    try {
        for (auto& b : fhir::ClinsExporter(m_record).exportPatient(item.patientId, options)) {
            if (b.resourceType == item.resourceType) {
                unit = std::move(b);
            }
        }
    } catch (const Error& e) {
        // A patient who cannot be shared any more (insurance removed, say) has an empty unit; if it was
        // registered, it must be withdrawn. Otherwise the reason goes to the user.
        if (e.kind() != Error::Kind::Validation || !item.registered) {
            throw;
        }
    }
    if (!unit) {
        if (!item.registered) {
            return std::nullopt;
        }
        f.operation = OutboxItem::Operation::Delete;
        f.bundleIdentifier = item.bundleIdentifier;
        f.memberId = item.registeredMemberId;
        f.firstYear = year;
        f.payload = deleteCommand(item.registeredMemberId, item.bundleIdentifier);
        f.sha256 = contentSha256(f.payload);
        return f;
    }
    f.operation = OutboxItem::Operation::Register;
    f.bundleIdentifier = unit->identifier;
    f.firstYear = year;
    f.payload = unit->data;
    f.memberId = memberIdOf(f.payload);
    f.sha256 = contentSha256(f.payload);
    return f;
}

} // namespace tsumugi::sync
