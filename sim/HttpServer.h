#pragma once

#include "sim/HttpMessage.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace tsumugi::sim {

// A deliberately small HTTP/1.1 server over QTcpServer (plain or TLS). Written by hand instead of Qt HttpServer
// 6.4 because the fault injector must really close a socket after the service committed, really trickle a body,
// and refuse an oversize body (413) from its Content-Length before reading it; Qt HttpServer 6.4 hides the
// socket and buffers whole requests. Content-Length bodies only: chunked requests get 411.
class HttpServer : public QTcpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);

    void setTls(const QSslConfiguration& config) {
        tls_ = config;
        tlsOn_ = true;
    }
    bool tlsEnabled() const { return tlsOn_; }
    void setMaxBodyBytes(qint64 bytes) { maxBody_ = bytes; }
    // A request must arrive whole within requestMs of its first byte (else 408 and close: a slow client cannot hold
    // a connection open), and a keep-alive connection with no request for idleMs is closed.
    void setTimeouts(int requestMs, int idleMs) {
        requestTimeoutMs_ = requestMs;
        idleTimeoutMs_ = idleMs;
    }
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    // JSON bodies nested deeper than this are refused before any parser or validator walks them.
    static constexpr int kMaxJsonDepth = 128;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Handler handler_;
    QSslConfiguration tls_;
    bool tlsOn_ = false;
    qint64 maxBody_ = 10 * 1024 * 1024;
    int requestTimeoutMs_ = 10000;
    int idleTimeoutMs_ = 30000;
};

} // namespace tsumugi::sim
