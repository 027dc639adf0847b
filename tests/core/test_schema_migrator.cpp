#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/ReceivedItemStore.h"
#include "core/db/Schema.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/SqliteConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"
#include "support/ErrorKind.h"
#include "support/SchemaRollback.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;

namespace {
QByteArray fileHash(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestSchemaMigrator : public QObject {
    Q_OBJECT

    // Writes a record as the first release (schema 1) did: a clinic, an admin and one patient, no reception table.
    void writeVersion1Record(const QString& path, const QString& password) {
        const SecureBytes key = SecureBytes::random(32);
        {
            SqliteConnection db(path, SqliteConnection::OpenMode::CreateNew);
            db.unlock(key);
            db.configure();
            SchemaMigrator(Schema::migrations()).migrate(db, 1);
            QCOMPARE(SchemaMigrator::currentVersion(db), 1);
            db.exec("INSERT INTO clinic VALUES (1, '古いクリニック', '1310000001', NULL, NULL, "
                    "'2025-01-01T00:00:00.000Z');");
            db.exec("INSERT INTO users (name, display_name, role, active, created_at) "
                    "VALUES ('admin', '管理者', 'admin', 1, '2025-01-01T00:00:00.000Z');");
            db.exec("INSERT INTO patients (patient_number, version, family_name, given_name, family_kana, given_kana, "
                    "name_search, kana_search, sex, birth_date, updated_at, updated_by) VALUES (1, 1, '古川', '一', "
                    "'フルカワ', 'ハジメ', '古川一', 'フルカワハジメ', 'male', '1950-05-05', "
                    "'2025-01-01T00:00:00.000Z', 1);");
        }
        KeySlotFile keys;
        keys.setKeyCheck(key);
        keys.put(KeySlot::seal(QStringLiteral("admin"), password, key, KeyDerivation::DefaultIterations));
        keys.save(KeySlotFile::pathFor(path));
    }

private slots:
    void upgradesAnOldRecordKeepingItsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tsumugi"));
        writeVersion1Record(path, QStringLiteral("old password"));
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));

