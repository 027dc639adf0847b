// The record's way back, as the administrator meets it: the recovery sheet shown after setup (its key in text and
// as a QR code that a scanner reads back from the printed PDF, Continue only after "kept safe"), and the sign-in
// window offering the previous key file when the current one is damaged. Writes screenshots/recovery_sheet_ja.png,
// recovery_sheet_page_ja.png and login_restore_keys_ja.png.
#include "UiTestSupport.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/i18n/TranslationLoader.h"
#include "core/security/KeySlotFile.h"
#include "core/security/RecoveryKey.h"
#include "ui/DesktopLauncher.h"
#include "ui/LoginWindow.h"
#include "ui/RecoverySheetDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

namespace {
QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TestRecoverySheet : public QObject {
    Q_OBJECT

    ManualClock m_clock{fixedNow()};
    QString m_shots;

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_shots));
    }

    void theSheetShowsTheKeyOnceAndItsQrCodeReadsBack() {
        QTemporaryDir dir;
        ClinicRecord::NewRecord setup = newRecordSetup();
        setup.recoveryKey = true;
        auto record = ClinicRecord::create(dir.filePath(QStringLiteral("record.tsumugi")), setup, m_clock);
        const QString key = record->takeNewRecoveryKey();
        QVERIFY(RecoveryKey::normalise(key).has_value());
        QVERIFY(record->takeNewRecoveryKey().isEmpty()); // shown once

        RecoverySheetDialog dialog(
            {key, record->clinic().name, record->clinic().institutionNumber, record->path(), m_clock.now()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(findWidget<QLabel>(&dialog, "recoveryKeyLabel")->text(), key);
        auto* done = findWidget<QPushButton>(&dialog, "recoveryDoneButton");
        QVERIFY(!done->isEnabled());

        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(dialog.savePdfTo(pdf));
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(findWidget<QLabel>(&dialog, "recoveryStatusLabel")->text().contains(pdf));
        findWidget<QCheckBox>(&dialog, "recoveryKeptCheck")->click();
        QVERIFY(done->isEnabled());
        QVERIFY(dialog.grab().save(m_shots + QStringLiteral("recovery_sheet_ja.png")));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE(
                "pdftoppm (poppler-utils) and zbarimg (zbar-tools): scripts/setup installs them.");
        }
        const QString page = dir.filePath(QStringLiteral("page"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                                         QStringLiteral("-singlefile"), pdf, page});
        QVERIFY(QFile::exists(page + QStringLiteral(".png")));
        QFile::remove(m_shots + QStringLiteral("recovery_sheet_page_ja.png"));
        QVERIFY(QFile::copy(page + QStringLiteral(".png"), m_shots + QStringLiteral("recovery_sheet_page_ja.png")));
        // What a phone or a scanner reads from the printed sheet is the key itself.
        const QString scanned = run(QStringLiteral("zbarimg"),
                                    {QStringLiteral("--raw"), QStringLiteral("-q"), page + QStringLiteral(".png")});
        QCOMPARE(scanned, key);
        // And the key on the sheet recovers the record when its key file is gone.
        record.reset();
        QFile::remove(KeySlotFile::pathFor(dir.filePath(QStringLiteral("record.tsumugi"))));
        auto recovered = ClinicRecord::recover(dir.filePath(QStringLiteral("record.tsumugi")), scanned, AdminName,
                                               QStringLiteral("a new password 2"), m_clock);
        QCOMPARE(recovered->currentUser().name, AdminName);
    }

    void theSignInWindowOffersThePreviousKeyFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.tsumugi"));
        {
            auto record = createRecord(path, m_clock);
            record->users().add(QStringLiteral("clerk1"), QStringLiteral("受付 一"), Role::Clerk,
                                QStringLiteral("clerk password"));
        }
        QFile keys(KeySlotFile::pathFor(path));
        QVERIFY(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keys.write("damaged");
        keys.close();

        LoginWindow window(path, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* user = findWidget<QLineEdit>(&window, "loginUserEdit");
        auto* password = findWidget<QLineEdit>(&window, "loginPasswordEdit");
        auto* restore = findWidget<QPushButton>(&window, "loginRestoreKeysButton");
        QCOMPARE(user->maxLength(), UserDirectory::MaximumLoginNameLength);
        QCOMPARE(password->maxLength(), UserDirectory::MaximumPasswordLength);
        QVERIFY(restore->isHidden());
        user->setText(AdminName);
        password->setText(AdminPassword);
        QTest::mouseClick(findWidget<QPushButton>(&window, "loginButton"), Qt::LeftButton);
        QVERIFY(!window.takeRecord());
        QVERIFY(restore->isVisible());
        QVERIFY(window.grab().save(m_shots + QStringLiteral("login_restore_keys_ja.png")));

        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(restore->isHidden());
        password->setText(AdminPassword);
        QTest::mouseClick(findWidget<QPushButton>(&window, "loginButton"), Qt::LeftButton);
        auto record = window.takeRecord();
        QVERIFY(record);
        QCOMPARE(record->currentUser().name, AdminName);
    }
};

TSUMUGI_TEST_CLASS(TestRecoverySheet)
#include "TestRecoverySheet.moc"
