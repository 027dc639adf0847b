#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/patients/PatientRepository.h"
#include "core/security/KeySlotFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

// No patient data in plain text anywhere the record leaves bytes: the database, its WAL, the key file,
// or temporary files next to it.
class TestRecordEncryption : public QObject {
    Q_OBJECT

    static QList<QByteArray> needles() {
        return {QStringLiteral("鍵掛").toUtf8(),   QStringLiteral("カギカケ").toUtf8(),
                QByteArrayLiteral("98765432101"),  QByteArrayLiteral("090-8765-4321"),
                QStringLiteral("秘匿町").toUtf8(), QByteArrayLiteral("SQLite format 3")};
    }

    static QStringList leaks(const QString& folder) {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = f.readAll();
            for (const QByteArray& n : needles()) {
                if (bytes.contains(n)) {
                    found << QStringLiteral("%1 contains %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(n));
                }
            }
        }
        return found;
    }

private slots:
    void noPlaintextOnDisk() {
        TempRecord t;
        Patient p;
        p.familyName = QStringLiteral("鍵掛");
        p.givenName = QStringLiteral("守");
        p.familyKana = QStringLiteral("カギカケ");
        p.givenKana = QStringLiteral("マモル");
        p.sex = Sex::Male;
        p.birthDate = QDate(1970, 1, 1);
        p.phone = QStringLiteral("090-8765-4321");
        p.address = QStringLiteral("秘匿町1-2-3");
        p.insurance = {QStringLiteral("01130012"), QStringLiteral("77"), QStringLiteral("98765432101"),
                       QStringLiteral("00")};
        const Patient saved = t.record->patients().create(p);
        Patient edited = saved;
        edited.address = QStringLiteral("秘匿町4-5-6");
        t.record->patients().update(edited);

        // While the record is open the new pages sit in the WAL: check it too.
        QVERIFY(QFile::exists(t.path + QStringLiteral("-wal")));
        QStringList found = leaks(t.dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        t.record.reset();
        found = leaks(t.dir.path());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // And the test's needles do find plain text when it is there (the check itself works).
        QFile plain(t.dir.filePath(QStringLiteral("control.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QStringLiteral("鍵掛").toUtf8());
        plain.close();
        QCOMPARE(leaks(t.dir.path()).size(), 1);
    }
};

TSUMUGI_TEST_CLASS(TestRecordEncryption)
#include "test_record_encryption.moc"
