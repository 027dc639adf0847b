#include "core/util/JapaneseEra.h"
#include "support/TestRegistry.h"

#include <QTest>

using tsumugi::JapaneseEra;

class TestJapaneseEra : public QObject {
    Q_OBJECT
private slots:
    void formats_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("shortForm");
        QTest::newRow("showa") << QDate(1975, 4, 12) << QStringLiteral("昭和50年4月12日") << QStringLiteral("S50.4.12");
        QTest::newRow("last day of showa")
            << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日") << QStringLiteral("S64.1.7");
        QTest::newRow("first day of heisei")
            << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日") << QStringLiteral("H1.1.8");
        QTest::newRow("last day of heisei")
            << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日") << QStringLiteral("H31.4.30");
        QTest::newRow("first day of reiwa")
            << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日") << QStringLiteral("R1.5.1");
        QTest::newRow("taisho") << QDate(1920, 1, 1) << QStringLiteral("大正9年1月1日") << QStringLiteral("T9.1.1");
    }
    void formats() {
        QFETCH(QDate, date);
        QFETCH(QString, full);
        QFETCH(QString, shortForm);
        QCOMPARE(JapaneseEra::format(date), full);
        QCOMPARE(JapaneseEra::formatShort(date), shortForm);
        QCOMPARE(JapaneseEra::parse(full), date);
        QCOMPARE(JapaneseEra::parse(shortForm), date);
    }
    void parsesVariants() {
        QCOMPARE(JapaneseEra::parse(QStringLiteral("s50/4/12")), QDate(1975, 4, 12));
        QCOMPARE(JapaneseEra::parse(QStringLiteral("Ｓ５０．４．１２")), QDate(1975, 4, 12));
        QCOMPARE(JapaneseEra::parse(QStringLiteral("令和1年5月1日")), QDate(2019, 5, 1));
    }
    void rejectsDatesOutsideTheirEra() {
        QVERIFY(!JapaneseEra::parse(QStringLiteral("H1.1.7")).isValid());  // still 昭和
        QVERIFY(!JapaneseEra::parse(QStringLiteral("S65.1.1")).isValid()); // 昭和 ended in its 64th year
        QVERIFY(!JapaneseEra::parse(QStringLiteral("R1.2.30")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("1975-04-12")).isValid());
        QVERIFY(!JapaneseEra::parse(QStringLiteral("X50.1.1")).isValid());
    }
};

TSUMUGI_TEST_CLASS(TestJapaneseEra)
#include "test_japanese_era.moc"
