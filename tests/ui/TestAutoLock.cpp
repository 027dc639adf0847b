// Idle auto-lock and Ctrl+L: the lock screen hides all patient data; only the same user's password unlocks.
#include "UiTestSupport.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestAutoLock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    // Every case starts from its own record and an unlocked window: none depends on the one before it.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto record = createRecord(m_dir->filePath(QStringLiteral("record.tsumugi")), m_clock);
        record->patients().create(patient("高橋", "美咲", "タカハシ", "ミサキ", QDate(2015, 7, 7)));
        m_window = std::make_unique<MainWindow>(std::move(record));
        QCOMPARE(m_window->autoLockInterval(), 10 * 60 * 1000); // the clinic default, 10 minutes
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() {
        m_window.reset();
        m_dir.reset();
    }

    void idleLocksAndHidesPatientData() {
        auto* search = findWidget<QLineEdit>(m_window.get(), "patientSearchEdit");
        auto* table = findWidget<QTableView>(m_window.get(), "patientTable");
        search->setFocus();
        typeText(search, QStringLiteral("たかはし"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->isVisible());

        m_window->setAutoLockInterval(300);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        assertLocked();
    }

    void wrongPasswordKeepsItLocked() {
        lockNow();
        typePassword(QStringLiteral("not-my-password"));
        QVERIFY(m_window->isLocked());
        auto* error = findWidget<QLabel>(m_window.get(), "lockErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        assertLocked();
    }

    void shortcutsDoNothingWhileLocked() {
        lockNow();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("patientDialog")));
        assertLocked();
    }

    void rightPasswordUnlocks() {
        lockNow();
        typePassword(QStringLiteral("not-my-password")); // a wrong try first: the right one still unlocks
        typePassword(AdminPassword);
        QVERIFY(!m_window->isLocked());
        m_window->setAutoLockInterval(60 * 60 * 1000); // no more idle locks while the test goes on
        QVERIFY(findWidget<QSplitter>(m_window.get(), "workspace")->isVisible());
        QVERIFY(findWidget<QWidget>(m_window.get(), "lockScreen")->isHidden());
        QVERIFY(findWidget<QLineEdit>(m_window.get(), "patientSearchEdit")->hasFocus());
    }

    void ctrlLLocksAtOnce() {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
        assertLocked();
        QVERIFY(findWidget<QLabel>(m_window.get(), "lockErrorLabel")->isHidden()); // fresh lock, no old error
        typePassword(AdminPassword);
        QVERIFY(!m_window->isLocked());
    }

    void lockClosesAnOpenDialog() {
        m_window->setAutoLockInterval(300);
        bool dialogWasOpen = false;
        QTimer::singleShot(0, this, [&] {
            dialogWasOpen = m_window->findChild<QDialog*>(QStringLiteral("patientDialog")) != nullptr;
        });
        m_window->newPatient(); // returns when the idle lock closes the dialog
        QVERIFY(dialogWasOpen);
        QVERIFY(m_window->isLocked());
        assertLocked();
    }

private:
    void lockNow() {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
    }
    void assertLocked() {
        QVERIFY(findWidget<QWidget>(m_window.get(), "lockScreen")->isVisible());
        QVERIFY(!findWidget<QSplitter>(m_window.get(), "workspace")->isVisible());
        QCOMPARE(findWidget<QTableView>(m_window.get(), "patientTable")->model()->rowCount(), 0);
        QCOMPARE(findWidget<QTableView>(m_window.get(), "receptionTable")->model()->rowCount(), 0);
        QVERIFY(findWidget<QLineEdit>(m_window.get(), "patientSearchEdit")->text().isEmpty());
    }
    void typePassword(const QString& password) {
        auto* edit = findWidget<QLineEdit>(m_window.get(), "lockPasswordEdit");
        QVERIFY(edit->isVisible());
        edit->setFocus();
        typeText(edit, password);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<MainWindow> m_window;
};

TSUMUGI_TEST_CLASS(TestAutoLock)
#include "TestAutoLock.moc"
