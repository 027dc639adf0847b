#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ChangeFeed.h"
#include "core/record/ClinicRecord.h"
#include "core/util/ManualClock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tsumugi;

// Desks of a clinic server hear each other's changes at once: the schema announces every committed change of the
// patients, reception, eligibility, chart, documents and outbox (schema 18), and a ChangeFeed listens on a connection
// of its own. Two desks here are two ClinicRecords on one database of a private PostgreSQL cluster (stopped and
// started again by one test).
class TestChangeFeed : public QObject {
    Q_OBJECT
    tsumugi::test::PostgresCluster m_cluster;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    int m_databases = 0;

    static Patient patient(const QString& given) {
        Patient p;
        p.familyName = QStringLiteral("受付");
        p.familyKana = QStringLiteral("ウケツケ");
        p.givenName = given;
        p.givenKana = QStringLiteral("テスト");
        p.sex = Sex::Female;
        p.birthDate = QDate(1980, 4, 1);
        return p;
    }

    // A new record on a database of its own; the desk that made it is signed in.
    std::unique_ptr<ClinicRecord> newRecord() {
        const QString name = QStringLiteral("desks%1").arg(++m_databases);
        PostgresConnection admin(m_cluster.conninfo());
        admin.exec(QStringLiteral("CREATE DATABASE %1;").arg(name).toUtf8().constData());
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("つむぎ内科クリニック"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = test::TempRecord::AdminName;
        setup.adminPassword = test::TempRecord::AdminPassword;
        setup.fillMasters = false;
        setup.recoveryKey = false;
        return ClinicRecord::create(
            QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_cluster.port()).arg(name), setup, m_clock);
    }

    // Waits up to ms for the first change that is not the desk's own.
    static std::optional<RecordChange> heard(ChangeFeed& feed, int ms) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            for (const RecordChange& c : feed.wait(int(ms - timer.elapsed()))) {
                if (!c.fromThisDesk) {
                    return c;
                }
            }
        }
        return std::nullopt;
    }

