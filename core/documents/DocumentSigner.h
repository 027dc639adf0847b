#pragma once

#include <QByteArray>
#include <QString>

namespace tsumugi {

// The seam for an optional electronic signature on a finalised document (issue 7: "a later step: leave a clear
// seam, do not fake one"). Tsumugi ships no implementation: without a registered signer nothing is signed and
// nothing claims a signature. A real one (e.g. HPKI: the doctor's card signs with the 医師 qualification
// certificate through PKCS#11) implements this and is registered with DocumentSignatures::setSigner; it is
// asked once per finalised version, inside the finalising transaction, with DocumentSignatures::canonicalBytes.
// See docs/documents.md, "Electronic signature".
class DocumentSigner {
public:
    struct Signature {
        QByteArray value;       // the signature as the signer produced it (e.g. CMS SignedData, DER)
        QString format;         // its media type, e.g. application/pkcs7-signature
        QString signerName;     // who signed, as people read it (the certificate's subject)
        QByteArray certificate; // the signing certificate (DER), when the signer gives it
    };

    virtual ~DocumentSigner() = default;

    // Whether a signature can be made now; when not, *whyNot says why in words for people (e.g. "HPKI card not
    // inserted"). Finalising then goes on unsigned and the document says so.
    virtual bool available(QString* whyNot) const = 0;
    // Signs one finalised version's canonical bytes. Throws Error when signing fails or the doctor cancels
    // (e.g. the PIN dialog): the finalisation is then rolled back, nothing half-signed is kept.
    virtual Signature sign(const QByteArray& canonicalBytes) = 0;
};

} // namespace tsumugi
