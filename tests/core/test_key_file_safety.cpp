#include "support/ErrorKind.h"
#include "support/RecordFiles.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/security/FailedLoginLog.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/security/RecoveryKey.h"
#include "core/users/UserDirectory.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <thread>

using namespace tsumugi;
using tsumugi::test::fileHash;
using tsumugi::test::openFails;
using tsumugi::test::TempRecord;

namespace {

// Makes this process's writes past `bytes` fail with EFBIG, the way a full disk fails them (SIGXFSZ ignored so the
// write returns the error instead of killing the test).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }

private:
    rlimit m_old{};
};

QStringList leftovers(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden);
}
} // namespace

// The key file is the record: no login, failed or not, writes it; every change of slots is locked, atomic and
// keeps the generation before it; what is typed at login is bounded.
class TestKeyFileSafety : public QObject {
    Q_OBJECT
private slots:
    // A key file of a version before FailedLoginLog holds its failed logins itself: the next sign-in audits each
    // once, and a later sign-in (the file unchanged: a login never writes it) does not audit them again.
    void failedLoginsOfAnOlderKeyFileAreAuditedOnce() {
        TempRecord t;
        t.record.reset();
        const QDateTime at(QDate(2026, 11, 19), QTime(8, 0), Qt::UTC);
        {
            QFile f(KeySlotFile::pathFor(t.path));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            root.insert(QStringLiteral("failedLogins"),
                        QJsonArray{QJsonObject{{QStringLiteral("user"), TempRecord::AdminName},
                                               {QStringLiteral("at"), Timestamp::toStorage(at)}}});
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(root).toJson());
        }
        const auto audited = [&] {
            int n = 0;
            for (const AuditEntry& e : t.record->audit().recent(100)) {
                n += e.action == QStringLiteral("failed-login") && e.at == at ? 1 : 0;
            }
            return n;
        };
        t.reopen();
        QCOMPARE(audited(), 1);
        t.reopen();
        QCOMPARE(audited(), 1);
    }
    void aFailedLoginNeverWritesTheKeyFile() {
        TempRecord t;
        t.record.reset();
        const QString keys = KeySlotFile::pathFor(t.path);
        const QByteArray before = fileHash(keys);
        const QDateTime modified = QFileInfo(keys).lastModified();
        // Even when nothing at all can be written (the full disk of the report), the key file stays as it was.
        {
            const FileSizeLimit full(0);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(openFails(t.path, TempRecord::AdminName, QStringLiteral("wrong password"), t.clock),
                         Error::Kind::WrongPassword);
            }
        }
        QCOMPARE(fileHash(keys), before);
        QVERIFY(QFileInfo(keys).size() > 0);
        QCOMPARE(QFileInfo(keys).lastModified(), modified);
        // With space, the failure is noted beside the record, not in the key file, and audited at the next login.
        QCOMPARE(openFails(t.path, TempRecord::AdminName, QStringLiteral("wrong password"), t.clock),
                 Error::Kind::WrongPassword);
        QCOMPARE(fileHash(keys), before);
        QCOMPARE(FailedLoginLog(t.path).entries().size(), 1);
        t.reopen();
        int failed = 0;
        for (const auto& e : t.record->audit().recent(10)) {
            failed += e.action == QStringLiteral("failed-login") ? 1 : 0;
        }
        QCOMPARE(failed, 1);
        QVERIFY(FailedLoginLog(t.path).entries().isEmpty());
        QCOMPARE(fileHash(keys), before);
    }
    void overlongNamesAndPasswordsAreRefusedBeforeAnything() {
        TempRecord t;
        t.record.reset();
        const QString keys = KeySlotFile::pathFor(t.path);
        const QByteArray before = fileHash(keys);
        const QString hugeName(100000, QLatin1Char('a'));
        for (int i = 0; i < 11; ++i) {
            try {
                ClinicRecord::open(t.path, hugeName, QStringLiteral("whatever 1"), t.clock);
                QFAIL("a 100,000-character user name must be refused");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Validation);
                QVERIFY2(e.message().contains(QStringLiteral("64")), qPrintable(e.message()));
            }
        }
        TSUMUGI_VERIFY_ERROR(
            ClinicRecord::open(t.path, TempRecord::AdminName, QString(1025, QLatin1Char('p')), t.clock),
            Error::Kind::Validation);
        QCOMPARE(fileHash(keys), before);
        QVERIFY(!QFile::exists(FailedLoginLog::pathFor(t.path)));
        t.reopen(); // nobody was locked out
        TSUMUGI_VERIFY_ERROR(
            t.record->users().add(QStringLiteral("clerk1"), {}, Role::Clerk, QString(1025, QLatin1Char('p'))),
            Error::Kind::Validation);
        TSUMUGI_VERIFY_ERROR(
            t.record->users().changePassword(TempRecord::AdminPassword, QString(1025, QLatin1Char('p'))),
            Error::Kind::Validation);
    }
    void guessesSlowDownPerUserNameAndTheRightPasswordStillWorksAfterTheWait() {
        TempRecord t;
        t.record->users().add(QStringLiteral("clerk1"), {}, Role::Clerk, QStringLiteral("clerk password"));
        t.record.reset();
        for (int i = 0; i < FailedLoginLog::FreeTries + 1; ++i) {
            QCOMPARE(openFails(t.path, TempRecord::AdminName, QStringLiteral("guess %1").arg(i), t.clock),
                     Error::Kind::WrongPassword);
        }
        // Now even the right password waits; the refusal says how long.
        try {
            ClinicRecord::open(t.path, TempRecord::AdminName, TempRecord::AdminPassword, t.clock);
            QFAIL("a user name with many recent failures must wait");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::TooManyAttempts);
            QVERIFY2(e.message().contains(QStringLiteral("2 second")), qPrintable(e.message()));
        }
        // Another user name is not slowed by them.
        ClinicRecord::open(t.path, QStringLiteral("clerk1"), QStringLiteral("clerk password"), t.clock).reset();
        // The waiting refusal tried no password, so it added no failure: after the delay the admin is in.
        t.clock.advanceSeconds(2);
        t.reopen();
        QCOMPARE(t.record->currentUser().name, TempRecord::AdminName);
    }
    void aSlotChangeOnAFullDiskLeavesTheKeyFileAsItWasAndSaysSo() {
        TempRecord t;
        const QString keys = KeySlotFile::pathFor(t.path);
        const QByteArray before = fileHash(keys);
        try {
            const FileSizeLimit full(64);
            KeySlotFile::update(keys, [](KeySlotFile& k) {
                k.put(KeySlot::seal(QStringLiteral("late"), QStringLiteral("late password"), SecureBytes::random(32),
                                    KeyDerivation::MinimumIterations));
            });
            QFAIL("a write beyond the limit must fail");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::DiskFull);
            QVERIFY2(e.message().contains(QStringLiteral("unchanged")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(keys), before);
        QVERIFY2(leftovers(t.dir.path()).isEmpty(), qPrintable(leftovers(t.dir.path()).join(u' ')));
        // The user directory's add is one piece: no user exists without a key slot.
        {
            const FileSizeLimit full(64);
            TSUMUGI_VERIFY_ERROR(
                t.record->users().add(QStringLiteral("clerk1"), {}, Role::Clerk, QStringLiteral("clerk password")),
                Error::Kind::DiskFull);
        }
        QVERIFY(!t.record->users().find(QStringLiteral("clerk1")));
        QCOMPARE(fileHash(keys), before);
        t.reopen();
    }
    void concurrentSlotChangesAndFailedLoginsLoseNothing() {
        TempRecord t;
        const QString keys = KeySlotFile::pathFor(t.path);
        const SecureBytes key = [&] {
            // The record key, as the admin's slot holds it.
            return *KeySlotFile::load(keys).find(TempRecord::AdminName)->open(TempRecord::AdminPassword);
        }();
        constexpr int Writers = 4;
        constexpr int PerWriter = 5;
        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            threads.emplace_back([&, w] {
                for (int i = 0; i < PerWriter; ++i) {
                    const KeySlot slot = KeySlot::seal(QStringLiteral("u%1x%2").arg(w).arg(i),
                                                       QStringLiteral("password %1 %2").arg(w).arg(i), key,
                                                       KeyDerivation::MinimumIterations);
                    KeySlotFile::update(keys, [&](KeySlotFile& k) { k.put(slot); });
                }
            });
        }
        threads.emplace_back([&] {
            for (int i = 0; i < 6; ++i) {
                openFails(t.path, QStringLiteral("intruder%1").arg(i), QStringLiteral("guess guess"), t.clock);
            }
        });
        for (auto& th : threads) {
            th.join();
        }
        const KeySlotFile after = KeySlotFile::load(keys);
        for (int w = 0; w < Writers; ++w) {
            for (int i = 0; i < PerWriter; ++i) {
                const KeySlot* slot = after.find(QStringLiteral("u%1x%2").arg(w).arg(i));
                QVERIFY2(slot, qPrintable(QStringLiteral("u%1x%2 was lost").arg(w).arg(i)));
                QVERIFY(slot->open(QStringLiteral("password %1 %2").arg(w).arg(i)).has_value());
            }
        }
        QCOMPARE(after.allSlots().size(), 1 + Writers * PerWriter);
        QCOMPARE(FailedLoginLog(t.path).entries().size(), 6);
    }
    void thePreviousGenerationIsKeptAndOfferedWhenTheKeyFileIsDamaged() {
        TempRecord t;
        const QString keys = KeySlotFile::pathFor(t.path);
        const QByteArray first = fileHash(keys);
        t.record->users().add(QStringLiteral("clerk1"), {}, Role::Clerk, QStringLiteral("clerk password"));
        QCOMPARE(fileHash(KeySlotFile::previousPathFor(keys)), first);
        t.record.reset();
        // Damage the current file: the login says so and names the way back.
        QFile f(keys);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not a key file");
        f.close();
        try {
            ClinicRecord::open(t.path, TempRecord::AdminName, TempRecord::AdminPassword, t.clock);
            QFAIL("a damaged key file must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::KeyFileDamaged);
            QVERIFY2(e.message().contains(QStringLiteral("previous")), qPrintable(e.message()));
        }
        QVERIFY(ClinicRecord::previousKeyFileAvailable(t.path));
        ClinicRecord::restorePreviousKeyFile(t.path, t.clock);
        t.reopen();
        // The damaged file was kept aside, not deleted.
        const QStringList aside =
            QDir(t.dir.path()).entryList({QFileInfo(keys).fileName() + QStringLiteral(".damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        // A previous generation of another record is never offered.
        TempRecord other;
        other.record->users().add(QStringLiteral("clerk2"), {}, Role::Clerk, QStringLiteral("clerk password"));
        QFile::remove(KeySlotFile::previousPathFor(keys));
        QVERIFY(QFile::copy(KeySlotFile::previousPathFor(KeySlotFile::pathFor(other.path)),
                            KeySlotFile::previousPathFor(keys)));
        QFile::remove(keys);
        t.record.reset();
        QVERIFY(!ClinicRecord::previousKeyFileAvailable(t.path));
        TSUMUGI_VERIFY_ERROR(ClinicRecord::restorePreviousKeyFile(t.path, t.clock), Error::Kind::KeyFileDamaged);
    }
    void theRecoveryKeySetsANewAdminPasswordWhenTheKeyFileIsLost() {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        const QString path = dir.filePath(QStringLiteral("r.tsumugi"));
        ClinicRecord::NewRecord setup{{QStringLiteral("c"), QStringLiteral("1310000001"), {}, {}},
                                      QStringLiteral("admin"),
                                      {},
                                      QStringLiteral("long enough")};
        setup.fillMasters = false;
        QString recoveryKey;
        {
            auto record = ClinicRecord::create(path, setup, clock);
            recoveryKey = record->takeNewRecoveryKey();
            record->users().add(QStringLiteral("clerk1"), {}, Role::Clerk, QStringLiteral("clerk password"));
        }
        QVERIFY(QFile::exists(RecoveryKey::pathFor(path)));
        // The recovery slot is no login.
        QCOMPARE(openFails(path, RecoveryKey::slotName(), recoveryKey, clock), Error::Kind::WrongPassword);
        // Everything beside the record except its recovery file is gone.
        const QString keys = KeySlotFile::pathFor(path);
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::remove(KeySlotFile::previousPathFor(keys)));
        TSUMUGI_VERIFY_ERROR(ClinicRecord::recover(path, QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"),
                                                   QStringLiteral("admin"), QStringLiteral("new password 1"), clock),
                             Error::Kind::WrongPassword);
        TSUMUGI_VERIFY_ERROR(ClinicRecord::recover(path, QStringLiteral("not a key"), QStringLiteral("admin"),
                                                   QStringLiteral("new password 1"), clock),
                             Error::Kind::Validation);
        TSUMUGI_VERIFY_ERROR(
            ClinicRecord::recover(path, recoveryKey, QStringLiteral("clerk1"), QStringLiteral("new password 1"), clock),
            Error::Kind::PermissionDenied);
        QVERIFY(!QFile::exists(keys));
        // Typed from the sheet in lower case without hyphens, it still reads.
        const QString typed = recoveryKey.toLower().remove(QLatin1Char('-'));
        ClinicRecord::recover(path, typed, QStringLiteral("admin"), QStringLiteral("new password 1"), clock).reset();
        auto admin = ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("new password 1"), clock);
        // The clerk's slot was in the lost file: the administrator sets a new password.
        QCOMPARE(openFails(path, QStringLiteral("clerk1"), QStringLiteral("clerk password"), clock),
                 Error::Kind::WrongPassword);
        admin->users().resetPassword(QStringLiteral("clerk1"), QStringLiteral("clerk password 2"));
        ClinicRecord::open(path, QStringLiteral("clerk1"), QStringLiteral("clerk password 2"), clock).reset();
        // A new recovery key replaces the old one everywhere.
        const QString renewed = admin->renewRecoveryKey();
        QVERIFY(renewed != recoveryKey);
        admin.reset();
        TSUMUGI_VERIFY_ERROR(
            ClinicRecord::recover(path, recoveryKey, QStringLiteral("admin"), QStringLiteral("new password 3"), clock),
            Error::Kind::WrongPassword);
        auto again =
            ClinicRecord::recover(path, renewed, QStringLiteral("admin"), QStringLiteral("new password 3"), clock);
        // With the key file intact, the other slots stay.
        again.reset();
        ClinicRecord::open(path, QStringLiteral("clerk1"), QStringLiteral("clerk password 2"), clock).reset();
        auto audited = ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("new password 3"), clock);
        int recoveries = 0;
        for (const auto& e : audited->audit().recent(50)) {
            recoveries += e.detail == QStringLiteral("password set with the recovery key") ? 1 : 0;
        }
        QCOMPARE(recoveries, 2);
    }
    void aKilledInitsLeftoversDoNotBlockTheNextInit() {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        const QString path = dir.filePath(QStringLiteral("r.tsumugi"));
        // What an init killed before this version could leave: a key file and a half-built record under its
        // temporary name, but no record.
        QFile stray(KeySlotFile::pathFor(path));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("{}");
        stray.close();
        QFile half(path + QStringLiteral(".creating"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(4096, 'x'));
        half.close();
        ClinicRecord::NewRecord setup{{QStringLiteral("c"), QStringLiteral("1310000001"), {}, {}},
                                      QStringLiteral("admin"),
                                      {},
                                      QStringLiteral("long enough")};
        setup.fillMasters = false;
        ClinicRecord::create(path, setup, clock).reset();
        ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("long enough"), clock).reset();
        QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.orphan-*")}, QDir::Files).size(), 1);
    }
};

TSUMUGI_TEST_CLASS(TestKeyFileSafety)
#include "test_key_file_safety.moc"
