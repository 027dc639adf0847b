#pragma once

#include <QString>

namespace tsumugi::ui {

// Settings of this computer (not of the clinic record): UI language, where the record lives.
class WorkstationSettings {
public:
    // "system", "ja" or "en".
    static QString language();
    static void setLanguage(const QString& language);
    static QString lastUserName();
    static void setLastUserName(const QString& name);
    // QStandardPaths::AppDataLocation + "/record.tsumugi".
    static QString defaultRecordPath();
};

} // namespace tsumugi::ui
