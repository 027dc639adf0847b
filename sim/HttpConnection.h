#pragma once

#include "sim/HttpServer.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace tsumugi::sim {

// One client connection: parses requests as bytes arrive, answers them one at a time (keep-alive), and applies
// the delivery levers of a response (latency, drop, trickle).
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, HttpServer::Handler handler, qint64 maxBody, bool tls, int requestTimeoutMs,
                   int idleTimeoutMs);

private:
    void onReadyRead();
    void processBuffer();
    void fail(int status, const QByteArray& code, const QByteArray& message);
    void deliver(const HttpResponse& response);
    void writeHead(const HttpResponse& response);
    void trickle();
    void finishResponse();
    void closeNow();
    void onTimeout();
    // The request or idle clock, restarted as requests begin and end.
    void armTimer();

    QTcpSocket* socket_;
    HttpServer::Handler handler_;
    qint64 maxBody_;
    bool tls_;
    int requestTimeoutMs_;
    int idleTimeoutMs_;
    QTimer* timer_ = nullptr;
    QByteArray buffer_;
    bool busy_ = false; // a response is being delivered: hold further requests (no pipelining overlap)
    bool closing_ = false;
    bool keepAlive_ = true;
    bool drain_ = false;
    // Parsed head of the request whose body is still arriving.
    bool haveHead_ = false;
    HttpRequest pending_;
    qint64 pendingLength_ = 0;
    // Trickling state.
    QByteArray slowBody_;
    qsizetype slowPos_ = 0;
    HttpResponse slowResponse_;
};

} // namespace tsumugi::sim
