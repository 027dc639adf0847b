#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Settings that belong to the clinic's record (not to one workstation): auto-lock time, UI language, …
class ClinicSettings {
    Q_DECLARE_TR_FUNCTIONS(ClinicSettings)
public:
    static constexpr int DefaultAutoLockMinutes = 10;

    explicit ClinicSettings(ClinicRecord& record);

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // The national services (or tsumugi-sim): where to send and how to trust and identify ourselves.
    // Empty = not configured. Setters check the value (URL shape, readable files) before storing.
    static constexpr int DefaultConnectTimeoutMs = 5000;
    static constexpr int DefaultRequestTimeoutMs = 30000;
    QString serverUrl() const;
    void setServerUrl(const QString& url);
    QString caFile() const;
    void setCaFile(const QString& path);
    QString clientCertFile() const;
    void setClientCertFile(const QString& path);
    QString clientKeyFile() const;
    void setClientKeyFile(const QString& path);
    int connectTimeoutMs() const;
    void setConnectTimeoutMs(int ms);
    int requestTimeoutMs() const;
    void setRequestTimeoutMs(int ms);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
