#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/DosageUsageCatalog.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"

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

    // A drug of the shipped 医薬品マスター by its YJ code (name, unit and the other products of its ingredient
    // come from the master).
    Prescription byYj(qint64 visitId, const char* yj, const char* unit = "錠") {
        Prescription p;
        p.visitId = visitId;
        p.codeSystem = Prescription::CodeSystem::Yj;
        p.drugCode = QString::fromLatin1(yj);
        p.dose = 3;
        p.unit = QString::fromUtf8(unit);
        p.usageText = QStringLiteral("1日3回毎食後");
        p.days = 5;
        return p;
    }
    Allergy drugAllergy(Allergy::CodeSystem system, const QString& code, const QString& name = {}) {
        Allergy a;
        a.patientId = f->patientId;
        a.category = Allergy::Category::Medication;
        a.codeSystem = system;
        a.code = code;
        a.name = name;
        a.reaction = QStringLiteral("蕁麻疹");
        return f->chart().allergies().create(a);
    }
    QStringList warningsFor(const Prescription& p) {
        QStringList out;
        for (const PrescriptionWarning& w : f->chart().prescriptions().check(p).warnings) {
            if (w.kind != PrescriptionWarning::Kind::Duplicate) {
                out << w.message;
            }
        }
        return out;
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void usualDosageFromThisPatientElseTheClinic() {
        // Another patient, twice the same way and once otherwise: the clinic's habit is the most used.
        Patient other;
        other.familyName = QStringLiteral("佐々木");
        other.givenName = QStringLiteral("明");
        other.familyKana = QStringLiteral("ササキ");
        other.givenKana = QStringLiteral("アキラ");
        other.sex = Sex::Male;
        other.birthDate = QDate(1960, 1, 1);
        f->t.reopen();
        const qint64 otherId = f->record().patients().create(other).id;
        f->t.reopen(ChartFixture::DoctorName, ChartFixture::DoctorPassword);
        PrescriptionRepository& rx = f->chart().prescriptions();
        QVERIFY(!rx.usualDosage(f->patientId, QStringLiteral("2325003B2029")).has_value()); // never prescribed
        const auto visitOf = [&](qint64 patientId, const QDate& date) {
            Visit v;
            v.patientId = patientId;
            v.date = date;
            v.department = QStringLiteral("内科");
            return f->chart().visits().create(v);
        };
        for (const QDate& d : {QDate(2026, 9, 1), QDate(2026, 10, 1)}) {
            Prescription p = famotidine(visitOf(otherId, d).id, 28);
            p.usageText = QStringLiteral("1日1回就寝前");
            rx.create(p, true);
        }
        rx.create(famotidine(visitOf(otherId, QDate(2026, 11, 1)).id, 7), true); // once: 1日2回朝夕食後
        auto usual = rx.usualDosage(f->patientId, QStringLiteral("2325003b2029"));
        QVERIFY(usual.has_value());
        QCOMPARE(usual->source, UsualDosage::Source::Clinic);
        QCOMPARE(usual->usageText, QStringLiteral("1日1回就寝前"));
        QCOMPARE(usual->usageCode, QStringLiteral("1011100000000000")); // coded from the usage catalog
        QCOMPARE(usual->days, 28);
        // Once this patient has had it, their own last line wins.
        Prescription mine = famotidine(f->visit(QDate(2026, 11, 10)).id, 10);
        mine.dose = 2;
        rx.create(mine, true);
        usual = rx.usualDosage(f->patientId, QStringLiteral("2325003B2029"));
        QCOMPARE(usual->source, UsualDosage::Source::ThisPatient);
        QCOMPARE(usual->dose, 2.0);
        QCOMPARE(usual->days, 10);
        QCOMPARE(usual->usageText, QStringLiteral("1日2回朝夕食後"));
        QVERIFY(usual->usageCode.isEmpty()); // no confirmed JAMI code for this one
        QVERIFY(!rx.usualDosage(f->patientId, QString()).has_value());
    }
    void usageCatalogCoversAClinicsDay() {
        QVERIFY(DosageUsageCatalog::all().size() >= 20);
        QStringList texts;
        for (const DosageUsage& u : DosageUsageCatalog::all()) {
            texts << u.text;
            QVERIFY(u.jamiCode.isEmpty() || u.jamiCode.size() == 16);
        }
        for (const char* needed : {"頓用", "就寝前", "隔日", "週1回", "塗布", "点眼", "貼付"}) {
            QVERIFY2(!texts.filter(QString::fromUtf8(needed)).isEmpty(), needed);
        }
        QCOMPARE(DosageUsageCatalog::codeFor(QStringLiteral("１日３回　毎食後")), QStringLiteral("1013044400000000"));
        QVERIFY(DosageUsageCatalog::codeFor(QStringLiteral("適宜")).isEmpty());
    }
    void penicillinClassStopsAmoxicillinAndAmpicillin() {
        const Allergy a = drugAllergy(Allergy::CodeSystem::DrugClass, QStringLiteral("Penicillin"));
        QCOMPARE(a.code, QStringLiteral("penicillin"));
        QCOMPARE(a.name, QStringLiteral("ペニシリン系抗菌薬")); // named from the catalog
        const Visit v = f->visit();
        for (const char* yj :
             {"6131001M2300", "6131002M1147", "6139100F2044"}) { // サワシリン, ビクシリン, オーグメンチン
            const Prescription p = byYj(v.id, yj, std::string(yj).substr(7, 1) == "M" ? "カプセル" : "錠");
            const CheckedPrescription c = f->chart().prescriptions().check(p);
            QCOMPARE(c.warnings.size(), 1);
            QCOMPARE(c.warnings.first().kind, PrescriptionWarning::Kind::Contraindication);
            QCOMPARE(c.warnings.first().relatedId, a.id);
            QVERIFY2(c.warnings.first().message.contains(QStringLiteral("Penicillins")),
                     qPrintable(c.warnings.first().message));
            QVERIFY(c.warnings.first().message.contains(QStringLiteral("蕁麻疹")));
        }
        // Saving needs the acknowledgement, and the refusal names the allergy.
        try {
            f->chart().prescriptions().create(byYj(v.id, "6131001M2300", "カプセル"));
            QFAIL("amoxicillin saved for a penicillin-allergic patient without acknowledgement");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("ペニシリン系抗菌薬")));
        }
        QCOMPARE(f->count("SELECT count(*) FROM prescriptions;"), 0);
        // Clarithromycin and cefcapene are other classes.
        QVERIFY(warningsFor(byYj(v.id, "6149003F2038")).isEmpty());
        QVERIFY(warningsFor(byYj(v.id, "6132016F2020")).isEmpty());
    }
    void cephemClassStopsCefcapene() {
        drugAllergy(Allergy::CodeSystem::DrugClass, QStringLiteral("cephem"));
        const Visit v = f->visit();
        QCOMPARE(warningsFor(byYj(v.id, "6132016F2020")).size(), 1); // フロモックス
        QVERIFY(warningsFor(byYj(v.id, "6131001M2300", "カプセル")).isEmpty());
    }
    void nsaidClassAndIngredient() {
        const Visit v = f->visit();
        drugAllergy(Allergy::CodeSystem::DrugClass, QStringLiteral("nsaid"));
        QCOMPARE(warningsFor(byYj(v.id, "1149019F1560")).size(), 1);       // ロキソニン錠
        QCOMPARE(warningsFor(byYj(v.id, "1149001F2168")).size(), 1);       // ブルフェン錠
        QCOMPARE(warningsFor(byYj(v.id, "2649735S2024", "枚")).size(), 1); // ロキソニンテープ
        QVERIFY(warningsFor(byYj(v.id, "1141007F1063")).isEmpty());        // カロナール (acetaminophen)
        QVERIFY(warningsFor(byYj(v.id, "1149038F1024")).isEmpty());        // トラマール (tramadol)
    }
    void ingredientWhereverItAppears() {
        const Visit v = f->visit();
        // ロキソプロフェン recorded from the tablet's code: the tape (another YJ class) carries it too, by name.
        const Allergy a =
            drugAllergy(Allergy::CodeSystem::Ingredient, QStringLiteral("1149019"), QStringLiteral("ロキソプロフェン"));
        const QStringList tape = warningsFor(byYj(v.id, "2649735S2024", "枚"));
        QCOMPARE(tape.size(), 1);
        QVERIFY(tape.first().contains(QStringLiteral("ロキソプロフェン")));
        QCOMPARE(warningsFor(byYj(v.id, "1149019F1560")).size(), 1);
        QVERIFY(warningsFor(byYj(v.id, "1149001F2168")).isEmpty()); // ibuprofen is another ingredient
        Allergy bad = a;
        bad.id = 0;
        bad.code = QStringLiteral("ABC");
        TSUMUGI_VERIFY_ERROR(f->chart().allergies().create(bad), Error::Kind::Validation);
        bad.codeSystem = Allergy::CodeSystem::DrugClass;
        bad.code = QStringLiteral("no-such-class");
        TSUMUGI_VERIFY_ERROR(f->chart().allergies().create(bad), Error::Kind::Validation);
    }
    void freeTextPenicillinStopsAmoxicillin() {
        // As a clerk types it: not in the drug master, so saved as free text (the category as chosen).
        for (auto category : {Allergy::Category::Medication, Allergy::Category::Other}) {
            init();
            Allergy a;
            a.patientId = f->patientId;
            a.category = category;
            a.name = QStringLiteral("ペニシリン");
            a = f->chart().allergies().create(a);
            const Visit v = f->visit();
            const CheckedPrescription c = f->chart().prescriptions().check(byYj(v.id, "6131001M2300", "カプセル"));
            QCOMPARE(c.warnings.size(), 1);
            QCOMPARE(c.warnings.first().relatedId, a.id);
            QVERIFY(c.warnings.first().message.contains(QStringLiteral("ペニシリン")));
            QVERIFY(warningsFor(byYj(v.id, "1141007F1063")).isEmpty());
        }
        // A free-text ingredient is matched through the other products of the ingredient: サワシリン is amoxicillin.
        init();
        Allergy amox;
        amox.patientId = f->patientId;
        amox.category = Allergy::Category::Medication;
        amox.name = QStringLiteral("アモキシシリン");
        f->chart().allergies().create(amox);
        const Visit v = f->visit();
        QCOMPARE(warningsFor(byYj(v.id, "6131001M2300", "カプセル")).size(), 1);
        QVERIFY(warningsFor(byYj(v.id, "6131002M1147", "カプセル")).isEmpty()); // ampicillin: not by this name
    }
    void anotherClinicsDrugIsCheckedToo() {
        // A received letter's medication line: by code, or by name alone.
        drugAllergy(Allergy::CodeSystem::DrugClass, QStringLiteral("penicillin"));
        PrescriptionRepository& rx = f->chart().prescriptions();
        QCOMPARE(
            rx.allergyWarnings(f->patientId, QStringLiteral("サワシリンカプセル２５０"), QStringLiteral("6131001M2300"))
                .size(),
            1);
        QCOMPARE(rx.allergyWarnings(f->patientId, QStringLiteral("アモキシシリンカプセル250mg"), QString()).size(), 1);
        QVERIFY(rx.allergyWarnings(f->patientId, QStringLiteral("ムコダイン錠500mg"), QString()).isEmpty());
    }
    void doPrescriptionIsCheckedAgainstALaterAllergy() {
        const Visit first = f->visit(QDate(2026, 11, 1));
        f->chart().prescriptions().create(byYj(first.id, "6131001M2300", "カプセル"));
        drugAllergy(Allergy::CodeSystem::DrugClass, QStringLiteral("penicillin"));
        const Visit second = f->visit(QDate(2026, 11, 20));
        const QList<CheckedPrescription> preview = f->chart().prescriptions().previewRepeat(second.id);
        QCOMPARE(preview.size(), 1);
        QCOMPARE(preview.first().warnings.size(), 1);
        TSUMUGI_VERIFY_ERROR(f->chart().prescriptions().repeatPrevious(second.id), Error::Kind::Conflict);
        QCOMPARE(f->chart().prescriptions().forVisit(second.id).size(), 0);
    }

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
