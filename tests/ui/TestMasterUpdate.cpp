// 「マスター更新…」 on a real record: the admin's File menu has it (a clerk's has not), the dialog takes the zips SSK
// publishes with a progress bar and says what changed; a damaged zip is refused whole and named. The lab dialog
// says at entry whether a result will reach the sharing service (a potassium typed by its JLAC10 code: shared; a
// clinic code: not shared, in words). Writes screenshots/master_update_ja.png and screenshots/lab_sharing_ja.png.
#include "UiTestSupport.h"
#include "support/TestRegistry.h"

#include "core/i18n/TranslationLoader.h"
#include "core/masters/MasterCatalog.h"
#include "core/masters/ShippedMasters.h"
#include "ui/DesktopLauncher.h"
#include "ui/LabResultDialog.h"
#include "ui/MainWindow.h"
#include "ui/MasterUpdateDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestMasterUpdate : public QObject {
    Q_OBJECT

    ManualClock m_clock{fixedNow()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QString m_shots;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    void openWindowAs(const QString& user, const QString& password) {
        m_window = std::make_unique<MainWindow>(openAs(m_path, user, password, m_clock));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    MasterUpdateDialog* runUpdate(const QStringList& files, bool expectOk) {
        MasterUpdateDialog* dialog = m_window->openMasterUpdate();
        if (!dialog) {
            return nullptr;
        }
        QSignalSpy done(dialog, &MasterUpdateDialog::finished);
        dialog->start(files);
        // The desk stays usable while it runs: the dialog's buttons wait, the window still paints.
        if (!done.wait(120000)) {
            return nullptr;
        }
        if (done.first().first().toBool() != expectOk) {
            qWarning("%s", qPrintable(dialog->resultText()));
            return nullptr;
        }
        return dialog;
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_shots));
    }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("record.tsumugi"));
        auto admin = createRecordWithStaff(m_path, m_clock);
        admin->patients().create(patient("伊藤", "さくら", "イトウ", "サクラ", QDate(1970, 5, 5)));
    }
    void cleanup() {
        m_window.reset();
        m_dir.reset();
    }

    void theAdminUpdatesAMasterWithAProgressBar() {
        openWindowAs(AdminName, AdminPassword);
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionUpdateMasters"));
        QVERIFY(action);
        QVERIFY(action->isVisible() && action->isEnabled());
        // The modifier master as SSK publishes it (the zip shipped inside Tsumugi, written to a file).
        const QString zip = writeFile(ShippedMasters::archiveName(MasterKind::Modifier),
                                      ShippedMasters::archiveBytes(MasterKind::Modifier));
        MasterUpdateDialog* dialog = runUpdate({zip}, true);
        QVERIFY(dialog);
        auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("masterUpdateProgress"));
        QCOMPARE(progress->value(), progress->maximum());
        const QString result = dialog->findChild<QLabel*>(QStringLiteral("masterUpdateResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("z_20250601.zip")) && result.contains(QStringLiteral("2375")),
                 qPrintable(result));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("masterUpdateCloseButton"))->isEnabled());
        QCOMPARE(m_window->record().masters().count(MasterKind::Modifier), qint64(2375));
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(m_shots + QStringLiteral("master_update_ja.png")));
    }
    void aDamagedZipIsRefusedWhole() {
        openWindowAs(AdminName, AdminPassword);
        const QByteArray zip = ShippedMasters::archiveBytes(MasterKind::Modifier);
        const QString damaged = writeFile(QStringLiteral("z_20260601.zip"), zip.left(zip.size() / 3));
        MasterUpdateDialog* dialog = runUpdate({damaged}, false);
        QVERIFY(dialog);
        const QString result = dialog->findChild<QLabel*>(QStringLiteral("masterUpdateResult"))->text();
        QVERIFY2(result.contains(QStringLiteral("z_20260601.zip")), qPrintable(result));
        for (const auto& s : m_window->record().masters().sources()) {
            QVERIFY2(s.source != QStringLiteral("z_20260601.zip"), "nothing of the damaged file was written");
        }
    }
    void aClerkHasNoMasterUpdate() {
        openWindowAs(ClerkName, ClerkPassword);
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionUpdateMasters"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QVERIFY(!m_window->openMasterUpdate());
    }
    void theLabDialogSaysWhetherAResultIsShared() {
        openWindowAs(DoctorName, DoctorPassword);
        LabResultDialog dialog(m_window->record(), 1, 0, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("labCodeEdit"));
        auto* sharing = dialog.findChild<QLabel*>(QStringLiteral("labSharingLabel"));
        QVERIFY(code && sharing);
        const QString shared = QCoreApplication::translate(
            "tsumugi::ui::LabResultDialog",
            "Shared: this is a JP-CLINS item; it goes to the sharing service with the next send.");
        QTest::keyClicks(code, QStringLiteral("3H015000002326101")); // potassium, typed by its official code
        // Without this clinic's code of the item the service would refuse it (JP-CLINS 1.9): said before saving.
        QCOMPARE(sharing->text(),
                 QCoreApplication::translate(
                     "LabSharing", "Not shared yet: the sharing service asks for this clinic's own code of the item "
                                   "(院内項目コード) beside the JLAC10 code. Add it once and later results of the item "
                                   "take it."));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("labLocalCodeEdit")), QStringLiteral("0002001"));
        QCOMPARE(sharing->text(), shared);
        dialog.findChild<QLineEdit*>(QStringLiteral("labLocalCodeEdit"))->clear();
        code->clear();
        QTest::keyClicks(code, QStringLiteral("RAPIDFLU"));
        const QString local = QCoreApplication::translate(
            "LabSharing",
            "Not shared: a code of this clinic (not JLAC) is kept in the chart and its trends only. The sharing "
            "service takes the core lab items and the infection items by their JLAC10 codes.");
        QCOMPARE(sharing->text(), local);
        QVERIFY(sharing->isVisible());
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(m_shots + QStringLiteral("lab_sharing_ja.png")));
    }
    // HbA1c is one row (not one per method and specimen), and picking it fills its unit and specimen; once the
    // clinic has reported it, its next entry starts from that report's unit, range and specimen.
    void aLabItemIsOneRowWithItsDefaults() {
        openWindowAs(DoctorName, DoctorPassword);
        const auto pickHbA1c = [this](const std::function<void(QDialog*)>& check) {
            LabResultDialog dialog(m_window->record(), 1, 0, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* item = dialog.findChild<QLineEdit*>(QStringLiteral("labItemEdit"));
            item->setFocus();
            QTest::keyClicks(item, QStringLiteral("HbA1c"));
            auto* results = dialog.findChild<QListWidget*>(QStringLiteral("labItemResultList"));
            QTRY_VERIFY(results->count() >= 1);
            int rows = 0;
            for (int i = 0; i < results->count(); ++i) {
                rows += results->item(i)->text().startsWith(QStringLiteral("HbA1c")) ? 1 : 0;
            }
            QCOMPARE(rows, 1);
            results->setCurrentRow(0);
            check(&dialog);
        };
        pickHbA1c([this](QDialog* d) {
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("labUnitEdit"))->text(), QStringLiteral("%"));
            QVERIFY(d->findChild<QComboBox*>(QStringLiteral("labSpecimenCombo"))
                        ->currentText()
                        .contains(QStringLiteral("全血")));
            QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("labLowEdit"))->text().isEmpty());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("labDefaultsLabel"))->isVisible());
            QCoreApplication::processEvents();
            QVERIFY(d->grab().save(m_shots + QStringLiteral("lab_item_defaults_ja.png")));
            // This clinic's lab reports it so.
            d->findChild<QLineEdit*>(QStringLiteral("labValueEdit"))->setText(QStringLiteral("6.8"));
            d->findChild<QLineEdit*>(QStringLiteral("labLowEdit"))->setText(QStringLiteral("4.6"));
            d->findChild<QLineEdit*>(QStringLiteral("labHighEdit"))->setText(QStringLiteral("6.2"));
            d->findChild<QLineEdit*>(QStringLiteral("labLocalCodeEdit"))->setText(QStringLiteral("0003001"));
            QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("labSaveButton")), Qt::LeftButton);
            QCOMPARE(d->result(), int(QDialog::Accepted));
        });
        pickHbA1c([](QDialog* d) {
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("labLowEdit"))->text(), QStringLiteral("4.6"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("labHighEdit"))->text(), QStringLiteral("6.2"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("labUnitEdit"))->text(), QStringLiteral("%"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("labLocalCodeEdit"))->text(), QStringLiteral("0003001"));
        });
    }
};

TSUMUGI_TEST_CLASS(TestMasterUpdate)
#include "TestMasterUpdate.moc"
