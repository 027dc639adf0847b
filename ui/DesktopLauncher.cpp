#include "ui/DesktopLauncher.h"

#include "core/i18n/TranslationLoader.h"
#include "core/record/ClinicRecord.h"
#include "core/util/SystemClock.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/RecoverySheetDialog.h"
#include "ui/SetupWizard.h"
#include "ui/WorkstationSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>

namespace tsumugi::ui {

void DesktopLauncher::applyClinicFont(QApplication& app) {
    const QString family = QStringLiteral("Noto Sans CJK JP");
    QFont font = app.font();
    if (QFontDatabase::families().contains(family)) {
        font.setFamily(family);
    }
    font.setPointSizeF(std::max(font.pointSizeF(), 10.5));
    app.setFont(font);
}

int DesktopLauncher::run(QApplication& app) {
    QCoreApplication::setOrganizationName(QStringLiteral("Tsumugi"));
    QCoreApplication::setApplicationName(QStringLiteral("Tsumugi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUMUGI_VERSION_STRING));

    // The language is a setting of this computer; it is read before any text is shown.
    TranslationLoader::install(app, WorkstationSettings::language());
    applyClinicFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tsumugi — electronic medical record for small clinics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        tr("Open the clinic record at <path> (a file, or a postgresql:// URL of the clinic server) "
           "instead of the default one."),
        tr("path"));
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(QStringList{QStringLiteral("demo")},
                                        tr("On first start, offer demo patients ticked (for trying Tsumugi out)."));
    parser.addOption(demoOption);
    parser.process(app);

    const QString given = parser.value(dbOption);
    const QString path = !parser.isSet(dbOption)         ? WorkstationSettings::recordLocation()
                         : ClinicRecord::isServer(given) ? given
                                                         : QFileInfo(given).absoluteFilePath();
    const Clock& clock = SystemClock::instance();

    std::unique_ptr<ClinicRecord> record;
    if (ClinicRecord::isServer(path) && !ClinicRecord::exists(path)) {
        // A record on the clinic server is made on the server (tsumugictl server init), never from a desk.
        QMessageBox::critical(nullptr, tr("Tsumugi"),
                              tr("The clinic server holds no Tsumugi record at this address. An administrator "
                                 "sets it up with tsumugictl server init."));
        return 1;
    }
    if (!ClinicRecord::exists(path)) {
        SetupWizard wizard(path, clock, WorkstationSettings::serverFolder());
        wizard.offerDemoDataByDefault(parser.isSet(demoOption));
        if (wizard.exec() != QDialog::Accepted) {
            return 0;
        }
        record = wizard.takeRecord();
        if (record) {
            // The key is never shown again: the administrator keeps the sheet before working.
            const QString recoveryKey = record->takeNewRecoveryKey();
            if (!recoveryKey.isEmpty()) {
                const ClinicInfo clinic = record->clinic();
                RecoverySheetDialog sheet(
                    {recoveryKey, clinic.name, clinic.institutionNumber, record->location(), clock.now()});
                sheet.exec();
            }
        }
    } else {
        LoginWindow login(path, clock);
        if (login.exec() != QDialog::Accepted) {
            return 0;
        }
        record = login.takeRecord();
    }
    if (!record) {
        return 1;
    }
    MainWindow window(std::move(record));
    window.show();
    window.startSync();           // the outbox is sent in the background (own thread) while the desk works
    window.startIntegrityCheck(); // at most once a day, on its own connection
    return app.exec();
}

} // namespace tsumugi::ui
