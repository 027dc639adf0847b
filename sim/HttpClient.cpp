#include "sim/HttpClient.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace tsumugi::sim {

HttpClient::HttpClient(QString host, quint16 port)
    : host_(std::move(host))
    , port_(port) {}

HttpClient::HttpClient(QString host, quint16 port, Tls tls)
    : host_(std::move(host))
    , port_(port)
    , useTls_(true)
    , tls_(std::move(tls)) {}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::encodePath(const QString& s) {
    return QUrl::toPercentEncoding(s);
}

void HttpClient::disconnect() {
    if (socket_) {
        socket_->abort();
        socket_.reset();
    }
}

bool HttpClient::ensureConnected() {
    if (socket_ && socket_->state() == QAbstractSocket::ConnectedState && socket_->bytesAvailable() == 0)
        return true;
    disconnect();
    socket_ = std::make_unique<QSslSocket>();
    if (useTls_) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(tls_.ca);
        if (!tls_.clientCert.isNull()) {
            conf.setLocalCertificate(tls_.clientCert);
            conf.setPrivateKey(tls_.clientKey);
        }
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket_->setSslConfiguration(conf);
        socket_->connectToHostEncrypted(host_, port_);
        if (!socket_->waitForEncrypted(timeoutMs_)) {
            connectError_ = socket_->errorString();
            disconnect();
            return false;
        }
    } else {
        socket_->connectToHost(host_, port_);
        if (!socket_->waitForConnected(timeoutMs_)) {
            connectError_ = socket_->errorString();
            disconnect();
            return false;
        }
    }
    return true;
}

HttpClient::Result HttpClient::request(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                                       const QByteArray& contentType, const QMap<QByteArray, QByteArray>& headers) {
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: " + host_.toLatin1() + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (auto it = headers.begin(); it != headers.end(); ++it)
        head += it.key() + ": " + it.value() + "\r\n";
    return raw(head + "\r\n" + body);
}

HttpClient::Result HttpClient::raw(const QByteArray& bytes) {
    QElapsedTimer timer;
    timer.start();
    Result r;
    if (!ensureConnected()) {
        r.error = QStringLiteral("connect failed: ") + connectError_;
        return r;
    }
    socket_->write(bytes);
    // Do not wait for bytesWritten: a server may refuse and close before reading everything (413).
    socket_->flush();
    r = readResponse();
    r.elapsedMs = timer.elapsed();
    if (!r.ok || r.headers.value("connection").toLower() == "close")
        disconnect();
    return r;
}

HttpClient::Result HttpClient::readResponse() {
    Result r;
    QByteArray buf;
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    qint64 length = -1;
    for (;;) {
        if (headEnd < 0) {
            headEnd = buf.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = buf.left(headEnd).split('\n');
                const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
                r.status = status.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype c = lines[i].indexOf(':');
                    if (c > 0)
                        r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
                }
                length = r.headers.value("content-length", "0").toLongLong();
            }
        }
        if (headEnd >= 0 && buf.size() - headEnd - 4 >= length) {
            r.body = buf.mid(headEnd + 4, length);
            r.ok = true;
            return r;
        }
        const qint64 left = timeoutMs_ - timer.elapsed();
        if (left <= 0) {
            r.error = QStringLiteral("timeout");
            return r;
        }
        if (socket_->bytesAvailable() == 0 && !socket_->waitForReadyRead(static_cast<int>(left))) {
            if (socket_->bytesAvailable() == 0) {
                if (socket_->state() != QAbstractSocket::ConnectedState ||
                    socket_->error() == QAbstractSocket::RemoteHostClosedError) {
                    r.closedWithoutResponse = buf.isEmpty();
                    r.error = QStringLiteral("connection closed: ") + socket_->errorString();
                } else {
                    r.error = QStringLiteral("timeout");
                }
                return r;
            }
        }
        buf += socket_->readAll();
    }
}

} // namespace tsumugi::sim
