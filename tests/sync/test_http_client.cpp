// HttpClient against a real tsumugi-sim executable on 127.0.0.1 (HTTPS with its generated certificates):
// answers vs. no answer, TLS verification, client certificates, keep-alive, timeouts, faults, abort.

#include "support/Prerequisite.h"
#include "support/SimProcess.h"
#include "support/TestRegistry.h"

#include "sync/transport/HttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace tsumugi;
using namespace tsumugi::sync;
using tsumugi::test::SimProcess;

class TestHttpClient : public QObject {
    Q_OBJECT

    SimProcess m_sim;

    QJsonObject json(const HttpResponse& r) { return QJsonDocument::fromJson(r.body).object(); }

private slots:
    void initTestCase() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
        QString error;
        SimProcess::Options o;
        o.faults = true;
        QVERIFY2(m_sim.start(o, &error), qPrintable(error));
        QVERIFY(m_sim.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
    }

    void cleanup() { m_sim.clearFaults(); }

    void getOverVerifiedTls() {
        HttpClient client(m_sim.settings());
        const HttpResponse r = client.get(QStringLiteral("/_sim/dump"));
        QVERIFY2(r.answered(), qPrintable(r.error));
        QCOMPARE(r.status, 200);
        QVERIFY(r.isSuccess());
        QVERIFY(!r.networkFailure);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(json(r).contains(QStringLiteral("registrations")));
    }

