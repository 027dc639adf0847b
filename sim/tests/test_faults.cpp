// Fault injection as reliability tests use it: drops before and after commit (and what "exactly once" looks like
// in the dump afterwards), injected 5xx, latency and a body that really trickles.
#include "SimTestSupport.h"

#include <QElapsedTimer>

using namespace simtest;

class TestFaults : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ServerThread> server_;
    std::unique_ptr<HttpClient> client_;

    json registration(const std::string& id) {
        const json all = parse(client_->request("GET", "/_sim/dump").body); // alive while iterating
        for (const json& r : all["registrations"])
            if (r["bundleIdentifier"] == id)
                return r;
        return json();
    }
    void fault(const json& f) { QCOMPARE(postJson(*client_, "/_sim/faults", f).status, 200); }

private slots:
    void initTestCase() {
        Options o = httpOptions(dir_);
        o.faults = true;
        server_ = std::make_unique<ServerThread>(o);
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
    }
    void cleanup() { client_->request("DELETE", "/_sim/faults"); }

    void dropBeforeCommitCommitsNothing() {
        SIM_REQUIRE_EXAMPLES();
        json b = conditionBundle();
        b["identifier"]["value"] = "1318814790^2026^drop-before";
        fault({{"mode", "drop-before-commit"}, {"count", 1}, {"path", "/clins/bundles"}});
        auto r = postFhir(*client_, b);
        QVERIFY(!r.ok);
        QVERIFY(r.closedWithoutResponse);
        QVERIFY(registration("1318814790^2026^drop-before").is_null());
        // The client's retry is the first registration.
        r = postFhir(*client_, b);
        QCOMPARE(r.status, 201);
    }

    void dropAfterCommitThenRetryIsExactlyOnce() {
        SIM_REQUIRE_EXAMPLES();
        json b = conditionBundle();
        b["identifier"]["value"] = "1318814790^2026^drop-after";
        fault({{"mode", "drop-after-commit"}, {"count", 1}, {"path", "/clins/bundles"}});
        auto r = postFhir(*client_, b);
        QVERIFY(!r.ok);
        QVERIFY(r.closedWithoutResponse);
        // Committed although the client never heard of it.
        json reg = registration("1318814790^2026^drop-after");
        QCOMPARE(reg["createdCount"].get<int>(), 1);
        r = postFhir(*client_, b);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("unchanged"));
        reg = registration("1318814790^2026^drop-after");
        QCOMPARE(reg["createdCount"].get<int>(), 1);
        QCOMPARE(reg["replaceCount"].get<int>(), 0);
        QCOMPARE(reg["acceptedCount"].get<int>(), 2);
    }

    void injectedServerError() {
        fault({{"mode", "error"}, {"status", 502}, {"count", 2}, {"path", "/healthz"}});
        QCOMPARE(client_->request("GET", "/healthz").status, 502);
        QCOMPARE(client_->request("GET", "/healthz").status, 502);
        QCOMPARE(client_->request("GET", "/healthz").status, 200); // count used up
        QCOMPARE(postJson(*client_, "/_sim/faults", {{"mode", "error"}, {"status", 404}}).status, 400);
        QCOMPARE(postJson(*client_, "/_sim/faults", {{"mode", "explode"}}).status, 400);
    }

    void latency() {
        // A delay long enough that the undelayed answer after it cannot be mistaken for it on a loaded machine.
        fault({{"mode", "latency"}, {"ms", 1500}, {"count", 1}});
        QElapsedTimer t;
        t.start();
        QCOMPARE(client_->request("GET", "/healthz").status, 200);
        QVERIFY(t.elapsed() >= 1480);
        t.restart();
        QCOMPARE(client_->request("GET", "/healthz").status, 200);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed()))); // count 1: only the first waited
    }

    void slowBodyTrickles() {
        fault({{"mode", "slow-body"}, {"chunk", 8}, {"ms", 300}, {"count", 1}, {"path", "/healthz"}});
        const QByteArray expected = client_->request("GET", "/healthz").body; // one fault: this one trickles
        QElapsedTimer t;
        t.start();
        const auto fast = client_->request("GET", "/healthz");
        // The trickled answer takes at least (size/8 - 1) × 300 ms ≥ 1.2 s; the plain one far less, even loaded.
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(expected.size() > 40);
        QCOMPARE(parse(expected)["status"], json("ok"));
        QCOMPARE(fast.body.size(), expected.size());
        // Again with a timer around the trickled one: (size/8 - 1) intervals of 300 ms at least.
        fault({{"mode", "slow-body"}, {"chunk", 8}, {"ms", 300}, {"count", 1}, {"path", "/healthz"}});
        t.restart();
        const auto slow = client_->request("GET", "/healthz");
        QVERIFY(slow.ok);
        QVERIFY2(t.elapsed() >= (slow.body.size() / 8 - 1) * 300 - 20, qPrintable(QString::number(t.elapsed())));
    }

    void controlListsAndClears() {
        fault({{"faults", json::array({{{"mode", "latency"}, {"ms", 1}}, {{"mode", "error"}, {"path", "/nothing"}}})}});
        json j = parse(client_->request("GET", "/_sim/faults").body);
        QCOMPARE(j["faults"].size(), size_t(2));
        QVERIFY(j["fired"].contains("drop-after-commit"));
        j = parse(client_->request("DELETE", "/_sim/faults").body);
        QCOMPARE(j["faults"].size(), size_t(0));
        // Control endpoints are never faulted; /_sim/clock is not there without --test-control.
        QCOMPARE(client_->request("GET", "/_sim/clock").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "test_faults.moc"
