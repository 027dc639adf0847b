#include "support/ErrorKind.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/patients/PatientRepository.h"
#include "core/record/RecordCheck.h"
#include "core/security/KeySlotFile.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <cerrno>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace tsumugi;
using tsumugi::test::TempRecord;

namespace {
Patient samplePatient(int i) {
    Patient p;
    p.familyName = QStringLiteral("破損");
    p.givenName = QStringLiteral("%1").arg(i);
    p.familyKana = QStringLiteral("ハソン");
    p.givenKana = QStringLiteral("テスト");
    p.sex = Sex::Unknown;
    p.birthDate = QDate(1980, 1, 1).addDays(i);
    p.address = QStringLiteral("東京都千代田区 %1 番地の長い住所で頁を埋める").arg(i);
    return p;
}

void copyRecord(const QString& from, const QString& to) {
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        QFile::remove(to + suffix);
        QVERIFY(QFile::copy(from + suffix, to + suffix));
    }
}
} // namespace

// Damage is noticed (the integrity check reads and authenticates every page; a damaged record is marked and
// opens read-only, in words), and a full disk still lets the staff read (the sign-in and views wait in memory).
class TestRecordDamage : public QObject {
    Q_OBJECT
private slots:
    void flippedBytesAreFoundAndTheRecordIsOnlyReadUntilRestored() {
        TempRecord t;
        for (int i = 0; i < 400; ++i) {
            t.record->patients().create(samplePatient(i));
        }
        // The last pages of the file are the audit trail's latest rows (appended after everything else): the damage
        // goes there, so that what the patients' reads need is whole whatever the tokens' order in their tree.
        for (int i = 0; i < 300; ++i) {
            t.record->audit().append(AuditTrail::Action::Export, QStringLiteral("test"), QString::number(i),
                                     QStringLiteral("a row of the audit trail's last pages"));
        }
        QVERIFY(t.record->checkIntegrity().ok);
        QVERIFY(!t.record->integrityCheckDue()); // once a day
        t.record.reset();
        const QString good = t.dir.filePath(QStringLiteral("backup.tsumugi"));
        copyRecord(t.path, good);

        // The report's damage: 64 bytes flipped inside the file's second page from the end (an audit page).
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        constexpr qint64 PageSize = 4096; // SQLCipher 4's
        QVERIFY(f.size() > 100 * PageSize);
        const qint64 middle = f.size() - 2 * PageSize + 1000;
        QVERIFY(f.seek(middle));
        QByteArray bytes = f.read(64);
        for (char& c : bytes) {
            c = char(~c);
        }
        QVERIFY(f.seek(middle));
        f.write(bytes);
        f.close();

        // It still opens (the damaged page is not read at sign-in), but the check finds it.
        t.reopen();
        const RecordCheck::Result result = t.record->checkIntegrity();
        QVERIFY(!result.ok);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(QFile::exists(RecordCheck::markerPath(t.path)));
        QCOMPARE(t.record->writeState(), ClinicRecord::WriteState::Damaged);
        QVERIFY2(t.record->writeStateMessage().contains(QStringLiteral("backup")),
                 qPrintable(t.record->writeStateMessage()));
        // Nothing more is written into the damaged file.
        TSUMUGI_VERIFY_ERROR(t.record->patients().create(samplePatient(1000)), Error::Kind::Storage);

        // Every later opening is read-only and says why; reading what is whole still works.
        t.reopen();
        QCOMPARE(t.record->writeState(), ClinicRecord::WriteState::Damaged);
        QVERIFY(!t.record->patients().search(QStringLiteral("ハソン"), 5).isEmpty());
        TSUMUGI_VERIFY_ERROR(t.record->patients().create(samplePatient(1001)), Error::Kind::Storage);

        // The administrator restores the last good copy; the check passes and lifts the mark.
        t.record.reset();
        copyRecord(good, t.path);
        t.reopen();
        QVERIFY(t.record->checkIntegrity().ok);
        QVERIFY(!QFile::exists(RecordCheck::markerPath(t.path)));
        t.reopen();
        QCOMPARE(t.record->writeState(), ClinicRecord::WriteState::Writable);
        t.record->patients().create(samplePatient(1002));
    }

