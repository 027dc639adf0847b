#include "core/chart/Allergy.h"
#include "support/TestRegistry.h"

#include <QTest>

using namespace tsumugi;

class TestAllergy : public QObject {
    Q_OBJECT
private slots:
    void noKnownAllergiesIsAStatementNotAnAllergy() {
        Allergy none;
        none.category = Allergy::Category::Other;
        none.name = QStringLiteral("アレルギーなし");
        none.comment = Allergy::NoKnownAllergiesMarker;
        QVERIFY(none.isNoKnownAllergies());
        QVERIFY(!none.isContraindication());

        Allergy egg;
        egg.category = Allergy::Category::Food;
        egg.name = QStringLiteral("鶏卵");
        egg.comment = Allergy::NoKnownAllergiesMarker; // the marker only counts on an 'other' entry
        QVERIFY(!egg.isNoKnownAllergies());

        Allergy other;
        other.category = Allergy::Category::Other;
        other.name = QStringLiteral("ラテックス");
        QVERIFY(!other.isNoKnownAllergies());
    }
    void contraindicationsAreMedicationEntries() {
        Allergy drug;
        drug.category = Allergy::Category::Medication;
        QVERIFY(drug.isContraindication());
    }
};

TSUMUGI_TEST_CLASS(TestAllergy)
#include "test_allergy.moc"
