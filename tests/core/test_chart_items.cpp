#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

// Diagnoses (傷病名), allergies and drug contraindications: validation, codes, versions, withdrawal.
class TestChartItems : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    // Codes as published (jp-core-v1x): 急性化膿性虫垂炎, MEDIS 20058257, レセ電 5409004, ICD-10 K358.
    Diagnosis appendicitis() {
        Diagnosis d;
        d.patientId = f->patientId;
        d.name = QStringLiteral("急性化膿性虫垂炎");
        d.medisCode = QStringLiteral("20058257");
        d.receiptCode = QStringLiteral("5409004");
        d.icd10 = QStringLiteral("K358");
        d.startDate = QDate(2026, 4, 1);
        d.principal = true;
        return d;
    }

    static QString messageOf(const std::function<void()>& fn) {
        try {
            fn();
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void diagnosisValidation() {
        const QDate today(2026, 11, 20);
        Diagnosis d = appendicitis();
        QVERIFY(DiagnosisRepository::problems(d, today).isEmpty());
        d.medisCode = QStringLiteral("123");
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("8 digits")));
        d = appendicitis();
        d.receiptCode = QStringLiteral("88334");
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("7 digits")));
        d = appendicitis();
        d.icd10 = QStringLiteral("10I");
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("ICD-10")));
        d = appendicitis();
        d.startDate = QDate(2026, 12, 1);
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("future")));
        d = appendicitis();
        d.outcome = Diagnosis::Outcome::Cured;
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("end date")));
        d.endDate = QDate(2026, 3, 1);
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("before the start")));
        d.endDate = QDate(2026, 6, 1);
        QVERIFY(DiagnosisRepository::problems(d, today).isEmpty());
        d = appendicitis();
        d.endDate = QDate(2026, 6, 1);
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("continuing")));
        d = appendicitis();
        d.modifiers = {{QStringLiteral("12"), QStringLiteral("右"), false, {}}};
        QVERIFY(DiagnosisRepository::problems(d, today).join(' ').contains(QStringLiteral("modifier")));
    }
    void freeTextDiagnosisIsUncoded() {
        Diagnosis d;
        d.patientId = f->patientId;
        d.name = QStringLiteral("謎の発疹");
        d.startDate = QDate(2026, 11, 20);
        d.suspected = true;
        d = f->chart().diagnoses().create(d);
        QVERIFY(d.isUncoded());
        QCOMPARE(d.medisCode, QStringLiteral("99999999"));
        QCOMPARE(d.receiptCode, QStringLiteral("0000999"));
        QCOMPARE(d.displayName(), QStringLiteral("謎の発疹の疑い"));
    }
    void diagnosisWithModifiersFlagsAndOutcome() {
        Diagnosis d = appendicitis();
        d.modifiers = {{QStringLiteral("2057"), QStringLiteral("両"), false, {}}}; // レセ電 修飾語 2057
        d.longTerm = true;
        d.uninformed = true;
        d = f->chart().diagnoses().create(d);
        QCOMPARE(d.version, 1);
        QCOMPARE(d.displayName(), QStringLiteral("両急性化膿性虫垂炎"));
        QVERIFY(d.longTerm && d.uninformed && !d.undelivered && d.principal);
        QCOMPARE(d.recordedBy, QStringLiteral("佐藤 医師"));
        d.outcome = Diagnosis::Outcome::Cured;
        d.endDate = QDate(2026, 11, 1);
        d = f->chart().diagnoses().update(d, QStringLiteral("治癒"));
        QCOMPARE(d.version, 2);
        QVERIFY(!d.isActive());
        const auto history = f->chart().diagnoses().history(d.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).data.value(QStringLiteral("outcome")).toString(), QStringLiteral("continuing"));
        QCOMPARE(history.at(1).reason, QStringLiteral("治癒"));
        // Editing an old version is a conflict, not a silent overwrite.
        d.version = 1;
        QCOMPARE(messageOf([&] { f->chart().diagnoses().update(d); }).contains(QStringLiteral("version 2")), true);
    }
    void withdrawnDiagnosisIsMarkedNotRemoved() {
        const Diagnosis d = f->chart().diagnoses().create(appendicitis());
        const Diagnosis w = f->chart().diagnoses().withdraw(d.id, QStringLiteral("誤登録"));
        QVERIFY(w.withdrawn);
        QVERIFY(f->chart().diagnoses().forPatient(f->patientId).isEmpty());
        QCOMPARE(f->chart().diagnoses().forPatient(f->patientId, true).size(), 1);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM diagnoses;"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->chart().diagnoses().withdraw(d.id, QStringLiteral("again")), Error::Kind::Conflict);
        QCOMPARE(f->auditRows(QStringLiteral("withdraw"), QStringLiteral("diagnosis")), 1);
    }
    void itemsOfAnotherInstitutionAreReadOnly() {
        const Diagnosis d = f->chart().diagnoses().create(appendicitis());
        // As an import would have written it (sealed on the server like any of its words).
        Statement st(f->record().db(), "UPDATE diagnoses SET source_institution = ? WHERE id = ?;");
        st.bindCell(1, {QStringLiteral("diagnoses"), QStringLiteral("source_institution"), d.id},
                    QStringLiteral("1310000002"));
        st.bind(2, d.id).run();
        const QString m = messageOf([&] { f->chart().diagnoses().withdraw(d.id, QStringLiteral("x")); });
        QVERIFY2(m.contains(QStringLiteral("another institution")), qPrintable(m));
    }
    void allergyValidation() {
        const QDate today(2026, 11, 20);
        Allergy a;
        a.category = Allergy::Category::Food;
        a.codeSystem = Allergy::CodeSystem::Jfagy;
        a.code = QStringLiteral("J9FA15000000");
        a.name = QStringLiteral("小麦");
        a.recordedDate = today;
        QVERIFY(AllergyRepository::problems(a, today).isEmpty());
        a.code = QStringLiteral("J9NJ11110000");
        QVERIFY(AllergyRepository::problems(a, today).join(' ').contains(QStringLiteral("not a food")));
        a.code = QStringLiteral("12345");
        QVERIFY(AllergyRepository::problems(a, today).join(' ').contains(QStringLiteral("J-FAGY")));
        a.category = Allergy::Category::Medication;
        a.code = QStringLiteral("J9FA15000000");
        QVERIFY(AllergyRepository::problems(a, today).join(' ').contains(QStringLiteral("YJ")));
        a.codeSystem = Allergy::CodeSystem::Yj;
        a.code = QStringLiteral("1149032F1027"); // ハイペン錠１００ｍｇ (エトドラク)
        a.name = QStringLiteral("エトドラク");
        QVERIFY(AllergyRepository::problems(a, today).isEmpty());
        a.code = QStringLiteral("11490");
        QVERIFY(AllergyRepository::problems(a, today).join(' ').contains(QStringLiteral("YJ code")));
        a.codeSystem = Allergy::CodeSystem::None;
        a.code.clear();
        a.onsetDate = QDate(2027, 1, 1);
        QVERIFY(AllergyRepository::problems(a, today).join(' ').contains(QStringLiteral("future")));
        a.onsetDate = {};
        a.name.clear();
        QVERIFY(!AllergyRepository::problems(a, today).isEmpty());
    }
    void allergiesAndContraindicationsAreVersioned() {
        Allergy food;
        food.patientId = f->patientId;
        food.category = Allergy::Category::Food;
        food.codeSystem = Allergy::CodeSystem::Jfagy;
        food.code = QStringLiteral("j9fa15000000");
        food.name = QStringLiteral("小麦");
        food.reaction = QStringLiteral("蕁麻疹");
        food.severity = Allergy::Severity::Moderate;
        food = f->chart().allergies().create(food);
        QCOMPARE(food.code, QStringLiteral("J9FA15000000"));
        QCOMPARE(food.recordedDate, QDate(2026, 11, 20));
        Allergy drug;
        drug.patientId = f->patientId;
        drug.category = Allergy::Category::Medication;
        drug.codeSystem = Allergy::CodeSystem::Yj;
        drug.code = QStringLiteral("2325003B2029");
        drug.name = QStringLiteral("ファモチジン");
        drug.severity = Allergy::Severity::Severe;
        drug.longTerm = true;
        drug = f->chart().allergies().create(drug);
        QVERIFY(drug.isContraindication());
        food.severity = Allergy::Severity::Severe;
        food = f->chart().allergies().update(food, QStringLiteral("再評価"));
        QCOMPARE(food.version, 2);
        QCOMPARE(f->chart().allergies().history(food.id).size(), 2);
        f->chart().allergies().withdraw(drug.id, QStringLiteral("誤登録"));
        QCOMPARE(f->chart().allergies().forPatient(f->patientId).size(), 1);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM allergies;"), Error::Kind::Conflict);
        QCOMPARE(f->chart().open(f->patientId).allergies.size(), 1);
    }
};

TSUMUGI_TEST_CLASS(TestChartItems)
#include "test_chart_items.moc"
