#include "sync/services/MailboxClient.h"

#include <nlohmann/json.hpp>

namespace tsumugi::sync {

using nlohmann::json;

namespace {
QString str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
QDateTime time(const json& j, const char* key) {
    return QDateTime::fromString(str(j, key), Qt::ISODate).toUTC();
}
} // namespace

MailboxClient::MailboxClient(HttpClient& http, const QString& institution)
    : m_http(http)
    , m_institution(institution) {}

QString MailboxClient::base() const {
    return QStringLiteral("/mailbox/%1/referrals").arg(m_institution);
}

QString MailboxClient::failure(const HttpResponse& res) const {
    if (!m_http.settings().problem().isEmpty()) {
        return m_http.settings().problem();
    }
    if (!res.answered()) {
        return tr("The sharing service could not be reached (%1). Try again when the network is back.")
            .arg(res.error.isEmpty() ? tr("no answer") : res.error);
    }
    if (res.status == 403) {
        return tr("The sharing service refused access to the mailbox of %1 (the client certificate belongs to "
                  "another institution).")
            .arg(m_institution);
    }
    if (res.status == 400) {
        return tr("The sharing service says %1 is not a valid institution number (医療機関番号).").arg(m_institution);
    }
    return tr("The sharing service answered HTTP %1.").arg(res.status);
}

MailboxClient::Listing MailboxClient::list() {
    Listing l;
    if (!m_http.settings().problem().isEmpty()) {
        l.message = m_http.settings().problem();
        return l;
    }
    const HttpResponse res = m_http.get(base());
    if (res.status != 200) {
        l.message = failure(res);
        return l;
    }
    const json body = json::parse(res.body.toStdString(), nullptr, false);
    if (!body.is_object() || !body.contains("referrals") || !body["referrals"].is_array()) {
        l.message = tr("The mailbox answer could not be read.");
        return l;
    }
    for (const json& r : body["referrals"]) {
        Entry e;
        e.bundleIdentifier = str(r, "bundleIdentifier");
        e.sender = str(r, "sender");
        e.memberId = str(r, "memberId");
        e.sha256 = str(r, "sha256");
        e.deliveredAt = time(r, "deliveredAt");
        e.receivedAt = time(r, "receivedAt");
        e.status = str(r, "status");
        l.entries.append(e);
    }
    l.ok = true;
    return l;
}

MailboxClient::Document MailboxClient::download(const QString& bundleIdentifier) {
    Document d;
    const HttpResponse res = m_http.get(base() + QLatin1Char('/') + HttpClient::encodePathSegment(bundleIdentifier));
    if (res.status == 200) {
        d.ok = true;
        d.body = res.body;
        return d;
    }
    d.gone = res.status == 404;
    d.message = d.gone ? tr("The letter %1 is no longer in the mailbox (deleted or expired).").arg(bundleIdentifier)
                       : failure(res);
    return d;
}

MailboxClient::Receipt MailboxClient::acknowledge(const QString& bundleIdentifier) {
    Receipt r;
    const HttpResponse res = m_http.post(base() + QLatin1Char('/') + HttpClient::encodePathSegment(bundleIdentifier) +
                                             QStringLiteral("/receipt"),
                                         {}, "application/json");
    if (res.status == 200) {
        const json body = json::parse(res.body.toStdString(), nullptr, false);
        r.ok = true;
        r.receivedAt = body.is_object() ? time(body, "receivedAt") : QDateTime();
        return r;
    }
    r.message = failure(res);
    return r;
}

} // namespace tsumugi::sync
