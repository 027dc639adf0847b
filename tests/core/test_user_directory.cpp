#include "support/ErrorKind.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

class TestUserDirectory : public QObject {
    Q_OBJECT
private slots:
    void adminAddsUsersWhoCanLogIn() {
        TempRecord t;
        t.record->users().add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), Role::Doctor,
                              QStringLiteral("doctor pass"));
        QCOMPARE(t.record->users().list().size(), 2);
        t.reopen(QStringLiteral("dr.sato"), QStringLiteral("doctor pass"));
        QCOMPARE(t.record->currentUser().role, Role::Doctor);
        QCOMPARE(t.record->currentUser().displayName, QStringLiteral("佐藤 医師"));
    }
    void onlyAdminsManageUsers() {
        TempRecord t;
        t.record->users().add(QStringLiteral("clerk"), {}, Role::Clerk, QStringLiteral("clerk pass"));
        t.reopen(QStringLiteral("clerk"), QStringLiteral("clerk pass"));
        try {
            t.record->users().add(QStringLiteral("x2"), {}, Role::Admin, QStringLiteral("sneaky pass"));
            QFAIL("a clerk must not add users");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        }
        QVERIFY(!t.record->can(Permission::WriteCharts));
        QVERIFY(t.record->can(Permission::RegisterPatients));
    }
    void rejectsBadNamesPasswordsAndDuplicates() {
        TempRecord t;
        TSUMUGI_VERIFY_ERROR(
            t.record->users().add(QStringLiteral("a b"), {}, Role::Clerk, QStringLiteral("long enough")),
            Error::Kind::Validation);
        TSUMUGI_VERIFY_ERROR(t.record->users().add(QStringLiteral("ok"), {}, Role::Clerk, QStringLiteral("short")),
                             Error::Kind::Validation);
        TSUMUGI_VERIFY_ERROR(
            t.record->users().add(TempRecord::AdminName, {}, Role::Clerk, QStringLiteral("long enough")),
            Error::Kind::Conflict);
        QCOMPARE(t.record->users().list().size(), 1);
    }
    void passwordChangeKeepsTheRecord() {
        TempRecord t;
        TSUMUGI_VERIFY_ERROR(
            t.record->users().changePassword(QStringLiteral("wrong one"), QStringLiteral("new password")),
            Error::Kind::WrongPassword);
        t.record->users().changePassword(TempRecord::AdminPassword, QStringLiteral("new password 2"));
        t.record.reset();
        TSUMUGI_VERIFY_ERROR(ClinicRecord::open(t.path, TempRecord::AdminName, TempRecord::AdminPassword, t.clock),
                             Error::Kind::WrongPassword);
        t.reopen(TempRecord::AdminName, QStringLiteral("new password 2"));
        QCOMPARE(t.record->clinic().institutionNumber, QStringLiteral("1310000001"));
    }
};

TSUMUGI_TEST_CLASS(TestUserDirectory)
#include "test_user_directory.moc"
