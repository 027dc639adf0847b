// The validator on the official examples (must pass) and on each rule's broken variant (must cite that rule).
// The same table is posted over HTTP in test_registration; here it runs without sockets for fast diagnosis.
#include "SimTestSupport.h"

#include "sim/BundleValidator.h"

using namespace simtest;
using tsumugi::sim::BundleValidator;

class TestBundleValidator : public QObject {
    Q_OBJECT
private slots:
    void officialExamplesPass_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("observations") << "Bundle-Bundle-CLINS-Observations-Example-01.json";
        QTest::newRow("referral") << "Bundle-Bundle-CLINS-Referral-Example-01.json";
        QTest::newRow("pcs") << "Bundle-Bundle-CLINS-PCS-Example-01.json";
    }
    void officialExamplesPass() {
        SIM_REQUIRE_EXAMPLES();
        QFETCH(QString, file);
        const auto r = BundleValidator().validate(readJson(examplesDir() + "/" + file));
        QStringList rules;
        for (const auto& i : r.issues)
            rules << QString::fromStdString(i.rule + " " + i.text);
        QVERIFY2(r.ok(), qPrintable(rules.join('\n')));
        QCOMPARE(r.info.institution, std::string("1318814790"));
    }
    void builtVariantsPass() {
        SIM_REQUIRE_EXAMPLES();
        const auto c = BundleValidator().validate(conditionBundle());
        QVERIFY(c.ok());
        QCOMPARE(c.info.resourceType, std::string("Condition"));
        const auto d = BundleValidator().validate(dischargeBundle());
        QVERIFY(d.ok());
        QCOMPARE(d.info.kind, std::string("discharge-summary"));
    }
    void referralInfo() {
        SIM_REQUIRE_EXAMPLES();
        const auto r = BundleValidator().validate(referralBundle());
        QCOMPARE(r.info.kind, std::string("referral"));
        QCOMPARE(r.info.addressee, std::string("1311234567"));
        QCOMPARE(r.info.memberId, std::string("00012345:あいう:１８７:05"));
    }
    void identifierFormats() {
        QVERIFY(BundleValidator::bundleIdentifierValid("1318814790^2024^abc-DEF-123"));
        QVERIFY(!BundleValidator::bundleIdentifierValid("1318814790^2019^abc")); // year 20[2-3]x
        QVERIFY(!BundleValidator::bundleIdentifierValid("1318814790^2024^a_b")); // charset
        QVERIFY(!BundleValidator::bundleIdentifierValid("1318814790^2024^" + std::string(37, 'a')));
        QVERIFY(BundleValidator::bundleIdentifierValid("1318814790^2024^" + std::string(36, 'a')));
        QVERIFY(!BundleValidator::bundleIdentifierValid("0018814790^2024^a")); // prefecture 00
        QVERIFY(!BundleValidator::bundleIdentifierValid("4818814790^2024^a")); // prefecture 48
        QVERIFY(!BundleValidator::bundleIdentifierValid("1348814790^2024^a")); // 点数表 4
        QVERIFY(BundleValidator::memberIdValid("01130012:1234:567:00"));
        QVERIFY(BundleValidator::memberIdValid("39131016::00012345:"));
        QVERIFY(!BundleValidator::memberIdValid("0113001:1234:567:00"));
        QVERIFY(!BundleValidator::memberIdValid("01130012:12 34:567:00"));
        QVERIFY(!BundleValidator::memberIdValid("01130012:1234:567:0"));
        QVERIFY(!BundleValidator::memberIdValid("01130012:1234:567"));
    }
    void garbageNeverThrows() {
        for (const char* text :
             {"null", "[]", "{\"resourceType\":\"Bundle\"}", "{\"resourceType\":\"Bundle\",\"meta\":[]}",
              "{\"resourceType\":\"Bundle\",\"meta\":{\"profile\":[\"http://jpfhir.jp/fhir/clins/"
              "StructureDefinition/JP_Bundle_CLINS\"]},\"entry\":[1,2]}"})
            QVERIFY(!BundleValidator().validate(json::parse(text)).ok());
    }
};

QTEST_GUILESS_MAIN(TestBundleValidator)
#include "test_bundle_validator.moc"
