// Online eligibility (オンライン資格確認) against a real tsumugi-sim over HTTPS: every answer of the seed table by
// card and by card data, the wrong check digit, a failed verification, the reported insurance offered and accepted
// as a new patient version, and 未確認 while the service is down with a retry that succeeds once it is back.
#include "support/ErrorKind.h"
#include "support/SharingFixture.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/eligibility/InsuranceDifference.h"
#include "sync/services/EligibilityService.h"

using namespace tsumugi;
using namespace tsumugi::test;

class TestEligibility : public QObject {
    Q_OBJECT
    std::unique_ptr<SharingFixture> f;

    EligibilityCheck card(const QString& id, qint64 patientId = 0) {
        return sync::EligibilityService(f->record()).check(EligibilityRequest::card(id), patientId, 0);
    }
    EligibilityCheck cardData(const Insurance& i, const QDate& birth, qint64 patientId = 0, qint64 receptionId = 0) {
        return sync::EligibilityService(f->record())
            .check(EligibilityRequest::cardData(i, birth), patientId, receptionId);
    }

private slots:
    void init() {
        SHARING_REQUIRE_SIM();
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(), qPrintable(f->simError));
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
    }
    void cleanup() { f.reset(); }

    void cardAnswersEveryKind() {
        const EligibilityCheck valid = card(QStringLiteral("MN-0001"));
        QCOMPARE(valid.status, EligibilityCheck::Status::Checked);
        QVERIFY(valid.result);
        QCOMPARE(valid.result->validity, EligibilityResult::Validity::Valid);
        QCOMPARE(valid.result->resultText, QStringLiteral("有効"));
        QCOMPARE(valid.result->name, QStringLiteral("山田 太郎"));
        QCOMPARE(valid.result->insurance->insurerName, QStringLiteral("全国健康保険協会 北海道支部"));
        QCOMPARE(valid.result->insurance->copayRate, QStringLiteral("3割"));
        QCOMPARE(valid.result->insurance->limitCategory, QStringLiteral("区分ウ"));
        QVERIFY(valid.result->consents.clinical && valid.result->consents.surgery);
        QCOMPARE(valid.result->consents.expiresAt, QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC));
        QCOMPARE(valid.result->accessToken.size(), 64);

        const EligibilityCheck lost = card(QStringLiteral("MN-0003"));
        QCOMPARE(lost.result->validity, EligibilityResult::Validity::Invalid);
        QCOMPARE(lost.result->insurance->lostOn, QDate(2026, 3, 31));

        // The card is linked to the person: the answer is the qualification valid today (the new one).
        const EligibilityCheck renewed = card(QStringLiteral("MN-0004"));
        QCOMPARE(renewed.result->validity, EligibilityResult::Validity::Valid);
        QCOMPARE(renewed.result->insurance->insurance.insurerNumber, QStringLiteral("06270011"));

        const EligibilityCheck unknown = card(QStringLiteral("MN-9999"));
        QCOMPARE(unknown.result->validity, EligibilityResult::Validity::NotFound);
        QVERIFY(unknown.result->accessToken.isEmpty());

        // MN-0005 gave no consent: valid, but nothing opens the summary outside an emergency.
        const EligibilityCheck noConsent = card(QStringLiteral("MN-0005"));
        QCOMPARE(noConsent.result->validity, EligibilityResult::Validity::Valid);
        QVERIFY(!noConsent.result->consents.any());

        // The consents chosen at the reader are what the service records.
        EligibilityRequest chosen =
            EligibilityRequest::card(QStringLiteral("MN-0006"), EligibilityRequest::Method::Pin);
        ConsentFlags c;
        c.medication = true;
        chosen.consents = c;
        const EligibilityCheck partial = sync::EligibilityService(f->record()).check(chosen, 0, 0);
        QVERIFY(partial.result->consents.medication);
        QVERIFY(!partial.result->consents.clinical);
    }

    void cardDataAnswersEveryKind() {
        const auto valid = cardData({"01130012", "1234", "567", "00"}, QDate(1975, 4, 12));
        QCOMPARE(valid.result->validity, EligibilityResult::Validity::Valid);
        QVERIFY(!valid.result->consents.any()); // card data carry no consent

        const auto elderly = cardData({"39131016", "", "00012345", ""}, QDate(1948, 11, 3));
        QCOMPARE(elderly.result->validity, EligibilityResult::Validity::Valid);
        QCOMPARE(elderly.result->insurance->elderlyCategory, QStringLiteral("後期高齢者"));
        QCOMPARE(elderly.result->insurance->copayRate, QStringLiteral("1割"));

        const auto lost = cardData({"06139992", "88", "1001", "01"}, QDate(1990, 1, 20));
        QCOMPARE(lost.result->validity, EligibilityResult::Validity::Invalid);

        const auto renewed = cardData({"138040", "12-34", "5678", "03"}, QDate(2015, 7, 7));
        QCOMPARE(renewed.result->validity, EligibilityResult::Validity::NewQualification);
        QCOMPARE(renewed.result->resultText, QStringLiteral("新しい資格あり"));
        QVERIFY(renewed.result->newInsurance);
        QCOMPARE(renewed.result->newInsurance->insurance.insurerNumber, QStringLiteral("06270011"));
        QCOMPARE(renewed.result->current()->insurance.number, QStringLiteral("77"));

        const auto twins = cardData({"27130012", "55", "900", "00"}, QDate(1970, 5, 5));
        QCOMPARE(twins.result->validity, EligibilityResult::Validity::Multiple);
        QCOMPARE(twins.result->matches, 2);

        const auto nobody = cardData({"01130012", "1234", "999", "00"}, QDate(1975, 4, 12));
        QCOMPARE(nobody.result->validity, EligibilityResult::Validity::NotFound);
        QCOMPARE(nobody.result->resultText, QStringLiteral("該当なし"));
    }

    void wrongCheckDigitIsItsOwnError() {
        const Patient yamada = f->patientNamed(QStringLiteral("山田"));
        const auto c = cardData({"01130013", "1234", "567", "00"}, QDate(1975, 4, 12), yamada.id);
        QCOMPARE(c.status, EligibilityCheck::Status::Error);
        QCOMPARE(c.errorCode, QStringLiteral("invalid-check-digit"));
        QVERIFY(!c.result);
        QVERIFY2(c.message.contains(QStringLiteral("01130013")) && c.message.contains(QStringLiteral("check digit")),
                 qPrintable(c.message));
        QVERIFY(!c.message.contains(QStringLiteral("not found"), Qt::CaseInsensitive));
        // Stored and audited like every check.
        const auto stored = EligibilityLog(f->record()).latestForPatient(yamada.id);
        QVERIFY(stored);
        QCOMPARE(stored->errorCode, QStringLiteral("invalid-check-digit"));
        QVERIFY(f->auditRows(QStringLiteral("eligibility"), QStringLiteral("invalid-check-digit")) >= 1);
    }

    void failedVerificationAndBadInput() {
        EligibilityRequest r = EligibilityRequest::card(QStringLiteral("MN-0001"), EligibilityRequest::Method::Face);
        r.verified = false;
        const auto c = sync::EligibilityService(f->record()).check(r, 0, 0);
        QCOMPARE(c.status, EligibilityCheck::Status::Error);
        QCOMPARE(c.errorCode, QStringLiteral("verification-failed"));
        // Input the desk can fix is refused before anything is sent.
        try {
            cardData({"0113", "", "", ""}, QDate());
            QFAIL("bad card data accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY(e.message().contains(QStringLiteral("6 or 8 digits")));
            QVERIFY(e.message().contains(QStringLiteral("birth date")));
        }
    }

    void differingInsuranceIsOfferedAndAcceptedAsNewVersion() {
        const Patient misaki = f->patientNamed(QStringLiteral("高橋"));
        QCOMPARE(misaki.insurance.insurerNumber, QStringLiteral("138040"));
        const qint64 entry = f->receptionOf(misaki.id);
        QVERIFY(entry != 0);
        const auto c = cardData(misaki.insurance, misaki.birthDate, misaki.id, entry);
        QCOMPARE(c.result->validity, EligibilityResult::Validity::NewQualification);
        const auto diff = InsuranceDifference::between(misaki.insurance, *InsuranceDifference::proposedFor(*c.result));
        QCOMPARE(diff.size(), 3); // insurer, symbol, number (branch 03 stays)
        // Nothing was applied by the check itself.
        QCOMPARE(f->record().patients().open(misaki.id)->version, misaki.version);
        QCOMPARE(EligibilityLog(f->record()).latestForReception(entry)->id, c.id);

        const Patient saved = EligibilityLog(f->record()).acceptInsuranceUpdate(c.id, misaki.version);
        QCOMPARE(saved.version, misaki.version + 1);
        QCOMPARE(saved.insurance, (Insurance{"06270011", "5", "77", "03"}));
        const auto history = f->record().patients().history(misaki.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().patient.insurance.insurerNumber, QStringLiteral("138040"));
        QVERIFY(EligibilityLog(f->record()).find(c.id)->insuranceUpdateAt.isValid());
        QVERIFY(f->auditRows(QStringLiteral("eligibility"), QStringLiteral("insurance accepted")) == 1);
        // Accepting again (or with a stale version) changes nothing.
        TSUMUGI_VERIFY_ERROR(EligibilityLog(f->record()).acceptInsuranceUpdate(c.id, saved.version),
                             Error::Kind::Validation);
        QCOMPARE(f->record().patients().open(misaki.id)->version, saved.version);
        // An answer without a valid qualification offers nothing.
        const auto lost = card(QStringLiteral("MN-0003"), f->patientNamed(QStringLiteral("鈴木")).id);
        QVERIFY(!InsuranceDifference::proposedFor(*lost.result));
        TSUMUGI_VERIFY_ERROR(EligibilityLog(f->record()).acceptInsuranceUpdate(lost.id, 1), Error::Kind::Validation);
    }

    void offlineIsNotCheckedAndRetrySucceedsWhenBack() {
        const Patient yamada = f->patientNamed(QStringLiteral("山田"));
        const qint64 entry = f->receptionOf(yamada.id);
        f->sim.stop();
        const auto offline = cardData(yamada.insurance, yamada.birthDate, yamada.id, entry);
        QCOMPARE(offline.status, EligibilityCheck::Status::NotChecked);
        QCOMPARE(offline.errorCode, QStringLiteral("network"));
        QVERIFY(offline.message.contains(QStringLiteral("未確認")));
        const auto marked = EligibilityLog(f->record()).latestForReception(entry);
        QCOMPARE(marked->status, EligibilityCheck::Status::NotChecked);
        QCOMPARE(marked->request.insurance, yamada.insurance); // kept for the retry

        QString error;
        QVERIFY2(f->sim.restart(&error), qPrintable(error));
        const auto retried = sync::EligibilityService(f->record()).retry(offline.id);
        QCOMPARE(retried.status, EligibilityCheck::Status::Checked);
        QCOMPARE(retried.result->validity, EligibilityResult::Validity::Valid);
        QCOMPARE(retried.receptionId, entry);
        QCOMPARE(EligibilityLog(f->record()).latestForReception(entry)->id, retried.id);
        // Both attempts stay in the record.
        QCOMPARE(EligibilityLog(f->record()).forPatient(yamada.id).size(), 2);
    }

    void notConfiguredIsNotChecked() {
        f->signIn(TempRecord::AdminName, TempRecord::AdminPassword);
        f->record().settings().setServerUrl(QString());
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
        const auto c = card(QStringLiteral("MN-0001"));
        QCOMPARE(c.status, EligibilityCheck::Status::NotChecked);
        QVERIFY(c.message.contains(QStringLiteral("server-url")));
    }
};

TSUMUGI_TEST_CLASS(TestEligibility)
#include "test_eligibility.moc"
