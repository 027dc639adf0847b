#pragma once

#include "sync/transport/HttpResponse.h"
#include "sync/transport/TransportSettings.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>

namespace tsumugi::sync {

// A small blocking HTTP(S) client over one libcurl easy handle, reused so requests share a keep-alive
// connection. TLS peer and host verification are always on for https. Not thread-safe: one client per
// thread (the outbox worker owns its own). Never throws for network trouble: that is a response too.
class HttpClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(TransportSettings settings);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    const TransportSettings& settings() const { return m_settings; }

    // method: GET, POST, PUT, DELETE…; path is appended to the base URL (already percent-encoded).
    // A POST always carries Content-Length (0 for an empty body), never chunked.
    HttpResponse request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const QByteArray& contentType = {}, const Headers& headers = {});
    HttpResponse get(const QString& path, const Headers& headers = {}) { return request("GET", path, {}, {}, headers); }
    HttpResponse post(const QString& path, const QByteArray& body, const QByteArray& contentType,
                      const Headers& headers = {}) {
        return request("POST", path, body, contentType, headers);
    }

    // While *flag is true any running request stops at once (answered as aborted, no answer). For shutdown.
    void setAbortFlag(const std::atomic_bool* flag) { m_abort = flag; }
    // TCP connections opened so far (keep-alive keeps this at 1 for a healthy server).
    int connectionsOpened() const { return m_connections; }

    // "1318814790^2024^P1-Condition" → "1318814790%5E2024%5EP1-Condition" for use in a path.
    static QString encodePathSegment(const QString& segment);

private:
    static int progress(void* self, long long, long long, long long, long long);

    TransportSettings m_settings;
    void* m_curl = nullptr; // CURL*, kept opaque so users of this header need no curl include
    const std::atomic_bool* m_abort = nullptr;
    int m_connections = 0;
};

} // namespace tsumugi::sync
