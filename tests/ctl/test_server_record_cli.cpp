// A record on the clinic server, driven as the clinic's desks would: several tsumugictl processes at once on one
// postgresql:// URL, a desk that holds a save open, and a server that dies in the middle of the doctor's notes.
#include "support/CtlRunner.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/db/PostgresConnection.h"
#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/SystemClock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <csignal>

using namespace tsumugi;
using tsumugi::test::CtlRunner;
using tsumugi::test::PostgresCluster;

class TestServerRecordCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_adminPw;

    CtlRunner::Result ctl(const QStringList& args) { return m_ctl.run(QStringLiteral("admin"), m_adminPw, args); }

    // A shell loop of tsumugictl commands in a process of its own (a desk), in English.
    static QProcess* desk(const QString& script, const QStringList& args) {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("CTL"), QStringLiteral(TSUMUGICTL_PATH));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral("desk")} + args);
        return p;
    }

    static QStringList patientAdd() {
        return {QStringLiteral("patient"),   QStringLiteral("add"),           QStringLiteral("--family"),
                QStringLiteral("試験"),      QStringLiteral("--family-kana"), QStringLiteral("シケン"),
                QStringLiteral("--sex"),     QStringLiteral("female"),        QStringLiteral("--birth"),
                QStringLiteral("1970-01-01")};
    }

