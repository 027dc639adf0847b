#include "sync/transport/TransportSettings.h"

#include "core/settings/ClinicSettings.h"

#include <QFileInfo>
#include <QUrl>

namespace tsumugi::sync {

QString TransportSettings::problem() const {
    if (baseUrl.isEmpty()) {
        return tr("No server is configured. Set it with: tsumugictl config set server-url https://HOST:PORT");
    }
    const QUrl url(baseUrl);
    if (!url.isValid() || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http")) ||
        url.host().isEmpty()) {
        return tr("The server address '%1' is not an http(s) URL.").arg(baseUrl);
    }
    for (const QString& f : {caFile, clientCertFile, clientKeyFile}) {
        if (!f.isEmpty() && !QFileInfo(f).isReadable()) {
            return tr("The file %1 cannot be read.").arg(f);
        }
    }
    if (clientCertFile.isEmpty() != clientKeyFile.isEmpty()) {
        return tr("A client certificate needs both the certificate and its key file.");
    }
    return {};
}

TransportSettings TransportSettings::fromClinicSettings(const ClinicSettings& settings) {
    TransportSettings t;
    t.baseUrl = settings.serverUrl();
    t.caFile = settings.caFile();
    t.clientCertFile = settings.clientCertFile();
    t.clientKeyFile = settings.clientKeyFile();
    t.connectTimeoutMs = settings.connectTimeoutMs();
    t.totalTimeoutMs = settings.requestTimeoutMs();
    return t;
}

} // namespace tsumugi::sync
