#pragma once

#include <QCoreApplication>
#include <QString>

namespace tsumugi {
class ClinicSettings;
}

namespace tsumugi::sync {

// Where and how the client talks to the national services (or tsumugi-sim): read from the clinic settings.
struct TransportSettings {
    Q_DECLARE_TR_FUNCTIONS(TransportSettings)
public:
    QString baseUrl;        // https://host:port (no trailing slash needed)
    QString caFile;         // PEM bundle that signs the server; empty = the system's trust store
    QString clientCertFile; // PEM client certificate (optional; the service identifies the clinic by it)
    QString clientKeyFile;  // its private key (PEM)
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 30000;

    bool isConfigured() const { return !baseUrl.isEmpty(); }
    // Empty when usable, else a translated sentence naming what is missing or wrong.
    QString problem() const;

    static TransportSettings fromClinicSettings(const ClinicSettings& settings);
};

} // namespace tsumugi::sync
