#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace tsumugi::sim {

// One parsed HTTP/1.1 request as the service sees it.
struct HttpRequest {
    QByteArray method;
    QByteArray path;                      // percent-decoded path without the query
    QByteArray query;                     // raw query string
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    // From the TLS client certificate (CN), empty without one: a real network authenticates institutions so.
    QString clientInstitution;
    bool clientCertificate = false;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    QString queryValue(const QString& key) const;
};

// What the service answers, plus how the transport must deliver it (the fault injector's levers).
struct HttpResponse {
    enum class Delivery { Normal, Drop };
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;
    int latencyMs = 0;
    int slowChunkBytes = 0; // >0: trickle the body in chunks of this size
    int slowIntervalMs = 0;
    bool closeAfter = false;

    static QByteArray reason(int status);
};

} // namespace tsumugi::sim