private slots:
    void initTestCase() {
        QVERIFY2(ClinicRecord::isServer(m_ctl.recordPath()), "runs with TSUMUGI_TEST_DB=postgres only");
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        const auto r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                            QStringLiteral("--name"), QStringLiteral("つむぎクリニック")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // Three desks each register 100 patients at the same moment: every number from 1 to 300 once, and the audit
    // trail, written by all three at once, is one intact chain.
    void threeDesksAddAHundredPatientsEach() {
        const QString loop = QStringLiteral("for i in $(seq 100); do \"$CTL\" --db \"$1\" --user admin --password-file "
                                            "\"$2\" patient add --family 試験 "
                                            "--family-kana シケン --sex female --birth 1970-01-01 || exit 1; done");
        std::vector<std::unique_ptr<QProcess>> desks;
        for (int i = 0; i < 3; ++i) {
            desks.emplace_back(desk(loop, {m_ctl.recordPath(), m_adminPw}));
        }
        QList<int> numbers;
        for (auto& d : desks) {
            QVERIFY(d->waitForFinished(300000));
            QVERIFY2(d->exitCode() == 0, d->readAllStandardError().constData());
            for (const QByteArray& line : d->readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    numbers << line.trimmed().toInt();
                }
            }
        }
        QCOMPARE(numbers.size(), 300);
        const QSet<int> unique(numbers.begin(), numbers.end());
        QCOMPARE(unique.size(), 300);
        QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 1);
        QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), 300);
        const auto verify = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0 && verify.out.contains(QStringLiteral("intact")),
                 qPrintable(verify.out + verify.err));
    }

    // A desk keeps a save open (its write transaction holds the record's write lock): another desk's save waits at
    // most the lock timeout, then is refused in words with nothing saved, and goes through once the first is done.
    void aLongSaveMakesTheNextDeskWaitThenSaysSo() {
        PostgresConnection other(m_ctl.recordPath());
        other.beginWrite();
        QElapsedTimer waited;
        waited.start();
        const auto refused = ctl(patientAdd());
        const qint64 ms = waited.elapsed();
        other.rollback();
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Another desk is saving")), qPrintable(refused.err));
        QVERIFY2(ms >= PostgresConnection::LockWaitMs - 500 && ms < PostgresConnection::LockWaitMs + 15000,
                 qPrintable(QString::number(ms)));
        const auto saved = ctl(patientAdd());
        QVERIFY2(saved.code == 0, qPrintable(saved.err));
        QCOMPARE(saved.out.trimmed(), QStringLiteral("301")); // the refused one took no number
    }

    // `events --follow` prints, as it happens, what another process commits: one line per change with the time, the
    // table, the row and the patient; it stops after --timeout seconds.
    void eventsFollowHearsAnotherDesk() {
        std::unique_ptr<QProcess> follower(
            desk(QStringLiteral("\"$CTL\" --db \"$1\" --user admin --password-file \"$2\" events --follow --timeout 6"),
                 {m_ctl.recordPath(), m_adminPw}));
        QVERIFY(follower->waitForStarted());
        QElapsedTimer timer;
        timer.start();
        int added = 0;
        while (follower->state() == QProcess::Running && timer.elapsed() < 5000) {
            QTest::qWait(700);
            QVERIFY(ctl(patientAdd()).code == 0);
            ++added;
        }
        QVERIFY(follower->waitForFinished(20000));
        QCOMPARE(follower->exitCode(), 0);
        QVERIFY2(timer.elapsed() < 15000, "--timeout did not stop it");
        const QString out = QString::fromUtf8(follower->readAllStandardOutput());
        static const QRegularExpression line(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\S+ patients (\\d+) \\1$"),
                                             QRegularExpression::MultilineOption);
        int heard = 0;
        for (auto it = line.globalMatch(out); it.hasNext(); it.next()) {
            ++heard;
        }
        // The first adds may come before the follower has signed in; the later ones are heard, each once.
        QVERIFY2(heard >= 1 && heard <= added, qPrintable(out));
    }

    // Damaged key slots on the server: sign-in says so; the previous generation is put back by keys restore-previous;
    // the recovery key sets a new administrator password from the generation that is still whole.
    void damagedKeySlotsAreRestoredOrRecovered() {
        const QString keyFile = m_ctl.writeFile(QStringLiteral("recovery.txt"), {});
        const auto renewed =
            ctl({QStringLiteral("recovery"), QStringLiteral("renew"), QStringLiteral("--recovery-key-out"), keyFile});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.err));
        const auto damage = [&] {
            PostgresConnection db(m_ctl.recordPath());
            db.exec("UPDATE tsumugi_key_slots SET content = '\\x7b7d' WHERE generation = 'current';");
        };
        const QStringList search{QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("シケン")};
        damage();
        const auto refused = ctl(search);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("damaged")), qPrintable(refused.err));
        const auto restored = ctl({QStringLiteral("keys"), QStringLiteral("restore-previous")});
        QVERIFY2(restored.code == 0 && restored.out.contains(QStringLiteral("clinic server")),
                 qPrintable(restored.out + restored.err));
        QCOMPARE(ctl(search).code, 0);

        damage();
        const QString newPw = m_ctl.writeFile(QStringLiteral("new-admin.pw"), "a new admin password 2\n");
        const auto recovered = m_ctl.run(QStringLiteral("admin"), newPw,
                                         {QStringLiteral("recover"), QStringLiteral("--recovery-key-file"), keyFile});
        QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
        QCOMPARE(m_ctl.run(QStringLiteral("admin"), newPw, search).code, 0);
        QCOMPARE(ctl(search).code, 1); // the old password no longer opens it
        const auto checked = m_ctl.run(QStringLiteral("admin"), newPw, {QStringLiteral("check")});
        QVERIFY2(checked.code == 0 && checked.out.contains(QStringLiteral("clinic server")), qPrintable(checked.out));
        const auto verify =
            m_ctl.run(QStringLiteral("admin"), newPw, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        m_adminPw = newPw;
    }

    // The record key rotated from the command line (#34): started, run a few batches, then the process doing it is
    // killed (SIGKILL, between or inside a batch); the record is used meanwhile; --resume goes on where it stopped and
    // ends it. Afterwards search finds the same patients, every sealed value is of the new key generation, and the
    // audit trail, whose rows were sealed anew, is one intact chain.
    void aKeyRotationKilledMidwayGoesOnWithResume() {
        const QStringList search{QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("シケン")};
        const auto before = ctl(search);
        QVERIFY2(before.code == 0 && !before.out.isEmpty(), qPrintable(before.err));
        const QString recoveryFile = m_ctl.writeFile(QStringLiteral("rotated-recovery.txt"), {});
        const auto started = ctl({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--batches"),
                                  QStringLiteral("2"), QStringLiteral("--recovery-key-out"), recoveryFile});
        QVERIFY2(started.code == 0 && started.out.contains(QStringLiteral("generation 2")) &&
                     started.out.contains(QStringLiteral("Stopped")),
                 qPrintable(started.out + started.err));

        std::unique_ptr<QProcess> rotating(
            desk(QStringLiteral("exec \"$CTL\" --db \"$1\" --user admin --password-file \"$2\" keys rotate --resume"),
                 {m_ctl.recordPath(), m_adminPw}));
        QVERIFY(rotating->waitForStarted());
        QByteArray progress;
        while (progress.count('\n') < 4 && rotating->state() == QProcess::Running) {
            rotating->waitForReadyRead(10000);
            progress += rotating->readAllStandardOutput();
        }
        QVERIFY2(rotating->state() == QProcess::Running, progress.constData());
        ::kill(pid_t(rotating->processId()), SIGKILL);
        QVERIFY(rotating->waitForFinished(10000));

        const auto halfway = ctl({QStringLiteral("keys"), QStringLiteral("rotation")});
        QVERIFY2(halfway.code == 0 && !halfway.out.contains(QStringLiteral(": done")), qPrintable(halfway.out));
        const auto added = ctl(patientAdd()); // the record is used meanwhile
        QVERIFY2(added.code == 0, qPrintable(added.err));

        const auto resumed = ctl({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--resume")});
        QVERIFY2(resumed.code == 0 && resumed.out.contains(QStringLiteral(": done")),
                 qPrintable(resumed.out + resumed.err));
        const auto status = ctl({QStringLiteral("keys"), QStringLiteral("rotation")});
        QVERIFY2(status.out.contains(QStringLiteral("Key generation 2: done")) &&
                     status.out.contains(QStringLiteral("0 values refused")),
                 qPrintable(status.out));

        const auto after = ctl(search);
        QVERIFY2(after.code == 0, qPrintable(after.err));
        QCOMPARE(after.out, before.out); // the first page of the same patients, found through the new tokens
        {
            PostgresConnection db(m_ctl.recordPath());
            Statement old(db, "SELECT count(*) FROM patients WHERE get_byte(family_name, 0) <> 2 OR "
                              "get_byte(family_name, 2) <> 2;");
            QVERIFY(old.step());
            QCOMPARE(old.int64(0), qint64(0));
        }
        const auto verify = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0 && verify.out.contains(QStringLiteral("intact")),
                 qPrintable(verify.out + verify.err));
    }

    // The server is killed (an immediate stop, as a power cut) while a doctor saves 50 notes, and started again:
    // every note that was reported saved is there once; a failed one is there whole (its COMMIT answer was lost) or
    // not at all; the audit trail is intact. On a cluster of its own, since it is stopped.
    void aServerKilledMidLoopLosesNoSavedNote() {
        PostgresCluster cluster(true); // commits reported only once written, as on the clinic's server
        TSUMUGI_START_POSTGRES_CLUSTER(cluster);
        {
            PostgresConnection admin(cluster.conninfo());
            admin.exec("CREATE DATABASE clinic;");
        }
        const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/clinic").arg(cluster.port());
        const QString doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        const auto run = [&](const QString& user, const QString& pw, const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TSUMUGICTL_PATH), QStringList{QStringLiteral("--db"), url, QStringLiteral("--user"),
                                                                 user, QStringLiteral("--password-file"), pw} +
                                                         args);
            p.waitForFinished(60000);
            return p.exitCode();
        };
        QCOMPARE(run(QStringLiteral("admin"), m_adminPw,
                     {QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                      QStringLiteral("--name"), QStringLiteral("つむぎクリニック")}),
                 0);
        QCOMPARE(run(QStringLiteral("admin"), m_adminPw,
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"),
                      QStringLiteral("--role"), QStringLiteral("doctor"), QStringLiteral("--password-file"), doctorPw}),
                 0);
        QCOMPARE(run(QStringLiteral("admin"), m_adminPw, patientAdd()), 0);

        // Each note on a visit of its own (one note per visit); "ok N" only when tsumugictl said it was saved.
        const QString loop = QStringLiteral(
            "for i in $(seq 50); do "
            "v=$(\"$CTL\" --db \"$1\" --user dr.kato --password-file \"$2\" visit add 1 --department 内科 2>>\"$3\" | "
            "cut -f1) "
            "&& [ -n \"$v\" ] && \"$CTL\" --db \"$1\" --user dr.kato --password-file \"$2\" note add \"$v\" "
            "--findings \"note-$i\" --finalize >/dev/null 2>>\"$3\" && echo \"ok $i\" || "
            "{ echo \"failed $i\"; sleep 0.3; }; sleep 0.05; done");
        const QString errors = m_ctl.writeFile(QStringLiteral("loop.err"), {});
        std::unique_ptr<QProcess> doctor(desk(loop, {url, doctorPw, errors}));
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (seen.count("ok ") < 15 && t.elapsed() < 120000) {
            doctor->waitForReadyRead(200);
            seen += doctor->readAllStandardOutput();
        }
        QVERIFY2(seen.count("ok ") >= 15, seen.constData());
        QVERIFY(cluster.kill());
        QTest::qWait(1500); // the desk keeps trying meanwhile: those notes fail
        const QString again = cluster.restart();
        QVERIFY2(again.isEmpty(), qPrintable(again));
        QVERIFY(doctor->waitForFinished(180000));
        seen += doctor->readAllStandardOutput();

        QStringList saved;
        QStringList failed;
        for (const QByteArray& line : seen.split('\n')) {
            if (line.startsWith("ok ")) {
                saved << QStringLiteral("note-") + QString::fromLatin1(line.mid(3));
            } else if (line.startsWith("failed ")) {
                failed << QStringLiteral("note-") + QString::fromLatin1(line.mid(7));
            }
        }
        QCOMPARE(saved.size() + failed.size(), 50);
        QVERIFY2(!failed.isEmpty(), "the server was down for a while: some saves must have failed");
        QVERIFY2(saved.size() > 15, "saving must work again after the restart");
        QFile err(errors);
        QVERIFY(err.open(QIODevice::ReadOnly));
        const QString said = QString::fromUtf8(err.readAll());
        QVERIFY2(said.contains(QStringLiteral("clinic server")), qPrintable(said)); // in words, not a crash

        // The notes as a desk reads them (their findings are sealed on the server): each saved one there once and
        // final, each failed one whole or not there.
        QHash<QString, int> stored;
        QHash<QString, int> final;
        {
            auto record = ClinicRecord::open(url, QStringLiteral("dr.kato"), QStringLiteral("doctor password 1"),
                                             SystemClock::instance());
            Statement st(record->db(), "SELECT id, findings, status FROM notes;");
            while (st.step()) {
                const QString findings =
                    st.cellText(1, {QStringLiteral("notes"), QStringLiteral("findings"), st.int64(0)});
                ++stored[findings];
                final[findings] += st.text(2) == QLatin1String("final") ? 1 : 0;
            }
        }
        for (const QString& note : saved) {
            QVERIFY2(stored.value(note) == 1, qPrintable(note));
            QVERIFY2(final.value(note) == 1, qPrintable(note));
        }
        for (const QString& note : failed) {
            QVERIFY2(stored.value(note) <= 1, qPrintable(note));
            QVERIFY2(stored.value(note) == final.value(note), qPrintable(note)); // whole, or not there
        }
        QCOMPARE(run(QStringLiteral("admin"), m_adminPw, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    }
};

TSUMUGI_TEST_CLASS(TestServerRecordCli)
#include "test_server_record_cli.moc"
