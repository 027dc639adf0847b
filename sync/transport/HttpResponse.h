#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tsumugi::sync {

// What came back from one request: either an HTTP answer (status > 0) or no answer at all.
// "No answer" means the request may or may not have reached the server and been committed there: the
// caller must resend the very same bytes (the services are idempotent by Bundle.identifier).
struct HttpResponse {
    int status = 0;                               // 0 = no HTTP answer
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in order
    QByteArray body;
    bool networkFailure = false; // connection refused/reset/dropped, TLS failure, timeout
    bool timedOut = false;
    bool aborted = false; // stopped by the caller's abort flag
    QString error;        // libcurl's explanation when networkFailure

    bool answered() const { return status > 0 && !networkFailure; }
    bool isSuccess() const { return answered() && status >= 200 && status < 300; }
    // First header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray& name) const {
        const QByteArray wanted = name.toLower();
        for (const auto& h : headers) {
            if (h.first == wanted) {
                return h.second;
            }
        }
        return {};
    }
};

} // namespace tsumugi::sync
