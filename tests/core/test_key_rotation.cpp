#include "core/Error.h"
#include "core/chart/ReceivedItemStore.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/record/RecordKeyRotation.h"
#include "core/security/ServerKeySlots.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"
#include "support/ErrorKind.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;

// #34: rotating the record key of a clinic server. An administrator starts it; every value is sealed anew and every
// token made anew in batches while desks go on working; a rotation stopped between batches goes on from another
// session; at its end the retiring key is gone, every sealed value and token is of the new generation, and search,
// a received resource and a sender's link are found as before. Desks signed in before are asked to sign in again.
class TestKeyRotation : public QObject {
    Q_OBJECT
    test::PostgresCluster m_cluster;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)};
    int m_databases = 0;
    QString m_database;
    const QString m_doctorPassword = QStringLiteral("doctor pass 1");

    QString location() const {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_cluster.port()).arg(m_database);
    }

    std::unique_ptr<ClinicRecord> newRecord() {
        m_database = QStringLiteral("rotation%1").arg(++m_databases);
        PostgresConnection admin(m_cluster.conninfo());
        admin.exec(QStringLiteral("CREATE DATABASE %1;").arg(m_database).toUtf8().constData());
        return ClinicRecord::create(location(), setup(), m_clock);
    }

    static ClinicRecord::NewRecord setup() {
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("鍵交換クリニック"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = test::TempRecord::AdminName;
        setup.adminPassword = test::TempRecord::AdminPassword;
        setup.fillMasters = false;
        setup.recoveryKey = false;
        return setup;
    }

    std::unique_ptr<ClinicRecord> signIn(const QString& user, const QString& password) {
        return ClinicRecord::open(location(), user, password, m_clock);
    }
    std::unique_ptr<ClinicRecord> signInAdmin() {
        return signIn(test::TempRecord::AdminName, test::TempRecord::AdminPassword);
    }

    static Patient patient(int i) {
        Patient p;
        p.familyName = QStringLiteral("鍵姓%1").arg(i);
        p.givenName = QStringLiteral("花子");
        p.familyKana = QStringLiteral("カギ");
        p.givenKana = QStringLiteral("ハナコ");
        p.sex = Sex::Female;
        p.birthDate = QDate(1950, 1, 1).addDays(i);
        p.phone = QStringLiteral("03-5%1").arg(i, 7, 10, QLatin1Char('0'));
        return p;
    }

    static ReceivedItemStore::Source received() {
        return {QStringLiteral("1319999999"), QStringLiteral("Condition|urn:x|1|8830052|2026-11-01"),
                "{\"resourceType\":\"Condition\",\"id\":\"r1\"}"};
    }

    // How many rows of a table hold a value of a column sealed under a generation (its header bytes).
    qint64 sealedUnder(ClinicRecord& record, const char* table, const char* column, int generation) {
        const std::string sql =
            generation == 1 ? std::string("SELECT count(*) FROM ") + table + " WHERE get_byte(" + column + ", 0) = 1;"
                            : std::string("SELECT count(*) FROM ") + table + " WHERE get_byte(" + column +
                                  ", 0) = 2 AND get_byte(" + column + ", 2) = ?;";
        Statement st(record.db(), sql);
        if (generation != 1) {
            st.bind(1, generation);
        }
        st.step();
        return st.int64(0);
    }

    static qint64 count(ClinicRecord& record, const char* sql) {
        Statement st(record.db(), sql);
        st.step();
        return st.int64(0);
    }

private slots:
    void initTestCase() { TSUMUGI_START_POSTGRES_CLUSTER(m_cluster); }
    void cleanupTestCase() { m_cluster.stop(); }

    void aRotationReSealsEverythingWhileDesksWork() {
        constexpr int Patients = 40;
        {
            auto admin = newRecord();
            admin->users().add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), Role::Doctor, m_doctorPassword);
            for (int i = 1; i <= Patients; ++i) {
                admin->patients().create(patient(i));
            }
        }
        auto doctor = signIn(QStringLiteral("dr.sato"), m_doctorPassword);
        const qint64 first = doctor->patients().search(QStringLiteral("カギ"), -1).first().id;
        QVERIFY(doctor->atomically([&] {
            ReceivedItemStore store(*doctor);
            Diagnosis d;
            d.patientId = first;
            d.name = QStringLiteral("受信高血圧症");
            d.startDate = m_clock.today();
            store.receive(d, received());
            store.link(QStringLiteral("local:1319999999:A-77"), first);
            return true;
        }));

        auto admin = signInAdmin();
        RecordKeyRotation rotation(*admin);
        TSUMUGI_VERIFY_ERROR(rotation.start(QStringLiteral("not the password")), Error::Kind::WrongPassword);
        const RecordKeyRotation::Started started = rotation.start(test::TempRecord::AdminPassword);
        QCOMPARE(started.generation, 2);
        QCOMPARE(started.oneTimePasswords.size(), std::size_t(1));
        QVERIFY(!started.recoveryKey.isEmpty());
        TSUMUGI_VERIFY_ERROR(rotation.start(test::TempRecord::AdminPassword), Error::Kind::Conflict);

        // The desk signed in before: asked to sign in again, for a change as for a search; its old password is gone.
        TSUMUGI_VERIFY_ERROR(doctor->patients().create(patient(900)), Error::Kind::KeyChanged);
        TSUMUGI_VERIFY_ERROR(doctor->patients().search(QStringLiteral("カギ"), -1), Error::Kind::KeyChanged);
        doctor.reset();
        TSUMUGI_VERIFY_ERROR(signIn(QStringLiteral("dr.sato"), m_doctorPassword), Error::Kind::WrongPassword);
        doctor = signIn(QStringLiteral("dr.sato"), started.oneTimePasswords.at(QStringLiteral("dr.sato")));
        QVERIFY(doctor->onOneTimePassword());
        QVERIFY(!admin->onOneTimePassword()); // the administrator who started it keeps its password
        doctor->users().changePassword(started.oneTimePasswords.at(QStringLiteral("dr.sato")), m_doctorPassword);
        QVERIFY(!doctor->onOneTimePassword());

        // A few batches, then the session ends (as a killed one would, between two transactions).
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rotation.step());
        }
        QVERIFY(rotation.progress()->rowsResealed > 0);
        admin.reset();
        // Meanwhile the desk works: a new patient (sealed under the new key), the old ones found.
        const Patient added = doctor->patients().create(patient(Patients + 1));
        QCOMPARE(doctor->patients().search(QStringLiteral("カギ"), -1).size(), Patients + 1);

        admin = signInAdmin();
        RecordKeyRotation resumed(*admin);
        QCOMPARE(resumed.progress()->phase, RecordKeyRotation::Phase::Resealing);
        int batches = 0;
        QVERIFY(resumed.runToEnd([&](const RecordKeyRotation::Progress&) { return ++batches < 10000; }));
        const auto done = resumed.progress();
        QCOMPARE(done->phase, RecordKeyRotation::Phase::Done);
        QVERIFY(done->finishedAt.isValid());
        QCOMPARE(done->valuesRefused, qint64(0));
        QVERIFY(done->tokensRemoved > 0);
        QVERIFY(!resumed.step());

        // Every sealed value is of the new generation, no token of the old one is left, the retiring key is gone.
        QCOMPARE(sealedUnder(*admin, "patients", "family_name", 1), qint64(0));
        QCOMPARE(sealedUnder(*admin, "patients", "family_name", 2), qint64(Patients + 1));
        QCOMPARE(sealedUnder(*admin, "audit_log", "detail", 1), qint64(0));
        QCOMPARE(count(*admin, "SELECT count(*) FROM search_tokens WHERE generation <> 2;"), qint64(0));
        QCOMPARE(count(*admin, "SELECT count(*) FROM search_token_counts WHERE generation <> 2;"), qint64(0));
        const KeySlotFile keys = ServerKeySlots(admin->db()).load();
        QCOMPARE(keys.keyGeneration(), 2);
        QCOMPARE(keys.searchedGeneration(), 2);
        QVERIFY(!keys.rotating());

        // The desk signed in during the re-sealing holds the new key: it takes the switch and the end on by itself
        // (it searched the old tokens, which are gone), and a desk signed in now opens with the new key alone.
        QCOMPARE(doctor->patients().search(QStringLiteral("カギ"), -1).size(), Patients + 1);
        doctor->patients().create(patient(Patients + 2));
        doctor = signIn(QStringLiteral("dr.sato"), m_doctorPassword);
        QVERIFY(!doctor->onOneTimePassword());
        QCOMPARE(doctor->patients().search(QStringLiteral("カギ"), -1).size(), Patients + 2);
        QCOMPARE(doctor->patients().search(added.phone).first().id, added.id);
        QCOMPARE(doctor->patients().open(first)->familyName, patient(1).familyName);
        // The received resource and the sender's link are found by their new tokens.
        ReceivedItemStore store(*doctor);
        QCOMPARE(store.linkedPatient(QStringLiteral("local:1319999999:A-77")), std::optional<qint64>(first));
        Diagnosis again;
        again.patientId = first;
        again.name = QStringLiteral("受信高血圧症");
        again.startDate = m_clock.today();
        QCOMPARE(store.receive(again, received()).outcome, ReceivedItemStore::Outcome::Unchanged);
        // A second rotation starts from generation 2.
        QCOMPARE(RecordKeyRotation(*admin).start(test::TempRecord::AdminPassword).generation, 3);
    }

    void aRecordInAFileIsNotRotatedYet() {
        QTemporaryDir dir;
        auto record = ClinicRecord::create(dir.filePath(QStringLiteral("clinic.tsumugi")), setup(), m_clock);
        TSUMUGI_VERIFY_ERROR(RecordKeyRotation(*record).start(test::TempRecord::AdminPassword),
                             Error::Kind::Validation);
    }
};

TSUMUGI_TEST_CLASS(TestKeyRotation)
#include "test_key_rotation.moc"
