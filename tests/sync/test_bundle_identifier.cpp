#include "support/TestRegistry.h"
#include "sync/fhir/BundleIdentifier.h"

#include <QTest>

using tsumugi::fhir::BundleIdentifier;

class TestBundleIdentifier : public QObject {
    Q_OBJECT
private slots:
    void acceptsTheGuidesForm() {
        QVERIFY(BundleIdentifier::isValid(QStringLiteral("1318814790^2024^0123-IDa-203949583949")));
        const QString made = BundleIdentifier::make(QStringLiteral("1310000001"), 2026,
                                                    BundleIdentifier::unitId(42, QStringLiteral("Condition")));
        QCOMPARE(made, QStringLiteral("1310000001^2026^P0000042-Condition"));
        QVERIFY(BundleIdentifier::isValid(made));
    }
    void rejects_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("two parts") << "1310000001^2026";
        QTest::newRow("bad institution") << "4810000001^2026^x";
        QTest::newRow("short institution") << "131000000^2026^x";
        QTest::newRow("two-digit year") << "1310000001^26^x";
        QTest::newRow("underscore") << "1310000001^2026^a_b";
        QTest::newRow("37 characters") << "1310000001^2026^" + QString(37, QLatin1Char('a'));
        QTest::newRow("empty id") << "1310000001^2026^";
    }
    void rejects() {
        QFETCH(QString, value);
        QVERIFY(!BundleIdentifier::problem(value).isEmpty());
    }
};

TSUMUGI_TEST_CLASS(TestBundleIdentifier)
#include "test_bundle_identifier.moc"
