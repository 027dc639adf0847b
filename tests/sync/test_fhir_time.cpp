#include "support/TestRegistry.h"
#include "sync/fhir/FhirTime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tsumugi::fhir;

// FhirTime formats by hand for speed; Qt's own formatting is the reference it must always agree with.
class TestFhirTime : public QObject {
    Q_OBJECT
    static std::string byQt(const QDateTime& t) {
        return t.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate).toStdString();
    }
private slots:
    void instantIsJapanTimeWithItsOffset() {
        QCOMPARE(FhirTime::instant(QDateTime(QDate(2026, 11, 21), QTime(15, 30, 5, 999), Qt::UTC)),
                 std::string("2026-11-22T00:30:05+09:00"));
        QCOMPARE(FhirTime::instant(QDateTime(QDate(1969, 12, 31), QTime(14, 59, 59), Qt::UTC)),
                 std::string("1969-12-31T23:59:59+09:00"));
        QCOMPARE(FhirTime::instant(QDateTime(QDate(2024, 2, 28), QTime(15, 0), Qt::UTC)),
                 std::string("2024-02-29T00:00:00+09:00"));
        QCOMPARE(FhirTime::instant(QDateTime()), std::string());
    }
    void agreesWithQtEverywhere() {
        QRandomGenerator rng(2026);
        for (int i = 0; i < 20000; ++i) {
            // 1900–2100, milliseconds included, either side of the epoch.
            const qint64 ms = qint64(rng.bounded(6311520000.0) * 1000) - 2208988800000LL;
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(FhirTime::instant(t), byQt(t));
            QCOMPARE(FhirTime::date(t.date()), t.date().toString(Qt::ISODate).toStdString());
        }
        // A time given in another offset is the same instant.
        const QDateTime utc(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(FhirTime::instant(utc.toOffsetFromUtc(-5 * 3600)), byQt(utc));
    }
    void dates() {
        QCOMPARE(FhirTime::date(QDate(1948, 11, 3)), std::string("1948-11-03"));
        QCOMPARE(FhirTime::date(QDate()), std::string());
    }
};

TSUMUGI_TEST_CLASS(TestFhirTime)
#include "test_fhir_time.moc"
