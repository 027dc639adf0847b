#include "core/util/KanaNormalizer.h"
#include "support/TestRegistry.h"

#include <QTest>

using tsumugi::KanaNormalizer;

class TestKanaNormalizer : public QObject {
    Q_OBJECT
private slots:
    void folds_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hiragana") << QStringLiteral("やまだ たろう") << QStringLiteral("ヤマダタロウ");
        QTest::newRow("half-width with voicing") << QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ") << QStringLiteral("ヤマダタロウ");
        QTest::newRow("half-width handakuten") << QStringLiteral("ﾎﾟﾝ") << QStringLiteral("ポン");
        QTest::newRow("ideographic space") << QStringLiteral("サトウ　ハナコ") << QStringLiteral("サトウハナコ");
        QTest::newRow("long vowel mark kept") << QStringLiteral("じょーじ") << QStringLiteral("ジョージ");
        QTest::newRow("full-width latin") << QStringLiteral("ＡＢＣ１２") << QStringLiteral("ABC12");
        QTest::newRow("small kana") << QStringLiteral("きょう") << QStringLiteral("キョウ");
        QTest::newRow("ゔ") << QStringLiteral("ゔぃ") << QStringLiteral("ヴィ");
    }
    void folds() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(KanaNormalizer::normalize(input), expected);
    }
    void recognisesReadings() {
        QVERIFY(KanaNormalizer::isKana(QStringLiteral("やまだ")));
        QVERIFY(KanaNormalizer::isKana(QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ")));
        QVERIFY(KanaNormalizer::isKana(QStringLiteral("ジョージ")));
        QVERIFY(!KanaNormalizer::isKana(QStringLiteral("山田")));
        QVERIFY(!KanaNormalizer::isKana(QStringLiteral("yamada")));
        QVERIFY(!KanaNormalizer::isKana(QStringLiteral("  ")));
    }
};

TSUMUGI_TEST_CLASS(TestKanaNormalizer)
#include "test_kana_normalizer.moc"
