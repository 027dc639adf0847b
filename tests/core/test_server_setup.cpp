#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/PostgresConnection.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/record/RecordKeyRotation.h"
#include "core/server/ClinicCertificateAuthority.h"
#include "core/server/DeskJoin.h"
#include "core/server/ServerBackup.h"
#include "core/server/ServerCluster.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"
#include "support/ClinicServer.h"
#include "support/ErrorKind.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;

// #35: a clinic sets its server up with `server init` and only its desks get in. A real cluster made by
// ServerCluster (TLS 1.3, hostssl … cert only, the clinic's own CA), real certificates: a plain connection and a
// password login are refused by the server, TLS without verification by the desk, a certificate of another CA and a
// revoked one by the server; a desk that joined with its join file works as the application role, which cannot
// alter, drop or empty a table, and still rotates the record key.
class TestServerSetup : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tsumugi-server.XXXXXX")};
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ServerCluster> m_server;
    const QString m_caPassword = QStringLiteral("clinic ca password");
    const QString m_adminPassword = QStringLiteral("admin password 1");
    int m_port = 0;

    QString serverFolder() const { return m_dir.path() + QStringLiteral("/server"); }

    // A desk's join file made, carried and installed as `certs issue` and `server join` do.
    QString joinDesk(const QString& desk, ClinicCertificateAuthority ca) {
        const auto issued = ca.issueDesk(desk, m_caPassword);
        DeskJoin::Contents c;
        c.desk = desk;
        c.host = QStringLiteral("127.0.0.2"); // not this machine's 127.0.0.1: the desk's rule for another machine
        c.port = m_port;
        c.database = QLatin1String(ServerCluster::Database);
        c.user = QLatin1String(ServerCluster::DeskRole);
        c.caPem = m_server->authority().certificatePem();
        c.certificatePem = issued.certificatePem;
        c.keyPem = issued.privateKeyPem;
        const QString code = DeskJoin::newCode();
        const QByteArray file = DeskJoin::seal(c, code);
        return DeskJoin::install(DeskJoin::open(file, code.toLower().remove(QLatin1Char('-'))),
                                 m_dir.path() + QStringLiteral("/desk-") + desk);
    }

    std::unique_ptr<ClinicRecord> signIn(const QString& location) {
        return ClinicRecord::open(location, QStringLiteral("admin"), m_adminPassword, m_clock);
    }

    // What the server answers a connection (127.0.0.1: the driver itself lets such a connection try).
    static QString refusal(const QString& conninfo) {
        try {
            PostgresConnection c(conninfo);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    }

private slots:
    void initTestCase() {
        if (!test::PostgresCluster::installed()) {
            TSUMUGI_MISSING_PREREQUISITE("postgresql-15 is not installed (scripts/setup installs it)");
        }
        // The cluster's user (postgres, when the tests run as root) must reach the folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ExeGroup | QFileDevice::ExeOther);
        ServerCluster::Setup setup;
        setup.folder = serverFolder();
        setup.listen = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
        setup.caPassword = m_caPassword;
        setup.record.clinic = {QStringLiteral("院内サーバー医院"), QStringLiteral("1310000035"), {}, {}};
        setup.record.adminName = QStringLiteral("admin");
        setup.record.adminPassword = m_adminPassword;
        setup.record.fillMasters = false;
        ServerCluster::Initialised done;
        m_server = test::startClinicServer(setup, m_clock, &done);
        QVERIFY(m_server);
        QVERIFY(done.record);
        QVERIFY(!done.adoptedCluster);
        QVERIFY(!done.record->takeNewRecoveryKey().isEmpty());
        QVERIFY(m_server);
        m_port = m_server->port();
    }

    void cleanupTestCase() {
        if (m_server) {
            m_server->stop();
            QVERIFY(!m_server->running());
        }
    }

    void theServerAcceptsNothingButCertificates() {
        // No pg_hba line lets a plain connection, or a TLS one with a password, in: for any role.
        for (const char* user : {"tsumugi_app", "tsumugi_owner", "postgres"}) {
            for (const char* mode : {"disable", "require"}) {
                const QString why =
                    refusal(QStringLiteral("host=127.0.0.1 port=%1 dbname=tsumugi user=%2 sslmode=%3 password=x "
                                           "connect_timeout=5")
                                .arg(m_port)
                                .arg(QLatin1String(user), QLatin1String(mode)));
                // The desks' role over TLS meets the certificate's demand; nothing else has a line at all.
                const bool tlsDesk = qstrcmp(user, "tsumugi_app") == 0 && qstrcmp(mode, "require") == 0;
                QVERIFY2(why.contains(
                             QLatin1String(tlsDesk ? "requires a valid client certificate" : "no pg_hba.conf entry")),
                         qPrintable(why));
            }
        }
        // TLS 1.2 is refused too.
        const QString old = refusal(QStringLiteral("host=127.0.0.1 port=%1 dbname=tsumugi sslmode=require "
                                                   "ssl_max_protocol_version=TLSv1.2 connect_timeout=5")
                                        .arg(m_port));
        QVERIFY2(!old.isEmpty() && !old.contains(QLatin1String("pg_hba")), qPrintable(old));
    }

    void theDeskRefusesTlsWithoutVerification() {
        const QString location = joinDesk(QStringLiteral("unverified"), m_server->authority());
        QString weakened = location;
        weakened.replace(QLatin1String("sslmode=verify-full"), QLatin1String("sslmode=require"));
        TSUMUGI_VERIFY_ERROR(signIn(weakened), Error::Kind::Validation);
        weakened.replace(QLatin1String("sslmode=require"), QLatin1String("sslmode=verify-ca"));
        TSUMUGI_VERIFY_ERROR(signIn(weakened), Error::Kind::Validation);
        // Verified, but without the desk's own certificate: refused by the desk before the server would.
        QString anonymous = location;
        anonymous.remove(QRegularExpression(QStringLiteral("&sslcert=[^&]*")));
        QVERIFY(anonymous != location);
        TSUMUGI_VERIFY_ERROR(signIn(anonymous), Error::Kind::Validation);
        QVERIFY(signIn(location));
    }

    void aJoinedDeskWorksAsTheApplicationRole() {
        const QString location = joinDesk(QStringLiteral("reception-1"), m_server->authority());
        QVERIFY(location.contains(QLatin1String("sslmode=verify-full")));
        {
            auto record = signIn(location);
            Patient p;
            p.familyName = QStringLiteral("証明");
            p.familyKana = QStringLiteral("ショウメイ");
            p.sex = Sex::Female;
            p.birthDate = QDate(1970, 3, 4);
            record->patients().create(p);
            QCOMPARE(record->patients().search(QStringLiteral("ショウメイ"), -1).size(), qsizetype(1));
        }
        PostgresConnection desk(location);
        QVERIFY(!desk.mayChangeSchema());
        TSUMUGI_VERIFY_ERROR(desk.exec("DROP TABLE patients;"), Error::Kind::Storage);
        TSUMUGI_VERIFY_ERROR(desk.exec("ALTER TABLE audit_log DISABLE TRIGGER USER;"), Error::Kind::Storage);
        TSUMUGI_VERIFY_ERROR(desk.exec("TRUNCATE audit_log;"), Error::Kind::Storage);
        TSUMUGI_VERIFY_ERROR(desk.exec("CREATE TABLE elsewhere (id INTEGER);"), Error::Kind::Storage);
        // The owner, on the server machine, may.
        QVERIFY(PostgresConnection(m_server->ownerLocation()).mayChangeSchema());
    }

    void theDesksRoleRotatesTheRecordKey() {
        const QString location = joinDesk(QStringLiteral("admin-desk"), m_server->authority());
        auto record = signIn(location);
        RecordKeyRotation rotation(*record);
        rotation.start(m_adminPassword);
        QVERIFY(rotation.runToEnd());
        QCOMPARE(rotation.progress()->phase, RecordKeyRotation::Phase::Done);
        // The rules stand again after it: a row of the audit trail is still never changed.
        PostgresConnection desk(location);
        TSUMUGI_VERIFY_ERROR(desk.exec("UPDATE audit_log SET action = action;"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(desk.exec("DELETE FROM audit_log;"), Error::Kind::Conflict);
        // Saying "re-sealing" lets an update through, never a deletion.
        desk.exec("BEGIN; SELECT set_config('tsumugi.resealing', 'on', true);");
        desk.exec("UPDATE audit_log SET action = action;");
        TSUMUGI_VERIFY_ERROR(desk.exec("DELETE FROM audit_log;"), Error::Kind::Conflict);
        desk.exec("ROLLBACK;");
    }

    void aCertificateOfAnotherAuthorityIsRefused() {
        const QString otherFolder = m_dir.path() + QStringLiteral("/other-ca");
        ClinicCertificateAuthority other =
            ClinicCertificateAuthority::create(otherFolder, QStringLiteral("他院"), m_caPassword);
        QString location = joinDesk(QStringLiteral("stranger"), other);
        // The stranger trusts our server's CA (it could have copied it): still the server refuses its certificate.
        QFile::remove(m_dir.path() + QStringLiteral("/desk-stranger/clinic-ca.crt"));
        QVERIFY(QFile::copy(serverFolder() + QStringLiteral("/ca/ca.crt"),
                            m_dir.path() + QStringLiteral("/desk-stranger/clinic-ca.crt")));
        TSUMUGI_VERIFY_ERROR(signIn(location), Error::Kind::PermissionDenied);
        // A desk of ours that is shown another server (another CA) refuses it before sending anything.
        const QString ours = joinDesk(QStringLiteral("misled"), m_server->authority());
        QFile::remove(m_dir.path() + QStringLiteral("/desk-misled/clinic-ca.crt"));
        QVERIFY(QFile::copy(otherFolder + QStringLiteral("/ca.crt"),
                            m_dir.path() + QStringLiteral("/desk-misled/clinic-ca.crt")));
        try {
            signIn(ours);
            QFAIL("a server of another CA was accepted");
        } catch (const Error& e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::PermissionDenied));
            QVERIFY2(e.message().contains(QLatin1String("certificate")), qPrintable(e.message()));
        }
    }

    void aRevokedDeskIsRefusedAtItsNextConnection() {
        const QString location = joinDesk(QStringLiteral("stolen-laptop"), m_server->authority());
        QVERIFY(signIn(location));
        TSUMUGI_VERIFY_ERROR(m_server->revokeDesk(QStringLiteral("stolen-laptop"), QStringLiteral("wrong password")),
                             Error::Kind::WrongPassword);
        QVERIFY(signIn(location)); // a wrong CA password revoked nothing
        m_server->revokeDesk(QStringLiteral("stolen-laptop"), m_caPassword);
        try {
            signIn(location);
            QFAIL("a revoked desk got in");
        } catch (const Error& e) {
            QCOMPARE(int(e.kind()), int(Error::Kind::PermissionDenied));
            QVERIFY2(e.message().contains(QLatin1String("revoked")), qPrintable(e.message()));
        }
        // The other desks go on; the revoked name is not issued again.
        QVERIFY(signIn(joinDesk(QStringLiteral("reception-2"), m_server->authority())));
        TSUMUGI_VERIFY_ERROR(m_server->authority().issueDesk(QStringLiteral("stolen-laptop"), m_caPassword),
                             Error::Kind::FileExists);
        const auto issued = m_server->authority().issued();
        const auto revoked =
            std::count_if(issued.begin(), issued.end(), [](const auto& i) { return i.revokedAt.isValid(); });
        QCOMPARE(revoked, 1);
    }

    void aJoinFileOpensOnlyWithItsCode() {
        DeskJoin::Contents c;
        c.desk = QStringLiteral("exam-1");
        c.host = QStringLiteral("192.168.1.10");
        c.keyPem = "-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n";
        const QString code = DeskJoin::newCode();
        QVERIFY(
            QRegularExpression(QStringLiteral("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$")).match(code).hasMatch());
        const QByteArray file = DeskJoin::seal(c, code);
        QVERIFY(!file.contains("secret"));
        QVERIFY(!file.contains(QByteArray("PRIVATE KEY")));
        TSUMUGI_VERIFY_ERROR(DeskJoin::open(file, DeskJoin::newCode()), Error::Kind::WrongPassword);
        TSUMUGI_VERIFY_ERROR(DeskJoin::open("{\"format\":\"other\"}", code), Error::Kind::Validation);
        QCOMPARE(DeskJoin::open(file, code).keyPem, c.keyPem);
    }

    // server backup → restore on a new server: the same patients, notes and audit trail (its head where the header
    // says); the generations kept; a cut, altered or foreign file refused; a record never restored over.
    void aBackupRestoresOntoANewServer() {
        try {
            backupAndRestore();
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

private:
    void backupAndRestore() {
        auto record = ClinicRecord::open(m_server->ownerLocation(), QStringLiteral("admin"), m_adminPassword, m_clock);
        Patient p;
        p.familyName = QStringLiteral("控");
        p.familyKana = QStringLiteral("ヒカエ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1961, 5, 6);
        p = record->patients().create(p);
        record->users().add(QStringLiteral("dr.hikae"), QStringLiteral("控 医師"), Role::Doctor,
                            QStringLiteral("doctor password 1"));
        auto doctor = ClinicRecord::open(m_server->ownerLocation(), QStringLiteral("dr.hikae"),
                                         QStringLiteral("doctor password 1"), m_clock);
        Visit v;
        v.patientId = p.id;
        v.date = m_clock.today();
        v.department = QStringLiteral("内科");
        v = doctor->chart().visits().create(v);
        ClinicalNote n;
        n.visitId = v.id;
        n.findings = QStringLiteral("控えの所見: 血圧 128/76");
        n.orders = QStringLiteral("Rp) 経過観察");
        n = doctor->chart().notes().saveDraft(n);
        doctor.reset();

        const QString folder = m_dir.path() + QStringLiteral("/backups");
        ServerBackup::Written w;
        for (int i = 0; i < 3; ++i) {
            w = ServerBackup::create(m_server->ownerConninfo(), *record, folder, 2);
            QTest::qWait(5); // distinct names (milliseconds)
        }
        QCOMPARE(ServerBackup::list(folder).size(), qsizetype(2));
        QCOMPARE(ServerBackup::list(folder).last(), w.path);
        QVERIFY(!QFile(w.path).readAll().contains("ヒカエ"));
        const ServerBackup::Header h = ServerBackup::header(w.path);
        QCOMPARE(h.institution, QStringLiteral("1310000035"));
        QVERIFY(h.auditSeq > 0);
        {
            QFile f(w.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(QStringLiteral("控えの所見").toUtf8()));
            QVERIFY(!bytes.contains("ヒカエ"));
            // Cut short, or one byte altered: refused in words; another user's wrong password too.
            QFile cut(m_dir.path() + QStringLiteral("/cut.tsumugi-server-backup"));
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() - 100));
            cut.close();
            TSUMUGI_VERIFY_ERROR(ServerBackup::verify(cut.fileName(), QStringLiteral("admin"), m_adminPassword),
                                 Error::Kind::Tampered);
            QByteArray altered = bytes;
            altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x01);
            QFile changed(m_dir.path() + QStringLiteral("/altered.tsumugi-server-backup"));
            QVERIFY(changed.open(QIODevice::WriteOnly));
            changed.write(altered);
            changed.close();
            TSUMUGI_VERIFY_ERROR(ServerBackup::verify(changed.fileName(), QStringLiteral("admin"), m_adminPassword),
                                 Error::Kind::Tampered);
        }
        TSUMUGI_VERIFY_ERROR(ServerBackup::verify(w.path, QStringLiteral("admin"), QStringLiteral("wrong password")),
                             Error::Kind::WrongPassword);
        ServerBackup::verify(w.path, QStringLiteral("admin"), m_adminPassword);
        // Never over a record.
        TSUMUGI_VERIFY_ERROR(
            ServerBackup::restore(w.path, QStringLiteral("admin"), m_adminPassword, *m_server, m_clock),
            Error::Kind::FileExists);

        // A new server, empty, and the backup restored into it.
        ServerCluster::Setup setup;
        setup.folder = m_dir.path() + QStringLiteral("/restored");
        setup.listen = {QStringLiteral("127.0.0.1")};
        setup.caPassword = m_caPassword;
        setup.makeRecord = false;
        const std::unique_ptr<ServerCluster> restored = test::startClinicServer(setup, m_clock);
        QVERIFY(restored);
        ServerBackup::restore(w.path, QStringLiteral("admin"), m_adminPassword, *restored, m_clock);
        {
            auto copy =
                ClinicRecord::open(restored->ownerLocation(), QStringLiteral("admin"), m_adminPassword, m_clock);
            QCOMPARE(copy->clinic().institutionNumber, QStringLiteral("1310000035"));
            QCOMPARE(copy->patients().count(), record->patients().count());
            QCOMPARE(copy->patients().search(QStringLiteral("ヒカエ"), -1).size(), qsizetype(1));
            const auto note = copy->chart().notes().find(n.id);
            QVERIFY(note);
            QCOMPARE(note->findings, n.findings);
            QVERIFY(copy->audit().verify().ok);
        }
        // The original's trail holds the backups themselves (exported) beyond the last backup's head.
        QVERIFY(record->audit().head().seq > h.auditSeq);
        restored->stop();
    }

private slots:

    // A second init on the same folder adopts what is there: the CA, the record and the desks' certificates stay.
    void initAgainAdoptsTheClusterAndKeepsTheRecord() {
        const QString location = joinDesk(QStringLiteral("before-adopt"), m_server->authority());
        ServerCluster::Setup setup;
        setup.folder = serverFolder();
        setup.listen = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
        setup.port = m_port;
        setup.caPassword = m_caPassword;
        const auto done = ServerCluster::init(setup, m_clock);
        QVERIFY(done.adoptedCluster);
        QVERIFY(!done.record);
        auto record = signIn(location);
        QCOMPARE(record->clinic().institutionNumber, QStringLiteral("1310000035"));
        QCOMPARE(record->patients().search(QStringLiteral("ショウメイ"), -1).size(), qsizetype(1));
    }
};

TSUMUGI_TEST_CLASS(TestServerSetup)
#include "test_server_setup.moc"