        auto record = ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("old password"), clock);
        QCOMPARE(SchemaMigrator::currentVersion(record->db()), SchemaMigrator(Schema::migrations()).latestVersion());
        const auto hits = record->patients().search(QStringLiteral("ふるかわ"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().familyName, QStringLiteral("古川"));
        // The table schema 2 added works on the upgraded file.
        const ReceptionEntry e = record->reception().add(hits.first().id);
        QCOMPARE(e.queueNumber, 1);
        QCOMPARE(record->clinic().name, QStringLiteral("古いクリニック"));
    }
    // Schema 26 keeps a received resource's sender, key and hash and a sender's number for a patient as keyed tokens
    // on both drivers (the server's side: test_sealed_server); an embedded record written before is keyed on opening.
    void anEmbeddedRecordKeysWhatItReceivedAtSchema26() {
        test::TempRecord t;
        t.record->users().add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), Role::Doctor,
                              QStringLiteral("doctor pass 1"));
        t.reopen(QStringLiteral("dr.sato"), QStringLiteral("doctor pass 1"));
        Patient p;
        p.familyName = QStringLiteral("受信");
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ジュシン");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1960, 1, 2);
        p = t.record->patients().create(p);
        const ReceivedItemStore::Source source{QStringLiteral("1319999999"),
                                               QStringLiteral("Condition|urn:x|1|8830052|2026-11-01"),
                                               "{\"resourceType\":\"Condition\"}"};
        Diagnosis d;
        d.patientId = p.id;
        d.name = QStringLiteral("高血圧症");
        d.startDate = QDate(2026, 11, 1);
        const QString link = QStringLiteral("local:1319999999:A-77");
        QVERIFY(t.record->atomically([&] {
            ReceivedItemStore store(*t.record);
            store.receive(d, source);
            store.link(link, p.id);
            return true;
        }));
        // Back to how schema 25 held them: in the clear, with the index on the birth date.
        auto& db = t.record->db();
        for (const std::string& undo : test::undoStepsAfter(25, DbConnection::Driver::Sqlite)) {
            db.exec(undo.c_str());
        }
        db.exec(
            QStringLiteral(
                "UPDATE received_items SET source_institution = '%1', resource_key = '%2', "
                "content_hash = '%3'; UPDATE received_patient_links SET identifier = '%4'; CREATE "
                "INDEX patients_birth ON patients (birth_date); DROP INDEX documents_source; PRAGMA user_version = 25;")
                .arg(source.institution, source.resourceKey,
                     QString::fromLatin1(QCryptographicHash::hash(source.rawJson, QCryptographicHash::Sha256).toHex()),
                     link)
                .toUtf8()
                .constData());
        t.reopen(QStringLiteral("dr.sato"), QStringLiteral("doctor pass 1"));
        QCOMPARE(SchemaMigrator::currentVersion(t.record->db()), Schema::model().version());
        {
            Statement raw(t.record->db(), "SELECT r.source_institution, r.resource_key, l.identifier, (SELECT count(*) "
                                          "FROM sqlite_master WHERE name = 'patients_birth') FROM received_items r, "
                                          "received_patient_links l;");
            QVERIFY(raw.step());
            QCOMPARE(raw.text(0).size(), ColumnSeal::TokenLength * 2); // hex
            QCOMPARE(raw.text(1).size(), ColumnSeal::TokenLength * 2);
            QVERIFY(!raw.text(1).contains(QStringLiteral("8830052")));
            QCOMPARE(raw.text(2).size(), ColumnSeal::TokenLength * 2);
            QCOMPARE(raw.int64(3), qint64(0));
        }
        ReceivedItemStore store(*t.record);
        QCOMPARE(store.linkedPatient(link), std::optional<qint64>(p.id));
        QVERIFY(!store.linkedPatient(QStringLiteral("local:1319999999:A-78")));
        QCOMPARE(store.receive(d, source).outcome, ReceivedItemStore::Outcome::Unchanged);
        QCOMPARE(store.receive(d, {source.institution, source.resourceKey, "{}"}).outcome,
                 ReceivedItemStore::Outcome::Updated);
        QCOMPARE(t.record->chart().diagnoses().forPatient(p.id).size(), 1);
    }
    void refusesANewerRecordWithoutTouchingIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.tsumugi"));
        writeVersion1Record(path, QStringLiteral("some password"));
        {
            ManualClock clock(QDateTime::currentDateTimeUtc());
            auto record = ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("some password"), clock);
            record->db().exec("PRAGMA user_version = 999;");
        }
        const QByteArray before = fileHash(path);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        try {
            ClinicRecord::open(path, QStringLiteral("admin"), QStringLiteral("some password"), clock);
            QFAIL("a newer schema must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NewerSchema);
            QVERIFY(e.message().contains(QStringLiteral("999")));
        }
        QCOMPARE(fileHash(path), before);
    }
    void eachStepIsAllOrNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        SqliteConnection db(path, SqliteConnection::OpenMode::CreateNew);
        db.unlock(SecureBytes::random(32));
        const SchemaMigrator broken(
            {{1, "ok", "CREATE TABLE a (x);"}, {2, "fails halfway", "CREATE TABLE b (x); SELECT nope();"}});
        TSUMUGI_VERIFY_ERROR(broken.migrate(db), Error::Kind::Storage);
        QCOMPARE(SchemaMigrator::currentVersion(db), 1);
        Statement st(db, "SELECT count(*) FROM sqlite_master WHERE name = 'b';");
        st.step();
        QCOMPARE(st.int64(0), 0); // step 2's first statement was rolled back with it
    }
};

TSUMUGI_TEST_CLASS(TestSchemaMigrator)
#include "test_schema_migrator.moc"
