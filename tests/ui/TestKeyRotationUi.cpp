// 「記録の鍵を交換…」 on the clinic server (#34), driven as an administrator would: the password proved, each other
// user's one-time password shown, the record sealed anew in batches while the window stays usable, and a rotation
// left midway taken up again when the window is opened again. A desk signed in before is asked to sign in again.
#include "UiTestSupport.h"
#include "support/ErrorKind.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/PostgresConnection.h"
#include "core/i18n/TranslationLoader.h"
#include "core/patients/PatientRepository.h"
#include "core/record/RecordKeyRotation.h"
#include "ui/DesktopLauncher.h"
#include "ui/KeyRotationDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestKeyRotationUi : public QObject {
    Q_OBJECT
    tsumugi::test::PostgresCluster m_cluster;
    ManualClock m_clock{fixedNow()};
    QString m_location;

private slots:
    void initTestCase() {
        isolateSettings();
        TSUMUGI_START_POSTGRES_CLUSTER(m_cluster);
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        PostgresConnection(m_cluster.conninfo()).exec("CREATE DATABASE clinic;");
        m_location = QStringLiteral("postgresql://postgres@127.0.0.1:%1/clinic").arg(m_cluster.port());
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void anAdministratorChangesTheKeyWhileTheRecordIsUsed() {
        auto admin = createRecordWithStaff(m_location, m_clock);
        for (int i = 0; i < 30; ++i) {
            admin->patients().create(patient("鈴木", "さくら", "スズキ", "サクラ", QDate(1970, 1, 1).addDays(i)));
        }
        auto doctor = openAs(m_location, DoctorName, DoctorPassword, m_clock);

        KeyRotationDialog dialog(*admin);
        dialog.show();
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("keyRotationPassword"));
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("keyRotationStartButton"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("keyRotationStatus"));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("keyRotationOneTimePasswords"));
        QVERIFY(password && start && status && table);
        QTest::keyClicks(password, QStringLiteral("not my password"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("パスワードが違います")), qPrintable(status->text()));
        QVERIFY(!table->isVisible());

        password->clear();
        QTest::keyClicks(password, AdminPassword);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2); // the clerk and the doctor
        QStringList users;
        for (int r = 0; r < table->rowCount(); ++r) {
            users << table->item(r, 0)->text();
        }
        QCOMPARE(users, (QStringList{ClerkName, DoctorName}));
        const QString doctorOnce = table->item(1, 1)->text();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.running(), 120000);
        QCOMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("keyRotationProgress"))->value(), 1000);
        QVERIFY2(status->text().contains(QStringLiteral("完了")), qPrintable(status->text()));
        const QString shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(dialog.grab().save(shots + QStringLiteral("key_rotation_ja.png")));

        // The administrator's own window goes on searching (it holds the new key); the doctor's desk, signed in
        // before, is asked to sign in again, and does so with its one-time password.
        QCOMPARE(admin->patients().search(QStringLiteral("スズキ"), -1).size(), 30);
        TSUMUGI_VERIFY_ERROR(doctor->patients().search(QStringLiteral("スズキ"), -1), Error::Kind::KeyChanged);
        TSUMUGI_VERIFY_ERROR(openAs(m_location, DoctorName, DoctorPassword, m_clock), Error::Kind::WrongPassword);
        doctor = openAs(m_location, DoctorName, doctorOnce, m_clock);
        QCOMPARE(doctor->patients().search(QStringLiteral("スズキ"), -1).size(), 30);

        // A rotation started and left (a closed window, a killed desk) goes on when the window is opened again.
        RecordKeyRotation(*admin).start(AdminPassword);
        KeyRotationDialog again(*admin);
        again.show();
        QVERIFY(!again.findChild<QLineEdit*>(QStringLiteral("keyRotationPassword"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!again.running(), 120000);
        QCOMPARE(RecordKeyRotation(*admin).progress()->generation, 3);
        QCOMPARE(RecordKeyRotation(*admin).progress()->phase, RecordKeyRotation::Phase::Done);

        // The menu offers it to an administrator of a server record.
        MainWindow window(std::move(admin));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionRotateRecordKey"));
        QVERIFY(action && action->isEnabled());
    }
};

TSUMUGI_TEST_CLASS(TestKeyRotationUi)
#include "TestKeyRotationUi.moc"
