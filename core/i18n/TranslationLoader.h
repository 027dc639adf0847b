#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tsumugi {

// Installs the UI language. Japanese is the default on a Japanese system; "ja" or "en" choose explicitly.
// The catalogues are compiled into the executables (resource :/i18n).
class TranslationLoader {
public:
    static QStringList available();
    // Empty or "system": Japanese when the system locale is Japanese, else English. Returns the language used.
    static QString install(QCoreApplication& app, const QString& language);
    static QString resolve(const QString& language);
};

} // namespace tsumugi
