#include "ClinsTestData.h"
#include "support/TestRegistry.h"

#include "sync/fhir/AllergyIntoleranceMapper.h"

#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;
using tsumugi::test::ClinsTestData;

namespace {
Allergy food() {
    Allergy a;
    a.id = 21;
    a.visitId = 5;
    a.category = Allergy::Category::Food;
    a.codeSystem = Allergy::CodeSystem::Jfagy;
    a.code = QStringLiteral("J9FC11310000");
    a.name = QStringLiteral("さば");
    a.reaction = QStringLiteral("蕁麻疹");
    a.severity = Allergy::Severity::Moderate;
    a.criticality = Allergy::Criticality::High;
    a.onsetDate = QDate(2010, 5, 1);
    a.recordedDate = QDate(2026, 11, 20);
    a.longTerm = true;
    return a;
}
Allergy freeText() {
    Allergy a;
    a.id = 22;
    a.category = Allergy::Category::Other;
    a.codeSystem = Allergy::CodeSystem::None;
    a.name = QStringLiteral("湿布のかぶれ");
    a.unconfirmed = true;
    a.recordedDate = QDate(2026, 1, 10);
    a.comment = QStringLiteral("本人申告");
    return a;
}
Allergy contraindication() {
    Allergy a;
    a.id = 23;
    a.visitId = 6;
    a.category = Allergy::Category::Medication;
    a.codeSystem = Allergy::CodeSystem::Yj;
    a.code = QStringLiteral("1149019F1560");
    a.name = QStringLiteral("ロキソプロフェンナトリウム錠60mg");
    a.reaction = QStringLiteral("喘息発作");
    a.severity = Allergy::Severity::Severe;
    a.criticality = Allergy::Criticality::High;
    a.recordedDate = QDate(2026, 3, 2);
    return a;
}
// ペニシリン系 as a class: the guide has no code system for drug classes or ingredients.
Allergy drugClass() {
    Allergy a = contraindication();
    a.id = 24;
    a.codeSystem = Allergy::CodeSystem::DrugClass;
    a.code = QStringLiteral("penicillin");
    a.name = QStringLiteral("ペニシリン系抗菌薬");
    a.reaction = QStringLiteral("アナフィラキシー");
    return a;
}
Allergy ingredient() {
    Allergy a = contraindication();
    a.id = 25;
    a.codeSystem = Allergy::CodeSystem::Ingredient;
    a.code = QStringLiteral("1149019");
    a.name = QStringLiteral("ロキソプロフェン");
    return a;
}
std::string str(const Json& j) {
    return j.get<std::string>();
}
} // namespace

