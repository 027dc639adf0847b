#include "ClinsTestData.h"
#include "support/TestRegistry.h"

#include "sync/fhir/LabObservationMapper.h"

#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;
using tsumugi::test::ClinsTestData;

namespace {
LabResult alt(qint64 id, const QDateTime& at, double value) {
    LabResult r;
    r.id = id;
    r.visitId = 5;
    r.code = QStringLiteral("3B045000002327201");
    r.itemKey = QStringLiteral("ALT");
    r.name = QStringLiteral("ALT(GPT)");
    r.valueNumber = value;
    r.unit = QStringLiteral("U/L");
    r.ucumUnit = QStringLiteral("U/L");
    r.referenceLow = 7;
    r.referenceHigh = 23;
    r.abnormalFlag = value > 23 ? QStringLiteral("H") : QStringLiteral("N");
    r.specimen = QStringLiteral("血清");
    r.collectedAt = at;
    r.localCode =
        QStringLiteral("0001234"); // the clinic's code of the item and the ordering doctor (JP-CLINS 1.9, 1.6)
    r.orderedById = 7;
    r.orderedByLogin = QStringLiteral("dr.sato");
    r.orderedByName = QStringLiteral("佐藤 医師");
    return r;
}
LabResult hbs(bool positive) {
    LabResult r;
    r.id = positive ? 31 : 32;
    r.visitId = 5;
    r.code = QStringLiteral("5F016141001819011");
    r.itemKey = QStringLiteral("HBs-AG-RESULT");
    r.name = QStringLiteral("HBs抗原");
    r.infection = true;
    r.valueText = positive ? QStringLiteral("陽性") : QStringLiteral("陰性");
    r.abnormalFlag = positive ? QStringLiteral("POS") : QStringLiteral("NEG");
    r.referenceText = QStringLiteral("陰性");
    r.specimen = QStringLiteral("血清");
    r.collectedAt = QDateTime(QDate(2026, 11, 20), QTime(1, 30), Qt::UTC);
    r.localCode = QStringLiteral("0005001");
    r.orderedById = 7;
    r.orderedByLogin = QStringLiteral("dr.sato");
    r.orderedByName = QStringLiteral("佐藤 医師");
    return r;
}
const QDateTime Nov20(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
std::string str(const Json& j) {
    return j.get<std::string>();
}
} // namespace

class TestLabObservationMapper : public QObject {
    Q_OBJECT
private slots:
    void coreItemNumeric() {
        const Json o = LabObservationMapper::toFhir(alt(1, Nov20, 41), ClinsTestData::context());
        // The clinic's own code first, then the JLAC code (JP-CLINS 1.9 asks for both in a CLINS bundle).
        QCOMPARE(str(o["code"]["coding"][0]["system"]),
                 std::string("http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS"));
        QCOMPARE(str(o["code"]["coding"][0]["code"]), std::string("0001234"));
        QCOMPARE(str(o["code"]["coding"][1]["system"]),
                 std::string("http://jpfhir.jp/fhir/clins/CodeSystem/JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS"));
        QCOMPARE(str(o["code"]["coding"][1]["code"]), std::string("3B045000002327201"));
        QCOMPARE(str(o["code"]["coding"][1]["display"]), std::string("ALT"));
        // The ordering doctor as the performer, in the institution's own numbering.
        QCOMPARE(str(o["performer"][0]["reference"]), std::string("#performer"));
        QCOMPARE(str(o["contained"][2]["resourceType"]), std::string("Practitioner"));
        QCOMPARE(str(o["contained"][2]["identifier"][0]["system"]),
                 "urn:oid:1.2.392.100495.20.3.41.1" + ClinsTestData::context().clinic.institutionNumber.toStdString());
        QCOMPARE(str(o["contained"][2]["identifier"][0]["value"]), std::string("dr.sato"));
        QCOMPARE(str(o["contained"][2]["name"][0]["text"]), std::string("佐藤 医師"));
        QCOMPARE(str(o["code"]["text"]), std::string("ALT(GPT)"));
        QCOMPARE(o["valueQuantity"]["value"].get<double>(), 41.0);
        QCOMPARE(str(o["valueQuantity"]["code"]), std::string("U/L"));
        QCOMPARE(str(o["interpretation"][0]["coding"][0]["code"]), std::string("H"));
        QCOMPARE(o["referenceRange"][0]["low"]["value"].get<double>(), 7.0);
        QCOMPARE(o["referenceRange"][0]["high"]["value"].get<double>(), 23.0);
        QCOMPARE(str(o["effectiveDateTime"]), std::string("2026-11-20T10:00:00+09:00"));
        QCOMPARE(str(o["contained"][0]["resourceType"]), std::string("Encounter"));
        QCOMPARE(str(o["contained"][1]["type"]["text"]), std::string("血清"));
        QCOMPARE(str(o["specimen"]["reference"]), std::string("#specimen"));
        QCOMPARE(str(o["extension"][1]["valueCodeableConcept"]["text"]), std::string("内科"));
    }
    void infectionQualitative() {
        const Json o = LabObservationMapper::toFhir(hbs(true), ClinsTestData::context());
        QCOMPARE(str(o["code"]["coding"][1]["system"]),
                 std::string("http://jpfhir.jp/fhir/clins/CodeSystem/JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS"));
        QCOMPARE(str(o["code"]["coding"][1]["display"]), std::string("HBs抗原(判定)"));
        QCOMPARE(str(o["valueString"]), std::string("陽性"));
        QVERIFY(!o.contains("valueQuantity"));
        QCOMPARE(str(o["interpretation"][0]["coding"][0]["code"]), std::string("POS"));
        QCOMPARE(str(o["referenceRange"][0]["text"]), std::string("陰性"));
    }
    void comparator() {
        LabResult r = alt(2, Nov20, 5);
        r.valueText = QStringLiteral("<5");
        QCOMPARE(str(LabObservationMapper::toFhir(r, ClinsTestData::context())["valueQuantity"]["comparator"]),
                 std::string("<"));
    }
    void identifierAndTexts() {
        auto c = ClinsTestData::context();
        LabResult r = hbs(true);
        r.comment = QStringLiteral("  再検予定 \n");
        r.valueText = QStringLiteral(" 陽性 ");
        r.specimen.clear();
        Json o = LabObservationMapper::toFhir(r, c);
        QCOMPARE(str(o["identifier"][0]["value"]),
                 (c.clinic.institutionNumber + QStringLiteral("-Observation-31")).toStdString());
        QCOMPARE(str(o["note"][0]["text"]), std::string("再検予定"));
        QCOMPARE(str(o["valueString"]), std::string("陽性"));
        QCOMPARE(str(o["contained"][1]["type"]["text"]), std::string("不明")); // the specimen is required
        QCOMPARE(str(o["meta"]["lastUpdated"]), std::string("2026-11-21T12:00:00+09:00"));
        // Given once for many resources, the formatted time is what is written.
        c.lastUpdatedText = "2026-11-21T12:00:01+09:00";
        QCOMPARE(str(LabObservationMapper::toFhir(r, c)["meta"]["lastUpdated"]), c.lastUpdatedText);
        // A number that is not plain ASCII (never valid, but written as it is, in UTF-8) and a long one.
        c.clinic.institutionNumber = QStringLiteral("１３１");
        QCOMPARE(str(LabObservationMapper::toFhir(r, c)["identifier"][0]["value"]),
                 std::string("１３１-Observation-31"));
        c.clinic.institutionNumber = QString(100, QLatin1Char('9'));
        QCOMPARE(str(LabObservationMapper::toFhir(r, c)["identifier"][0]["value"]),
                 std::string(100, '9') + "-Observation-31");
    }
    void whatIsLeftOut() {
        const QDate today(2026, 11, 21);
        QList<LabResult> all;
        // Five ALT results over three years: the last year's two, plus the latest three overall.
        all << alt(10, QDateTime(QDate(2023, 1, 1), QTime(1, 0), Qt::UTC), 20)
            << alt(11, QDateTime(QDate(2024, 1, 1), QTime(1, 0), Qt::UTC), 21)
            << alt(12, QDateTime(QDate(2025, 1, 1), QTime(1, 0), Qt::UTC), 22)
            << alt(13, QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC), 23) << alt(14, Nov20, 24);
        LabResult local = alt(15, Nov20, 1);
        local.codeSystem = LabResult::CodeSystem::Local;
        local.code = QStringLiteral("L001");
        local.itemKey = QStringLiteral("L001");
        LabResult withdrawn = alt(16, Nov20, 1);
        withdrawn.withdrawn = true;
        LabResult theirs = alt(17, Nov20, 1);
        theirs.sourceInstitution = QStringLiteral("1310000002");
        LabResult notCore = alt(18, Nov20, 1);
        notCore.itemKey = QStringLiteral("XYZ");
        // A core item without the clinic's code, or without the ordering doctor: kept back, never sent broken.
        LabResult noLocalCode = alt(19, Nov20, 1);
        noLocalCode.localCode.clear();
        LabResult noOrderer = alt(20, Nov20, 1);
        noOrderer.orderedById = 0;
        all << local << withdrawn << theirs << notCore << noLocalCode << noOrderer << hbs(false);
        const QList<LabResult> out = LabObservationMapper::reportable(all, today);
        QList<qint64> ids;
        for (const LabResult& r : out) {
            ids << r.id;
        }
        QCOMPARE(ids, (QList<qint64>{12, 13, 14, 32}));
    }
    void deterministic() {
        QCOMPARE(LabObservationMapper::toFhir(hbs(false), ClinsTestData::context()).dump(),
                 LabObservationMapper::toFhir(hbs(false), ClinsTestData::context()).dump());
    }
    void passesTheOfficialValidator() {
        QTemporaryDir dir;
        const auto c = ClinsTestData::context();
        LabResult lt = alt(2, Nov20, 5);
        lt.valueText = QStringLiteral("<5");
        const QString path = ClinsTestData::writeBundle(
            dir, QStringLiteral("Observation"),
            {LabObservationMapper::toFhir(alt(1, Nov20, 41), c), LabObservationMapper::toFhir(lt, c),
             LabObservationMapper::toFhir(hbs(true), c), LabObservationMapper::toFhir(hbs(false), c)});
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{path});
    }
};

TSUMUGI_TEST_CLASS(TestLabObservationMapper)
#include "test_lab_observation_mapper.moc"
