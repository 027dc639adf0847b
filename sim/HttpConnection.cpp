#include "sim/HttpConnection.h"

#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace tsumugi::sim {

namespace {
// The deepest nesting of [ and { outside strings, counted on the bytes (stops past limit).
int jsonDepth(const QByteArray& bytes, int limit) {
    int current = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++current);
            if (deepest > limit)
                return deepest;
        } else if ((c == ']' || c == '}') && current > 0) {
            --current;
        }
    }
    return deepest;
}

bool isUtf8(const QByteArray& bytes) {
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer::Handler handler, qint64 maxBody, bool tls,
                               int requestTimeoutMs, int idleTimeoutMs)
    : socket_(socket)
    , handler_(std::move(handler))
    , maxBody_(maxBody)
    , tls_(tls)
    , requestTimeoutMs_(requestTimeoutMs)
    , idleTimeoutMs_(idleTimeoutMs) {
    socket_->setParent(this);
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &HttpConnection::onTimeout);
    armTimer();
    connect(socket_, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket_, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // A failed TLS handshake (e.g. no client certificate when one is required) ends here too.
    connect(socket_, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (socket_->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void HttpConnection::armTimer() {
    if (busy_ || closing_) {
        timer_->stop();
        return;
    }
    // A request begun runs on the request clock; an empty buffer between requests on the idle clock.
    const bool requestBegun = haveHead_ || !buffer_.isEmpty();
    if (requestBegun && timer_->isActive() && timer_->property("request").toBool())
        return; // the request's clock keeps running from its first byte
    timer_->setProperty("request", requestBegun);
    timer_->start(requestBegun ? requestTimeoutMs_ : idleTimeoutMs_);
}

void HttpConnection::onTimeout() {
    if (busy_ || closing_)
        return;
    if (haveHead_ || !buffer_.isEmpty()) {
        fail(408, "request-timeout",
             "the request did not arrive whole within " + QByteArray::number(requestTimeoutMs_) + " ms");
        return;
    }
    closeNow();
}

void HttpConnection::onReadyRead() {
    if (closing_) {
        socket_->readAll(); // draining after a refusal: discard, so closing does not reset the answer away
        return;
    }
    buffer_.append(socket_->readAll());
    processBuffer();
    armTimer();
}

void HttpConnection::processBuffer() {
    while (!busy_ && !closing_) {
        if (!haveHead_) {
            // The head ends at an empty line; bare LF line ends are read as well (RFC 9112 allows it), so such a
            // client gets an answer instead of waiting for ever.
            const qsizetype crlf = buffer_.indexOf("\r\n\r\n");
            const qsizetype lf = buffer_.indexOf("\n\n");
            const bool bareLf = lf >= 0 && (crlf < 0 || lf < crlf);
            const qsizetype end = bareLf ? lf : crlf;
            if (end < 0) {
                if (buffer_.size() > HttpServer::kMaxHeaderBytes)
                    fail(431, "headers-too-large", "request head exceeds 64 KiB");
                return;
            }
            const QByteArray head = buffer_.left(end);
            buffer_.remove(0, end + (bareLf ? 2 : 4));
            if (head.contains('\0')) {
                fail(400, "bad-request", "the request head contains a NUL byte");
                return;
            }
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
                fail(400, "bad-request-line", "malformed HTTP request line");
                return;
            }
            pending_ = HttpRequest{};
            pending_.method = requestLine[0];
            const QByteArray target = requestLine[1];
            const qsizetype q = target.indexOf('?');
            pending_.path = QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q));
            pending_.query = q < 0 ? QByteArray() : target.mid(q + 1);
            if (!isUtf8(pending_.path)) {
                fail(400, "bad-path", "the request path is not UTF-8");
                return;
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                // Two lengths are a request smuggling attempt or a broken client: never pick one.
                if (name == "content-length" && pending_.headers.contains(name)) {
                    fail(400, "bad-content-length", "more than one Content-Length header");
                    return;
                }
                pending_.headers.insert(name, line.mid(colon + 1).trimmed());
            }
            keepAlive_ = requestLine[2] == "HTTP/1.1" && pending_.header("connection").toLower() != "close";
            if (pending_.headers.contains("transfer-encoding")) {
                fail(411, "length-required",
                     "chunked or other transfer encodings are not accepted; send Content-Length");
                return;
            }
            bool ok = true;
            pendingLength_ = 0;
            if (pending_.headers.contains("content-length")) {
                pendingLength_ = pending_.header("content-length").toLongLong(&ok);
                if (!ok || pendingLength_ < 0) {
                    fail(400, "bad-content-length", "Content-Length is not a number");
                    return;
                }
            } else if (pending_.method == "POST" || pending_.method == "PUT") {
                fail(411, "length-required", "Content-Length is required");
                return;
            }
            // Refuse before reading: a 10 MB limit is worthless if the server buffers the excess first.
            if (pendingLength_ > maxBody_) {
                fail(413, "request-too-large",
                     "request body of " + QByteArray::number(pendingLength_) + " bytes exceeds the limit of " +
                         QByteArray::number(maxBody_) + " bytes (10 MB)");
                return;
            }
            if (tls_) {
                auto* ssl = static_cast<QSslSocket*>(socket_);
                const QSslCertificate peer = ssl->peerCertificate();
                if (!peer.isNull() && ssl->peerVerifyMode() == QSslSocket::VerifyPeer) {
                    pending_.clientCertificate = true;
                    pending_.clientInstitution = peer.subjectInfo(QSslCertificate::CommonName).value(0);
                }
            }
            haveHead_ = true;
        }
        if (buffer_.size() < pendingLength_)
            return;
        pending_.body = buffer_.left(pendingLength_);
        buffer_.remove(0, pendingLength_);
        haveHead_ = false;
        if (jsonDepth(pending_.body, HttpServer::kMaxJsonDepth) > HttpServer::kMaxJsonDepth) {
            fail(400, "too-deep",
                 "the body nests deeper than " + QByteArray::number(HttpServer::kMaxJsonDepth) +
                     " levels; no FHIR resource does");
            return;
        }
        HttpResponse response;
        try {
            response = handler_(pending_);
        } catch (const std::exception& e) {
            // A request the service cannot handle is this request's failure, never the server's end.
            fail(500, "internal-error", QByteArray("the request could not be handled: ") + e.what());
            return;
        }
        deliver(response);
    }
}

