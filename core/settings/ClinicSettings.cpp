#include "core/settings/ClinicSettings.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/SqliteConnection.h"
#include "core/db/SqliteStatement.h"
#include "core/util/Clock.h"
#include "core/db/SqliteTransaction.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi {

namespace {
const QString AutoLockKey = QStringLiteral("auto_lock_minutes");
}

ClinicSettings::ClinicSettings(ClinicRecord& record)
    : m_record(record) {}

std::optional<QString> ClinicSettings::value(const QString& key) const {
    SqliteStatement st(m_record.db(), "SELECT value FROM settings WHERE key = ?;");
    st.bind(1, key);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.text(0);
}

void ClinicSettings::setValue(const QString& key, const QString& value) {
    m_record.require(Permission::ManageClinic);
    auto& db = m_record.db();
    SqliteTransaction tx(db);
    SqliteStatement st(db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
    st.bind(1, key).bind(2, value).run();
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

} // namespace tsumugi
