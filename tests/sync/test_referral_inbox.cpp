// The referral inbox against a real tsumugi-sim: a letter addressed to this clinic is downloaded, checked against
// the mailbox's SHA-256, stored (raw JSON, encrypted record), linked to our patient and only then acknowledged;
// fetching again stores nothing twice; a receipt lost on the way is sent again next time without a second copy.
#include "support/ErrorKind.h"
#include "support/Prerequisite.h"
#include "support/SharingFixture.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"
#include "core/sharing/ReferralInboxStore.h"
#include "sync/services/ReferralInboxService.h"

#include <QJsonArray>

using namespace tsumugi;
using namespace tsumugi::test;

namespace {
QString sharedExamples() {
    return QStringLiteral(TSUMUGI_SOURCE_DIR) + QStringLiteral("/../shared/fhir/examples");
}

QByteArray referralTo(const QString& institution, const QString& identifier) {
    return SharingFixture::referralExampleTo(institution, identifier);
}
} // namespace

class TestReferralInbox : public QObject {
    Q_OBJECT
    std::unique_ptr<SharingFixture> f;

    void send(const QString& identifier) {
        const QByteArray body = referralTo(QStringLiteral("1310000001"), identifier);
        QVERIFY(!body.isEmpty());
        sync::HttpClient http(f->sim.settings());
        const auto res = http.post(QStringLiteral("/clins/bundles"), body, "application/fhir+json");
        QVERIFY2(res.status == 201, res.body.constData());
    }
    int simEvents(const QString& action) {
        return f->sim.dump()
            .value(QStringLiteral("totals"))
            .toObject()
            .value(QStringLiteral("eventsByAction"))
            .toObject()
            .value(action)
            .toInt();
    }

private slots:
    void init() {
        SHARING_REQUIRE_SIM();
        if (!QFileInfo::exists(sharedExamples() + QStringLiteral("/Bundle-Bundle-CLINS-Referral-Example-01.json"))) {
            TSUMUGI_MISSING_PREREQUISITE("the guide's referral example is not in ../shared/fhir/examples");
        }
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(true), qPrintable(f->simError));
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
    }
    void cleanup() { f.reset(); }

    void fetchStoresLinksAndAcknowledgesOnce() {
        send(QStringLiteral("1318814790^2026^REF-0001"));
        const auto first = sync::ReferralInboxService(f->record()).fetch();
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join('\n')));
        QCOMPARE(first.listed, 1);
        QCOMPARE(first.stored, 1);
        QCOMPARE(first.linked, 1);
        QCOMPARE(first.acknowledged, 1);

        const auto letters = ReferralInboxStore(f->record()).list();
        QCOMPARE(letters.size(), 1);
        const ReferralLetter& l = letters.first();
        QCOMPARE(l.bundleIdentifier, QStringLiteral("1318814790^2026^REF-0001"));
        QCOMPARE(l.sender, QStringLiteral("1318814790"));
        QCOMPARE(l.patientId, f->patientNamed(QStringLiteral("山田")).id);
        QCOMPARE(l.importStatus, ReferralLetter::ImportStatus::NotImported); // linked; the doctor files it
        QVERIFY(l.isAcknowledged());
        QCOMPARE(sync::ReferralInboxService::canonicalSha256(l.documentJson), l.sha256);
        QVERIFY(l.documentJson.contains("57133-1"));
        QCOMPARE(simEvents(QStringLiteral("received")), 1);

        // The clerk cannot file it into a chart; the doctor can, into the linked patient's chart.
        TSUMUGI_VERIFY_ERROR(sync::ReferralInboxService(f->record()).fileIntoChart(l.id, {}),
                             Error::Kind::PermissionDenied);
        f->signIn(SharingFixture::DoctorName, SharingFixture::DoctorPassword);
        const fhir::FhirImportResult filed = sync::ReferralInboxService(f->record()).fileIntoChart(l.id, {});
        QVERIFY2(filed.ok(), qPrintable(filed.text()));
        QCOMPARE(filed.patientId, l.patientId);
        const Document d = f->record().documents().open(filed.documentId);
        QCOMPARE(d.purpose, QStringLiteral("腹痛精査お願いします。"));
        QCOMPARE(d.patientId, l.patientId);
        QCOMPARE(d.diagnosisIds.size(), 2);
        const ReferralLetter after = *ReferralInboxStore(f->record()).findById(l.id);
        QCOMPARE(after.importStatus, ReferralLetter::ImportStatus::Imported);
        QVERIFY2(after.importMessage.contains(QString::number(filed.documentId)), qPrintable(after.importMessage));
        // Filing it again files nothing twice.
        const fhir::FhirImportResult again = sync::ReferralInboxService(f->record()).fileIntoChart(l.id, {});
        QVERIFY(again.ok());
        QCOMPARE(again.documentId, filed.documentId);
        QCOMPARE(again.added, 0);
        QCOMPARE(f->record().documents().listForPatient(l.patientId).size(), 1);
        // The inbox opens the filed letter by its bundle identifier.
        QCOMPARE(f->record().documents().receivedDocumentId(l.bundleIdentifier).value_or(0), filed.documentId);
        QVERIFY(!f->record().documents().receivedDocumentId(QStringLiteral("urn:uuid:not-received")));
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);

        // Fetching again: the letter is still listed (deleted 7 days after receipt) but nothing is stored twice.
        const auto second = sync::ReferralInboxService(f->record()).fetch();
        QCOMPARE(second.listed, 1);
        QCOMPARE(second.stored, 0);
        QCOMPARE(second.alreadyStored, 1);
        QCOMPARE(second.acknowledged, 0);
        QCOMPARE(ReferralInboxStore(f->record()).list().size(), 1);
        QCOMPARE(simEvents(QStringLiteral("received")), 1);
    }

    void lostReceiptIsSentAgainWithoutSecondCopy() {
        send(QStringLiteral("1318814790^2026^REF-0002"));
        // The receipt is not taken (the service answers 503 to it): the letter is kept anyway. (A dropped connection
        // is no test here: libcurl resends a request whose reused connection died before any answer.)
        QVERIFY(f->sim.setFaults(R"({"mode":"error","status":503,"count":1,"path":"/mailbox","method":"POST"})"));
        const auto first = sync::ReferralInboxService(f->record()).fetch();
        QCOMPARE(first.stored, 1);
        QCOMPARE(first.acknowledged, 0);
        QCOMPARE(first.failed, 1);
        QCOMPARE(ReferralInboxStore(f->record()).awaitingReceipt().size(), 1);
        QCOMPARE(simEvents(QStringLiteral("received")), 0);

        const auto second = sync::ReferralInboxService(f->record()).fetch();
        QCOMPARE(second.stored, 0);
        QCOMPARE(second.alreadyStored, 1);
        QCOMPARE(second.acknowledged, 1);
        QCOMPARE(ReferralInboxStore(f->record()).list().size(), 1);
        QVERIFY(ReferralInboxStore(f->record()).awaitingReceipt().isEmpty());
        QCOMPARE(simEvents(QStringLiteral("received")), 1);
    }

    void serviceDownKeepsNothingHalfDone() {
        send(QStringLiteral("1318814790^2026^REF-0003"));
        f->sim.stop();
        const auto down = sync::ReferralInboxService(f->record()).fetch();
        QCOMPARE(down.listed, 0);
        QCOMPARE(down.failed, 1);
        QVERIFY(!down.problems.isEmpty());
        QVERIFY(ReferralInboxStore(f->record()).list().isEmpty());
        QString error;
        QVERIFY2(f->sim.restart(&error), qPrintable(error));
        QCOMPARE(sync::ReferralInboxService(f->record()).fetch().stored, 1);
    }

    void letterForUnknownPatientIsKeptUnlinked() {
        // The same letter about someone we have not registered: kept, not linked, acknowledged.
        QByteArray body = referralTo(QStringLiteral("1310000001"), QStringLiteral("1318814790^2026^REF-0004"));
        body.replace("01130012:1234:567:00", "01130012:1234:111:00");
        sync::HttpClient http(f->sim.settings());
        QCOMPARE(http.post(QStringLiteral("/clins/bundles"), body, "application/fhir+json").status, 201);
        const auto c = sync::ReferralInboxService(f->record()).fetch();
        QCOMPARE(c.stored, 1);
        QCOMPARE(c.linked, 0);
        const auto l = ReferralInboxStore(f->record()).list().first();
        QCOMPARE(l.patientId, 0);
        QVERIFY(l.importMessage.contains(QStringLiteral("01130012:1234:111:00")));
    }
};

TSUMUGI_TEST_CLASS(TestReferralInbox)
#include "test_referral_inbox.moc"
