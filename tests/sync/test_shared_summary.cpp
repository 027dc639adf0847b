// The shared record / emergency summary against a real tsumugi-sim: pulled with the access token and consent of
// the last card check, grouped by section and source, withheld sections named; refused without consent unless in
// emergency mode with a reason (which the audit trail keeps); a shared allergy from another clinic adopted into
// the own record with its source kept, once.
#include "support/ErrorKind.h"
#include "support/SharingFixture.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/sharing/SharedSummaryStore.h"
#include "sync/services/EligibilityService.h"
#include "sync/services/SharedItemAdopter.h"
#include "sync/services/SharedSummaryReader.h"
#include "sync/services/SummaryService.h"

using namespace tsumugi;
using namespace tsumugi::test;

class TestSharedSummary : public QObject {
    Q_OBJECT
    std::unique_ptr<SharingFixture> f;

    void checkCard(const QString& cardId, qint64 patientId) {
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
        const auto c = sync::EligibilityService(f->record()).check(EligibilityRequest::card(cardId), patientId, 0);
        QCOMPARE(c.status, EligibilityCheck::Status::Checked);
        f->signIn(SharingFixture::DoctorName, SharingFixture::DoctorPassword);
    }

private slots:
    void init() {
        SHARING_REQUIRE_SIM();
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(), qPrintable(f->simError));
    }
    void cleanup() { f.reset(); }

    void consentedPullIsGroupedBySectionAndSource() {
        const Patient yamada = f->patientNamed(QStringLiteral("山田"));
        checkCard(QStringLiteral("MN-0001"), yamada.id);
        const SharedSummary s = sync::SummaryService(f->record()).pull(yamada.id, false);
        QCOMPARE(s.mode, SharedSummary::Mode::Consented);
        QVERIFY(s.withheldSections.isEmpty());
        // Windows (sim clock 2026-11-20): visits 3 months → 7 and 35 and 80 days ago, not 130 or 400.
        const auto visits = s.itemsOf(QStringLiteral("visits"));
        QCOMPARE(visits.size(), 3);
        QCOMPARE(visits.first().sourceName, QStringLiteral("つむぎ内科クリニック"));
        QCOMPARE(s.itemsOf(QStringLiteral("dispensing")).size(), 2); // 45 days
        QCOMPARE(s.itemsOf(QStringLiteral("surgery")).size(), 1);    // 5 years
        QCOMPARE(s.itemsOf(QStringLiteral("healthChecks")).size(), 2);
        QCOMPARE(s.itemsOf(QStringLiteral("dispensing")).first().sourceName, QStringLiteral("さくら薬局"));
        const QString text = sync::SummaryService::plainText(s);
        QVERIFY(text.contains(QStringLiteral("[東京第一テスト病院]")));
        QVERIFY(text.contains(QStringLiteral("腹腔鏡下胆嚢摘出術")));
        QVERIFY(!text.contains(QStringLiteral("虫垂切除術"))); // older than 5 years
        // Kept in the record and read back the same.
        const auto again = sync::SummaryService(f->record()).latest(yamada.id);
        QVERIFY(again);
        QCOMPARE(again->items.size(), s.items.size());
        QCOMPARE(again->pulledBy, QStringLiteral("佐藤 医師"));
    }

    void partialConsentWithholdsSections() {
        const Patient sato = f->patientNamed(QStringLiteral("佐藤"));
        checkCard(QStringLiteral("MN-0002"), sato.id); // clinical + medication only
        const SharedSummary s = sync::SummaryService(f->record()).pull(sato.id, false);
        QVERIFY(s.withheldSections.contains(QStringLiteral("surgery")));
        QVERIFY(s.withheldSections.contains(QStringLiteral("healthChecks")));
        QVERIFY(!s.withheldSections.contains(QStringLiteral("dialysis")));
        QVERIFY(!s.itemsOf(QStringLiteral("dialysis")).isEmpty());
        QVERIFY(sync::SummaryService::plainText(s).contains(QStringLiteral("withheld")));
    }

    void noConsentOnlyInEmergencyWithReason() {
        const Patient tanaka = f->patientNamed(QStringLiteral("田中"));
        checkCard(QStringLiteral("MN-0005"), tanaka.id);
        try {
            sync::SummaryService(f->record()).pull(tanaka.id, false);
            QFAIL("pulled without consent");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
            QVERIFY(e.message().contains(QStringLiteral("emergency")));
        }
        try {
            sync::SummaryService(f->record()).pull(tanaka.id, true, QStringLiteral("   "));
            QFAIL("emergency without a reason");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
        }
        QVERIFY(!SharedSummaryStore(f->record()).latestForPatient(tanaka.id));
        const QString reason = QStringLiteral("意識障害で救急搬送、服薬歴の確認が必要");
        const SharedSummary s = sync::SummaryService(f->record()).pull(tanaka.id, true, reason);
        QCOMPARE(s.mode, SharedSummary::Mode::Emergency);
        QVERIFY(s.withheldSections.isEmpty());
        QCOMPARE(s.reason, reason);
        QCOMPARE(f->auditRows(QStringLiteral("shared-summary"), QStringLiteral("reason: ") + reason), 1);
        QVERIFY(sync::SummaryService::plainText(s).contains(reason));
    }

    void withoutACheckThereIsNoToken() {
        const Patient ito = f->patientNamed(QStringLiteral("伊藤"));
        f->signIn(SharingFixture::DoctorName, SharingFixture::DoctorPassword);
        try {
            sync::SummaryService(f->record()).pull(ito.id, false);
            QFAIL("pulled without an eligibility check");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QStringLiteral("eligibility")));
        }
        // A token older than 24 hours is not used either.
        checkCard(QStringLiteral("MN-0006"), ito.id);
        f->t.clock.advanceSeconds(25 * 3600);
        TSUMUGI_VERIFY_ERROR(sync::SummaryService(f->record()).pull(ito.id, false), Error::Kind::Validation);
    }

    void sharedAllergyIsAdoptedWithItsSource() {
        QString error;
        QVERIFY2(f->registerAllergyFromOtherClinic(&error), qPrintable(error));
        const Patient yamada = f->patientNamed(QStringLiteral("山田"));
        checkCard(QStringLiteral("MN-0001"), yamada.id);
        const SharedSummary s = sync::SummaryService(f->record()).pull(yamada.id, false);
        const auto shared = s.itemsOf(QStringLiteral("shared"));
        QCOMPARE(shared.size(), 1);
        const SharedSummaryItem& item = shared.first();
        QCOMPARE(item.resourceType, QStringLiteral("AllergyIntolerance"));
        QCOMPARE(item.sourceInstitution, QStringLiteral("1311234567"));
        QCOMPARE(item.title, QStringLiteral("ペニシリン系抗菌薬"));
        QVERIFY(item.isAdoptable());
        QVERIFY(sync::SummaryService::plainText(s).contains(QStringLiteral("AllergyIntolerance / 1311234567")));

        QVERIFY(f->record().chart().allergies().forPatient(yamada.id).isEmpty());
        const QString done = sync::SharedItemAdopter(f->record()).adopt(item, yamada.id);
        QVERIFY2(done.contains(QStringLiteral("1311234567")), qPrintable(done));
        const auto allergies = f->record().chart().allergies().forPatient(yamada.id);
        QCOMPARE(allergies.size(), 1);
        QCOMPARE(allergies.first().sourceInstitution, QStringLiteral("1311234567"));
        QCOMPARE(allergies.first().name, QStringLiteral("ペニシリン系抗菌薬"));
        QCOMPARE(allergies.first().category, Allergy::Category::Medication);
        // Once only: adopting the same item again adds nothing.
        sync::SharedItemAdopter(f->record()).adopt(item, yamada.id);
        QCOMPARE(f->record().chart().allergies().forPatient(yamada.id).size(), 1);
        // The clerk may not adopt into the chart.
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
        TSUMUGI_VERIFY_ERROR(sync::SharedItemAdopter(f->record()).adopt(item, yamada.id),
                             Error::Kind::PermissionDenied);
    }

    void readerNamesWithheldAndRejectsOtherJson() {
        QVERIFY(!sync::SharedSummaryReader::read("{\"resourceType\":\"Patient\"}"));
        QVERIFY(!sync::SharedSummaryReader::read("not json"));
        const auto s = sync::SharedSummaryReader::read(
            R"({"resourceType":"Bundle","type":"collection","meta":{"tag":[{"system":"urn:tsumugi-sim:summary-mode","code":"consented"},{"system":"urn:tsumugi-sim:summary-withheld","code":"surgery"}]},"entry":[]})");
        QVERIFY(s);
        QCOMPARE(s->withheldSections, QStringList{QStringLiteral("surgery")});
    }
};

TSUMUGI_TEST_CLASS(TestSharedSummary)
#include "test_shared_summary.moc"
