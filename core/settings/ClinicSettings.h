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

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
