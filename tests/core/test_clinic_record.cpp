#include "support/ErrorKind.h"
#include "support/RecordFiles.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/PostgresConnection.h"
#include "core/security/FailedLoginLog.h"
#include "core/security/KeySlotFile.h"
#include "core/security/ServerKeySlots.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::fileHash;
using tsumugi::test::openFails;
using tsumugi::test::TempRecord;

class TestClinicRecord : public QObject {
    Q_OBJECT

    // The failed logins noted for a record and its key slots as stored, wherever the record lives.
    static int failedLogins(const TempRecord& t) {
        if (ClinicRecord::isServer(t.path)) {
            PostgresConnection db(t.path);
            return int(FailedLoginLog(db).entries().size());
        }
        return int(FailedLoginLog(t.path).entries().size());
    }
    static QByteArray keySlots(const TempRecord& t) {
        if (ClinicRecord::isServer(t.path)) {
            PostgresConnection db(t.path);
            return ServerKeySlots(db).load().toBytes();
        }
        return fileHash(KeySlotFile::pathFor(t.path));
    }
    // What only a record file has (its pages, the key file beside it).
    static bool fileOnly(const TempRecord& t) { return !ClinicRecord::isServer(t.path); }

private slots:
    void createsAndReopens() {
        TempRecord t;
        QCOMPARE(t.record->currentUser().role, Role::Admin);
        QCOMPARE(t.record->clinic().institutionNumber, QStringLiteral("1310000001"));
        t.reopen();
        QCOMPARE(t.record->clinic().name, QStringLiteral("つむぎ内科クリニック"));
        QVERIFY(!keySlots(t).isEmpty());
        QVERIFY(ClinicRecord::exists(t.path));
    }
    void validatesTheSetup() {
        QTemporaryDir dir;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        ClinicRecord::NewRecord setup{{QStringLiteral("c"), QStringLiteral("131000000"), {}, {}},
                                      QStringLiteral("admin"),
                                      {},
                                      QStringLiteral("long enough")};
        const QString path = dir.filePath(QStringLiteral("r.tsumugi"));
        TSUMUGI_VERIFY_ERROR(ClinicRecord::create(path, setup, clock), Error::Kind::Validation);
        setup.clinic.institutionNumber = QStringLiteral("1310000001");
        setup.adminPassword = QStringLiteral("short");
        TSUMUGI_VERIFY_ERROR(ClinicRecord::create(path, setup, clock), Error::Kind::Validation);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(KeySlotFile::pathFor(path)));
    }
    void neverOverwritesAnExistingFile() {
        TempRecord t;
        t.record.reset();
        const QByteArray before = fileHash(t.path);
        ClinicRecord::NewRecord setup{{QStringLiteral("c"), QStringLiteral("1310000001"), {}, {}},
                                      QStringLiteral("admin"),
                                      {},
                                      QStringLiteral("another password")};
        try {
            ClinicRecord::create(t.path, setup, t.clock);
            QFAIL("create over an existing record must fail");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::FileExists);
        }
        QCOMPARE(fileHash(t.path), before);
        t.reopen(); // still opens with the original password
    }
    void wrongPasswordChangesNothingAndIsAudited() {
        TempRecord t;
        t.record.reset();
        const QByteArray before = fileHash(t.path);
        QCOMPARE(openFails(t.path, TempRecord::AdminName, QStringLiteral("wrong password"), t.clock),
                 Error::Kind::WrongPassword);
        QCOMPARE(openFails(t.path, QStringLiteral("nobody"), QStringLiteral("wrong password"), t.clock),
                 Error::Kind::WrongPassword);
        QCOMPARE(fileHash(t.path), before);
        const QByteArray keysBefore = keySlots(t);
        QCOMPARE(failedLogins(t), 2);
        QCOMPARE(keySlots(t), keysBefore);

        t.reopen();
        const auto recent = t.record->audit().recent(10);
        int failed = 0;
        for (const auto& e : recent) {
            failed += e.action == QStringLiteral("failed-login") ? 1 : 0;
        }
        QCOMPARE(failed, 2);
        QCOMPARE(failedLogins(t), 0);
        QVERIFY(t.record->audit().verify().ok);
    }
    void missingFileIsNotCreated() {
        QTemporaryDir dir;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const QString path = dir.filePath(QStringLiteral("absent.tsumugi"));
        QCOMPARE(openFails(path, QStringLiteral("admin"), QStringLiteral("whatever 1"), clock),
                 Error::Kind::FileMissing);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(KeySlotFile::pathFor(path)));
    }
    void garbledRecordIsReportedNotRepaired() {
        TempRecord t;
        if (!fileOnly(t)) {
            QSKIP("a record file's own check (the server keeps its pages itself)");
        }
        t.record.reset();
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(64, '\x5a')); // scribble over the first page
        f.close();
        const QByteArray before = fileHash(t.path);
        const Error::Kind kind = openFails(t.path, TempRecord::AdminName, TempRecord::AdminPassword, t.clock);
        QCOMPARE(kind, Error::Kind::NotARecord);
        QCOMPARE(fileHash(t.path), before);
    }
    void foreignKeyFileIsRecognised() {
        TempRecord a;
        TempRecord b;
        if (!fileOnly(a)) {
            // Until the sealed server (#34) ties the slots to the data they decrypt.
            QSKIP("a key file beside a record file; the server's key slots live inside its database");
        }
        a.record.reset();
        b.record.reset();
        QFile::remove(KeySlotFile::pathFor(a.path));
        QVERIFY(QFile::copy(KeySlotFile::pathFor(b.path), KeySlotFile::pathFor(a.path)));
        QCOMPARE(openFails(a.path, TempRecord::AdminName, TempRecord::AdminPassword, a.clock),
                 Error::Kind::KeyFileMismatch);
    }
    void disabledUsersCannotLogIn() {
        TempRecord t;
        t.record->users().add(QStringLiteral("clerk1"), QStringLiteral("受付 一"), Role::Clerk,
                              QStringLiteral("clerk password"));
        t.record->users().setActive(QStringLiteral("clerk1"), false);
        t.record.reset();
        QCOMPARE(openFails(t.path, QStringLiteral("clerk1"), QStringLiteral("clerk password"), t.clock),
                 Error::Kind::PermissionDenied);
    }
    void unlockAgainChecksTheSameUser() {
        TempRecord t;
        QVERIFY(!t.record->unlockAgain(QStringLiteral("not it")));
        QVERIFY(t.record->unlockAgain(TempRecord::AdminPassword));
        const auto recent = t.record->audit().recent(2);
        QCOMPARE(recent.at(0).action, QStringLiteral("unlock"));
        QCOMPARE(recent.at(1).action, QStringLiteral("failed-login"));
    }

    // The one unit of work other layers have: kept whole when the work says so, gone when it refuses or throws,
    // and still gone after the record is reopened (the file, not a cache, is what is checked).
    void atomicallyKeepsAllOrNothing() {
        TempRecord t;
        ClinicSettings& settings = t.record->settings();
        QVERIFY(t.record->atomically([&] {
            settings.setValue(QStringLiteral("test.first"), QStringLiteral("1"));
            settings.setValue(QStringLiteral("test.second"), QStringLiteral("2"));
            return true;
        }));
        QVERIFY(!t.record->atomically([&] {
            settings.setValue(QStringLiteral("test.first"), QStringLiteral("changed"));
            settings.setValue(QStringLiteral("test.refused"), QStringLiteral("x"));
            return false;
        }));
        TSUMUGI_VERIFY_ERROR(t.record->atomically([&]() -> bool {
            settings.setValue(QStringLiteral("test.second"), QStringLiteral("changed"));
            throw Error(Error::Kind::Conflict, QStringLiteral("refused halfway"));
        }),
                             Error::Kind::Conflict);
        t.reopen();
        ClinicSettings& reopened = t.record->settings();
        QCOMPARE(reopened.value(QStringLiteral("test.first")), std::optional<QString>(QStringLiteral("1")));
        QCOMPARE(reopened.value(QStringLiteral("test.second")), std::optional<QString>(QStringLiteral("2")));
        QVERIFY(!reopened.value(QStringLiteral("test.refused")));
    }
};

TSUMUGI_TEST_CLASS(TestClinicRecord)
#include "test_clinic_record.moc"