private slots:
    void initTestCase() { TSUMUGI_START_POSTGRES_CLUSTER(m_cluster); }

    // The clerk registers a patient and puts her on today's list; the doctor's desk hears both within a second,
    // with the table, the row and the patient.
    void anotherDesksChangeArrivesWithinASecond() {
        const auto doctor = newRecord();
        const auto feed = doctor->listen();
        QVERIFY(feed);
        QVERIFY(feed->connected());
        QVERIFY(feed->socket() >= 0);
        const auto clerk = doctor->openCompanion();

        QElapsedTimer timer;
        timer.start();
        const qint64 id = clerk->patients().create(patient(QStringLiteral("一"))).id;
        auto change = heard(*feed, 2000);
        QVERIFY(change);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(change->table, QStringLiteral("patients"));
        QCOMPARE(change->id, id);
        QCOMPARE(change->patientId, id);
        QVERIFY(!change->missed);

        timer.restart();
        const qint64 entry = clerk->reception().add(id).id;
        change = heard(*feed, 2000);
        QVERIFY(change);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(change->table, QStringLiteral("reception_entries"));
        QCOMPARE(change->id, entry);
        QCOMPARE(change->patientId, id);
    }

    // A desk's own change comes back marked as its own (its windows know it); a change that is rolled back is never
    // heard.
    void ownChangesAreMarkedAndRolledBackOnesAreNotHeard() {
        const auto desk = newRecord();
        const auto feed = desk->listen();
        const qint64 id = desk->patients().create(patient(QStringLiteral("二"))).id;
        const QList<RecordChange> own = feed->wait(2000);
        QCOMPARE(own.size(), 1);
        QVERIFY(own[0].fromThisDesk);
        QCOMPARE(own[0].id, id);

        const auto other = desk->openCompanion();
        other->atomically([&] {
            other->patients().create(patient(QStringLiteral("三")));
            return false;
        });
        QVERIFY(!heard(*feed, 500));
    }

    // The desk's connection is ended by the server and made anew (another backend): what the desk saves afterwards is
    // still its own (its chart must not say another desk changed it), and so is what it saved before.
    void aDesksChangesStayItsOwnAfterItsConnectionIsMadeAnew() {
        const auto desk = newRecord();
        const auto feed = desk->listen();
        const qint64 before = desk->patients().create(patient(QStringLiteral("前"))).id;
        const int firstBackend = dynamic_cast<PostgresConnection&>(desk->db()).backendPid();
        PostgresConnection admin(desk->path());
        admin.exec(QStringLiteral("SELECT pg_terminate_backend(%1);").arg(firstBackend).toUtf8().constData());
        // Gone, and its last words on the desk's socket (a connection ended a moment ago fails one statement).
        for (int waited = 0; waited < 2000; waited += 20) {
            const auto alive = admin.prepare("SELECT count(*) FROM pg_stat_activity WHERE pid = ?;");
            alive->bindInt64(1, firstBackend);
            if (alive->step() && alive->int64(0) == 0) {
                break;
            }
            QTest::qWait(20);
        }
        QTest::qWait(50);
        const qint64 after = desk->patients().create(patient(QStringLiteral("後"))).id;
        QVERIFY(dynamic_cast<PostgresConnection&>(desk->db()).backendPid() != firstBackend);
        QList<RecordChange> changes;
        QElapsedTimer timer;
        timer.start();
        while (changes.size() < 2 && timer.elapsed() < 3000) {
            changes += feed->wait(int(3000 - timer.elapsed()));
        }
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].id, before);
        QCOMPARE(changes[1].id, after);
        QVERIFY(changes[0].fromThisDesk);
        QVERIFY(changes[1].fromThisDesk);
    }

    // The server goes away: the feed says it cannot hear, and once the server is back it hands one "missed" change
    // (read everything again) and hears the next change, without being made anew.
    void theFeedHearsAgainWhenTheServerIsBack() {
        const auto desk = newRecord();
        const QString location = desk->path();
        const auto feed = desk->listen();
        QVERIFY(m_cluster.stop());
        QVERIFY(feed->wait(1500).isEmpty());
        QVERIFY(!feed->connected());
        QCOMPARE(feed->socket(), -1);
        const QString failed = m_cluster.restart();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QList<RecordChange> back;
        QElapsedTimer timer;
        timer.start();
        while (back.isEmpty() && timer.elapsed() < 15000) {
            back = feed->wait(500);
        }
        QCOMPARE(back.size(), 1);
        QVERIFY(back[0].missed);
        QVERIFY(feed->connected());

        const auto clerk =
            ClinicRecord::open(location, test::TempRecord::AdminName, test::TempRecord::AdminPassword, m_clock);
        const qint64 id = clerk->patients().create(patient(QStringLiteral("四"))).id;
        const auto change = heard(*feed, 2000);
        QVERIFY(change);
        QCOMPARE(change->id, id);
        // The desk itself works again without being opened anew: its connection is made again before the next
        // statement.
        try {
            QVERIFY(desk->patients().create(patient(QStringLiteral("五"))).id > id);
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    // The server drops a desk's connection in the middle of a change: that change fails as a whole (nothing of it is
    // saved, the rest is not carried on over a new connection), and the desk's next change goes through.
    void aChangeCutOffMidwayIsLostWholeAndTheNextOneWorks() {
        const auto desk = newRecord();
        Statement pid(desk->db(), "SELECT pg_backend_pid();");
        QVERIFY(pid.step());
        const qint64 backend = pid.int64(0);
        PostgresConnection server(m_cluster.conninfo(QStringLiteral("desks%1").arg(m_databases)));
        try {
            desk->atomically([&] {
                desk->patients().create(patient(QStringLiteral("六")));
                server.exec(QStringLiteral("SELECT pg_terminate_backend(%1);").arg(backend).toUtf8().constData());
                try {
                    desk->patients().create(patient(QStringLiteral("七")));
                } catch (const Error&) {
                    // A careless caller goes on after a failure: the change must still not continue elsewhere.
                }
                desk->patients().create(patient(QStringLiteral("七")));
                return true;
            });
            QFAIL("a change went on after its connection was cut");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::ConnectionLost);
        }
        QCOMPARE(desk->patients().search(QStringLiteral("ウケツケ")).size(), qsizetype(0));
        desk->patients().create(patient(QStringLiteral("八")));
        QCOMPARE(desk->patients().search(QStringLiteral("ウケツケ")).size(), qsizetype(1));
    }

    void aMessageIsReadAsTableRowAndPatient() {
        RecordChange c = ChangeFeed::parse("eligibility_checks 7 ");
        QCOMPARE(c.table, QStringLiteral("eligibility_checks"));
        QCOMPARE(c.id, qint64(7));
        QCOMPARE(c.patientId, qint64(0));
        c = ChangeFeed::parse("notes 12 5");
        QCOMPARE(c.patientId, qint64(5));
        QVERIFY(ChangeFeed::parse("notes twelve 5").table.isEmpty());
        QVERIFY(ChangeFeed::parse("").table.isEmpty());
    }

    // A record in a file has one desk: there is nothing to listen to.
    void aRecordInAFileHasNoFeed() {
        qputenv("TSUMUGI_TEST_DB", "");
        test::TempRecord t;
        QVERIFY(!ClinicRecord::isServer(t.path));
        QVERIFY(!t.record->listen());
    }
};

TSUMUGI_TEST_CLASS(TestChangeFeed)
#include "test_change_feed.moc"