void HttpConnection::fail(int status, const QByteArray& code, const QByteArray& message) {
    const nlohmann::json body = {{"error", {{"code", code.toStdString()}, {"message", message.toStdString()}}}};
    HttpResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    r.closeAfter = true;
    keepAlive_ = false;
    drain_ = true;
    deliver(r);
}

void HttpConnection::deliver(const HttpResponse& response) {
    busy_ = true;
    timer_->stop(); // the clocks are for the client's side; our own latency and trickling are not timed out
    if (response.closeAfter)
        keepAlive_ = false;
    auto go = [this, response]() {
        if (response.delivery == HttpResponse::Delivery::Drop) {
            // The fault the client must survive: no status line at all, the socket simply goes away.
            closeNow();
            return;
        }
        if (response.slowChunkBytes > 0) {
            writeHead(response);
            slowResponse_ = response;
            slowBody_ = response.body;
            slowPos_ = 0;
            trickle();
            return;
        }
        writeHead(response);
        socket_->write(response.body);
        finishResponse();
    };
    if (response.latencyMs > 0)
        QTimer::singleShot(response.latencyMs, this, go);
    else
        go();
}

void HttpConnection::writeHead(const HttpResponse& r) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + HttpResponse::reason(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    for (const auto& [name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    head += keepAlive_ ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    socket_->write(head);
}

void HttpConnection::trickle() {
    if (closing_ || socket_->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray piece = slowBody_.mid(slowPos_, slowResponse_.slowChunkBytes);
    socket_->write(piece);
    socket_->flush();
    slowPos_ += piece.size();
    if (slowPos_ >= slowBody_.size()) {
        finishResponse();
        return;
    }
    QTimer::singleShot(slowResponse_.slowIntervalMs, this, &HttpConnection::trickle);
}

void HttpConnection::finishResponse() {
    busy_ = false;
    if (!keepAlive_) {
        closing_ = true;
        if (drain_) {
            // The client may still be sending the refused body; closing with unread bytes would make the kernel
            // reset the connection and the client might never see the 413. Drain briefly, then close.
            socket_->flush();
            QTimer::singleShot(1500, this, [this]() { socket_->disconnectFromHost(); });
            return;
        }
        socket_->disconnectFromHost(); // flushes what was written, then closes
        return;
    }
    if (!buffer_.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
    armTimer();
}

void HttpConnection::closeNow() {
    closing_ = true;
    busy_ = false;
    socket_->abort();
    deleteLater();
}

} // namespace tsumugi::sim
