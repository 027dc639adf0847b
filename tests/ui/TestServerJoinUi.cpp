// A desk joins the clinic server through the setup window (#35), as a clerk would with the join file on a USB stick
// and the code from the administrator's screen: 「院内サーバーに接続する」, the file, a wrong code refused in words,
// the connection test's steps each said (all ✓; a revoked desk's certificate ✗ with the reason), and the sign-in, after
// which this computer opens the server's record. The server is a real cluster set up by server init's own code.
#include "UiTestSupport.h"
#include "support/ClinicServer.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/i18n/TranslationLoader.h"
#include "core/patients/PatientRepository.h"
#include "core/server/DeskJoin.h"
#include "core/server/ServerCluster.h"
#include "support/PostgresCluster.h"
#include "ui/DesktopLauncher.h"
#include "ui/SetupWizard.h"
#include "ui/WorkstationSettings.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestServerJoinUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tsumugi-join-ui.XXXXXX")};
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<ServerCluster> m_server;
    const QString m_caPassword = QStringLiteral("clinic ca password");
    const QString m_adminPassword = QStringLiteral("admin password 1");

    // certs issue: the join file written where the clerk picks it, and its code.
    std::pair<QString, QString> issue(const QString& desk) {
        ClinicCertificateAuthority ca = m_server->authority();
        const auto issued = ca.issueDesk(desk, m_caPassword);
        DeskJoin::Contents c{desk,
                             QStringLiteral("127.0.0.2"),
                             m_server->port(),
                             QLatin1String(ServerCluster::Database),
                             QLatin1String(ServerCluster::DeskRole),
                             ca.certificatePem(),
                             issued.certificatePem,
                             issued.privateKeyPem};
        const QString code = DeskJoin::newCode();
        const QString path = m_dir.filePath(desk + QStringLiteral(".tsumugi-join"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(DeskJoin::seal(c, code));
        return {path, code};
    }

    static void set(QWidget& root, const char* name, const QString& text) {
        auto* edit = findWidget<QLineEdit>(&root, name);
        QVERIFY2(edit, name);
        edit->setText(text);
    }
    // On the radio button's circle (a click beside its text, in the stretched row, hits nothing).
    static void chooseServer(QWidget& root) {
        auto* radio = findWidget<QRadioButton>(&root, "setupJoinServerRadio");
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }
    static QString steps(QWidget& root) { return findWidget<QLabel>(&root, "setupConnectionTestResult")->text(); }
    static void runConnectionTest(QWidget& root) {
        QTest::mouseClick(findWidget<QPushButton>(&root, "setupConnectionTestButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(findWidget<QPushButton>(&root, "setupConnectionTestButton")->isEnabled(), 20000);
    }

private slots:
    void initTestCase() {
        isolateSettings();
        if (!tsumugi::test::PostgresCluster::installed()) {
            TSUMUGI_MISSING_PREREQUISITE("postgresql-15 is not installed (scripts/setup installs it)");
        }
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ExeGroup | QFileDevice::ExeOther);
        ServerCluster::Setup setup;
        setup.folder = m_dir.filePath(QStringLiteral("server"));
        setup.listen = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
        setup.caPassword = m_caPassword;
        setup.record.clinic = {QStringLiteral("つむぎ内科クリニック"), QStringLiteral("1312345678"), {}, {}};
        setup.record.adminName = QStringLiteral("admin");
        setup.record.adminPassword = m_adminPassword;
        setup.record.fillMasters = false;
        setup.record.recoveryKey = false;
        m_server = tsumugi::test::startClinicServer(setup, m_clock);
        QVERIFY(m_server);
    }
    void cleanupTestCase() {
        if (m_server) {
            m_server->stop();
        }
    }

    void aClerkJoinsTheDeskToTheServer() {
        const auto [file, code] = issue(QStringLiteral("reception-1"));
        const QString deskFolder = m_dir.filePath(QStringLiteral("desk"));
        SetupWizard wizard(m_dir.filePath(QStringLiteral("unused.tsumugi")), m_clock, deskFolder);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseServer(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::JoinPage));

        set(wizard, "setupJoinFileEdit", file);
        QVERIFY(findWidget<QLabel>(&wizard, "setupJoinOutlineLabel")->text().contains(QStringLiteral("reception-1")));
        // The server's address as the file gives it, to be changed for another name the certificate carries.
        QCOMPARE(findWidget<QLineEdit>(&wizard, "setupServerAddressEdit")->text(),
                 QStringLiteral("127.0.0.2:%1").arg(m_server->port()));
        // A wrong code: said in words, nothing installed.
        set(wizard, "setupJoinCodeEdit", QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
        runConnectionTest(wizard);
        QVERIFY(findWidget<QLabel>(&wizard, "setupJoinErrorLabel")->isVisible());
        QVERIFY(findWidget<QLabel>(&wizard, "setupJoinErrorLabel")->text().contains(QStringLiteral("参加コード")));
        QVERIFY(!QFile::exists(deskFolder + QStringLiteral("/desk.key")));

        // The code as the screen showed it, in lower case without dashes: every step passes.
        set(wizard, "setupJoinCodeEdit", code.toLower().remove(QLatin1Char('-')));
        set(wizard, "setupJoinUserEdit", QStringLiteral("admin"));
        runConnectionTest(wizard);
        QVERIFY(!findWidget<QLabel>(&wizard, "setupJoinErrorLabel")->isVisible());
        QTRY_COMPARE(steps(wizard).count(QStringLiteral("✓")), 6);
        QVERIFY2(!steps(wizard).contains(QStringLiteral("✗")), qPrintable(steps(wizard)));
        QVERIFY(steps(wizard).contains(QStringLiteral("スキーマ")));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("院内サーバーに接続する"));
        QVERIFY(
            wizard.grab().save(QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/setup_join_ja.png")));

        // A user the record does not have: the last step says so.
        set(wizard, "setupJoinUserEdit", QStringLiteral("nobody"));
        runConnectionTest(wizard);
        QCOMPARE(steps(wizard).count(QStringLiteral("✓")), 5);
        QVERIFY(steps(wizard).contains(QStringLiteral("nobody")));

        // Another address of the server (its certificate names it too): used as typed.
        set(wizard, "setupServerAddressEdit", QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        // Signed in: the record is the server's, and this computer opens it from now on.
        set(wizard, "setupJoinUserEdit", QStringLiteral("admin"));
        set(wizard, "setupJoinPasswordEdit", m_adminPassword);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        auto record = wizard.takeRecord();
        QVERIFY(record);
        QVERIFY(ClinicRecord::isServer(record->location()));
        QCOMPARE(record->clinic().name, QStringLiteral("つむぎ内科クリニック"));
        QCOMPARE(WorkstationSettings::recordLocation(), record->path());
        QVERIFY(WorkstationSettings::recordLocation().contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(WorkstationSettings::recordLocation().contains(QStringLiteral("@127.0.0.1:%1/").arg(m_server->port())));
        QCOMPARE(QFile::permissions(deskFolder + QStringLiteral("/desk.key")),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void aRevokedDeskSeesWhichStepFails() {
        const auto [file, code] = issue(QStringLiteral("old-laptop"));
        m_server->revokeDesk(QStringLiteral("old-laptop"), m_caPassword);
        SetupWizard wizard(m_dir.filePath(QStringLiteral("unused.tsumugi")), m_clock,
                           m_dir.filePath(QStringLiteral("desk-old")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseServer(wizard);
        wizard.next();
        set(wizard, "setupJoinFileEdit", file);
        set(wizard, "setupJoinCodeEdit", code);
        set(wizard, "setupJoinUserEdit", QStringLiteral("admin"));
        runConnectionTest(wizard);
        // Name, port and the server's certificate pass; this desk's certificate fails with the reason.
        QCOMPARE(steps(wizard).count(QStringLiteral("✓")), 3);
        QCOMPARE(steps(wizard).count(QStringLiteral("✗")), 1);
        QVERIFY2(steps(wizard).contains(QStringLiteral("失効")), qPrintable(steps(wizard)));
        QVERIFY(wizard.grab().save(QStringLiteral(TSUMUGI_BINARY_DIR) +
                                   QStringLiteral("/screenshots/setup_join_revoked_ja.png")));
        set(wizard, "setupJoinPasswordEdit", m_adminPassword);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::JoinPage));
        QVERIFY(findWidget<QLabel>(&wizard, "setupJoinErrorLabel")->text().contains(QStringLiteral("失効")));
        QVERIFY(!wizard.takeRecord());
    }
};

TSUMUGI_TEST_CLASS(TestServerJoinUi)
#include "TestServerJoinUi.moc"
