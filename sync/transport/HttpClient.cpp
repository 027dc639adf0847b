#include "sync/transport/HttpClient.h"

#include <QUrl>
#include <curl/curl.h>

#include <mutex>
#include <string>

namespace tsumugi::sync {

namespace {

// curl_global_init is not thread-safe and must run once per process, before any handle exists.
void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Exchange {
    HttpResponse* response;
};

size_t writeBody(char* data, size_t size, size_t count, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    ex->response->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t writeHeader(char* data, size_t size, size_t count, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after a 100 Continue, say): only the final answer's headers count.
        ex->response->headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        ex->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

std::string utf8(const QString& s) {
    return s.toStdString();
}

} // namespace

HttpClient::HttpClient(TransportSettings settings)
    : m_settings(std::move(settings)) {
    initCurlOnce();
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient() {
    if (m_curl) {
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
    }
}

int HttpClient::progress(void* self, long long, long long, long long, long long) {
    const auto* client = static_cast<HttpClient*>(self);
    return client->m_abort && client->m_abort->load() ? 1 : 0;
}

QString HttpClient::encodePathSegment(const QString& segment) {
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

HttpResponse HttpClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                 const QByteArray& contentType, const Headers& headers) {
    HttpResponse response;
    auto* curl = static_cast<CURL*>(m_curl);
    if (!curl) {
        response.networkFailure = true;
        response.error = QStringLiteral("libcurl could not be initialised");
        return response;
    }
    if (m_abort && m_abort->load()) {
        response.networkFailure = true;
        response.aborted = true;
        response.error = QStringLiteral("aborted");
        return response;
    }
    // Reset forgets the previous request's options but keeps the connection cache (keep-alive) and TLS sessions.
    curl_easy_reset(curl);

    QString base = m_settings.baseUrl;
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    const std::string url = utf8(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    const std::string ca = utf8(m_settings.caFile);
    const std::string cert = utf8(m_settings.clientCertFile);
    const std::string key = utf8(m_settings.clientKeyFile);
    char errorBuffer[CURL_ERROR_SIZE] = {0};
    Exchange exchange{&response};

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // timeouts without SIGALRM: safe in worker threads
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!ca.empty()) {
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.c_str());
    }
    if (!cert.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLCERT, cert.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!key.empty()) {
        curl_easy_setopt(curl, CURLOPT_SSLKEY, key.c_str());
        curl_easy_setopt(curl, CURLOPT_SSLKEYTYPE, "PEM");
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_settings.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &HttpClient::progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);

    const QByteArray upper = method.toUpper();
    const bool sendsBody = upper != "GET" && upper != "HEAD";
    if (upper == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (upper == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        if (upper != "POST") {
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, upper.constData());
        }
    }
    if (sendsBody) {
        // POSTFIELDS with an explicit size: a Content-Length header always, never chunked (the services
        // answer 411 to chunked bodies).
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.isEmpty() ? "" : body.constData());
    }

    curl_slist* list = nullptr;
    list = curl_slist_append(list, "Expect:"); // no 100-continue round trip
    if (!contentType.isEmpty()) {
        list = curl_slist_append(list, ("Content-Type: " + contentType).constData());
    } else if (sendsBody) {
        list = curl_slist_append(list, "Content-Type:");
    }
    for (const auto& h : headers) {
        list = curl_slist_append(list, (h.first + ": " + h.second).constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(list);

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    long connects = 0;
    if (curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects) == CURLE_OK) {
        m_connections += int(connects);
    }
    response.status = int(status);
    if (rc != CURLE_OK) {
        // Whatever arrived before the failure is not a complete answer.
        response.networkFailure = true;
        response.timedOut = rc == CURLE_OPERATION_TIMEDOUT;
        response.aborted = rc == CURLE_ABORTED_BY_CALLBACK;
        const QString detail = QString::fromUtf8(errorBuffer);
        response.error =
            QString::fromUtf8(curl_easy_strerror(rc)) + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    }
    return response;
}

} // namespace tsumugi::sync
