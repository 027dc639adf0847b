#include "support/TestRegistry.h"
#include "sync/fhir/UuidSource.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using tsumugi::fhir::UuidSource;

class TestUuidSource : public QObject {
    Q_OBJECT
private slots:
    void seededIsReproducible() {
        UuidSource a(7), b(7), c(8);
        const QString first = a.next();
        QCOMPARE(b.next(), first);
        QVERIFY(c.next() != first);
    }
    void versionFourAndUnique() {
        UuidSource s;
        static const QRegularExpression v4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString u = s.next();
            QVERIFY2(v4.match(u).hasMatch(), qPrintable(u));
            seen.insert(u);
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(s.nextUrn().startsWith(QStringLiteral("urn:uuid:")));
    }
};

TSUMUGI_TEST_CLASS(TestUuidSource)
#include "test_uuid_source.moc"
