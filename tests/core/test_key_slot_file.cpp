#include "core/Error.h"
#include "core/security/ColumnSeal.h"
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
    // #34, rotating the record key: the slots hold the new key's generation; the retiring key is in the file only
    // sealed under the new one, and a rotated file is one older versions refuse rather than misread.
    void keepsKeyGenerationsAndTheRetiringKeySealed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.keys"));
        const SecureBytes first = SecureBytes::random(32);
        const SecureBytes second = SecureBytes::random(32);
        KeySlotFile file;
        file.setKeyCheck(second);
        file.put(KeySlot::seal(QStringLiteral("admin"), QStringLiteral("password 1"), second,
                               KeyDerivation::MinimumIterations));
        file.setKeyGenerations(second, 2, 1, 1, first);
        file.save(path);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        raw.close();
        const QByteArray firstBytes(first.constChars(), first.size());
        QVERIFY(!bytes.contains(firstBytes) && !bytes.contains(firstBytes.toBase64()));
        QVERIFY(bytes.contains("\"version\": 2"));

        const KeySlotFile loaded = KeySlotFile::load(path);
        QCOMPARE(loaded.keyGeneration(), 2);
        QCOMPARE(loaded.searchedGeneration(), 1);
        QVERIFY(loaded.rotating());
        const auto keys = loaded.recordKeys(*loaded.find(QStringLiteral("admin"))->open(QStringLiteral("password 1")));
        QCOMPARE(keys.size(), std::size_t(2));
        QVERIFY(keys.at(1) == first);
        QVERIFY(keys.at(2) == second);
        // What the first key sealed opens with the keys the file gives; under another current key, nothing.
        const SealedCell cell{QStringLiteral("patients"), QStringLiteral("family_name"), 7};
        const QByteArray sealed = ColumnSeal(first).seal(cell, "x");
        QCOMPARE(ColumnSeal(keys, 2, 1).open(cell, sealed), QByteArray("x"));
        try {
            loaded.recordKeys(SecureBytes::random(32));
            QFAIL("the retiring key must not open under another key");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::KeyFileDamaged);
        }

        // The rotation ended: the retiring key is gone, searches use the new generation.
        KeySlotFile::update(path, [&](KeySlotFile& keysFile) { keysFile.setKeyGenerations(second, 2, 2, 0, {}); });
        const KeySlotFile ended = KeySlotFile::load(path);
        QVERIFY(!ended.rotating());
        QCOMPARE(ended.searchedGeneration(), 2);
        QCOMPARE(ended.recordKeys(second).size(), std::size_t(1));
        // A file that claims a later generation in the first version's form is damaged, not generation 1.
        QFile edited(path);
        QVERIFY(edited.open(QIODevice::ReadOnly));
        QByteArray text = edited.readAll();
        edited.close();
        text.replace("\"version\": 2", "\"version\": 1");
        QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edited.write(text);
        edited.close();
        try {
            KeySlotFile::load(path);
            QFAIL("a rotated file in the first form must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::KeyFileDamaged);
        }
        // A record never rotated: generation 1, its one key.
        KeySlotFile plain;
        plain.setKeyCheck(first);
        plain.put(KeySlot::seal(QStringLiteral("admin"), QStringLiteral("password 1"), first,
                                KeyDerivation::MinimumIterations));
        const KeySlotFile reread = KeySlotFile::fromBytes(plain.toBytes(), QStringLiteral("test"));
        QCOMPARE(reread.keyGeneration(), 1);
        QVERIFY(!reread.rotating());
        QVERIFY(reread.recordKeys(first).at(1) == first);
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
