#include "core/Error.h"
#include "core/db/Schema.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/SqliteConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/util/ManualClock.h"
#include "support/ErrorKind.h"
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
