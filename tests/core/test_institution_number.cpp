#include "core/util/InstitutionNumber.h"
#include "support/TestRegistry.h"

#include <QTest>

using tsumugi::InstitutionNumber;

class TestInstitutionNumber : public QObject {
    Q_OBJECT
private slots:
    void validates_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("status");
        QTest::newRow("tokyo medical") << QStringLiteral("1310000001") << int(InstitutionNumber::Status::Valid);
        QTest::newRow("okinawa dental") << QStringLiteral("4730000001") << int(InstitutionNumber::Status::Valid);
        QTest::newRow("prefecture 48") << QStringLiteral("4810000001")
                                       << int(InstitutionNumber::Status::UnknownPrefecture);
        QTest::newRow("prefecture 00") << QStringLiteral("0010000001")
                                       << int(InstitutionNumber::Status::UnknownPrefecture);
        QTest::newRow("pharmacy schedule")
            << QStringLiteral("1340000001") << int(InstitutionNumber::Status::UnknownFeeSchedule);
        QTest::newRow("9 digits") << QStringLiteral("131000000") << int(InstitutionNumber::Status::WrongLength);
        QTest::newRow("hyphen") << QStringLiteral("13-1000000") << int(InstitutionNumber::Status::NotDigits);
        QTest::newRow("empty") << QString() << int(InstitutionNumber::Status::Empty);
    }
    void validates() {
        QFETCH(QString, number);
        QFETCH(int, status);
        QCOMPARE(int(InstitutionNumber::check(number)), status);
    }
};

TSUMUGI_TEST_CLASS(TestInstitutionNumber)
#include "test_institution_number.moc"
