// A damaged record as the desk meets it: the daily check runs in the background after sign-in, the window says in
// words that the record is read-only and what the administrator does, and the administrator gets a message.
// Writes screenshots/record_damaged_ja.png.
#include "UiTestSupport.h"
#include "support/TestRegistry.h"

#include "core/audit/AuditTrail.h"
#include "core/i18n/TranslationLoader.h"
#include "core/record/RecordCheck.h"
#include "ui/DesktopLauncher.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestRecordState : public QObject {
    Q_OBJECT

    ManualClock m_clock{fixedNow()};

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
    }

    void theDailyCheckFindsDamageAndTheWindowSaysItIsReadOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.tsumugi"));
        {
            auto record = createRecord(path, m_clock);
            for (int i = 0; i < 400; ++i) {
                record->patients().create(patient("山田", "花子", "ヤマダ", "ハナコ", QDate(1950, 1, 1).addDays(i)));
            }
            // The file's last pages are the audit trail's latest rows: the damage goes there, away from what the
            // window reads when it opens (whatever the search tokens' order in their tree).
            for (int i = 0; i < 300; ++i) {
                record->audit().append(AuditTrail::Action::Export, QStringLiteral("test"), QString::number(i),
                                       QStringLiteral("a row of the audit trail's last pages"));
            }
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        constexpr qint64 PageSize = 4096; // SQLCipher 4's
        QVERIFY(f.seek(f.size() - 2 * PageSize + 1000));
        f.write(QByteArray(64, '\x5a'));
        f.close();

        MainWindow window(openAs(path, AdminName, AdminPassword, m_clock));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = findWidget<QLabel>(&window, "recordStateBanner");
        QVERIFY(banner->isHidden());
        QSignalSpy checked(&window, &MainWindow::integrityChecked);
        window.startIntegrityCheck();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("バックアップ")));
        QVERIFY(QFile::exists(RecordCheck::markerPath(path)));
        QCOMPARE(window.record().writeState(), ClinicRecord::WriteState::Damaged);
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("recordDamagedMessage"));
        QVERIFY(box && box->isVisible());
        box->close();
        const QString shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(window.grab().save(shots + QStringLiteral("record_damaged_ja.png")));
        // Checked today: signing in again does not read every page again.
        QVERIFY(!window.record().integrityCheckDue());
    }
};

TSUMUGI_TEST_CLASS(TestRecordState)
#include "TestRecordState.moc"
