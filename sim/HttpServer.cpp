#include "sim/HttpServer.h"

#include "sim/HttpConnection.h"

#include <QSslSocket>

namespace tsumugi::sim {

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , handler_(std::move(handler)) {}

void HttpServer::incomingConnection(qintptr descriptor) {
    if (tlsOn_) {
        auto* socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(tls_);
        new HttpConnection(socket, handler_, maxBody_, true, requestTimeoutMs_, idleTimeoutMs_);
        socket->startServerEncryption();
        return;
    }
    auto* socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new HttpConnection(socket, handler_, maxBody_, false, requestTimeoutMs_, idleTimeoutMs_);
}

} // namespace tsumugi::sim
