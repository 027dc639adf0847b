#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Statement.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

// Exactly one desk of a clinic server sends the outbox at a time: the sender's lock belongs to a desk's connection
// (runs on the test cluster only: a record in a file has one desk).
class TestOneSender : public QObject {
    Q_OBJECT

    // How many sessions hold the sender's lock of this record now (other tests' records on the cluster have theirs).
    static qint64 holders(DbConnection& db) {
        Statement st(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint "
                         "<< 32) | objid::bigint) = 8391179643703490658 AND database = (SELECT oid FROM pg_database "
                         "WHERE datname = current_database());");
        return st.step() ? st.int64(0) : -1;
    }
    static qint64 backendOf(ClinicRecord& desk) {
        Statement st(desk.db(), "SELECT pg_backend_pid();");
        return st.step() ? st.int64(0) : 0;
    }

private slots:
    void initTestCase() {
        TempRecord probe;
        QVERIFY2(ClinicRecord::isServer(probe.path), "runs with TSUMUGI_TEST_DB=postgres only");
    }

    // The first desk to ask holds it, as often as it asks (one lock, not a stack); the second is told no.
    void oneDeskHoldsTheSendersLock() {
        TempRecord t;
        const auto other = t.record->openCompanion();
        QVERIFY(t.record->outbox().holdSending());
        QVERIFY(!other->outbox().holdSending());
        for (int round = 0; round < 5; ++round) {
            QVERIFY(t.record->outbox().holdSending());
            QVERIFY(!other->outbox().holdSending());
        }
        QCOMPARE(holders(t.record->db()), qint64(1));
    }

    // The sending desk closes, or the server drops its connection mid-push: the next desk's round takes over, and
    // the old desk, back on a new connection, does not send beside it.
    void anotherDeskTakesOverWhenTheSenderIsGone() {
        try {
            takeOver();
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void takeOver() {
        TempRecord t;
        {
            const auto sender = t.record->openCompanion();
            QVERIFY(sender->outbox().holdSending());
            QVERIFY(!t.record->outbox().holdSending());
        }
        // The server lets go of a closed connection's lock when its backend has ended, a moment after the close (on
        // a busy machine, after this desk's first try): the desk's next rounds take over.
        QTRY_VERIFY_WITH_TIMEOUT(t.record->outbox().holdSending(), 10000);

        const auto next = t.record->openCompanion();
        QVERIFY(!next->outbox().holdSending());
        PostgresConnection server(t.path);
        server.exec(QStringLiteral("SELECT pg_terminate_backend(%1);").arg(backendOf(*t.record)).toUtf8().constData());
        QTRY_VERIFY_WITH_TIMEOUT(next->outbox().holdSending(), 10000); // (the backend ends a moment after the signal)
        QVERIFY(!t.record->outbox().holdSending()); // made its connection anew: holds nothing, takes nothing
        QCOMPARE(holders(next->db()), qint64(1));
    }
};

TSUMUGI_TEST_CLASS(TestOneSender)
#include "test_one_sender.moc"