    void aFullDiskStillLetsStaffReadAndTheSignInIsAuditedWhenSpaceReturns() {
        // A real full disk: a small tmpfs mounted in a mount namespace of this test process's own (root only; CI
        // runs as root).
        if (::geteuid() != 0) {
            TSUMUGI_MISSING_PREREQUISITE("a full disk needs a tmpfs of the test's own: run as root");
        }
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            TSUMUGI_MISSING_PREREQUISITE("this machine does not allow a mount namespace");
        }
        QTemporaryDir dir;
        const QString disk = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=16m") == 0, strerror(errno));
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        const QString path = disk + QStringLiteral("/r.tsumugi");
        {
            ClinicRecord::NewRecord setup{{QStringLiteral("c"), QStringLiteral("1310000001"), {}, {}},
                                          TempRecord::AdminName,
                                          {},
                                          TempRecord::AdminPassword};
            setup.fillMasters = false;
            setup.recoveryKey = false;
            auto record = ClinicRecord::create(path, setup, clock);
            for (int i = 0; i < 50; ++i) {
                record->patients().create(samplePatient(i));
            }
        }
        // Fill the disk to the last byte.
        {
            QFile fill(disk + QStringLiteral("/fill"));
            QVERIFY(fill.open(QIODevice::WriteOnly));
            const QByteArray block(1 << 16, 'x');
            while (fill.write(block) == block.size()) {
            }
            fill.close();
        }
        clock.advanceSeconds(60);
        // Signing in on the full disk works (the journal files kept from the last session need no new space).
        auto record = ClinicRecord::open(path, TempRecord::AdminName, TempRecord::AdminPassword, clock);
        // Writing until the journal needs space the disk no longer has: the change is refused in the disk's words.
        bool refused = false;
        for (int i = 0; i < 5000 && !refused; ++i) {
            try {
                record->patients().create(samplePatient(100 + i));
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::DiskFull);
                refused = true;
            }
        }
        QVERIFY(refused);
        QCOMPARE(record->writeState(), ClinicRecord::WriteState::DiskFull);
        QVERIFY(record->writeStateMessage().contains(QStringLiteral("disk is full")));
        // Another desk signs in meanwhile, and reads: its sign-in and views wait in memory.
        clock.advanceSeconds(60);
        const QDateTime signIn = clock.now();
        auto second = ClinicRecord::open(path, TempRecord::AdminName, TempRecord::AdminPassword, clock);
        // Reading works for both, and is held for the audit trail.
        const auto found = record->patients().search(QStringLiteral("ハソン"), 100);
        QVERIFY(found.size() >= 50);
        QVERIFY(record->patients().open(found.first().id).has_value());
        QVERIFY(second->patients().open(found.last().id).has_value());
        QVERIFY(record->audit().heldCount() >= 1);
        TSUMUGI_VERIFY_ERROR(record->patients().create(samplePatient(9999)), Error::Kind::DiskFull);
        QVERIFY(!record->writePendingAudit());

        // Space returns: the held rows go in with their own times, the record is writable again.
        QVERIFY(QFile::remove(disk + QStringLiteral("/fill")));
        clock.advanceSeconds(600);
        QVERIFY(second->writePendingAudit());
        second.reset();
        QVERIFY(record->writePendingAudit());
        QCOMPARE(record->writeState(), ClinicRecord::WriteState::Writable);
        QCOMPARE(record->audit().heldCount(), 0);
        bool loginAtSignIn = false;
        for (const auto& e : record->audit().recent(20)) {
            loginAtSignIn = loginAtSignIn || (e.action == QStringLiteral("login") && e.at == signIn);
        }
        QVERIFY(loginAtSignIn);
        QVERIFY(record->audit().verify().ok);
        record->patients().create(samplePatient(101));
        record.reset();
        ::umount(QFile::encodeName(disk).constData());
    }
};

TSUMUGI_TEST_CLASS(TestRecordDamage)
#include "test_record_damage.moc"
