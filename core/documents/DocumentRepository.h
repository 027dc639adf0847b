#pragma once

#include "core/documents/AddressBookRepository.h"
#include "core/documents/Document.h"
#include "core/documents/DocumentSignatures.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace tsumugi {

class ChartItemJournal;
class ClinicRecord;

// Referrals and discharge summaries with 真正性, as for chart notes: drafts, finalisation with author and time,
// a new version for a later edit (the finalised ones stay readable), withdrawal instead of deletion. Doctors
// write (WriteCharts); doctors and admins read (ReadCharts). Every view and change is audited; every change
// calls the record's ChartChangeListener (Item::Document) inside its transaction, so finalising can queue the
// document for sending atomically. Received documents (sourceInstitution set) are read-only.
class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    explicit DocumentRepository(ClinicRecord& record);
    ~DocumentRepository();

    // A new draft (version 1) of document.kind for document.patientId. Attachments are added afterwards.
    Document createDraft(const Document& document);
    // Saves the draft: document.id and document.version must be the current ones (else Conflict).
    Document updateDraft(const Document& document);
    struct FinalizeOptions {
        // Queue the document for the sharing service (in the same transaction). Off: paper only.
        bool send = false;
    };
    // Draft → final, stamped with the signed-in doctor and the time; checks what the FHIR document requires.
    Document finalize(qint64 documentId, FinalizeOptions options);
    Document finalize(qint64 documentId) { return finalize(documentId, FinalizeOptions{}); }
    // A finalised own document that was not sent: the doctor chooses to send it now (queued in this transaction).
    Document requestSend(qint64 documentId);
    // Starts the next version of a finalised document as a draft with the same content.
    Document startNewVersion(qint64 documentId, const QString& reason = {});
    Document withdraw(qint64 documentId, const QString& reason);
    // A document received from another institution (import, inbox): stored final and read-only, with its raw JSON.
    Document saveReceived(const Document& document);
    enum class ReceiveOutcome { Added, Updated, Unchanged };
    struct Received {
        Document document;
        ReceiveOutcome outcome = ReceiveOutcome::Added;
    };
    // As saveReceived, known by (sourceInstitution, sourceKey) — the sender's Bundle.identifier: the same letter
    // again (same raw JSON) changes nothing; a changed one becomes the next version (the earlier stays readable).
    // Runs inside the caller's transaction when there is one (an import is one transaction per file).
    Received receive(const Document& document, const QString& sourceKey);
    // The received document filed under the sender's Bundle.identifier, if any (e.g. an inbox letter once filed).
    std::optional<qint64> receivedDocumentId(const QString& sourceKey) const;

    // Reading without an audit row (for code that audits the larger action itself, e.g. an export).
    std::optional<Document> find(qint64 documentId) const;
    // Reading for a person: audited as a view. NotFound when there is no such document.
    Document open(qint64 documentId);
    // A patient's documents, newest first (content included), audited as one view.
    QList<Document> listForPatient(qint64 patientId);
    // A finalised version as it was (or the current one when version is the current version), audited.
    Document loadVersion(qint64 documentId, int version);
    QList<DocumentVersionInfo> history(qint64 documentId);

    // Adds a file to a draft (type from the file name when mediaType is empty; ≤ DocumentAttachment::MaxBytes).
    DocumentAttachment addAttachment(qint64 documentId, const QString& fileName, const QByteArray& data,
                                     const QString& title = {}, const QString& mediaType = {});
    // Takes an attachment off a draft (the stored bytes stay, for older versions).
    Document removeAttachment(qint64 documentId, qint64 attachmentId);
    // The bytes of an attachment, audited as a view.
    QByteArray attachmentData(qint64 attachmentId);

    AddressBookRepository& addressBook() { return m_addressBook; }
    // The electronic-signature seam: finalize() asks the registered DocumentSigner (none by default).
    DocumentSignatures& signatures() { return m_signatures; }

private:
    Document requireDocument(qint64 documentId) const;
    void checkReferences(const Document& document, bool finalising) const;
    void fillAttachments(Document& document) const;

    ClinicRecord& m_record;
    std::unique_ptr<ChartItemJournal> m_journal;
    AddressBookRepository m_addressBook;
    DocumentSignatures m_signatures;
};

} // namespace tsumugi
