#include "AdminCli.h"

#include "core/i18n/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tsumugi"));
    QCoreApplication::setApplicationName(QStringLiteral("tsumugictl"));
    // Messages follow TSUMUGI_LANG (ja|en), else the system locale.
    tsumugi::TranslationLoader::install(app, qEnvironmentVariable("TSUMUGI_LANG"));
    return tsumugi::cli::AdminCli().run(app.arguments().mid(1));
}
