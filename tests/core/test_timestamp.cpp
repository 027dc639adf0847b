#include "core/util/Timestamp.h"
#include "support/TestRegistry.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace tsumugi;

// Timestamp::fromStorage reads its own format by hand; QDateTime::fromString is the reference it must agree with.
class TestTimestamp : public QObject {
    Q_OBJECT
    static QDateTime byQt(const QString& s) {
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        t.setTimeSpec(Qt::UTC);
        return t;
    }
private slots:
    void roundTrips() {
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = qint64(rng.bounded(6311520000.0) * 1000) - 2208988800000LL;
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString stored = Timestamp::toStorage(t);
            QCOMPARE(stored.size(), 24);
            const QDateTime back = Timestamp::fromStorage(stored);
            QCOMPARE(back, t);
            QCOMPARE(back.timeSpec(), Qt::UTC);
            QCOMPARE(back, byQt(stored));
        }
        // Another offset stored is the same instant, in UTC.
        const QDateTime japan(QDate(2026, 11, 22), QTime(9, 0), QTimeZone(9 * 3600));
        QCOMPARE(Timestamp::fromStorage(Timestamp::toStorage(japan)), japan.toUTC());
    }
    void otherTextsGoTheGeneralWay() {
        for (const QString& s : {QStringLiteral("2026-02-30T00:00:00.000Z"), QStringLiteral("2026-11-22T24:00:00.000Z"),
                                 QStringLiteral("20x6-11-22T00:00:00.000Z"), QStringLiteral("2026-11-22T09:00:00Z"),
                                 QStringLiteral("2026-11-22"), QString(), QStringLiteral("garbage")}) {
            QCOMPARE(Timestamp::fromStorage(s), byQt(s));
            QCOMPARE(Timestamp::fromStorage(s).isValid(), byQt(s).isValid());
        }
        QVERIFY(!Timestamp::fromStorage(QStringLiteral("2026-02-30T00:00:00.000Z")).isValid());
    }
};

TSUMUGI_TEST_CLASS(TestTimestamp)
#include "test_timestamp.moc"
