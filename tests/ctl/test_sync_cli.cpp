// tsumugictl config and sync against a real tsumugi-sim over HTTPS: settings with clear refusals, push with
// counts and exit status, a rejection with its rule number, retry after the fix, status and show.

#include "support/CtlRunner.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using tsumugi::test::CtlRunner;
using tsumugi::test::SimProcess;

class TestSyncCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    SimProcess m_sim;
    QString m_adminPw;
    QString m_doctorPw;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("admin")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }
    Result addPatient(const QString& family, const QString& number) {
        return ctl({"patient",      "add",        "--family",      family,
                    "--given",      "太郎",       "--family-kana", "やまだ",
                    "--given-kana", "たろう",     "--sex",         "male",
                    "--birth",      "1975-04-12", "--address",     "東京都中野区中野2-3-4",
                    "--insurer",    "01130012",   "--symbol",      "1234",
                    "--number",     number,       "--branch",      "00"});
    }
    Result addDiagnosis(const QString& patient, const QString& name) {
        return ctl({"diagnosis", "add", patient, "--name", name, "--start", "2026-11-01"}, QStringLiteral("dr.kato"));
    }

private slots:
    void initTestCase() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
        QString error;
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        Result r = ctl({"init", "--institution", "1310000001", "--name", "つむぎクリニック"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"user", "add", "dr.kato", "--role", "doctor", "--password-file", m_doctorPw});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void pushWithoutAServerSaysHowToSetOne() {
        const Result r = ctl({"sync", "push"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("config set server-url")), qPrintable(r.err));
    }

    void configRefusesBadValues() {
        Result r = ctl({"config", "set", "server-url", "ftp://example"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("https://host:port")), qPrintable(r.err));
        r = ctl({"config", "set", "ca-file", "/nonexistent/ca.pem"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(r.err));
        r = ctl({"config", "set", "colour", "blue"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown setting 'colour'")), qPrintable(r.err));
        r = ctl({"config", "set", "connect-timeout-ms", "soon"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("whole number")), qPrintable(r.err));
        // Only an administrator changes clinic settings.
        r = ctl({"config", "set", "server-url", m_sim.baseUrl()}, QStringLiteral("dr.kato"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("role")), qPrintable(r.err));
    }

    void configSetGetList() {
        Result r = ctl({"config", "set", "server-url", m_sim.baseUrl() + "/"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"config", "set", "ca-file", m_sim.caFile()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"config", "set", "request-timeout-ms", "10000"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"config", "get", "server-url"}, QStringLiteral("dr.kato"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), m_sim.baseUrl()); // trailing slash dropped
        r = ctl({"config", "list"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("ca-file = ") + m_sim.caFile()));
        QVERIFY(r.out.contains(QStringLiteral("request-timeout-ms = 10000")));
        QVERIFY(r.out.contains(QStringLiteral("connect-timeout-ms = 5000")));
        QVERIFY(r.out.contains(QStringLiteral("client-cert = \n")));
    }

    void pushReportsSentAndRejected() {
        QCOMPARE(addPatient(QStringLiteral("山田"), QStringLiteral("567")).code, 0);
        // A full-width space inside the name: the service refuses the bundle with R1113.
        QCOMPARE(addPatient(QStringLiteral("山田　一"), QStringLiteral("890")).code, 0);
        Result r = addDiagnosis(QStringLiteral("1"), QStringLiteral("高血圧症"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(addDiagnosis(QStringLiteral("2"), QStringLiteral("糖尿病")).code, 0);
        QCOMPARE(addDiagnosis(QStringLiteral("1"), QStringLiteral("脂質異常症")).code, 0);

        r = ctl({"sync", "status"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("queued: 2 (pending 2")), qPrintable(r.out)); // coalesced
        QVERIFY(r.out.contains(QStringLiteral("last success: never")));

        r = ctl({"sync", "push"}, QStringLiteral("dr.kato"));
        QCOMPARE(r.code, 1); // something was refused
        QVERIFY2(r.out.contains(QStringLiteral("sent: 1, rejected: 1, failed: 0")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("R1113")), qPrintable(r.out));

        r = ctl({"sync", "status"});
        QVERIFY2(r.out.contains(QStringLiteral("queued: 0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("rejected: 1, sent: 1")));
        QVERIFY(r.out.contains(QStringLiteral("R1113")));
        QVERIFY(!r.out.contains(QStringLiteral("last success: never")));

        r = ctl({"sync", "list", "--state", "sent"});
        QVERIFY2(r.out.contains(QStringLiteral("1310000001^")), qPrintable(r.out));
        const QString sentId = QRegularExpression(QStringLiteral("#(\\d+)")).match(r.out).captured(1);
        r = ctl({"sync", "show", sentId});
        QCOMPARE(r.code, 0);
        const QJsonObject bundle = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), 3); // Patient + 2 Conditions
    }

    void retryAfterTheFixSucceeds() {
        Result r = ctl({"sync", "list", "--state", "rejected"});
        const QString id = QRegularExpression(QStringLiteral("#(\\d+)")).match(r.out).captured(1);
        QVERIFY(!id.isEmpty());
        r = ctl({"patient", "edit", "2", "--family", "山田", "--reason", "全角空白を削除"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"sync", "retry", id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({"sync", "push"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("sent: 1, rejected: 0, failed: 0")), qPrintable(r.out));
        r = ctl({"sync", "retry", id});
        QCOMPARE(r.code, 1); // sent: nothing to retry
        QCOMPARE(m_sim.dump().value(QStringLiteral("totals")).toObject().value(QStringLiteral("active")).toInt(), 2);
        r = ctl({"sync", "show", "999"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no outbox item 999")));
    }

    void unreachableServiceFailsAndKeepsTheQueue() {
        QCOMPARE(addDiagnosis(QStringLiteral("2"), QStringLiteral("痛風")).code, 0);
        QVERIFY(ctl({"config", "set", "server-url", "https://127.0.0.1:1"}).code == 0);
        Result r = ctl({"sync", "push", "--attempts", "1"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("could not be reached")), qPrintable(r.out));
        r = ctl({"sync", "status"});
        QVERIFY2(r.out.contains(QStringLiteral("failed-retrying 1")), qPrintable(r.out));
        QVERIFY(ctl({"config", "set", "server-url", m_sim.baseUrl()}).code == 0);
        r = ctl({"sync", "push"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = ctl({"sync", "push", "--attempts", "0"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--attempts")));
    }
};

TSUMUGI_TEST_CLASS(TestSyncCli)
#include "test_sync_cli.moc"
