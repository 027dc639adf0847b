#include "core/settings/ClinicSettings.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QFileInfo>
#include <QUrl>

namespace tsumugi {

namespace {
const QString AutoLockKey = QStringLiteral("auto_lock_minutes");
const QString ServerUrlKey = QStringLiteral("sync_server_url");
const QString CaFileKey = QStringLiteral("sync_ca_file");
const QString ClientCertKey = QStringLiteral("sync_client_cert");
const QString ClientKeyKey = QStringLiteral("sync_client_key");
const QString ConnectTimeoutKey = QStringLiteral("sync_connect_timeout_ms");
const QString RequestTimeoutKey = QStringLiteral("sync_request_timeout_ms");

// An empty value clears a file setting; a given one must be readable now, so a typo shows at once.
QString checkedFile(const QString& path) {
    const QString p = path.trimmed();
    if (!p.isEmpty() && !QFileInfo(p).isReadable()) {
        throw Error(Error::Kind::Validation, ClinicSettings::tr("The file %1 cannot be read.").arg(p));
    }
    return p.isEmpty() ? QString() : QFileInfo(p).absoluteFilePath();
}
} // namespace

ClinicSettings::ClinicSettings(ClinicRecord& record)
    : m_record(record) {}

std::optional<QString> ClinicSettings::value(const QString& key) const {
    Statement st(m_record.db(), "SELECT value FROM settings WHERE key = ?;");
    st.bind(1, key);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.text(0);
}

void ClinicSettings::setValue(const QString& key, const QString& value) {
    m_record.require(Permission::ManageClinic);
    auto& db = m_record.db();
    Transaction tx(db);
    // SQLCipher 3.4 (SQLite 3.15) has no UPSERT: update, or insert the first value (writers are serialised).
    Statement up(db, "UPDATE settings SET value = ? WHERE key = ?;");
    up.bind(1, value).bind(2, key).run();
    if (db.changes() == 0) {
        Statement ins(db, "INSERT INTO settings (key, value) VALUES (?, ?);");
        ins.bind(1, key).bind(2, value).run();
    }
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("setting"), key, value);
    tx.commit();
}

int ClinicSettings::autoLockMinutes() const {
    bool ok = false;
    const int minutes = value(AutoLockKey).value_or(QString()).toInt(&ok);
    return ok && minutes > 0 ? minutes : DefaultAutoLockMinutes;
}

void ClinicSettings::setAutoLockMinutes(int minutes) {
    if (minutes < 1 || minutes > 120) {
        throw Error(Error::Kind::Validation, tr("The automatic lock time is between 1 and 120 minutes."));
    }
    setValue(AutoLockKey, QString::number(minutes));
}

QString ClinicSettings::serverUrl() const {
    return value(ServerUrlKey).value_or(QString());
}

void ClinicSettings::setServerUrl(const QString& url) {
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/'))) {
        u.chop(1);
    }
    const QUrl parsed(u, QUrl::StrictMode);
    if (!u.isEmpty() && (!parsed.isValid() || parsed.host().isEmpty() ||
                         (parsed.scheme() != QStringLiteral("https") && parsed.scheme() != QStringLiteral("http")))) {
        throw Error(Error::Kind::Validation,
                    tr("The server address must look like https://host:port, not '%1'.").arg(url));
    }
    setValue(ServerUrlKey, u);
}

QString ClinicSettings::caFile() const {
    return value(CaFileKey).value_or(QString());
}

void ClinicSettings::setCaFile(const QString& path) {
    setValue(CaFileKey, checkedFile(path));
}

QString ClinicSettings::clientCertFile() const {
    return value(ClientCertKey).value_or(QString());
}

void ClinicSettings::setClientCertFile(const QString& path) {
    setValue(ClientCertKey, checkedFile(path));
}

QString ClinicSettings::clientKeyFile() const {
    return value(ClientKeyKey).value_or(QString());
}

void ClinicSettings::setClientKeyFile(const QString& path) {
    setValue(ClientKeyKey, checkedFile(path));
}

int ClinicSettings::connectTimeoutMs() const {
    bool ok = false;
    const int ms = value(ConnectTimeoutKey).value_or(QString()).toInt(&ok);
    return ok && ms > 0 ? ms : DefaultConnectTimeoutMs;
}

void ClinicSettings::setConnectTimeoutMs(int ms) {
    if (ms < 100 || ms > 120000) {
        throw Error(Error::Kind::Validation, tr("The connect timeout is between 100 and 120000 milliseconds."));
    }
    setValue(ConnectTimeoutKey, QString::number(ms));
}

int ClinicSettings::requestTimeoutMs() const {
    bool ok = false;
    const int ms = value(RequestTimeoutKey).value_or(QString()).toInt(&ok);
    return ok && ms > 0 ? ms : DefaultRequestTimeoutMs;
}

void ClinicSettings::setRequestTimeoutMs(int ms) {
    if (ms < 500 || ms > 600000) {
        throw Error(Error::Kind::Validation, tr("The request timeout is between 500 and 600000 milliseconds."));
    }
    setValue(RequestTimeoutKey, QString::number(ms));
}

} // namespace tsumugi
