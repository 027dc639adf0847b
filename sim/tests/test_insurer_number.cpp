// 保険者番号 check digits and the JP_Insurance_memberID format.
#include "sim/InsurerNumber.h"

#include <QtTest>

using tsumugi::sim::InsurerNumber;

class TestInsurerNumber : public QObject {
    Q_OBJECT
private slots:
    void demoSeedNumbersAreValid_data() {
        QTest::addColumn<QString>("number");
        for (const char* n : {"01130012", "39131016", "06139992", "138040", "06270011", "31130016", "27130012"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void demoSeedNumbersAreValid() {
        QFETCH(QString, number);
        QVERIFY(InsurerNumber::checkDigitValid(number));
    }
    void wrongCheckDigitIsRejected() {
        QVERIFY(!InsurerNumber::checkDigitValid(QStringLiteral("01130013")));
        QVERIFY(!InsurerNumber::checkDigitValid(QStringLiteral("138041")));
        QCOMPARE(InsurerNumber::checkDigitFor(QStringLiteral("0113001")), 2);
        // 1,3,8,0,4 from the right: 4*2=8, 0, 8*2=16→7, 3, 1*2=2 → 20 → 0
        QCOMPARE(InsurerNumber::checkDigitFor(QStringLiteral("13804")), 0);
    }
    void malformedNumbers() {
        QVERIFY(!InsurerNumber::wellFormed(QStringLiteral("1234567")));
        QVERIFY(!InsurerNumber::wellFormed(QStringLiteral("0113001a")));
        QVERIFY(!InsurerNumber::checkDigitValid(QStringLiteral("")));
    }
    void memberIdIsZeroPadded() {
        QCOMPARE(InsurerNumber::memberId(QStringLiteral("138040"), QStringLiteral("12-34"), QStringLiteral("5678"),
                                         QStringLiteral("03")),
                 QStringLiteral("00138040:12-34:5678:03"));
        QCOMPARE(InsurerNumber::memberId(QStringLiteral("39131016"), QString(), QStringLiteral("00012345"), QString()),
                 QStringLiteral("39131016::00012345:"));
    }
};

QTEST_GUILESS_MAIN(TestInsurerNumber)
#include "test_insurer_number.moc"
