#include "support/CtlRunner.h"
#include "support/TestRegistry.h"

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"
#include "core/util/SystemClock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::CtlRunner;

// Drives the real tsumugictl executable, as a script would.
class TestAdminCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_db;
    QString m_adminPw;
    QString m_doctorPw;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("admin"),
               const QString& passwordFile = {}) {
        return m_ctl.run(user, passwordFile.isEmpty() ? m_adminPw : passwordFile, args);
    }
    QString writeFile(const QString& name, const QByteArray& content) { return m_ctl.writeFile(name, content); }

private slots:
    void initTestCase() {
        m_db = m_ctl.recordPath();
        m_adminPw = writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        const Result r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                              QStringLiteral("--name"), QStringLiteral("つむぎクリニック")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(ClinicRecord::exists(m_db));
    }
    void initRefusesAnExistingRecord() {
        const Result r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                              QStringLiteral("--name"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err)); // a file exists; a server holds one
    }
    // A file has one desk: `events --follow` says there is nothing to hear (the server's side: TestServerRecordCli).
    // And `schema sql` prints what a new record holds, on either driver, without opening one.
    void eventsNeedTheServerAndSchemaSqlNeedsNoRecord() {
        const Result events = ctl(
            {QStringLiteral("events"), QStringLiteral("--follow"), QStringLiteral("--timeout"), QStringLiteral("1")});
        if (ClinicRecord::isServer(m_db)) {
            QCOMPARE(events.code, 0);
        } else {
            QCOMPARE(events.code, 1);
            QVERIFY2(events.err.contains(QStringLiteral("clinic server")), qPrintable(events.err));
        }
        const Result lite = ctl(
            {QStringLiteral("schema"), QStringLiteral("sql"), QStringLiteral("--driver"), QStringLiteral("sqlite")});
        QCOMPARE(lite.code, 0);
        QVERIFY(lite.out.contains(QStringLiteral("WITHOUT ROWID")));
        QVERIFY(!lite.out.contains(QStringLiteral("pg_notify")));
        const Result server = ctl({QStringLiteral("schema"), QStringLiteral("sql")});
        QVERIFY(server.out.contains(QStringLiteral("CREATE TRIGGER reception_entries_announced")));
        const Result bad = ctl(
            {QStringLiteral("schema"), QStringLiteral("sql"), QStringLiteral("--driver"), QStringLiteral("oracle")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("postgres or sqlite")), qPrintable(bad.err));
    }
    void addsAUserWhoCanWork() {
        Result r =
            ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"), QStringLiteral("--role"),
                 QStringLiteral("doctor"), QStringLiteral("--password-file"), m_doctorPw});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("dr.kato"), m_doctorPw);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("dr.kato\tdr.kato\tdoctor\tactive")));
    }
    void patientLifecycle() {
        Result r = ctl({QStringLiteral("patient"),       QStringLiteral("add"),         QStringLiteral("--family"),
                        QStringLiteral("渡辺"),          QStringLiteral("--given"),     QStringLiteral("直美"),
                        QStringLiteral("--family-kana"), QStringLiteral("わたなべ"),    QStringLiteral("--given-kana"),
                        QStringLiteral("なおみ"),        QStringLiteral("--sex"),       QStringLiteral("female"),
                        QStringLiteral("--birth"),       QStringLiteral("S55.6.1"),     QStringLiteral("--insurer"),
                        QStringLiteral("01130012"),      QStringLiteral("--number"),    QStringLiteral("12"),
                        QStringLiteral("--phone"),       QStringLiteral("045-111-2222")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString number = r.out.trimmed();
        QCOMPARE(number, QStringLiteral("1"));

        r = ctl({QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ﾜﾀﾅﾍﾞ")});
        QCOMPARE(r.out, QStringLiteral("1\t渡辺 直美\tワタナベ ナオミ\tfemale\t1980-06-01\t045-111-2222\n"));

        r = ctl({QStringLiteral("patient"), QStringLiteral("edit"), number, QStringLiteral("--phone"),
                 QStringLiteral("045-333-4444"), QStringLiteral("--reason"), QStringLiteral("電話番号変更")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("version 2")));
        r = ctl({QStringLiteral("patient"), QStringLiteral("history"), number});
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(QStringLiteral("045-111-2222")));
        QVERIFY(lines.at(1).contains(QStringLiteral("045-333-4444")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("電話番号変更")));
    }
    void badInputIsRefusedAndSavesNothing() {
        Result r = ctl({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                        QStringLiteral("誤記"), QStringLiteral("--family-kana"), QStringLiteral("ゴキ"),
                        QStringLiteral("--sex"), QStringLiteral("male"), QStringLiteral("--birth"),
                        QStringLiteral("1990-01-01"), QStringLiteral("--insurer"), QStringLiteral("01130013"),
                        QStringLiteral("--number"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("check digit")));
        QVERIFY(r.out.isEmpty());
        r = ctl({QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ごき")});
        QCOMPARE(r.out, QString());
        r = ctl({QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("x")}, QStringLiteral("admin"),
                m_doctorPw);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("incorrect")));
        r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
    }
    void receptionAndDemo() {
        Result r = ctl({QStringLiteral("demo")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(
            QStringLiteral("0 demo"))); // the record already has a patient: demo fills only empty records
        r = ctl({QStringLiteral("reception"), QStringLiteral("add"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString entry = r.out.split(QLatin1Char('\t')).first();
        r = ctl({QStringLiteral("reception"), QStringLiteral("status"), entry, QStringLiteral("in_consultation")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("reception"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("\tin_consultation\t1\t渡辺　直美\t")));
    }
    void auditVerifyFindsTampering() {
        Result r = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        r = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("dr.kato"), m_doctorPw);
        QCOMPARE(r.code, 1); // only an admin reads the audit trail
        {
            auto record = ClinicRecord::open(m_db, QStringLiteral("admin"), QStringLiteral("admin password 1"),
                                             SystemClock::instance());
            record->db().exec(record->db().driver() == DbConnection::Driver::Postgres
                                  ? "DROP TRIGGER audit_log_append_only_update ON audit_log;"
                                  : "DROP TRIGGER audit_log_append_only_update;");
            record->db().exec("UPDATE audit_log SET user_name = 'someone else' WHERE seq = 3;");
        }
        r = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("row 3")), qPrintable(r.err));
    }
};

TSUMUGI_TEST_CLASS(TestAdminCli)
#include "test_admin_cli.moc"
