// The electronic-signature seam of documents (DocumentSigner / DocumentSignatures): with no signer registered
// (the shipped state) finalising records no signature and every status says so; a signer registered through the
// seam is asked exactly once per finalised version with the canonical bytes of that version, its signature is
// kept append-only, and a signer that is unavailable or refuses is handled without faking anything.
#include "ChartFixture.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/Statement.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSignatures.h"

#include <QCryptographicHash>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

namespace {
// A test double of the seam's interface (not of our store): records what it was asked to sign.
struct RecordingSigner : DocumentSigner {
    bool isAvailable = true;
    bool refuse = false;
    QList<QByteArray> inputs;

    bool available(QString* whyNot) const override {
        if (!isAvailable && whyNot) {
            *whyNot = QStringLiteral("HPKI card not inserted");
        }
        return isAvailable;
    }
    Signature sign(const QByteArray& canonicalBytes) override {
        if (refuse) {
            throw Error(Error::Kind::Validation, QStringLiteral("PIN entry cancelled"));
        }
        inputs << canonicalBytes;
        return {QByteArray("sig:") + QCryptographicHash::hash(canonicalBytes, QCryptographicHash::Sha256).toHex(),
                QStringLiteral("application/pkcs7-signature"),
                QStringLiteral("佐藤 医師 (HPKI test)"),
                {}};
    }
};

qint64 rowCount(ClinicRecord& record) {
    Statement st(record.db(), "SELECT COUNT(*) FROM document_signatures;");
    return st.step() ? st.int64(0) : -1;
}
} // namespace

class TestDocumentSignatures : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    DocumentRepository& docs() { return f->record().documents(); }

    Document referralDraft() {
        Document d;
        d.kind = Document::Kind::Referral;
        d.patientId = f->patientId;
        d.addressee = {QStringLiteral("つむぎ総合病院"), QStringLiteral("1310000017"), QStringLiteral("循環器内科"),
                       QStringLiteral("田中 先生")};
        d.purpose = QStringLiteral("精査加療のお願い");
        d.chiefComplaint = QStringLiteral("労作時胸痛");
        d.presentIllness = QStringLiteral("1か月前から階段昇降時に胸部圧迫感。");
        return docs().createDraft(d);
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void withoutASignerNothingClaimsASignature() {
        QVERIFY(docs().signatures().signer() == nullptr); // nothing is registered in the shipped product
        const Document draft = referralDraft();
        QCOMPARE(docs().signatures().statusText(draft),
                 DocumentSignatures::tr("Electronic signature: none (signing is not set up)"));
        const Document final = docs().finalize(draft.id);
        QCOMPARE(rowCount(f->record()), 0);
        QVERIFY(!docs().signatures().find(final.id, final.version));
        const QString status = docs().signatures().statusText(final);
        QCOMPARE(status, DocumentSignatures::tr("Electronic signature: none (signing is not set up)"));
        QVERIFY(!status.contains(QStringLiteral("signed by")));
    }

    void aRegisteredSignerSignsTheCanonicalBytesOfEachVersion() {
        auto signer = std::make_shared<RecordingSigner>();
        docs().signatures().setSigner(signer);
        const Document draft = referralDraft();
        QCOMPARE(docs().signatures().statusText(draft),
                 DocumentSignatures::tr("Electronic signature: signed when finalised"));
        QVERIFY(signer->inputs.isEmpty()); // saving a draft signs nothing

        const Document v1 = docs().finalize(draft.id);
        QCOMPARE(signer->inputs.size(), 1);
        // Exactly the canonical form of the version as finalised: its stamps and its stored content.
        QCOMPARE(signer->inputs.first(), DocumentSignatures::canonicalBytes(v1));
        const QString canonical = QString::fromUtf8(signer->inputs.first());
        QVERIFY(canonical.startsWith(QStringLiteral("tsumugi-document-signature/1\n")));
        QVERIFY(canonical.contains(QStringLiteral("document: %1\nversion: 1\nkind: referral\n").arg(v1.id)));
        QVERIFY(canonical.contains(QStringLiteral("finalized-by: 佐藤 医師")));
        QVERIFY(canonical.contains(QStringLiteral("精査加療のお願い")));
        const auto stored = docs().signatures().find(v1.id, 1);
        QVERIFY(stored);
        QCOMPARE(stored->value,
                 QByteArray("sig:") +
                     QCryptographicHash::hash(signer->inputs.first(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(
            stored->inputSha256,
            QString::fromLatin1(QCryptographicHash::hash(signer->inputs.first(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(docs().signatures().statusText(v1).contains(QStringLiteral("佐藤 医師 (HPKI test)")));

        // Version 2 is signed on its own; version 1's signature stays as it was, and cannot be changed.
        Document v2 = docs().startNewVersion(v1.id, QStringLiteral("宛先医師の訂正"));
        v2.addressee.doctor = QStringLiteral("鈴木 先生");
        v2 = docs().updateDraft(v2);
        v2 = docs().finalize(v2.id);
        QCOMPARE(signer->inputs.size(), 2);
        QVERIFY(signer->inputs.at(1).contains("version: 2\n"));
        QVERIFY(signer->inputs.at(1) != signer->inputs.at(0));
        QCOMPARE(rowCount(f->record()), 2);
        QCOMPARE(docs().signatures().find(v1.id, 1)->value, stored->value);
        bool refused = false;
        try {
            Statement st(f->record().db(), "DELETE FROM document_signatures;");
            st.run();
        } catch (const Error&) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void anUnavailableOrRefusingSignerFakesNothing() {
        auto signer = std::make_shared<RecordingSigner>();
        signer->isAvailable = false;
        docs().signatures().setSigner(signer);
        const Document draft = referralDraft();
        QCOMPARE(
            docs().signatures().statusText(draft),
            DocumentSignatures::tr("Electronic signature: none (%1)").arg(QStringLiteral("HPKI card not inserted")));
        const Document unsigned_ = docs().finalize(draft.id);
        QVERIFY(signer->inputs.isEmpty());
        QCOMPARE(rowCount(f->record()), 0);
        QCOMPARE(docs().signatures().statusText(unsigned_),
                 DocumentSignatures::tr("Electronic signature: none (finalised without a signature)"));

        // A signer that fails (e.g. the PIN dialog was cancelled): the finalisation does not happen at all.
        signer->isAvailable = true;
        signer->refuse = true;
        const Document other = referralDraft();
        bool failed = false;
        try {
            docs().finalize(other.id);
        } catch (const Error& e) {
            failed = e.message().contains(QStringLiteral("PIN"));
        }
        QVERIFY(failed);
        QCOMPARE(docs().find(other.id)->status, Document::Status::Draft);
        QCOMPARE(rowCount(f->record()), 0);
    }
};

TSUMUGI_TEST_CLASS(TestDocumentSignatures)
#include "test_document_signatures.moc"