    void httpErrorsAreAnswersNotNetworkFailures() {
        HttpClient client(m_sim.settings());
        // Bad JSON: 400 with an OperationOutcome naming SIM-H02.
        HttpResponse r = client.post(QStringLiteral("/clins/bundles"), "{not json", "application/fhir+json");
        QCOMPARE(r.status, 400);
        QVERIFY(r.answered());
        QVERIFY(!r.isSuccess());
        QVERIFY2(r.body.contains("SIM-H02"), r.body.constData());
        // Wrong media type: 415.
        r = client.post(QStringLiteral("/clins/bundles"), "{}", "text/plain");
        QCOMPARE(r.status, 415);
        // A body-less POST still carries Content-Length: 0 (else the service says 411); missing fields → 400.
        r = client.post(QStringLiteral("/clins/delete"), QByteArray(), "application/json");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("SIM-H03"), r.body.constData());
        // A structurally wrong bundle: 422 listing the rule numbers.
        r = client.post(QStringLiteral("/clins/bundles"), R"({"resourceType":"Bundle","type":"collection"})",
                        "application/fhir+json");
        QCOMPARE(r.status, 422);
        QVERIFY(r.body.contains("\"code\":\"R"));
    }

    void keepAliveReusesOneConnection() {
        HttpClient client(m_sim.settings());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client.get(QStringLiteral("/_sim/dump")).status, 200);
        }
        QCOMPARE(client.connectionsOpened(), 1);
    }

    void untrustedServerIsRefused() {
        TransportSettings s = m_sim.settings();
        s.caFile.clear(); // the system store does not know the sim's CA: verification must fail
        HttpClient client(s);
        const HttpResponse r = client.get(QStringLiteral("/_sim/dump"));
        QVERIFY(r.networkFailure);
        QVERIFY(!r.answered());
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(r.error));
    }

    void wrongHostNameIsRefused() {
        // The server certificate names 127.0.0.1 and localhost; a CA that does not match → refused.
        TransportSettings s = m_sim.settings();
        QTemporaryDir other;
        QProcess certs;
        certs.start(QStringLiteral(TSUMUGI_SIM_BINARY),
                    {QStringLiteral("certs"), QStringLiteral("--out"), other.path()});
        QVERIFY(certs.waitForFinished(30000));
        s.caFile = other.filePath(QStringLiteral("ca.pem"));
        HttpClient client(s);
        const HttpResponse r = client.get(QStringLiteral("/_sim/dump"));
        QVERIFY(r.networkFailure);
        QVERIFY(!r.error.isEmpty());
    }

    void connectionRefusedIsNoAnswer() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now
        TransportSettings s;
        s.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        HttpClient client(s);
        const HttpResponse r = client.post(QStringLiteral("/clins/bundles"), "{}", "application/fhir+json");
        QVERIFY(r.networkFailure);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.error.isEmpty());
    }

    void droppedConnectionsAreNoAnswer_data() {
        QTest::addColumn<QString>("mode");
        QTest::newRow("before commit") << QStringLiteral("drop-before-commit");
        QTest::newRow("after commit") << QStringLiteral("drop-after-commit");
    }
    void droppedConnectionsAreNoAnswer() {
        QFETCH(QString, mode);
        QVERIFY(
            m_sim.setFaults(QStringLiteral(R"({"mode":"%1","count":1,"path":"/clins/delete"})").arg(mode).toUtf8()));
        HttpClient client(m_sim.settings());
        HttpResponse r = client.post(QStringLiteral("/clins/delete"), "{}", "application/json");
        QVERIFY2(r.networkFailure, qPrintable(QString::number(r.status)));
        QVERIFY(!r.answered());
        // The same client recovers on a fresh connection.
        r = client.post(QStringLiteral("/clins/delete"), "{}", "application/json");
        QCOMPARE(r.status, 400);
    }

    void injected503IsAnAnswer() {
        QVERIFY(m_sim.setFaults(R"({"mode":"error","status":503,"count":1,"path":"/clins/bundles"})"));
        HttpClient client(m_sim.settings());
        const HttpResponse r = client.post(QStringLiteral("/clins/bundles"), "{}", "application/fhir+json");
        QCOMPARE(r.status, 503);
        QVERIFY(r.answered());
        QVERIFY(r.body.contains("injected-fault"));
    }

    void totalTimeoutGivesUp() {
        QVERIFY(m_sim.setFaults(R"({"mode":"latency","ms":3000,"count":1,"path":"/clins/delete"})"));
        TransportSettings s = m_sim.settings();
        s.totalTimeoutMs = 400;
        HttpClient client(s);
        QElapsedTimer t;
        t.start();
        const HttpResponse r = client.post(QStringLiteral("/clins/delete"), "{}", "application/json");
        QVERIFY(r.networkFailure);
        QVERIFY(r.timedOut);
        // Gave up on its own 400 ms budget, not when the server answered after 3 s (margin for a loaded machine).
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    }

    void abortFlagStopsARunningRequest() {
        QVERIFY(m_sim.setFaults(R"({"mode":"latency","ms":3000,"count":1,"path":"/clins/delete"})"));
        HttpClient client(m_sim.settings());
        std::atomic_bool abort{false};
        client.setAbortFlag(&abort);
        QElapsedTimer t;
        t.start();
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            abort = true;
        });
        const HttpResponse r = client.post(QStringLiteral("/clins/delete"), "{}", "application/json");
        stopper.join();
        QVERIFY(r.networkFailure);
        QVERIFY(r.aborted);
        // Stopped by the flag raised at 200 ms, not by the server's 3 s answer (margin for a loaded machine).
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    }

    void encodesIdentifiersForPaths() {
        QCOMPARE(HttpClient::encodePathSegment(QStringLiteral("1318814790^2026^P1-Condition")),
                 QStringLiteral("1318814790%5E2026%5EP1-Condition"));
    }

    void clientCertificateWhenTheServerDemandsOne() {
        SimProcess strict;
        SimProcess::Options o;
        o.requireClientCert = true;
        QString error;
        QVERIFY2(strict.start(o, &error), qPrintable(error));
        HttpClient withCert(strict.settings());
        const HttpResponse ok = withCert.get(QStringLiteral("/_sim/dump"));
        QVERIFY2(ok.isSuccess(), qPrintable(ok.error));

        TransportSettings noCert = strict.settings();
        noCert.clientCertFile.clear();
        noCert.clientKeyFile.clear();
        HttpClient without(noCert);
        const HttpResponse refused = without.get(QStringLiteral("/_sim/dump"));
        QVERIFY(refused.networkFailure);
        QCOMPARE(refused.status, 0);
    }

    void settingsProblemsAreNamed() {
        TransportSettings s;
        QVERIFY(!s.problem().isEmpty());
        s.baseUrl = QStringLiteral("ftp://example");
        QVERIFY(s.problem().contains(QStringLiteral("ftp://example")));
        s.baseUrl = QStringLiteral("https://127.0.0.1:1");
        QVERIFY(s.problem().isEmpty());
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(s.problem().contains(QStringLiteral("/nonexistent/ca.pem")));
    }
};

TSUMUGI_TEST_CLASS(TestHttpClient)
#include "test_http_client.moc"
