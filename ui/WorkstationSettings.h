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
    // The record this desk opens when none is named: the clinic server it joined, else defaultRecordPath().
    static QString recordLocation();
    static void setServerLocation(const QString& location);
    // Where a joined desk keeps the clinic CA's certificate and its own certificate and key (owner-only).
    static QString serverFolder();
};

} // namespace tsumugi::ui