class TestAllergyIntoleranceMapper : public QObject {
    Q_OBJECT
private slots:
    void jfagyFood() {
        const Json r = AllergyIntoleranceMapper::toFhir(food(), ClinsTestData::context());
        QCOMPARE(str(r["code"]["coding"][0]["system"]),
                 std::string("http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyFoodAllergen_CS"));
        QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("J9FC11310000"));
        QCOMPARE(str(r["code"]["text"]), std::string("さば"));
        QCOMPARE(str(r["category"][0]), std::string("food"));
        QCOMPARE(str(r["criticality"]), std::string("high"));
        QCOMPARE(str(r["reaction"][0]["severity"]), std::string("moderate"));
        QCOMPARE(str(r["reaction"][0]["manifestation"][0]["text"]), std::string("蕁麻疹"));
        QCOMPARE(str(r["onsetDateTime"]), std::string("2010-05-01"));
        QCOMPARE(str(r["recordedDate"]), std::string("2026-11-20"));
        QCOMPARE(str(r["meta"]["tag"][0]["code"]), std::string("LTS"));
        QCOMPARE(str(r["contained"][0]["class"]["code"]), std::string("AMB"));
        QCOMPARE(str(r["extension"][1]["valueCodeableConcept"]["text"]), std::string("内科"));
        QCOMPARE(str(r["patient"]["reference"]), fhir::utf8(ClinsTestData::context().patientReference));
    }
    void freeTextGetsTheDummyCode() {
        const Json r = AllergyIntoleranceMapper::toFhir(freeText(), ClinsTestData::context());
        QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("D9N000000000"));
        QCOMPARE(str(r["code"]["coding"][0]["system"]),
                 std::string("http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyNonFoodNonMedicationAllergen_CS"));
        QCOMPARE(str(r["code"]["text"]), std::string("湿布のかぶれ"));
        QVERIFY(!r.contains("category")); // その他: no category
        QVERIFY(!r.contains("contained"));
        QVERIFY(!r.contains("reaction"));
        QVERIFY(!r["meta"].contains("tag"));
        QCOMPARE(str(r["verificationStatus"]["coding"][0]["code"]), std::string("unconfirmed"));
        QCOMPARE(r["extension"].size(), std::size_t(1)); // no visit, no department
        Allergy f = freeText();
        f.category = Allergy::Category::Food;
        QCOMPARE(str(AllergyIntoleranceMapper::toFhir(f, ClinsTestData::context())["code"]["coding"][0]["code"]),
                 std::string("D9F000000000"));
    }
    void yjContraindication() {
        const Json r = AllergyIntoleranceMapper::toFhir(contraindication(), ClinsTestData::context());
        QCOMPARE(str(r["category"][0]), std::string("medication"));
        QCOMPARE(str(r["code"]["coding"][0]["system"]),
                 std::string("http://jpfhir.jp/fhir/core/CodeSystem/YCM/JP_JfagyMedicationAllergen_CS"));
        QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("1149019F1560"));
        QCOMPARE(str(r["contained"][0]["class"]["code"]), std::string("IMP"));
        Allergy free = contraindication();
        free.codeSystem = Allergy::CodeSystem::None;
        free.code.clear();
        QCOMPARE(str(AllergyIntoleranceMapper::toFhir(free, ClinsTestData::context())["code"]["coding"][0]["code"]),
                 std::string("D9M000000000"));
    }
    void classAndIngredientGoAsTheMedicineDummyCodeWithTheirName() {
        for (const Allergy& a : {drugClass(), ingredient()}) {
            const Json r = AllergyIntoleranceMapper::toFhir(a, ClinsTestData::context());
            QCOMPARE(str(r["category"][0]), std::string("medication"));
            QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("D9M000000000"));
            QCOMPARE(str(r["code"]["coding"][0]["system"]),
                     std::string("http://jpfhir.jp/fhir/core/CodeSystem/YCM/JP_JfagyMedicationAllergen_CS"));
            QCOMPARE(str(r["code"]["text"]), fhir::utf8(a.name));
            QCOMPARE(r["code"]["coding"].size(), std::size_t(1)); // the class id is ours, never sent as a code
        }
    }
    void whatIsLeftOut() {
        QVERIFY(AllergyIntoleranceMapper::isReportable(food()));
        Allergy a = food();
        a.withdrawn = true;
        QVERIFY(!AllergyIntoleranceMapper::isReportable(a));
        a = food();
        a.sourceInstitution = QStringLiteral("1310000002");
        QVERIFY(!AllergyIntoleranceMapper::isReportable(a));
        a = freeText();
        a.comment = QStringLiteral("tsumugi:no-known-allergies"); // アレルギーなし is not an allergy
        QVERIFY(!AllergyIntoleranceMapper::isReportable(a));
    }
    void deterministic() {
        QCOMPARE(AllergyIntoleranceMapper::toFhir(food(), ClinsTestData::context()).dump(),
                 AllergyIntoleranceMapper::toFhir(food(), ClinsTestData::context()).dump());
    }
    void passesTheOfficialValidator() {
        QTemporaryDir dir;
        const auto c = ClinsTestData::context();
        const QString path = ClinsTestData::writeBundle(
            dir, QStringLiteral("AllergyIntolerance"),
            {AllergyIntoleranceMapper::toFhir(food(), c), AllergyIntoleranceMapper::toFhir(freeText(), c),
             AllergyIntoleranceMapper::toFhir(contraindication(), c), AllergyIntoleranceMapper::toFhir(drugClass(), c),
             AllergyIntoleranceMapper::toFhir(ingredient(), c)});
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{path});
    }
};

TSUMUGI_TEST_CLASS(TestAllergyIntoleranceMapper)
#include "test_allergy_intolerance_mapper.moc"
