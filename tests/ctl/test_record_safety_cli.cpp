#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/security/KeySlotFile.h"
#include "core/util/SystemClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace tsumugi;

namespace {
const QByteArray AdminPassword = "admin password 1";

QString writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QProcess* startCtl(const QString& db, const QString& user, const QString& passwordFile, const QStringList& args,
                   QObject* parent = nullptr) {
    auto* p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(TSUMUGICTL_PATH), QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                                                          QStringLiteral("--password-file"), passwordFile} +
                                                  args);
    return p;
}

int runCtl(const QString& db, const QString& user, const QString& passwordFile, const QStringList& args,
           QString* err = nullptr) {
    std::unique_ptr<QProcess> p(startCtl(db, user, passwordFile, args));
    p->waitForFinished(120000);
    if (err) {
        *err = QString::fromUtf8(p->readAllStandardError());
    }
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

QStringList initArgs() {
    return {QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
            QStringLiteral("--name"), QStringLiteral("つむぎクリニック")};
}
} // namespace

// The record's safety as a script or a fault meets it: tsumugictl processes killed, run side by side, and run on a
// full disk, with the files checked afterwards.
class TestRecordSafetyCli : public QObject {
    Q_OBJECT
private slots:
    void aKilledInitLeavesNoRecordOrAWholeOne() {
        QTemporaryDir dir;
        const QString pw = writeFile(dir.filePath(QStringLiteral("admin.pw")), AdminPassword + '\n');
        // How long a whole init takes here (it fills the official masters), so the kills fall all along it.
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(runCtl(dir.filePath(QStringLiteral("timed.tsumugi")), QStringLiteral("admin"), pw, initArgs()), 0);
        const qint64 duration = whole.elapsed();
        constexpr int Kills = 8;
        int complete = 0;
        int absent = 0;
        for (int i = 0; i < Kills; ++i) {
            const QString db = dir.filePath(QStringLiteral("killed%1.tsumugi").arg(i));
            std::unique_ptr<QProcess> p(startCtl(db, QStringLiteral("admin"), pw, initArgs()));
            QVERIFY(p->waitForStarted());
            // From early in the work to just past its usual end, so some kills land during the final renames.
            QTest::qWait(int(duration * (2 * i + 3) / (2 * Kills)));
            p->kill();
            p->waitForFinished(10000);
            if (QFile::exists(db)) {
                // A record that exists opens, with its key file, and has its administrator.
                auto record = ClinicRecord::open(db, QStringLiteral("admin"), QString::fromUtf8(AdminPassword),
                                                 SystemClock::instance());
                QCOMPARE(record->currentUser().name, QStringLiteral("admin"));
                ++complete;
            } else {
                // No record: init may simply run again.
                QString err;
                QVERIFY2(runCtl(db, QStringLiteral("admin"), pw, initArgs(), &err) == 0, qPrintable(err));
                ClinicRecord::open(db, QStringLiteral("admin"), QString::fromUtf8(AdminPassword),
                                   SystemClock::instance());
                ++absent;
            }
        }
        qInfo("%d kills during init: %d left a whole record, %d left none (init %lld ms)", Kills, complete, absent,
              duration);
        QCOMPARE(complete + absent, Kills);
    }
    void slotChangesBesideFailedLoginsAreNeverUndone() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.tsumugi"));
        const QString pw = writeFile(dir.filePath(QStringLiteral("admin.pw")), AdminPassword + '\n');
        const QString wrong = writeFile(dir.filePath(QStringLiteral("wrong.pw")), "not the password\n");
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw, initArgs()), 0);
        constexpr int Users = 6;
        QList<QProcess*> guessers;
        QObject owner;
        // Failed logins of other processes running the whole time the users are added.
        for (int g = 0; g < 4; ++g) {
            guessers.append(startCtl(db, QStringLiteral("guess%1").arg(g), wrong,
                                     {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("x")},
                                     &owner));
        }
        for (int u = 0; u < Users; ++u) {
            const QString userPw = writeFile(dir.filePath(QStringLiteral("u%1.pw").arg(u)),
                                             QStringLiteral("user password %1\n").arg(u).toUtf8());
            QList<QProcess*> round;
            for (int g = 0; g < 2; ++g) {
                // Other names than the admin's: the admin's own failures would rightly slow the admin down.
                round.append(startCtl(db, QStringLiteral("round%1x%2").arg(u).arg(g), wrong,
                                      {QStringLiteral("user"), QStringLiteral("list")}, &owner));
            }
            QString err;
            QVERIFY2(
                runCtl(db, QStringLiteral("admin"), pw,
                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("user%1").arg(u),
                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--password-file"), userPw},
                       &err) == 0,
                qPrintable(err));
            for (QProcess* p : round) {
                p->waitForFinished(60000);
                QCOMPARE(p->exitCode(), 1);
            }
        }
        for (QProcess* p : guessers) {
            p->waitForFinished(60000);
        }
        // Every user added while others failed to log in can log in.
        for (int u = 0; u < Users; ++u) {
            ClinicRecord::open(db, QStringLiteral("user%1").arg(u), QStringLiteral("user password %1").arg(u),
                               SystemClock::instance());
        }
    }
    void theRecoveryKeyFromInitBringsBackALostKeyFile() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.tsumugi"));
        const QString pw = writeFile(dir.filePath(QStringLiteral("admin.pw")), AdminPassword + '\n');
        const QString keyOut = dir.filePath(QStringLiteral("recovery.txt"));
        QString err;
        QVERIFY2(runCtl(db, QStringLiteral("admin"), pw,
                        initArgs() + QStringList{QStringLiteral("--recovery-key-out"), keyOut}, &err) == 0,
                 qPrintable(err));
        QCOMPARE(QFile::permissions(keyOut) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString clerkPw = writeFile(dir.filePath(QStringLiteral("clerk.pw")), "clerk password 1\n");
        QCOMPARE(
            runCtl(db, QStringLiteral("admin"), pw,
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"), QStringLiteral("--role"),
                    QStringLiteral("clerk"), QStringLiteral("--password-file"), clerkPw}),
            0);
        // A damaged key file: its previous generation is put back by command.
        const QString keys = KeySlotFile::pathFor(db);
        writeFile(keys, "{ damaged");
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw, {QStringLiteral("user"), QStringLiteral("list")}, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("restore-previous")), qPrintable(err));
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw, {QStringLiteral("keys"), QStringLiteral("restore-previous")}),
                 0);
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw, {QStringLiteral("user"), QStringLiteral("list")}), 0);
        // The key file and its previous generation both lost: the recovery key sets a new admin password.
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::remove(KeySlotFile::previousPathFor(keys)));
        const QString newPw = writeFile(dir.filePath(QStringLiteral("new.pw")), "brand new password\n");
        QVERIFY2(runCtl(db, QStringLiteral("admin"), newPw,
                        {QStringLiteral("recover"), QStringLiteral("--recovery-key-file"), keyOut}, &err) == 0,
                 qPrintable(err));
        QCOMPARE(runCtl(db, QStringLiteral("admin"), newPw, {QStringLiteral("user"), QStringLiteral("list")}), 0);
        QCOMPARE(runCtl(db, QStringLiteral("admin"), newPw,
                        {QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("clerk1"),
                         QStringLiteral("--new-password-file"), clerkPw}),
                 0);
        QCOMPARE(runCtl(db, QStringLiteral("clerk1"), clerkPw,
                        {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ア")}),
                 0);
    }
    void aDeeplyNestedFileIsRefusedWithItsNameNotACrash() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.tsumugi"));
        const QString pw = writeFile(dir.filePath(QStringLiteral("admin.pw")), AdminPassword + '\n');
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw, initArgs()), 0);
        // The report's file: a resource holding 70,000+ nested arrays.
        const QByteArray nested =
            "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":" + QByteArray(75000, '[') +
            QByteArray(75000, ']') + "}";
        const QString file = writeFile(dir.filePath(QStringLiteral("nested.json")), nested);
        std::unique_ptr<QProcess> p(startCtl(db, QStringLiteral("admin"), pw, {QStringLiteral("import"), file}));
        QVERIFY(p->waitForFinished(60000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("nested.json")) && err.contains(QStringLiteral("levels deep")),
                 qPrintable(err));
        // Nothing was imported and the record still works.
        QCOMPARE(runCtl(db, QStringLiteral("admin"), pw,
                        {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ア")}),
                 0);
    }
    void aFailedLoginOnAFullDiskKeepsTheKeyFile() {
        // The report's reproduction: a small tmpfs (the report used 40 MB; a record with its masters needs more), init,
        // the disk filled with dd, a wrong password. Mounting needs root and a mount namespace of the test's own (CI
        // runs as root).
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (::geteuid() != 0 || unshare.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("mounting a small tmpfs needs root and unshare");
        }
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(mountPoint);
        const QString pw = writeFile(dir.filePath(QStringLiteral("admin.pw")), AdminPassword + '\n');
        const QString wrong = writeFile(dir.filePath(QStringLiteral("wrong.pw")), "not the password\n");
        const QString script = writeFile(dir.filePath(QStringLiteral("full.sh")), R"SH(set -u
ctl=$1; disk=$2; pw=$3; wrong=$4
mount -t tmpfs -o size=120m tmpfs "$disk" || exit 90
db=$disk/clinic.tsumugi
"$ctl" --db "$db" --user admin --password-file "$pw" init --institution 1310000001 --name c >/dev/null || exit 91
before=$(sha256sum < "$db.keys")
dd if=/dev/zero of="$disk/fill" bs=1M 2>/dev/null
echo "free $(df --output=avail "$disk" | tail -1 | tr -d ' ')"
"$ctl" --db "$db" --user admin --password-file "$wrong" patient search x; echo "wrong exit $?"
echo "size $(stat -c %s "$db.keys")"
[ "$(sha256sum < "$db.keys")" = "$before" ] && echo "keys unchanged"
"$ctl" --db "$db" --user admin --password-file "$pw" patient search x >/dev/null 2>&1; echo "right exit $?"
rm -f "$disk/fill"
"$ctl" --db "$db" --user admin --password-file "$pw" user list >/dev/null; echo "after exit $?"
umount "$disk"
)SH");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(unshare, {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                          QStringLiteral("bash"), script, QStringLiteral(TSUMUGICTL_PATH), mountPoint, pw, wrong});
        QVERIFY(p.waitForFinished(180000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() == 90) {
            TSUMUGI_MISSING_PREREQUISITE("this machine does not allow mounting a tmpfs in a mount namespace");
        }
        qInfo("%s", qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("free 0")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("wrong exit 1")), qPrintable(out + err));
        QVERIFY2(err.contains(QStringLiteral("incorrect")), qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("keys unchanged")), qPrintable(out + err));
        // The staff still read on the full disk.
        QVERIFY2(out.contains(QStringLiteral("right exit 0")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("after exit 0")), qPrintable(out + err));
    }
};

TSUMUGI_TEST_CLASS(TestRecordSafetyCli)
#include "test_record_safety_cli.moc"
