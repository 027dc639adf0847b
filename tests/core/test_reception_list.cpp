#include "support/ErrorKind.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

class TestReceptionList : public QObject {
    Q_OBJECT

    static qint64 addPatient(TempRecord& t, const QString& kana) {
        Patient p;
        p.familyName = QStringLiteral("受付");
        p.familyKana = kana;
        p.sex = Sex::Unknown;
        p.birthDate = QDate(2001, 2, 3);
        return t.record->patients().create(p).id;
    }

private slots:
    void queueInArrivalOrder() {
        TempRecord t;
        const qint64 a = addPatient(t, QStringLiteral("ア"));
        const qint64 b = addPatient(t, QStringLiteral("イ"));
        QCOMPARE(t.record->reception().add(b).queueNumber, 1);
        QCOMPARE(t.record->reception().add(a).queueNumber, 2);
        const auto today = t.record->reception().today();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.at(0).patient.id, b);
        QCOMPARE(today.at(0).status, ReceptionStatus::Waiting);
    }
    void statusMovesAndAPatientMayReturnAfterDone() {
        TempRecord t;
        const qint64 a = addPatient(t, QStringLiteral("ア"));
        const ReceptionEntry e = t.record->reception().add(a);
        TSUMUGI_VERIFY_ERROR(t.record->reception().add(a), Error::Kind::Conflict); // already waiting
        t.record->reception().setStatus(e.id, ReceptionStatus::InConsultation);
        QCOMPARE(t.record->reception().today().first().status, ReceptionStatus::InConsultation);
        t.record->reception().setStatus(e.id, ReceptionStatus::Done);
        QCOMPARE(t.record->reception().add(a).queueNumber, 2); // back in the afternoon
    }
    void eachDayHasItsOwnList() {
        TempRecord t;
        const qint64 a = addPatient(t, QStringLiteral("ア"));
        t.record->reception().add(a);
        t.clock.advanceSeconds(24 * 3600);
        QVERIFY(t.record->reception().today().isEmpty());
        QCOMPARE(t.record->reception().add(a).queueNumber, 1);
    }
    void unknownEntriesAreErrors() {
        TempRecord t;
        TSUMUGI_VERIFY_ERROR(t.record->reception().add(12345), Error::Kind::NotFound);
        TSUMUGI_VERIFY_ERROR(t.record->reception().setStatus(999, ReceptionStatus::Done), Error::Kind::NotFound);
    }
};

TSUMUGI_TEST_CLASS(TestReceptionList)
#include "test_reception_list.moc"
