// The executable as scripts use it: the first stdout line, --port-file, refusing plain HTTP without --http,
// faults from flags, the clock file, `certs`, `dump`, and state kept across a process restart.
#include "SimTestSupport.h"

#include <QProcess>

using namespace simtest;

namespace {

const QString kBinary = QStringLiteral(TSUMUGI_SIM_BINARY);

struct Running {
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString firstLine;
};

Running launch(const QStringList& args) {
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->start(kBinary, args);
    if (!r.process->waitForStarted(10000))
        return r;
    while (!r.process->canReadLine() && r.process->waitForReadyRead(10000)) {
    }
    r.firstLine = QString::fromUtf8(r.process->readLine()).trimmed();
    r.port = static_cast<quint16>(r.firstLine.section(':', -1).toUInt());
    return r;
}

// SIGTERM must end the server cleanly (exit status 0), not kill it.
bool stop(Running& r) {
    r.process->terminate();
    return r.process->waitForFinished(10000) && r.process->exitStatus() == QProcess::NormalExit &&
           r.process->exitCode() == 0;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void refusesPlainHttpWithoutFlag() {
        QProcess p;
        p.start(kBinary, {"serve", "--db", dir_.filePath("x.sqlite")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("--http"));
        p.start(kBinary, {"serve", "--http", "--fault", "error", "--db", dir_.filePath("x.sqlite")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2); // --fault needs --faults
    }

    // The guide version it checks by: 1.11 by default, the 1.5.2 package's rules when asked; anything else refused.
    void clinsVersionFlag() {
        SIM_REQUIRE_EXAMPLES();
        QProcess bad;
        bad.start(kBinary, {"serve", "--http", "--clins-version", "1.9", "--db", dir_.filePath("v.sqlite")});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains("--clins-version"));
        const json published = example152("Bundle-Bundle-CLINS-Observations-Example-01.json");
        for (const char* version : {"1.5.2", "1.11"}) {
            Running r = launch({"serve", "--http", "--clins-version", version, "--db",
                                dir_.filePath(QStringLiteral("v-%1.sqlite").arg(version))});
            QVERIFY2(r.port != 0, qPrintable(r.firstLine));
            HttpClient c(QStringLiteral("127.0.0.1"), r.port);
            const auto posted = postFhir(c, published);
            if (QByteArray(version) == "1.5.2") {
                QCOMPARE(posted.status, 201);
            } else {
                QCOMPARE(posted.status, 422);
                QVERIFY(rulesOf(parse(posted.body)).contains("R0213"));
                QCOMPARE(postFhir(c, example("Bundle-Bundle-CLINS-Observations-Example-01.json")).status, 201);
            }
            QVERIFY(stop(r));
        }
    }

    void servesRestartsAndDumps() {
        SIM_REQUIRE_EXAMPLES();
        const QString db = dir_.filePath("cli.sqlite");
        const QString portFile = dir_.filePath("port.txt");
        Running r = launch({"serve", "--http", "--port", "0", "--db", db, "--port-file", portFile, "--faults",
                            "--fault", "drop-before-commit,count=1,path=/healthz"});
        QVERIFY2(r.firstLine.startsWith("listening on http://127.0.0.1:"), qPrintable(r.firstLine));
        QVERIFY(r.port != 0);
        QFile pf(portFile);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QCOMPARE(pf.readAll().trimmed().toUInt(), uint(r.port));
        HttpClient c(QStringLiteral("127.0.0.1"), r.port);
        auto res = c.request("GET", "/healthz");
        QVERIFY(res.closedWithoutResponse); // the fault from the command line
        QCOMPARE(c.request("GET", "/healthz").status, 200);
        QCOMPARE(postFhir(c, observationsBundle()).status, 201);
        QVERIFY(stop(r));

        QProcess dump;
        dump.start(kBinary, {"dump", "--db", db, "--events"});
        QVERIFY(dump.waitForFinished(10000));
        QCOMPARE(dump.exitCode(), 0);
        const json d = parse(dump.readAllStandardOutput());
        QCOMPARE(d["totals"]["registrations"].get<int>(), 1);
        QCOMPARE(d["registrations"][0]["bundleIdentifier"], observationsBundle()["identifier"]["value"]);
        QCOMPARE(d["events"].size(), size_t(1));

        Running again = launch({"--http", "--db", db});
        QVERIFY(again.port != 0);
        HttpClient c2(QStringLiteral("127.0.0.1"), again.port);
        const auto second = postFhir(c2, observationsBundle());
        QCOMPARE(second.headers.value("x-sim-result"), QByteArray("unchanged"));
        stop(again);
    }

    void clockFileDrivesTime() {
        const QString clock = dir_.filePath("clock.txt");
        QFile f(clock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2026-01-01T00:00:00Z\n");
        f.close();
        Running r = launch({"serve", "--http", "--db", dir_.filePath("clock.sqlite"), "--clock-file", clock});
        HttpClient c(QStringLiteral("127.0.0.1"), r.port);
        QCOMPARE(parse(c.request("GET", "/healthz").body)["now"], json("2026-01-01T00:00:00Z"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("2026-06-01T12:00:00Z\n");
        // mtime granularity: make sure the change is seen as a change
        f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        f.close();
        QCOMPARE(parse(c.request("GET", "/healthz").body)["now"], json("2026-06-01T12:00:00Z"));
        stop(r);
    }

    void certsAndHttps() {
        const QString out = dir_.filePath("pki");
        QProcess p;
        p.start(kBinary, {"certs", "--out", out, "--institution", "1311234567"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        for (const char* f : {"ca.pem", "server.pem", "server.key", "client.pem", "client.key"})
            QVERIFY(QFileInfo::exists(out + "/" + f));
        p.start(kBinary, {"certs", "--out", out, "--institution", "123"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        Running r = launch({"serve", "--certs", out, "--db", dir_.filePath("tls.sqlite")});
        QVERIFY2(r.firstLine.startsWith("listening on https://127.0.0.1:"), qPrintable(r.firstLine));
        QFile ca(out + "/ca.pem");
        QVERIFY(ca.open(QIODevice::ReadOnly));
        HttpClient::Tls tls;
        tls.ca = {QSslCertificate(ca.readAll())};
        HttpClient c(QStringLiteral("127.0.0.1"), r.port, tls);
        QCOMPARE(c.request("GET", "/healthz").status, 200);
        stop(r);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
