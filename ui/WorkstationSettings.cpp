#include "ui/WorkstationSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace tsumugi::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString LastUserKey = QStringLiteral("login/lastUser");
const QString ServerLocationKey = QStringLiteral("record/serverLocation");
} // namespace

QString WorkstationSettings::language() {
    const QString value = QSettings().value(LanguageKey, QStringLiteral("system")).toString();
    if (value == QStringLiteral("ja") || value == QStringLiteral("en")) {
        return value;
    }
    return QStringLiteral("system");
}

void WorkstationSettings::setLanguage(const QString& language) {
    QSettings().setValue(LanguageKey, language);
}

QString WorkstationSettings::lastUserName() {
    return QSettings().value(LastUserKey).toString();
}

void WorkstationSettings::setLastUserName(const QString& name) {
    QSettings().setValue(LastUserKey, name);
}

QString WorkstationSettings::defaultRecordPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/record.tsumugi");
}

QString WorkstationSettings::recordLocation() {
    const QString server = QSettings().value(ServerLocationKey).toString();
    return server.isEmpty() ? defaultRecordPath() : server;
}

void WorkstationSettings::setServerLocation(const QString& location) {
    QSettings().setValue(ServerLocationKey, location);
}

QString WorkstationSettings::serverFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server");
}

} // namespace tsumugi::ui
