#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/demo/DemoData.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientValidator.h"
#include "core/reception/ReceptionList.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

class TestDemoData : public QObject {
    Q_OBJECT
private slots:
    void fillsAnEmptyRecordOnce() {
        TempRecord t;
        QCOMPARE(DemoData::fill(*t.record), 6);
        QCOMPARE(t.record->patients().count(), 6);
        QCOMPARE(t.record->reception().today().size(), 3);
        QCOMPARE(DemoData::fill(*t.record), 0);
        QCOMPARE(t.record->patients().count(), 6);
        // The demo insured persons are the ones tsumugi-sim's demo seed knows.
        const Patient yamada = t.record->patients().search(QStringLiteral("やまだたろう")).first();
        QCOMPARE(yamada.insurance.memberId(), QStringLiteral("01130012:1234:567:00"));
        const Patient takahashi = t.record->patients().search(QStringLiteral("たかはし")).first();
        QCOMPARE(takahashi.insurance.memberId(), QStringLiteral("00138040:12-34:5678:03"));
    }
};

TSUMUGI_TEST_CLASS(TestDemoData)
#include "test_demo_data.moc"
