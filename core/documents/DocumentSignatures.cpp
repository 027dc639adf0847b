#include "core/documents/DocumentSignatures.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/documents/DocumentContent.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>

namespace tsumugi {

DocumentSignatures::DocumentSignatures(ClinicRecord& record)
    : m_record(record) {}

QByteArray DocumentSignatures::canonicalBytes(const Document& d) {
    QStringList lines;
    lines << QStringLiteral("tsumugi-document-signature/1");
    lines << QStringLiteral("document: %1").arg(d.id);
    lines << QStringLiteral("version: %1").arg(d.version);
    lines << QStringLiteral("kind: %1").arg(documentKindToString(d.kind));
    lines << QStringLiteral("patient: %1").arg(d.patientId);
    lines << QStringLiteral("date: %1").arg(d.documentDate.toString(Qt::ISODate));
    lines << QStringLiteral("finalized-at: %1").arg(Timestamp::toStorage(d.finalizedAt));
    lines << QStringLiteral("finalized-by: %1").arg(d.finalizedBy);
    for (const DocumentAttachment& a : d.attachments) {
        lines << QStringLiteral("attachment: %1 %2").arg(a.id).arg(QString::fromLatin1(a.sha256));
    }
    lines << QStringLiteral("content: %1").arg(DocumentContent::encode(d));
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

void DocumentSignatures::signFinalised(const Document& d) {
    QString whyNot;
    if (!m_signer || !m_signer->available(&whyNot)) {
        return; // unsigned, and statusText() says so
    }
    const QByteArray input = canonicalBytes(d);
    const DocumentSigner::Signature s = m_signer->sign(input);
    if (s.value.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The signer returned no signature; the document was not finalised."));
    }
    Statement ins(m_record.db(),
                  "INSERT INTO document_signatures (document_id, version, format, signature, signer_name, "
                  "certificate, input_sha256, signed_at) VALUES (?,?,?,?,?,?,?,?);");
    ins.bind(1, d.id).bind(2, d.version).bind(3, s.format).bind(4, s.value).bind(5, s.signerName);
    if (s.certificate.isEmpty()) {
        ins.bindNull(6);
    } else {
        ins.bind(6, s.certificate);
    }
    ins.bind(7, QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
    ins.bind(8, Timestamp::toStorage(m_record.clock().now())).run();
}

std::optional<DocumentSignatures::Stored> DocumentSignatures::find(qint64 documentId, int version) const {
    Statement st(m_record.db(), "SELECT format, signature, signer_name, certificate, input_sha256, signed_at "
                                "FROM document_signatures WHERE document_id = ? AND version = ?;");
    st.bind(1, documentId).bind(2, version);
    if (!st.step()) {
        return std::nullopt;
    }
    Stored s;
    s.version = version;
    s.format = st.text(0);
    s.value = st.blob(1);
    s.signerName = st.text(2);
    s.certificate = st.isNull(3) ? QByteArray() : st.blob(3);
    s.inputSha256 = st.text(4);
    s.signedAt = Timestamp::fromStorage(st.text(5));
    return s;
}

QString DocumentSignatures::statusText(const Document& d) const {
    if (!d.isOurs()) {
        // A received letter's own signature (if any) is not checked here.
        return tr("Electronic signature: not checked (received document)");
    }
    if (d.id != 0 && d.status != Document::Status::Draft) {
        if (const auto s = find(d.id, d.version)) {
            return tr("Electronic signature: signed by %1 at %2")
                .arg(s->signerName, s->signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
    QString whyNot;
    if (!m_signer) {
        return tr("Electronic signature: none (signing is not set up)");
    }
    if (d.status == Document::Status::Draft) {
        return m_signer->available(&whyNot) ? tr("Electronic signature: signed when finalised")
                                            : tr("Electronic signature: none (%1)").arg(whyNot);
    }
    // A signer exists now but this version was finalised unsigned (before it was set up, or it was unavailable).
    return tr("Electronic signature: none (finalised without a signature)");
}

} // namespace tsumugi
