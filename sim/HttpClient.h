#pragma once

#include <QByteArray>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

class QSslSocket;

namespace tsumugi::sim {

// A blocking HTTP/1.1 client for the simulator's own tests and benchmark (never for the event-loop thread that
// serves). Keeps the connection alive between requests and reports a connection closed without an answer as
// such, which is what the drop faults look like from outside.
class HttpClient {
public:
    struct Tls {
        QList<QSslCertificate> ca;
        QSslCertificate clientCert;
        QSslKey clientKey;
    };
    struct Result {
        bool ok = false; // a complete response was read
        int status = 0;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QString error;
        bool closedWithoutResponse = false;
        qint64 elapsedMs = 0;
    };

    HttpClient(QString host, quint16 port);
    HttpClient(QString host, quint16 port, Tls tls);
    ~HttpClient();

    Result request(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
                   const QByteArray& contentType = {}, const QMap<QByteArray, QByteArray>& headers = {});
    // Sends raw bytes (a hand-made request head, maybe without the body) and reads one response.
    Result raw(const QByteArray& bytes);
    void disconnect();
    void setTimeoutMs(int ms) { timeoutMs_ = ms; }
    QString lastConnectError() const { return connectError_; }

    static QByteArray encodePath(const QString& s); // percent-encodes an identifier for a path segment

private:
    bool ensureConnected();
    Result readResponse();

    QString host_;
    quint16 port_;
    bool useTls_ = false;
    Tls tls_;
    std::unique_ptr<QSslSocket> socket_;
    QString connectError_;
    int timeoutMs_ = 15000;
};

} // namespace tsumugi::sim
