// 「記録の鍵を交換…」 on the clinic server (#34), driven as an administrator would: the password proved, each other
// user's one-time password shown, the record sealed anew in batches while the window stays usable, and a rotation
// left midway taken up again when the window is opened again. A desk signed in before is asked to sign in again.
#include "UiTestSupport.h"
#include "support/ErrorKind.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/PostgresConnection.h"
#include "core/i18n/TranslationLoader.h"
#include "core/patients/PatientRepository.h"
#include "core/record/RecordKeyRotation.h"
#include "ui/ChartWindow.h"
#include "ui/DesktopLauncher.h"
#include "ui/KeyRotationDialog.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/OwnPasswordDialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestKeyRotationUi : public QObject {
    Q_OBJECT
    tsumugi::test::PostgresCluster m_cluster;
    ManualClock m_clock{fixedNow()};
    QString m_location;

    // Answers the dialog that asks for a password of the user's own once it is up (it is modal: the click that
    // opens it returns when it is closed).
    static void setOwnPasswordWhenAsked(const QString& password, bool* asked) {
        auto* poll = new QTimer;
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, [poll, password, asked] {
            auto* own = qobject_cast<OwnPasswordDialog*>(QApplication::activeModalWidget());
            if (!own) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            *asked = true;
            own->findChild<QLineEdit*>(QStringLiteral("ownPasswordEdit"))->setText(password);
            own->findChild<QLineEdit*>(QStringLiteral("ownPasswordAgainEdit"))->setText(password);
            own->grab().save(QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/own_password_ja.png"));
            QTest::mouseClick(own->findChild<QPushButton*>(QStringLiteral("ownPasswordSaveButton")), Qt::LeftButton);
        });
        poll->start();
    }

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
        const QString doctorThird = RecordKeyRotation(*admin).start(AdminPassword).oneTimePasswords.at(DoctorName);
        KeyRotationDialog again(*admin);
        again.show();
        QVERIFY(!again.findChild<QLineEdit*>(QStringLiteral("keyRotationPassword"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!again.running(), 120000);
        QCOMPARE(RecordKeyRotation(*admin).progress()->generation, 3);
        QCOMPARE(RecordKeyRotation(*admin).progress()->phase, RecordKeyRotation::Phase::Done);

        // A doctor's desk signed in before the next rotation, a note half typed in an open chart: the window locks
        // by itself (its timer asks the server), keeps the chart with what is typed, unlocks with the one-time
        // password, and the note is then saved under the new key.
        auto doctorDesk = std::make_unique<MainWindow>(openAs(m_location, DoctorName, doctorThird, m_clock));
        doctorDesk->show();
        const qint64 patientId = doctorDesk->record().patients().search(QStringLiteral("スズキ"), 1).first().id;
        Visit visit;
        visit.patientId = patientId;
        visit.date = m_clock.today();
        visit.department = QStringLiteral("内科");
        visit = doctorDesk->record().chart().visits().create(visit);
        ChartWindow* chart = doctorDesk->openChart(patientId);
        QVERIFY(chart);
        auto* findings = findWidget<QPlainTextEdit>(chart, "findingsEdit");
        const QString typed = QStringLiteral("S: 咳嗽、3日前から");
        findings->setPlainText(typed);
        const RecordKeyRotation::Started fourth = RecordKeyRotation(*admin).start(AdminPassword);
        auto* lockScreen = doctorDesk->findChild<QWidget*>(QStringLiteral("lockScreen"));
        QTRY_VERIFY_WITH_TIMEOUT(lockScreen->isVisible(), 10000);
        QVERIFY(!chart->isVisible());
        auto* error = doctorDesk->findChild<QLabel*>(QStringLiteral("lockErrorLabel"));
        QVERIFY2(error->text().contains(QStringLiteral("一回限り")), qPrintable(error->text()));
        doctorDesk->resize(1100, 700);
        QVERIFY(doctorDesk->grab().save(shots + QStringLiteral("key_changed_lock_ja.png")));
        auto* unlockPassword = doctorDesk->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit"));
        QTest::keyClicks(unlockPassword, doctorThird); // the password of the old key no longer opens anything
        QTest::keyClick(unlockPassword, Qt::Key_Return);
        QVERIFY(lockScreen->isVisible());
        unlockPassword->clear();
        QTest::keyClicks(unlockPassword, fourth.oneTimePasswords.at(DoctorName));
        bool asked = false;
        const QString doctorOwn = QStringLiteral("doctor own pass 4");
        setOwnPasswordWhenAsked(doctorOwn, &asked); // the one-time password is replaced at once
        QTest::keyClick(unlockPassword, Qt::Key_Return);
        QTRY_VERIFY(asked);
        QTRY_VERIFY(!lockScreen->isVisible());
        QVERIFY(!doctorDesk->record().onOneTimePassword());
        QVERIFY(chart->isVisible());
        QCOMPARE(findings->toPlainText(), typed);
        QTest::mouseClick(findWidget<QPushButton>(chart, "saveDraftButton"), Qt::LeftButton);
        QTRY_COMPARE(doctorDesk->record().chart().notes().forVisit(visit.id)->findings, typed);
        chart->close();
        doctorDesk.reset();
        RecordKeyRotation(*admin).runToEnd();
        QVERIFY(openAs(m_location, DoctorName, doctorOwn, m_clock));
        TSUMUGI_VERIFY_ERROR(openAs(m_location, DoctorName, fourth.oneTimePasswords.at(DoctorName), m_clock),
                             Error::Kind::WrongPassword);

        // The clerk signs in at the sign-in window with its one-time password and is asked for its own first.
        {
            LoginWindow login(m_location, m_clock);
            login.show();
            findWidget<QLineEdit>(&login, "loginUserEdit")->setText(ClerkName);
            findWidget<QLineEdit>(&login, "loginPasswordEdit")->setText(fourth.oneTimePasswords.at(ClerkName));
            bool clerkAsked = false;
            setOwnPasswordWhenAsked(QStringLiteral("clerk own pass 4"), &clerkAsked);
            QTest::mouseClick(findWidget<QPushButton>(&login, "loginButton"), Qt::LeftButton);
            QVERIFY(clerkAsked);
            QCOMPARE(login.result(), int(QDialog::Accepted));
            QVERIFY(!login.takeRecord()->onOneTimePassword());
        }
        QVERIFY(openAs(m_location, ClerkName, QStringLiteral("clerk own pass 4"), m_clock));

        // The menu offers it to an administrator of a server record.
        MainWindow window(std::move(admin));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionRotateRecordKey"));
        QVERIFY(action && action->isEnabled());
    }
};

TSUMUGI_TEST_CLASS(TestKeyRotationUi)
#include "TestKeyRotationUi.moc"
