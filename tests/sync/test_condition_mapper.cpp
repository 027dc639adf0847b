#include "ClinsTestData.h"
#include "support/TestRegistry.h"

#include "sync/fhir/ConditionMapper.h"

#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;
using tsumugi::test::ClinsTestData;

namespace {
Diagnosis coded() {
    Diagnosis d;
    d.id = 11;
    d.visitId = 5;
    d.name = QStringLiteral("2型糖尿病");
    d.medisCode = QStringLiteral("20061213");
    d.receiptCode = QStringLiteral("2500015");
    d.icd10 = QStringLiteral("E119");
    d.startDate = QDate(2019, 4, 1);
    d.principal = true;
    d.longTerm = true;
    d.recordedAt = QDateTime(QDate(2019, 4, 1), QTime(1, 0), Qt::UTC);
    return d;
}
Diagnosis uncoded() {
    Diagnosis d;
    d.id = 12;
    d.visitId = 6;
    d.name = QStringLiteral("原因不明の微熱");
    d.medisCode = Diagnosis::UncodedMedisCode;
    d.receiptCode = Diagnosis::UncodedReceiptCode;
    d.startDate = QDate(2026, 3, 1);
    d.suspected = true;
    d.uninformed = true;
    d.undelivered = true;
    d.outcome = Diagnosis::Outcome::Cured;
    d.endDate = QDate(2026, 6, 1);
    d.comment = QStringLiteral("経過観察");
    d.modifiers = {{QStringLiteral("1001"), QStringLiteral("急性"), false, {}}};
    return d;
}
std::string str(const Json& j) {
    return j.get<std::string>();
}
} // namespace

class TestConditionMapper : public QObject {
    Q_OBJECT
private slots:
    void codesSystemsAndDates() {
        const Json r = ConditionMapper::toFhir(coded(), ClinsTestData::context());
        QCOMPARE(str(r["code"]["coding"][0]["system"]),
                 std::string("http://medis.or.jp/CodeSystem/master-disease-keyNumber"));
        QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("20061213"));
        QCOMPARE(str(r["code"]["coding"][1]["code"]), std::string("2500015"));
        QCOMPARE(str(r["code"]["coding"][2]["code"]), std::string("E119"));
        QCOMPARE(str(r["code"]["text"]), std::string("2型糖尿病"));
        QCOMPARE(str(r["onsetDateTime"]), std::string("2019-04-01"));
        QVERIFY(!r.contains("abatementDateTime"));
        QCOMPARE(str(r["clinicalStatus"]["coding"][0]["code"]), std::string("active"));
        QCOMPARE(str(r["verificationStatus"]["coding"][0]["code"]), std::string("confirmed"));
        QCOMPARE(str(r["extension"][2]["valueCodeableConcept"]["coding"][0]["code"]), std::string("principal"));
        QCOMPARE(str(r["extension"][1]["valueCodeableConcept"]["text"]), std::string("内科"));
        QCOMPARE(str(r["contained"][0]["class"]["code"]), std::string("AMB"));
        QCOMPARE(str(r["meta"]["tag"][0]["code"]), std::string("LTS"));
        QCOMPARE(r["meta"]["tag"].size(), std::size_t(1));
        QCOMPARE(str(r["subject"]["reference"]), fhir::utf8(ClinsTestData::context().patientReference));
    }
    void uncodedSuspectedEndedAndFlagged() {
        const Json r = ConditionMapper::toFhir(uncoded(), ClinsTestData::context());
        QCOMPARE(r["code"]["coding"].size(), std::size_t(1)); // the レセ電 0000999 is not a real code: left out
        QCOMPARE(str(r["code"]["coding"][0]["code"]), std::string("99999999"));
        QCOMPARE(str(r["code"]["coding"][0]["display"]), std::string("未コード化傷病名"));
        QCOMPARE(str(r["code"]["text"]), std::string("急性原因不明の微熱"));
        QCOMPARE(str(r["verificationStatus"]["coding"][0]["code"]), std::string("unconfirmed"));
        QCOMPARE(str(r["clinicalStatus"]["coding"][0]["code"]), std::string("resolved"));
        QCOMPARE(str(r["abatementDateTime"]), std::string("2026-06-01"));
        QCOMPARE(str(r["contained"][0]["class"]["code"]), std::string("IMP"));
        QCOMPARE(str(r["extension"][1]["valueCodeableConcept"]["text"]), std::string("外科"));
        QCOMPARE(r["extension"].size(), std::size_t(2)); // not principal
        QCOMPARE(str(r["meta"]["tag"][0]["code"]), std::string("UNINFORMED"));
        QCOMPARE(str(r["meta"]["tag"][1]["code"]), std::string("UNDELIVERED"));
        QCOMPARE(str(r["note"][0]["text"]), std::string("経過観察"));
    }
    void noVisitStillHasEncounterAndDepartment() {
        Diagnosis d = coded();
        d.visitId = 0;
        const Json r = ConditionMapper::toFhir(d, ClinsTestData::context());
        QCOMPARE(str(r["contained"][0]["class"]["code"]), std::string("AMB"));
        QVERIFY(!r["contained"][0].contains("identifier"));
        QCOMPARE(str(r["extension"][1]["valueCodeableConcept"]["text"]), std::string("不明"));
    }
    void whatIsLeftOut() {
        const QDate today(2026, 11, 21);
        QVERIFY(ConditionMapper::isReportable(coded(), today));
        Diagnosis d = uncoded();
        QVERIFY(ConditionMapper::isReportable(d, today)); // ended this year; 未提供 is sent tagged
        d.endDate = QDate(2021, 11, 21);
        QVERIFY(ConditionMapper::isReportable(d, today)); // exactly 5 years
        d.endDate = QDate(2021, 11, 20);
        QVERIFY(!ConditionMapper::isReportable(d, today));
        d = coded();
        d.withdrawn = true;
        QVERIFY(!ConditionMapper::isReportable(d, today));
        d = coded();
        d.sourceInstitution = QStringLiteral("1310000002");
        QVERIFY(!ConditionMapper::isReportable(d, today));
        d = coded();
        d.startDate = QDate();
        QVERIFY(!ConditionMapper::isReportable(d, today));
    }
    void deterministic() {
        QCOMPARE(ConditionMapper::toFhir(uncoded(), ClinsTestData::context()).dump(),
                 ConditionMapper::toFhir(uncoded(), ClinsTestData::context()).dump());
    }
    void passesTheOfficialValidator() {
        QTemporaryDir dir;
        const QString path = ClinsTestData::writeBundle(dir, QStringLiteral("Condition"),
                                                        {ConditionMapper::toFhir(coded(), ClinsTestData::context()),
                                                         ConditionMapper::toFhir(uncoded(), ClinsTestData::context())});
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{path});
    }
};

TSUMUGI_TEST_CLASS(TestConditionMapper)
#include "test_condition_mapper.moc"
