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
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Handler handler_;
    QSslConfiguration tls_;
    bool tlsOn_ = false;
    qint64 maxBody_ = 10 * 1024 * 1024;
};

} // namespace tsumugi::sim
