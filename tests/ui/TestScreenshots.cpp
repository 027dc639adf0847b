// Japanese screenshots of the main screens (for review and the manual), and a check that no English is left on them.
// PNGs go to <build>/screenshots/.
#include "UiTestSupport.h"
#include "core/demo/DemoData.h"
#include "core/i18n/TranslationLoader.h"
#include "core/reception/ReceptionList.h"
#include "support/TestRegistry.h"
#include "ui/DesktopLauncher.h"
#include "ui/HelpDialog.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/PatientDialog.h"
#include "ui/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractFileIconProvider>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QWizard>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_outDir = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        auto record = createRecord(m_path, m_clock);
        QCOMPARE(DemoData::fill(*record), 6);
        // A realistic morning: one patient done, one with the doctor, the others waiting.
        const QList<ReceptionEntry> today = record->reception().today();
        QVERIFY(today.size() >= 3);
        record->reception().setStatus(today.at(0).id, ReceptionStatus::Done);
        record->reception().setStatus(today.at(1).id, ReceptionStatus::InConsultation);
        m_window = std::make_unique<MainWindow>(std::move(record));
        m_window->resize(1280, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void mainWindow() {
        auto* search = findWidget<QLineEdit>(m_window.get(), "patientSearchEdit");
        typeText(search, QStringLiteral("た"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(findWidget<QTableView>(m_window.get(), "patientTable")->model()->rowCount(), 2);
        findWidget<QTableView>(m_window.get(), "receptionTable")->selectRow(2);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("つむぎ内科クリニック")));
        QVERIFY(findWidget<QLabel>(m_window.get(), "statusUserLabel")->text().contains(QStringLiteral("山田 花子")));
        checkNoEnglish(m_window.get());
        save(m_window.get(), "main_window_ja.png");
    }

    void patientDialogs() {
        const Patient yamada = m_window->record().patients().search(QStringLiteral("ヤマダ")).value(0);
        QVERIFY(yamada.id != 0);
        PatientDialog edit(m_window->record(), yamada, m_window.get());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        checkNoEnglish(&edit);
        save(&edit, "patient_dialog_ja.png");
        edit.close();

        PatientDialog fresh(m_window->record(), Patient{}, m_window.get());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        typeText(findWidget<QLineEdit>(&fresh, "givenNameEdit"), QStringLiteral("次郎"));
        typeText(findWidget<QLineEdit>(&fresh, "birthDateEdit"), QStringLiteral("H2.2.30"));
        typeText(findWidget<QLineEdit>(&fresh, "insurerNumberEdit"), QStringLiteral("01130013"));
        QTest::mouseClick(findWidget<QPushButton>(&fresh, "patientSaveButton"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(&fresh, "insurerNumberError")->isVisible());
        checkNoEnglish(&fresh);
        save(&fresh, "patient_dialog_errors_ja.png");
        fresh.close();
    }

    void lockScreen() {
        m_window->lock(); // Ctrl+L itself is tested in ui_auto_lock
        QVERIFY(m_window->isLocked());
        checkNoEnglish(m_window.get());
        save(m_window.get(), "lock_screen_ja.png");
    }

    void loginWindow() {
        LoginWindow login(m_path, m_clock);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        findWidget<QLineEdit>(&login, "loginUserEdit")->setText(AdminName);
        save(&login, "login_window_ja.png");
        typeText(findWidget<QLineEdit>(&login, "loginPasswordEdit"), QStringLiteral("wrong-one"));
        QTest::mouseClick(findWidget<QPushButton>(&login, "loginButton"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(&login, "loginErrorLabel")->isVisible());
        checkNoEnglish(&login);
        save(&login, "login_error_ja.png");
    }

    void setupWizard() {
        QTemporaryDir dir;
        SetupWizard wizard(dir.filePath(QStringLiteral("record.tsumugi")), m_clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        checkNoEnglish(&wizard);
        save(&wizard, "setup_wizard_start_ja.png");
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ClinicPage));
        checkNoEnglish(&wizard);
        save(&wizard, "setup_wizard_clinic_ja.png");
        typeText(findWidget<QLineEdit>(&wizard, "setupClinicNameEdit"), QStringLiteral("つむぎ内科クリニック"));
        typeText(findWidget<QLineEdit>(&wizard, "setupInstitutionNumberEdit"), QStringLiteral("1312345678"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::AdminPage));
        typeText(findWidget<QLineEdit>(&wizard, "setupAdminNameEdit"), QStringLiteral("yamada"));
        typeText(findWidget<QLineEdit>(&wizard, "setupPasswordEdit"), QStringLiteral("short"));
        wizard.next();
        QVERIFY(findWidget<QLabel>(&wizard, "setupAdminErrorLabel")->isVisible());
        checkNoEnglish(&wizard);
        save(&wizard, "setup_wizard_admin_ja.png");
    }

    // The menus as the clinic sees them (their texts whole, nothing clipped).
    void menus() {
        for (QAction* top : m_window->menuBar()->actions()) {
            QMenu* menu = top->menu();
            if (!menu || !top->isVisible()) {
                continue;
            }
            menu->popup(m_window->mapToGlobal(QPoint(20, 20)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QCoreApplication::processEvents();
            // The style keeps the widest shortcut's room on every row, with or without a shortcut of its own
            // (Qt 6.4 sizes a row without one as if it had none, and elides its text: 「マスター…(M)」).
            const QFontMetrics metrics(menu->font());
            int shortcutRoom = 0;
            for (QAction* a : menu->actions()) {
                shortcutRoom =
                    std::max(shortcutRoom, metrics.horizontalAdvance(a->shortcut().toString(QKeySequence::NativeText)));
            }
            for (QAction* a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible()) {
                    continue;
                }
                QString text = a->text();
                text.remove(QLatin1Char('&'));
                QVERIFY2(metrics.horizontalAdvance(text) + shortcutRoom + 40 < menu->actionGeometry(a).width(),
                         qPrintable(QStringLiteral("%1 is clipped in %2").arg(a->text(), top->text())));
            }
            save(menu, qPrintable(QStringLiteral("menu_%1_ja.png")
                                      .arg(menu->objectName().isEmpty()
                                               ? QString::number(m_window->menuBar()->actions().indexOf(top))
                                               : menu->objectName())));
            menu->hide();
        }
    }

    // The file dialog's type column: Qt's own Japanese catalogue lacks 「Folder」, ours supplies it.
    void fileDialogTypesAreJapanese() {
        QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(m_dir.path())), QStringLiteral("フォルダー"));
    }

    // F1 opens the window's page: what it is for and every key, in Japanese.
    void helpPage() {
        QString page;
        whenModal<HelpDialog>([&](HelpDialog* d) {
            page = d->pageText();
            QCoreApplication::processEvents();
            save(d, "help_main_ja.png");
            d->reject();
        });
        m_window.get()->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QVERIFY2(page.contains(QStringLiteral("受付")) && page.contains(QStringLiteral("Ctrl+")), qPrintable(page));
        static const QRegularExpression english(QStringLiteral("[A-Za-z]{4,}"));
        for (auto it = english.globalMatch(page); it.hasNext();) {
            const QString w = it.next().captured();
            QVERIFY2(w == QStringLiteral("Ctrl") || w == QStringLiteral("Shift"), qPrintable(w));
        }
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void save(QWidget* widget, const char* name) {
        QCoreApplication::processEvents();
        const QString file = m_outDir + QString::fromLatin1(name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    // Any visible English word (four letters or more) on a Japanese screen is a missed translation.
    void checkNoEnglish(QWidget* root) {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
        static const QStringList allowed = {QStringLiteral("Tsumugi"), QStringLiteral("English"),
                                            QStringLiteral("admin"),   QStringLiteral("Ctrl"),
                                            QStringLiteral("Enter"),   QStringLiteral("yamada"),
                                            QStringLiteral("FHIR")}; // the standard's name, as Japanese menus write it
        QStringList texts;
        for (QLabel* l : root->findChildren<QLabel*>()) {
            if (l->isVisibleTo(root) && l->objectName() != QStringLiteral("loginRecordPathLabel") &&
                l->objectName() != QStringLiteral("setupSummaryLabel")) {
                // Rich text is judged by what it shows, not by its markup.
                texts << (Qt::mightBeRichText(l->text()) ? QTextDocumentFragment::fromHtml(l->text()).toPlainText()
                                                         : l->text());
            }
        }
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
            if (b->isVisibleTo(root)) {
                texts << b->text() << b->toolTip();
            }
        }
        for (QLineEdit* e : root->findChildren<QLineEdit*>()) {
            if (e->isVisibleTo(root)) {
                texts << e->placeholderText();
            }
        }
        for (QGroupBox* g : root->findChildren<QGroupBox*>()) {
            texts << g->title();
        }
        for (QTableView* t : root->findChildren<QTableView*>()) {
            for (int c = 0; c < t->model()->columnCount(); ++c) {
                texts << t->model()->headerData(c, Qt::Horizontal).toString();
            }
            for (int r = 0; r < t->model()->rowCount(); ++r) {
                for (int c = 0; c < t->model()->columnCount(); ++c) {
                    texts << t->model()->index(r, c).data().toString();
                }
            }
        }
        for (QAction* a : root->findChildren<QAction*>()) {
            texts << a->text();
        }
        for (QMenu* m : root->findChildren<QMenu*>()) {
            texts << m->title();
        }
        if (auto* wizard = qobject_cast<QWizard*>(root)) {
            texts << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
        }
        texts << root->windowTitle();
        QStringList english;
        for (const QString& text : std::as_const(texts)) {
            auto it = word.globalMatch(text);
            while (it.hasNext()) {
                const QString w = it.next().captured();
                if (!allowed.contains(w)) {
                    english << text;
                    break;
                }
            }
        }
        QVERIFY2(
            english.isEmpty(),
            qPrintable(
                QStringLiteral("Untranslated on %1: %2").arg(root->objectName(), english.join(QStringLiteral(" | ")))));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_outDir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<MainWindow> m_window;
};

TSUMUGI_TEST_CLASS(TestScreenshots)
#include "TestScreenshots.moc"
