// The stand-in's own HTTP/1.1 code held to what a kept server library does: bad bytes, smuggled lengths, bare LF,
// slow clients and a hostile nesting each get an answer or a close, and the server goes on serving.
#include "SimTestSupport.h"

#include "sim/HttpServer.h"

#include <QTcpSocket>

using namespace simtest;
using tsumugi::sim::HttpRequest;
using tsumugi::sim::HttpResponse;
using tsumugi::sim::HttpServer;

namespace {
// Sends raw bytes and returns what came back before the server closed or timeoutMs passed.
QByteArray exchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000) {
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(3000))
        return "no connection";
    s.write(bytes);
    s.waitForBytesWritten(3000);
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState) {
        if (s.waitForReadyRead(100))
            reply += s.readAll();
        if (reply.contains("\r\n\r\n") && reply.startsWith("HTTP/1.1"))
            break;
    }
    reply += s.readAll();
    return reply;
}
} // namespace

class TestHostileRequests : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ServerThread> server_;

    bool stillServes() {
        return exchange(server_->port(), "GET /_sim/dump HTTP/1.1\r\nConnection: close\r\n\r\n")
            .startsWith("HTTP/1.1 ");
    }

private slots:
    void initTestCase() {
        server_ = std::make_unique<ServerThread>(httpOptions(dir_));
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
    }
    void aPathWithByteFFIsRefusedNotAnAbort() {
        const QByteArray reply = exchange(server_->port(), "GET /fhir/\xFF\xFE HTTP/1.1\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
        QVERIFY(stillServes());
    }
    void twoContentLengthsAreRefused() {
        const QByteArray reply = exchange(server_->port(), "POST /_sim/faults HTTP/1.1\r\nContent-Length: 2\r\n"
                                                           "Content-Length: 40\r\n\r\n{}");
        QVERIFY2(reply.startsWith("HTTP/1.1 400") && reply.contains("Content-Length"), reply.constData());
        QVERIFY(stillServes());
    }
    void aNulInTheRequestLineIsAnswered() {
        const QByteArray reply = exchange(server_->port(), QByteArray("GET /a\0b HTTP/1.1\r\n\r\n", 21));
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
    }
    void bareLineFeedsGetAnAnswer() {
        const QByteArray reply = exchange(server_->port(), "GET /_sim/dump HTTP/1.1\nConnection: close\n\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
    }
    void aHostileNestingInAValidBodyIsRefusedBeforeAnyParser() {
        const QByteArray body =
            "{\"resourceType\":\"Bundle\",\"entry\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const QByteArray reply =
            exchange(server_->port(), "POST /fhir/Bundle HTTP/1.1\r\nContent-Type: application/fhir+json\r\n"
                                      "Content-Length: " +
                                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(reply.startsWith("HTTP/1.1 400") && reply.contains("too-deep"), reply.left(300).constData());
        QVERIFY(stillServes());
    }
    void slowClientsAreTimedOutAndTheServerStaysFree() {
        // A server of its own with short clocks, so the test does not wait the default 10 s.
        HttpServer http([](const HttpRequest&) {
            HttpResponse r;
            r.body = "{}";
            return r;
        });
        http.setTimeouts(300, 600);
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        // 100 clients that send half a request head and then nothing (slowloris), and one that never sends.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 100; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            if (i > 0) {
                QTcpSocket* raw = s.get();
                connect(raw, &QTcpSocket::connected, raw, [raw] { raw->write("GET / HTTP/1.1\r\nHost: x\r\n"); });
            }
            s->connectToHost(QStringLiteral("127.0.0.1"), http.serverPort());
            slow.push_back(std::move(s));
        }
        // Every one of them is closed by the server: the slow ones with 408, the silent one for idling.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(slow.begin(), slow.end(),
                        [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; }),
            10000);
        int timedOut = 0;
        for (std::size_t i = 1; i < slow.size(); ++i)
            timedOut += slow[i]->readAll().startsWith("HTTP/1.1 408") ? 1 : 0;
        QCOMPARE(timedOut, 99);
        // And a normal client is served.
        QTcpSocket ok;
        ok.connectToHost(QStringLiteral("127.0.0.1"), http.serverPort());
        QVERIFY(ok.waitForConnected(2000));
        ok.write("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(ok.bytesAvailable() > 0 || ok.state() == QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(ok.readAll().startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestHostileRequests)
#include "test_hostile_requests.moc"
