#include "core/chart/LineDiff.h"
#include "support/TestRegistry.h"

#include <QTest>

using namespace tsumugi;

class TestLineDiff : public QObject {
    Q_OBJECT

    static QString ops(const QList<DiffLine>& lines) {
        QString out;
        for (const auto& l : lines) {
            out += l.op == DiffLine::Op::Same    ? QLatin1Char('=')
                   : l.op == DiffLine::Op::Added ? QLatin1Char('+')
                                                 : QLatin1Char('-');
        }
        return out;
    }

private slots:
    void identicalTextsHaveNoChanges() {
        const auto d = LineDiff::compare(QStringLiteral("a\nb\nc"), QStringLiteral("a\nb\nc"));
        QCOMPARE(ops(d), QStringLiteral("==="));
        QVERIFY(!LineDiff::hasChanges(d));
    }
    void changedLineIsRemovedThenAdded() {
        const auto d = LineDiff::compare(QStringLiteral("S) 咽頭痛\nO) 発熱 38.2\nP) 経過観察"),
                                         QStringLiteral("S) 咽頭痛\nO) 発熱 37.5\nP) 経過観察"));
        QCOMPARE(ops(d), QStringLiteral("=-+="));
        QCOMPARE(d.at(1).text, QStringLiteral("O) 発熱 38.2"));
        QCOMPARE(d.at(1).oldLine, 2);
        QCOMPARE(d.at(2).newLine, 2);
        QCOMPARE(LineDiff::toText(d), QStringLiteral("  S) 咽頭痛\n- O) 発熱 38.2\n+ O) 発熱 37.5\n  P) 経過観察\n"));
    }
    void insertionsAndDeletionsInTheMiddle() {
        const auto d = LineDiff::compare(QStringLiteral("a\nb\nc\nd\ne"), QStringLiteral("a\nc\nx\nd\ne\nf"));
        QCOMPARE(ops(d), QStringLiteral("=-=+==+"));
    }
    void emptySides() {
        QCOMPARE(ops(LineDiff::compare({}, QStringLiteral("a\nb"))), QStringLiteral("++"));
        QCOMPARE(ops(LineDiff::compare(QStringLiteral("a\nb"), {})), QStringLiteral("--"));
        QVERIFY(LineDiff::compare({}, {}).isEmpty());
    }
    void windowsLineEndingsAreTheSameLines() {
        QVERIFY(!LineDiff::hasChanges(LineDiff::compare(QStringLiteral("a\r\nb"), QStringLiteral("a\nb"))));
    }
};

TSUMUGI_TEST_CLASS(TestLineDiff)
#include "test_line_diff.moc"
