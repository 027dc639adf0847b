#include "core/i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tsumugi {

QStringList TranslationLoader::available() {
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString TranslationLoader::resolve(const QString& language) {
    if (available().contains(language)) {
        return language;
    }
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString TranslationLoader::install(QCoreApplication& app, const QString& language) {
    const QString lang = resolve(language);
    // Owned by the application object, so they live exactly as long as the texts they translate.
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/tsumugi_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(own);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(QLocale(lang == QStringLiteral("ja") ? QLocale::Japanese : QLocale::English,
                                lang == QStringLiteral("ja") ? QLocale::Japan : QLocale::UnitedStates));
    return lang;
}

} // namespace tsumugi
