#pragma once

#include "core/documents/Document.h"
#include "core/documents/DocumentSigner.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Electronic signatures of our finalised documents (table document_signatures, migration 11), made through the
// DocumentSigner seam. No signer is registered by default, so finalising records no signature and
// statusText() says "none (signing is not set up)" rather than letting anyone assume one.
class DocumentSignatures {
    Q_DECLARE_TR_FUNCTIONS(DocumentSignatures)
public:
    struct Stored {
        int version = 0;
        QString format;
        QByteArray value;
        QString signerName;
        QByteArray certificate;
        QString inputSha256; // SHA-256 (hex) of the canonical bytes that were signed
        QDateTime signedAt;
    };

    explicit DocumentSignatures(ClinicRecord& record);

    // Registers (or with nullptr removes) the signer used when documents are finalised from now on.
    void setSigner(std::shared_ptr<DocumentSigner> signer) { m_signer = std::move(signer); }
    DocumentSigner* signer() const { return m_signer.get(); }

    // What a signature covers: one finalised version, in a fixed UTF-8 text form — document id, version, kind,
    // patient, date, who finalised it and when, the attachments' SHA-256, and the content exactly as stored in
    // document_versions (DocumentContent::encode, keys sorted). Recomputable from the record to verify later.
    static QByteArray canonicalBytes(const Document& finalised);

    // Called by DocumentRepository::finalize inside its transaction, with the document as just finalised.
    // Without a signer, or when it is not available, records nothing. A signer's Error propagates.
    void signFinalised(const Document& finalised);

    std::optional<Stored> find(qint64 documentId, int version) const;
    // The line the editor and the viewer show, e.g. "Electronic signature: none (signing is not set up)".
    QString statusText(const Document& document) const;

private:
    ClinicRecord& m_record;
    std::shared_ptr<DocumentSigner> m_signer;
};

} // namespace tsumugi
