// The sign-in window opens the real encrypted record only with the right password.
#include "UiTestSupport.h"
#include "core/util/ManualClock.h"
#include "support/TestRegistry.h"
#include "ui/LoginWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestLoginWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        createRecord(m_path, m_clock); // closed again right away; the window must open it itself
    }

    void wrongPasswordIsRefused() {
        LoginWindow window(m_path, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* user = findWidget<QLineEdit>(&window, "loginUserEdit");
        auto* password = findWidget<QLineEdit>(&window, "loginPasswordEdit");
        auto* button = findWidget<QPushButton>(&window, "loginButton");
        auto* error = findWidget<QLabel>(&window, "loginErrorLabel");
        QVERIFY(user && password && button && error);
        QVERIFY(error->isHidden());
        QSignalSpy accepted(&window, &QDialog::accepted);

        user->setText(AdminName);
        password->setFocus();
        typeText(password, QStringLiteral("wrong-password"));
        QTest::mouseClick(button, Qt::LeftButton);

        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(window.isVisible());
        QVERIFY(password->text().isEmpty()); // cleared for the next try
        QVERIFY(!window.takeRecord());
    }

    void emptyPasswordIsAskedFor() {
        LoginWindow window(m_path, m_clock);
        window.show();
        findWidget<QLineEdit>(&window, "loginUserEdit")->setText(AdminName);
        QTest::mouseClick(findWidget<QPushButton>(&window, "loginButton"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(&window, "loginErrorLabel")->isVisible());
        QVERIFY(!window.takeRecord());
    }

    void rightPasswordOpensTheRecord() {
        LoginWindow window(m_path, m_clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy accepted(&window, &QDialog::accepted);
        auto* password = findWidget<QLineEdit>(&window, "loginPasswordEdit");
        findWidget<QLineEdit>(&window, "loginUserEdit")->setText(AdminName);
        password->setFocus();
        typeText(password, AdminPassword);
        QTest::keyClick(password, Qt::Key_Return); // Enter signs in, as the default button

        QCOMPARE(accepted.count(), 1);
        std::unique_ptr<ClinicRecord> record = window.takeRecord();
        QVERIFY(record);
        QCOMPARE(record->currentUser().name, AdminName);
        QCOMPARE(record->clinic().name, QStringLiteral("つむぎ内科クリニック"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{fixedNow()};
};

TSUMUGI_TEST_CLASS(TestLoginWindow)
#include "TestLoginWindow.moc"
