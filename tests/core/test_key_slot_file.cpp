#include "core/Error.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;

class TestKeySlotFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripsSlotsAndCheck() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.keys"));
        const SecureBytes key = SecureBytes::random(32);
        KeySlotFile file;
        file.setKeyCheck(key);
        file.put(KeySlot::seal(QStringLiteral("admin"), QStringLiteral("password 1"), key,
                               KeyDerivation::MinimumIterations));
        file.save(path);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const KeySlotFile loaded = KeySlotFile::load(path);
        QVERIFY(loaded.keyMatches(key));
        QVERIFY(!loaded.keyMatches(SecureBytes::random(32)));
        QVERIFY(loaded.find(QStringLiteral("admin")) != nullptr);
        QVERIFY(loaded.find(QStringLiteral("nobody")) == nullptr);
        QVERIFY(loaded.legacyFailedLogins().isEmpty());
    }
    void missingAndDamagedFilesAreNamed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.keys"));
        try {
            KeySlotFile::load(path);
            QFAIL("a missing key file must throw");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::FileMissing);
            QVERIFY(e.message().contains(QStringLiteral("r.keys")));
        }
        QVERIFY(!QFile::exists(path)); // loading never creates
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"something else\"}");
        f.close();
        try {
            KeySlotFile::load(path);
            QFAIL("a foreign file must throw");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::KeyFileDamaged);
        }
    }
};

TSUMUGI_TEST_CLASS(TestKeySlotFile)
#include "test_key_slot_file.moc"
