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
    // As published (profiles "|1") they pass the 1.5.2 rules; named "|1.11.0" they pass today's; as published a
    // 1.11 service refuses them for the version they name.
    void officialExamplesPass() {
        SIM_REQUIRE_EXAMPLES();
        QFETCH(QString, file);
        const QByteArray name = file.toLatin1();
        const auto old = BundleValidator(BundleValidator::GuideVersion::V1_5_2).validate(example152(name));
        QVERIFY2(old.ok(), qPrintable(issuesOf(old)));
        const auto r = BundleValidator().validate(example(name));
        QVERIFY2(r.ok(), qPrintable(issuesOf(r)));
        QCOMPARE(r.info.institution, std::string("1318814790"));
        const auto refused = BundleValidator().validate(example152(name));
        QCOMPARE(refused.issues.size(), std::size_t(1));
        QCOMPARE(refused.issues[0].rule, std::string("R0213"));
        QVERIFY(refused.issues[0].text.find("|1.11.0") != std::string::npos);
    }
    void builtVariantsPass() {
        SIM_REQUIRE_EXAMPLES();
        const auto c = BundleValidator().validate(conditionBundle());
        QVERIFY2(c.ok(), qPrintable(issuesOf(c)));
        QCOMPARE(c.info.resourceType, std::string("Condition"));
        const auto d = BundleValidator().validate(dischargeBundle());
        QVERIFY2(d.ok(), qPrintable(issuesOf(d)));
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
    // Each break of a 1.11 rule is cited by a 1.11 service and not by one checking by the 1.5.2 package.
    void rules111OnlyWhenCheckingBy111_data() {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < rule111Breaks().size(); ++i)
            QTest::newRow(rule111Breaks()[i].name) << int(i);
    }
    void rules111OnlyWhenCheckingBy111() {
        SIM_REQUIRE_EXAMPLES();
        QFETCH(int, index);
        const Rule111Break& br = rule111Breaks()[std::size_t(index)];
        const std::string base = br.base;
        json b = base == "obs"     ? observationsBundle()
                 : base == "cond"  ? conditionBundle()
                 : base == "ref"   ? referralBundle()
                 : base == "refrx" ? referralWithPrescription()
                                   : dischargeBundle();
        QVERIFY2(BundleValidator().validate(b).ok(), qPrintable(issuesOf(BundleValidator().validate(b))));
        br.apply(b);
        const auto now = BundleValidator().validate(b);
        QVERIFY2(QString::fromStdString(issuesOf(now).toStdString()).contains(QString::fromLatin1(br.rule)),
                 qPrintable(issuesOf(now)));
        // The same break in a bundle naming the 1.5.2 version, checked by the 1.5.2 package's rules.
        std::string text = b.dump();
        for (std::size_t at = text.find("|1.11.0"); at != std::string::npos; at = text.find("|1.11.0", at))
            text.replace(at, 7, "|1");
        const auto old = BundleValidator(BundleValidator::GuideVersion::V1_5_2).validate(json::parse(text));
        for (const auto& i : old.issues)
            QVERIFY2(i.rule.rfind("V111-", 0) != 0, qPrintable(issuesOf(old)));
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
