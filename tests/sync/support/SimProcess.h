#pragma once

// A real tsumugi-sim executable (TSUMUGI_SIM_BINARY) on 127.0.0.1 for sync tests: its own temporary folder
// with generated certificates (HTTPS by default) and its own SQLite file. The port comes from the first
// stdout line ("listening on SCHEME://127.0.0.1:PORT"). Stopped with SIGTERM (clean exit) when destroyed.

#include "sync/transport/HttpClient.h"
#include "sync/transport/TransportSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <memory>

namespace tsumugi::test {

class SimProcess {
public:
    struct Options {
        bool https = true;
        bool faults = false;
        bool requireClientCert = false;
        QStringList extra;
    };

    static bool available() { return QFile::exists(QStringLiteral(TSUMUGI_SIM_BINARY)); }

    // Generates certificates (https) and starts the server; false with *error set when it does not come up.
    bool start(const Options& options, QString* error) {
        m_options = options;
        if (options.https && !QFile::exists(pki() + QStringLiteral("/ca.pem"))) {
            QProcess certs;
            certs.start(QStringLiteral(TSUMUGI_SIM_BINARY), {QStringLiteral("certs"), QStringLiteral("--out"), pki()});
            if (!certs.waitForFinished(30000) || certs.exitCode() != 0) {
                *error = QStringLiteral("tsumugi-sim certs failed: ") + QString::fromUtf8(certs.readAllStandardError());
                return false;
            }
        }
        return launch(error);
    }

    // Same database and port choice again (a restart keeps everything the server committed).
    bool restart(QString* error) {
        stop();
        return launch(error);
    }

    void stop() {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    ~SimProcess() { stop(); }

    QString baseUrl() const { return m_baseUrl; }
    QString pki() const { return m_dir.filePath(QStringLiteral("pki")); }
    QString caFile() const { return pki() + QStringLiteral("/ca.pem"); }
    QString dbFile() const { return m_dir.filePath(QStringLiteral("sim.sqlite")); }

    // Transport settings that trust this server (and present the client certificate when it asks for one).
    sync::TransportSettings settings() const {
        sync::TransportSettings s;
        s.baseUrl = m_baseUrl;
        if (m_options.https) {
            s.caFile = caFile();
            if (m_options.requireClientCert) {
                s.clientCertFile = pki() + QStringLiteral("/client.pem");
                s.clientKeyFile = pki() + QStringLiteral("/client.key");
            }
        }
        return s;
    }

    // GET /_sim/dump (with events) as a QJsonObject; empty on failure.
    QJsonObject dump() const {
        sync::HttpClient client(settings());
        const auto r = client.get(QStringLiteral("/_sim/dump?events=true"));
        return r.isSuccess() ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
    }

    // POST /_sim/faults (needs Options::faults); DELETE clears them.
    bool setFaults(const QByteArray& json) const {
        sync::HttpClient client(settings());
        return client.post(QStringLiteral("/_sim/faults"), json, "application/json").isSuccess();
    }
    bool clearFaults() const {
        sync::HttpClient client(settings());
        return client.request("DELETE", QStringLiteral("/_sim/faults")).isSuccess();
    }

private:
    bool launch(QString* error) {
        QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), dbFile()};
        if (m_port > 0) {
            args << QStringLiteral("--port") << QString::number(m_port);
        }
        if (m_options.https) {
            args << QStringLiteral("--certs") << pki();
        } else {
            args << QStringLiteral("--http");
        }
        if (m_options.requireClientCert) {
            args << QStringLiteral("--require-client-cert");
        }
        if (m_options.faults) {
            args << QStringLiteral("--faults");
        }
        args << m_options.extra;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(TSUMUGI_SIM_BINARY), args);
        QByteArray line;
        while (!line.contains('\n') && m_process->waitForReadyRead(15000)) {
            line += m_process->readAllStandardOutput();
        }
        static const QRegularExpression re(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:(\\d+))"));
        const auto m = re.match(QString::fromUtf8(line));
        if (!m.hasMatch()) {
            *error = QStringLiteral("tsumugi-sim did not start: ") + QString::fromUtf8(line) +
                     QString::fromUtf8(m_process->readAllStandardError());
            stop();
            return false;
        }
        m_baseUrl = m.captured(1);
        m_port = m.captured(2).toInt();
        return true;
    }

    QTemporaryDir m_dir;
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    int m_port = 0;
};

} // namespace tsumugi::test
