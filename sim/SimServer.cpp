#include "sim/SimServer.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

// The demo seed is compiled into the static library; a static library's resources must be initialised by name,
// from the global namespace.
static void initSimResources() {
    Q_INIT_RESOURCE(sim);
}

namespace tsumugi::sim {

namespace {

QByteArray readFile(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

SimServer::SimServer(Options options, QObject* parent)
    : QObject(parent)
    , options_(std::move(options)) {}

SimServer::~SimServer() = default;

bool SimServer::start(QString* error) {
    initSimResources();
    if (!seed_.load(options_.seedPath.isEmpty() ? builtInSeed() : options_.seedPath, error))
        return false;
    if (!options_.clockFile.isEmpty())
        clock_.setClockFile(options_.clockFile);
    if (!options_.clockStart.isEmpty()) {
        const auto t = Clock::parse(options_.clockStart);
        if (!t) {
            *error = QStringLiteral("--clock needs an ISO-8601 date-time");
            return false;
        }
        clock_.set(*t);
    }
    faults_.setEnabled(options_.faults);
    for (const QString& spec : options_.faultSpecs)
        if (!faults_.addSpec(spec, error))
            return false;
    store_ = std::make_unique<Store>(options_.dbPath);
    if (!store_->open(error))
        return false;
    SimService::Settings settings;
    settings.requireClientCert = options_.requireClientCert;
    settings.testControl = options_.testControl;
    settings.clinsVersion = options_.clinsVersion;
    service_ = std::make_unique<SimService>(settings, seed_, *store_, clock_, faults_);
    http_ = std::make_unique<HttpServer>([this](const HttpRequest& r) { return service_->handle(r); });
    http_->setMaxBodyBytes(options_.maxBodyBytes);
    if (!options_.certDir.isEmpty()) {
        const QDir dir(options_.certDir);
        const QByteArray certPem = readFile(dir.filePath(QStringLiteral("server.pem")), error);
        const QByteArray keyPem = readFile(dir.filePath(QStringLiteral("server.key")), error);
        const QByteArray caPem = readFile(dir.filePath(QStringLiteral("ca.pem")), error);
        if (certPem.isEmpty() || keyPem.isEmpty() || caPem.isEmpty())
            return false;
        QSslKey key(keyPem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem);
        const QList<QSslCertificate> cas = QSslCertificate::fromData(caPem);
        if (key.isNull() || chain.isEmpty() || cas.isEmpty()) {
            *error = QStringLiteral("%1 must hold server.pem, server.key and ca.pem in PEM").arg(options_.certDir);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setCaCertificates(cas);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        // Required: the handshake itself fails without a certificate from our CA. Otherwise none is asked for.
        tls.setPeerVerifyMode(options_.requireClientCert ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        http_->setTls(tls);
    }
    // Loopback only: the stand-in must never be reachable from the network.
    if (!http_->listen(QHostAddress::LocalHost, options_.port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(options_.port).arg(http_->errorString());
        return false;
    }
    if (!options_.portFile.isEmpty()) {
        QFile f(options_.portFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1").arg(options_.portFile);
            return false;
        }
        f.write(QByteArray::number(port()) + '\n');
    }
    return true;
}

quint16 SimServer::port() const {
    return http_ ? http_->serverPort() : 0;
}

QString SimServer::url() const {
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(http_ && http_->tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

} // namespace tsumugi::sim
