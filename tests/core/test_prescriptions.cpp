#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

class TestPrescriptions : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    // ガスター散２％ (レセ電 610406079, 薬価基準収載医薬品コード 2325003B2029) as in the published 医薬品マスター.
    Prescription famotidine(qint64 visitId, int days = 14) {
        Prescription p;
        p.visitId = visitId;
        p.codeSystem = Prescription::CodeSystem::Yj;
        p.drugCode = QStringLiteral("2325003B2029");
        p.drugName = QStringLiteral("ガスター散２％");
        p.dose = 1;
        p.unit = QStringLiteral("g");
        p.usageText = QStringLiteral("1日2回朝夕食後");
        p.days = days;
        return p;
    }
    Prescription freeText(qint64 visitId, const QString& name) {
        Prescription p;
        p.visitId = visitId;
        p.drugName = name;
        p.dose = 3;
        p.unit = QStringLiteral("錠");
        p.usageText = QStringLiteral("1日3回毎食後");
        p.days = 7;
        return p;
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void validation() {
        Prescription p = famotidine(1);
        p.startDate = QDate(2026, 11, 20);
        p.quantity = 14;
        QVERIFY(PrescriptionRepository::problems(p).isEmpty());
        p.drugCode = QStringLiteral("2325003");
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("YJ")));
        p = famotidine(1);
        p.startDate = QDate(2026, 11, 20);
        p.quantity = 14;
        p.unit = QStringLiteral("kg");
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("dosage unit")));
        p.unit = QStringLiteral("g");
        p.days = 0;
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("days")));
        p.days = 14;
        p.dose = -1;
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("dose")));
        p.dose = 1;
        p.usageText.clear();
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("usage")));
        p = famotidine(1);
        p.codeSystem = Prescription::CodeSystem::Receipt;
        p.drugCode = QStringLiteral("2325003B2029");
        p.startDate = QDate(2026, 11, 20);
        p.quantity = 14;
        QVERIFY(PrescriptionRepository::problems(p).join(' ').contains(QStringLiteral("9 digits")));
    }
    void savedWithDatesAndQuantity() {
        const Visit v = f->visit();
        const Prescription p = f->chart().prescriptions().create(famotidine(v.id));
        QCOMPARE(p.patientId, f->patientId);
        QCOMPARE(p.startDate, QDate(2026, 11, 20));
        QCOMPARE(p.endDate, QDate(2026, 12, 3));
        QCOMPARE(p.quantity, 14.0);
        QCOMPARE(p.yjCode, QStringLiteral("2325003B2029"));
        QCOMPARE(f->chart().prescriptions().activeOn(f->patientId, QDate(2026, 12, 3)).size(), 1);
        QCOMPARE(f->chart().prescriptions().activeOn(f->patientId, QDate(2026, 12, 4)).size(), 0);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM prescriptions;"), Error::Kind::Conflict);
    }
    void contraindicationWarnsAndNeedsAcknowledgement() {
        Allergy ci;
        ci.patientId = f->patientId;
        ci.category = Allergy::Category::Medication;
        ci.codeSystem = Allergy::CodeSystem::Yj;
        ci.code = QStringLiteral("2325003B2029"); // the ingredient and route are the first 7 characters
        ci.name = QStringLiteral("ファモチジン");
        ci.reaction = QStringLiteral("薬疹");
        ci = f->chart().allergies().create(ci);
        const Visit v = f->visit();
        const CheckedPrescription c = f->chart().prescriptions().check(famotidine(v.id));
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings.first().kind, PrescriptionWarning::Kind::Contraindication);
        QCOMPARE(c.warnings.first().relatedId, ci.id);
        try {
            f->chart().prescriptions().create(famotidine(v.id));
            QFAIL("saved without acknowledgement");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("ファモチジン")));
        }
        QCOMPARE(f->count("SELECT count(*) FROM prescriptions;"), 0);
        const Prescription saved = f->chart().prescriptions().create(famotidine(v.id), true);
        QCOMPARE(saved.acknowledgedWarnings.size(), 1);
    }
    void freeTextAllergyMatchesByName() {
        Allergy a;
        a.patientId = f->patientId;
        a.category = Allergy::Category::Other;
        a.name = QStringLiteral("ペニシリン");
        f->chart().allergies().create(a);
        const Visit v = f->visit();
        const CheckedPrescription c =
            f->chart().prescriptions().check(freeText(v.id, QStringLiteral("ﾍﾞﾝｼﾞﾙﾍﾟﾆｼﾘﾝ錠")));
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings.first().kind, PrescriptionWarning::Kind::Allergy);
        QVERIFY(f->chart().prescriptions().check(freeText(v.id, QStringLiteral("カロナール錠"))).warnings.isEmpty());
    }
    void sameDrugStillActiveIsADuplicate() {
        const Visit first = f->visit(QDate(2026, 11, 10));
        f->chart().prescriptions().create(famotidine(first.id, 14)); // runs to 11-23
        const Visit second = f->visit(QDate(2026, 11, 20));
        const CheckedPrescription c = f->chart().prescriptions().check(famotidine(second.id));
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.warnings.first().kind, PrescriptionWarning::Kind::Duplicate);
        TSUMUGI_VERIFY_ERROR(f->chart().prescriptions().create(famotidine(second.id)), Error::Kind::Conflict);
        // Editing a prescription does not warn about itself.
        Prescription own = f->chart().prescriptions().forVisit(first.id).first();
        own.days = 7;
        own.quantity = 0;
        own = f->chart().prescriptions().update(own, false, QStringLiteral("日数変更"));
        QCOMPARE(own.version, 2);
        QCOMPARE(own.endDate, QDate(2026, 11, 16));
        QVERIFY(f->chart().prescriptions().check(famotidine(second.id)).warnings.isEmpty());
    }
    void doPrescriptionRepeatsThePreviousVisit() {
        const Visit first = f->visit(QDate(2026, 10, 1));
        Prescription a = famotidine(first.id, 28);
        a.rpNumber = 1;
        f->chart().prescriptions().create(a);
        Prescription b = freeText(first.id, QStringLiteral("カロナール錠２００"));
        b.rpNumber = 2;
        b.dispensing = Prescription::Dispensing::InHouse;
        const Prescription withdrawn = f->chart().prescriptions().create(b);
        Prescription c = freeText(first.id, QStringLiteral("ムコダイン錠５００ｍｇ"));
        c.rpNumber = 3;
        f->chart().prescriptions().create(c);
        f->chart().prescriptions().withdraw(withdrawn.id, QStringLiteral("中止"));
        const Visit today = f->visit(QDate(2026, 11, 20));
        const QList<CheckedPrescription> preview = f->chart().prescriptions().previewRepeat(today.id);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview.first().prescription.startDate, QDate(2026, 11, 20));
        QVERIFY(preview.first().warnings.isEmpty());
        const QList<Prescription> repeated = f->chart().prescriptions().repeatPrevious(today.id);
        QCOMPARE(repeated.size(), 2);
        QCOMPARE(repeated.at(0).drugName, QStringLiteral("ガスター散２％"));
        QCOMPARE(repeated.at(0).visitId, today.id);
        QCOMPARE(repeated.at(0).endDate, QDate(2026, 12, 17));
        QCOMPARE(repeated.at(1).rpNumber, 3);
        // The copies are ordinary prescriptions, editable.
        Prescription edit = repeated.at(1);
        edit.days = 3;
        edit.quantity = 0;
        QCOMPARE(f->chart().prescriptions().update(edit).quantity, 9.0);
        // Repeating again now would duplicate active drugs: refused without acknowledgement, all or nothing.
        const Visit again = f->visit(QDate(2026, 11, 20));
        TSUMUGI_VERIFY_ERROR(f->chart().prescriptions().repeatPrevious(again.id), Error::Kind::Conflict);
        QCOMPARE(f->chart().prescriptions().forVisit(again.id).size(), 0);
        const Visit lone = f->visit(QDate(2026, 1, 5));
        TSUMUGI_VERIFY_ERROR(f->chart().prescriptions().previewRepeat(lone.id), Error::Kind::NotFound);
    }
};

TSUMUGI_TEST_CLASS(TestPrescriptions)
#include "test_prescriptions.moc"
