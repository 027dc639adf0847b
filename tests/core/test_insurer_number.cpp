#include "core/util/InsurerNumber.h"
#include "support/TestRegistry.h"

#include <QTest>

using tsumugi::InsurerNumber;

class TestInsurerNumber : public QObject {
    Q_OBJECT
private slots:
    void checkDigit() {
        // 協会けんぽ 東京支部: 0113001 → 2 (products 2,0,0,3,2,1,0 sum 8).
        QCOMPARE(InsurerNumber::checkDigit(QStringLiteral("0113001")), 2);
        // Products of two digits count their digit sum: 9×2 = 18 → 1+8.
        QCOMPARE(InsurerNumber::checkDigit(QStringLiteral("0613999")), 2);
        QCOMPARE(InsurerNumber::checkDigit(QStringLiteral("13804")), 0);
    }
    void validates_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("status");
        QTest::newRow("kyokai") << QStringLiteral("01130012") << int(InsurerNumber::Status::Valid);
        QTest::newRow("kouki") << QStringLiteral("39131016") << int(InsurerNumber::Status::Valid);
        QTest::newRow("kokuho 6 digits") << QStringLiteral("138040") << int(InsurerNumber::Status::Valid);
        QTest::newRow("wrong check digit") << QStringLiteral("01130013") << int(InsurerNumber::Status::WrongCheckDigit);
        QTest::newRow("7 digits") << QStringLiteral("0113001") << int(InsurerNumber::Status::WrongLength);
        QTest::newRow("letters") << QStringLiteral("0113001A") << int(InsurerNumber::Status::NotDigits);
        QTest::newRow("empty") << QString() << int(InsurerNumber::Status::Empty);
    }
    void validates() {
        QFETCH(QString, number);
        QFETCH(int, status);
        QCOMPARE(int(InsurerNumber::check(number)), status);
    }
    void padsForMemberId() {
        QCOMPARE(InsurerNumber::padded(QStringLiteral("138040")), QStringLiteral("00138040"));
        QCOMPARE(InsurerNumber::padded(QStringLiteral("01130012")), QStringLiteral("01130012"));
    }
};

TSUMUGI_TEST_CLASS(TestInsurerNumber)
#include "test_insurer_number.moc"
