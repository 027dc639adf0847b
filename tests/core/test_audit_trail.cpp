#include "support/ErrorKind.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

class TestAuditTrail : public QObject {
    Q_OBJECT

    // Changes: each is chained at once (a view would wait in audit_pending for the next change).
    static void fill(TempRecord& t, int rows) {
        for (int i = 0; i < rows; ++i) {
            t.record->audit().append(AuditTrail::Action::Update, QStringLiteral("patient"), QString::number(i));
        }
    }
    static qint64 count(TempRecord& t, const char* sql) {
        Statement st(t.record->db(), sql);
        st.step();
        return st.int64(0);
    }

    // Someone with full access to the store removes a guard (the trigger is spelt per engine).
    static void dropGuard(TempRecord& t, const char* trigger) {
        const bool server = t.record->db().driver() == DbConnection::Driver::Postgres;
        const QString sql =
            server ? QStringLiteral("DROP TRIGGER %1 ON audit_log;") : QStringLiteral("DROP TRIGGER %1;");
        t.record->db().exec(sql.arg(QLatin1String(trigger)).toUtf8().constData());
    }

private slots:
    // A view outside a change is written at once without the write lock, shown by recent(), and chained, in the
    // order it was written, by the next change of any desk; the chain stays one intact line.
    void aViewIsChainedByTheNextChange() {
        TempRecord t;
        const qint64 chained = count(t, "SELECT count(*) FROM audit_log;");
        t.record->audit().append(AuditTrail::Action::View, QStringLiteral("patient"), QStringLiteral("7"));
        t.record->audit().append(AuditTrail::Action::View, QStringLiteral("patient"), QStringLiteral("8"));
        QCOMPARE(count(t, "SELECT count(*) FROM audit_log;"), chained);
        QCOMPARE(t.record->audit().verify().pending, 2);
        const auto recent = t.record->audit().recent(2);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.first().recordId, QStringLiteral("8"));
        QCOMPARE(recent.first().seq, 0); // not chained yet
        TSUMUGI_VERIFY_ERROR(t.record->db().exec("UPDATE audit_pending SET detail = 'x';"), Error::Kind::Conflict);
        t.record->audit().append(AuditTrail::Action::Update, QStringLiteral("patient"), QStringLiteral("9"));
        const auto v = t.record->audit().verify();
        QVERIFY(v.ok);
        QCOMPARE(v.pending, 0);
        const auto after = t.record->audit().recent(3);
        QCOMPARE(after.at(0).recordId, QStringLiteral("9"));
        QCOMPARE(after.at(1).recordId, QStringLiteral("8"));
        QCOMPARE(after.at(2).recordId, QStringLiteral("7"));
        QVERIFY(after.at(2).seq > 0 && after.at(1).seq == after.at(2).seq + 1 &&
                after.at(0).seq == after.at(1).seq + 1);
    }

    // On the clinic server a desk reading a chart waits for no other desk's save (the embedded file has one writer
    // at a time by its nature: there a view's row waits like any write).
    void aViewWaitsForNoOtherDesksSave() {
        TempRecord t;
        if (t.record->db().driver() != DbConnection::Driver::Postgres) {
            QSKIP("the server's matter: SQLite lets one writer at a time in, reads' rows included");
        }
        PostgresConnection otherDesk(t.path);
        otherDesk.beginWrite(); // holds the record's write lock, as a long save would
        QElapsedTimer timer;
        timer.start();
        t.record->audit().append(AuditTrail::Action::View, QStringLiteral("patient"), QStringLiteral("1"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        otherDesk.rollback();
        t.record->audit().append(AuditTrail::Action::Update, QStringLiteral("patient"), QStringLiteral("1"));
        QCOMPARE(t.record->audit().verify().pending, 0);
    }

    void chainVerifies() {
        TempRecord t;
        fill(t, 20);
        const auto v = t.record->audit().verify();
        QVERIFY(v.ok);
        QVERIFY(v.rowsChecked >= 20);
        // The head a backup records: the last row checked, and a new row moves it.
        const AuditTrail::Head head = t.record->audit().head();
        QCOMPARE(head.seq, v.rowsChecked);
        QCOMPARE(head.hash.size(), 32);
        fill(t, 1);
        QVERIFY(t.record->audit().head().seq > head.seq);
    }
    void appendOnlyEvenForSql() {
        TempRecord t;
        fill(t, 3);
        TSUMUGI_VERIFY_ERROR(t.record->db().exec("UPDATE audit_log SET user_name = 'x';"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(t.record->db().exec("DELETE FROM audit_log;"), Error::Kind::Conflict);
        if (t.record->db().driver() == DbConnection::Driver::Postgres) {
            // TRUNCATE skips DELETE triggers; the server refuses it on its own.
            TSUMUGI_VERIFY_ERROR(t.record->db().exec("TRUNCATE audit_log;"), Error::Kind::Conflict);
        }
        QVERIFY(t.record->audit().verify().ok);
    }
    // Someone with the key removes the guard and edits one byte of one row: verify names that row.
    void aChangedRowBreaksTheChain() {
        TempRecord t;
        fill(t, 10);
        qint64 target = 0;
        {
            Statement st(t.record->db(), "SELECT seq FROM audit_log WHERE record_id = '5';");
            QVERIFY(st.step());
            target = st.int64(0);
        }
        dropGuard(t, "audit_log_append_only_update");
        Statement upd(t.record->db(), "UPDATE audit_log SET record_id = '6' WHERE seq = ?;");
        upd.bind(1, target).run();
        const auto v = t.record->audit().verify();
        QVERIFY(!v.ok);
        QCOMPARE(*v.firstBrokenSeq, target);
    }
    void aRemovedRowBreaksTheChain() {
        TempRecord t;
        fill(t, 10);
        dropGuard(t, "audit_log_append_only_delete");
        t.record->db().exec("DELETE FROM audit_log WHERE seq = 4;");
        const auto v = t.record->audit().verify();
        QVERIFY(!v.ok);
        QCOMPARE(*v.firstBrokenSeq, 4);
    }
    void aRecomputedRowStillBreaksItsSuccessor() {
        TempRecord t;
        fill(t, 5);
        // Rewriting a row with a fresh hash of its own does not help: the next row points at the old hash.
        dropGuard(t, "audit_log_append_only_update");
        AuditEntry e;
        {
            Statement st(t.record->db(), "SELECT seq, at, user_name, action, record_type, record_id, detail, "
                                         "prev_hash FROM audit_log WHERE seq = 3;");
            QVERIFY(st.step());
            e = {st.int64(0),
                 QDateTime::fromString(st.text(1), Qt::ISODateWithMs),
                 st.text(2),
                 st.text(3),
                 st.text(4),
                 QStringLiteral("forged"),
                 st.cellText(6, SealedCell{QStringLiteral("audit_log"), QStringLiteral("detail"), st.int64(0)}),
                 st.blob(7),
                 {}};
        }
        e.at.setTimeSpec(Qt::UTC);
        const QByteArray hash = AuditTrail::chainHash(e.prevHash, e);
        Statement upd(t.record->db(), "UPDATE audit_log SET record_id = 'forged', hash = ? WHERE seq = 3;");
        upd.bind(1, hash).run();
        const auto v = t.record->audit().verify();
        QVERIFY(!v.ok);
        QCOMPARE(*v.firstBrokenSeq, 4);
    }
    // A flipped byte in the encrypted file is caught by SQLCipher's page authentication.
    void aFlippedByteInTheFileIsDetected() {
        TempRecord t;
        if (t.record->db().driver() == DbConnection::Driver::Postgres) {
            QSKIP("a byte of the record file (the server's pages are checked by the server)");
        }
        fill(t, 200);
        t.record.reset();
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pos = f.size() - 700;
        f.seek(pos);
        char c = 0;
        f.getChar(&c);
        f.seek(pos);
        f.putChar(char(c ^ 0x01));
        f.close();
        bool detected = false;
        try {
            t.reopen();
            detected = !t.record->audit().verify().ok;
        } catch (const Error& e) {
            detected = e.kind() == Error::Kind::NotARecord || e.kind() == Error::Kind::Storage;
        }
        QVERIFY(detected);
    }
};

TSUMUGI_TEST_CLASS(TestAuditTrail)
#include "test_audit_trail.moc"
