#include "ClinsTestData.h"
#include "support/OfficialValidator.h"
#include "support/TestRegistry.h"

#include "sync/fhir/MedicationRequestMapper.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;
using tsumugi::test::ClinsTestData;

namespace {
QString str(const Json& j) {
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString::fromStdString(j.dump());
}

MedicationOrder order(MedicationOrder::Coding coding, const QString& code, const QString& name) {
    MedicationOrder o;
    o.key = QStringLiteral("Rx1");
    o.coding = coding;
    o.code = code;
    o.name = name;
    o.dose = 3;
    o.unit = QStringLiteral("錠");
    o.usageText = QStringLiteral("1日3回毎食後");
    o.days = 7;
    o.quantity = 21;
    o.startDate = QDate(2026, 11, 20);
    o.authoredOn = ClinsTestData::when();
    return o;
}
} // namespace

// Prescription lines → JP_MedicationRequest_eCS: the three coding kinds, the usage code, the period of use.
class TestMedicationRequestMapper : public QObject {
    Q_OBJECT

private slots:
    void codingsUsageAndPeriod() {
        const auto ctx = ClinsTestData::context();
        MedicationOrder yj =
            order(MedicationOrder::Coding::Yj, QStringLiteral("2171022F1093"), QStringLiteral("アムロジピン錠5mg"));
        yj.usageCode = QStringLiteral("1013044400000000");
        Json r = MedicationRequestMapper::toFhir(yj, ctx, MedicationRequestMapper::Setting::Current);
        QCOMPARE(str(r["medicationCodeableConcept"]["coding"][0]["system"]),
                 QStringLiteral("http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"));
        QCOMPARE(str(r["dosageInstruction"][0]["timing"]["code"]["coding"][0]["system"]),
                 QStringLiteral("http://jami.jp/CodeSystem/MedicationUsage"));
        const Json& period = r["dosageInstruction"][0]["extension"][0]["valuePeriod"];
        QCOMPARE(str(period["start"]), QStringLiteral("2026-11-20"));
        QCOMPARE(str(period["end"]), QStringLiteral("2026-11-26")); // 7 days
        QCOMPARE(str(r["dispenseRequest"]["quantity"]["code"]), QStringLiteral("TAB"));
        QCOMPARE(r["dispenseRequest"]["quantity"]["value"].get<int>(), 21);
        QVERIFY(!r.contains("category"));

        Json g = MedicationRequestMapper::toFhir(order(MedicationOrder::Coding::Generic, QStringLiteral("2325003F1ZZZ"),
                                                       QStringLiteral("【般】ファモチジン錠")),
                                                 ctx, MedicationRequestMapper::Setting::Discharge);
        QCOMPARE(str(g["medicationCodeableConcept"]["coding"][0]["system"]),
                 QStringLiteral("http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode"));
        // No usage code given: the guide's dummy code, the usage as text.
        QCOMPARE(str(g["dosageInstruction"][0]["timing"]["code"]["coding"][0]["code"]),
                 QStringLiteral("0X0XXXXXXXXX0000"));
        QCOMPARE(str(g["dosageInstruction"][0]["timing"]["code"]["text"]), QStringLiteral("1日3回毎食後"));
        QCOMPARE(str(g["category"][0]["coding"][0]["code"]), QStringLiteral("DCG"));

        MedicationOrder none = order(MedicationOrder::Coding::None, {}, QStringLiteral("漢方薬"));
        none.unit = QStringLiteral("g"); // no MERIT-9 code here: no dispense quantity rather than a wrong one
        Json n = MedicationRequestMapper::toFhir(none, ctx, MedicationRequestMapper::Setting::Current);
        QCOMPARE(str(n["medicationCodeableConcept"]["coding"][0]["code"]), QStringLiteral("NOCODED"));
        QCOMPARE(str(n["medicationCodeableConcept"]["text"]), QStringLiteral("漢方薬"));
        QVERIFY(!n["dispenseRequest"].contains("quantity"));
        QCOMPARE(n["dispenseRequest"]["expectedSupplyDuration"]["value"].get<int>(), 7);

        QTemporaryDir dir;
        QStringList files;
        int i = 0;
        for (Json* j : {&r, &g, &n}) {
            const QString path = dir.filePath(QStringLiteral("mr%1.json").arg(++i));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray::fromStdString(j->dump(2)));
            files << path;
        }
        TSUMUGI_VALIDATE_OFFICIALLY(files);
    }

    void fromPrescriptionAndLine() {
        Prescription p;
        p.id = 9;
        p.rpNumber = 2;
        p.codeSystem = Prescription::CodeSystem::Receipt;
        p.drugCode = QStringLiteral("610443047");
        p.drugName = QStringLiteral("レセ電コードの薬");
        const MedicationOrder noYj = MedicationOrder::fromPrescription(p, ClinsTestData::when());
        QCOMPARE(noYj.coding, MedicationOrder::Coding::None); // R3010: YJ, 一般名 or NOCODED
        p.yjCode = QStringLiteral("1149019F1560");
        const MedicationOrder withYj = MedicationOrder::fromPrescription(p, ClinsTestData::when());
        QCOMPARE(withYj.coding, MedicationOrder::Coding::Yj);
        QCOMPARE(withYj.code, QStringLiteral("1149019F1560"));
        QCOMPARE(withYj.rpNumber, 2);

        MedicationLine line;
        line.codeKind = MedicationLine::CodeKind::Generic;
        line.code = QStringLiteral("2190006F1ZZZ");
        line.name = QStringLiteral("【般】ニトログリセリン舌下錠");
        line.dose = 1;
        line.days = 5;
        const MedicationOrder o = MedicationOrder::fromLine(line, 4, 1, QDate(2026, 11, 20), ClinsTestData::when());
        QCOMPARE(o.key, QStringLiteral("D4-M2"));
        QCOMPARE(o.startDate, QDate(2026, 11, 20)); // the document's date when the line has none
        QCOMPARE(o.quantity, 5.0);
        QCOMPARE(MedicationRequestMapper::merit9Unit(QStringLiteral("ｍＬ")), QStringLiteral("ML"));
    }
};

TSUMUGI_TEST_CLASS(TestMedicationRequestMapper)
#include "test_medication_request_mapper.moc"
