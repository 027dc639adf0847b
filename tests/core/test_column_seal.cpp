// The sealing of values that leave a desk for the clinic server (ColumnSeal, #34): HKDF-SHA256 as RFC 5869 computes
// it, AES-256-GCM bound to the cell it was sealed for, and search tokens that are equal for equal input only under
// one record key.
#include "core/Error.h"
#include "core/security/ColumnSeal.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include <QTest>
#include <functional>

using namespace tsumugi;

namespace {
const SealedCell familyName{QStringLiteral("patients"), QStringLiteral("family_name"), 41};

// What open() says of a sealed value at a cell: the value, or "tampered", or another failure (a test failure).
QString opened(const ColumnSeal& seal, const SealedCell& cell, const QByteArray& sealed) {
    try {
        return QString::fromUtf8(seal.open(cell, sealed));
    } catch (const Error& e) {
        return e.kind() == Error::Kind::Tampered ? QStringLiteral("(tampered)") : QStringLiteral("(other error)");
    }
}
} // namespace

class TestColumnSeal : public QObject {
    Q_OBJECT
    const SecureBytes m_key = SecureBytes::random(32);

private slots:
    // RFC 5869, appendix A.1 (the basic test case with SHA-256).
    void hkdfIsRfc5869() {
        const SecureBytes ikm(QByteArray(22, '\x0b'));
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
        const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
        const SecureBytes okm = ColumnSeal::hkdf(ikm, salt, info, 42);
        QCOMPARE(QByteArray(okm.constChars(), okm.size()).toHex(),
                 QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    void aValueOpensWhereItWasSealedAndShowsNothingOfItself() {
        const ColumnSeal seal(m_key);
        const QByteArray plain = QStringLiteral("鈴木").toUtf8();
        const QByteArray once = seal.seal(familyName, plain);
        const QByteArray twice = seal.seal(familyName, plain);
        QCOMPARE(once.size(), plain.size() + ColumnSeal::Overhead);
        QCOMPARE(once.at(0), ColumnSeal::Format);
        QVERIFY(once != twice); // a fresh nonce each time: equal values are not seen equal on the server
        QVERIFY(!once.contains(plain));
        QCOMPARE(opened(seal, familyName, once), QStringLiteral("鈴木"));
        QCOMPARE(opened(seal, familyName, twice), QStringLiteral("鈴木"));
        QCOMPARE(opened(seal, familyName, seal.seal(familyName, QByteArray())), QString());
        // Another session of the same record (the same key) opens it too.
        QCOMPARE(opened(ColumnSeal(m_key), familyName, once), QStringLiteral("鈴木"));
    }

    // A sealed value copied to another row, another column or another table does not open there.
    void aValueMovedElsewhereIsRefused() {
        const ColumnSeal seal(m_key);
        const QByteArray sealed = seal.seal(familyName, QStringLiteral("鈴木").toUtf8());
        SealedCell otherRow = familyName;
        otherRow.row = QStringLiteral("42");
        SealedCell otherColumn = familyName;
        otherColumn.column = QStringLiteral("given_name");
        SealedCell otherTable = familyName;
        otherTable.table = QStringLiteral("users");
        for (const SealedCell& cell : {otherRow, otherColumn, otherTable}) {
            QCOMPARE(opened(seal, cell, sealed), QStringLiteral("(tampered)"));
        }
    }

    // Any altered byte (format, nonce, ciphertext, tag), a cut value, or another record's key: refused.
    void anAlteredValueOrAnotherKeyIsRefused() {
        const ColumnSeal seal(m_key);
        const QByteArray sealed = seal.seal(familyName, QStringLiteral("スズキ サクラ").toUtf8());
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ 0x01);
            QCOMPARE(opened(seal, familyName, altered), QStringLiteral("(tampered)"));
        }
        QCOMPARE(opened(seal, familyName, sealed.left(sealed.size() - 1)), QStringLiteral("(tampered)"));
        QCOMPARE(opened(seal, familyName, sealed.left(5)), QStringLiteral("(tampered)"));
        QCOMPARE(opened(seal, familyName, QByteArray()), QStringLiteral("(tampered)"));
        QCOMPARE(opened(ColumnSeal(SecureBytes::random(32)), familyName, sealed), QStringLiteral("(tampered)"));
    }

    // Tokens: the same input and kind give the same token (what search matches on); another kind or another
    // record's key gives another.
    void tokensAreEqualForEqualInputOnly() {
        const ColumnSeal seal(m_key);
        const QByteArray suzu = seal.token(QStringLiteral("kana-prefix"), QStringLiteral("スズ"));
        QCOMPARE(suzu.size(), ColumnSeal::TokenLength);
        QCOMPARE(seal.token(QStringLiteral("kana-prefix"), QStringLiteral("スズ")), suzu);
        QCOMPARE(ColumnSeal(m_key).token(QStringLiteral("kana-prefix"), QStringLiteral("スズ")), suzu);
        QVERIFY(seal.token(QStringLiteral("kana-prefix"), QStringLiteral("スズキ")) != suzu);
        QVERIFY(seal.token(QStringLiteral("phone"), QStringLiteral("スズ")) != suzu);
        QVERIFY(ColumnSeal(SecureBytes::random(32)).token(QStringLiteral("kana-prefix"), QStringLiteral("スズ")) !=
                suzu);
        QVERIFY(!suzu.contains(QStringLiteral("スズ").toUtf8()));
    }

    // Rotating the record key makes a new generation: a value names the generation it was sealed under, so a
    // record half re-sealed opens whole with both keys; tokens are per generation.
    void aValueNamesTheKeyGenerationItNeeds() {
        const SecureBytes next = SecureBytes::random(32);
        const ColumnSeal first(m_key);
        const ColumnSeal rotating({{1, m_key}, {2, next}}, 2);
        const ColumnSeal rotated({{2, next}}, 2);
        QCOMPARE(rotating.currentGeneration(), 2);
        QCOMPARE(rotating.generations(), (std::vector<int>{1, 2}));
        const QByteArray plain = QStringLiteral("鈴木").toUtf8();
        const QByteArray old = first.seal(familyName, plain);
        const QByteArray sealed = rotating.seal(familyName, plain);
        QCOMPARE(ColumnSeal::generationOf(old), 1);
        QCOMPARE(ColumnSeal::generationOf(sealed), 2);
        QCOMPARE(sealed.at(0), ColumnSeal::GenerationFormat);
        QCOMPARE(sealed.size(), plain.size() + ColumnSeal::GenerationOverhead);
        QVERIFY(!sealed.contains(plain));
        QCOMPARE(opened(rotating, familyName, old), QStringLiteral("鈴木"));
        QCOMPARE(opened(rotating, familyName, sealed), QStringLiteral("鈴木"));
        QCOMPARE(opened(rotated, familyName, sealed), QStringLiteral("鈴木"));
        // A desk signed in before the rotation holds generation 1 only: told to sign in again, not shown.
        TSUMUGI_VERIFY_ERROR(first.open(familyName, sealed), Error::Kind::KeyChanged);
        // After the rotation a value of the retired generation was put there from elsewhere (an old backup's row).
        QCOMPARE(opened(rotated, familyName, old), QStringLiteral("(tampered)"));
        // Moved, altered or under another key of the same generation: refused as in the first format.
        SealedCell otherRow = familyName;
        otherRow.row = QStringLiteral("42");
        QCOMPARE(opened(rotating, otherRow, sealed), QStringLiteral("(tampered)"));
        for (int i = 3; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ 0x01);
            QCOMPARE(opened(rotating, familyName, altered), QStringLiteral("(tampered)"));
        }
        QByteArray relabelled = sealed;
        relabelled[2] = char(1); // "generation 1" in the second format does not exist
        QCOMPARE(ColumnSeal::generationOf(relabelled), 0);
        QCOMPARE(opened(rotating, familyName, relabelled), QStringLiteral("(tampered)"));
        QCOMPARE(opened(ColumnSeal({{2, SecureBytes::random(32)}}, 2), familyName, sealed),
                 QStringLiteral("(tampered)"));
        // Tokens: generation 1's are the first key's; the current generation's are others.
        const QString kind = QStringLiteral("kana-prefix");
        QCOMPARE(rotating.token(1, kind, QStringLiteral("スズ")), first.token(kind, QStringLiteral("スズ")));
        QCOMPARE(rotating.token(kind, QStringLiteral("スズ")), rotated.token(kind, QStringLiteral("スズ")));
        QVERIFY(rotating.token(kind, QStringLiteral("スズ")) != first.token(kind, QStringLiteral("スズ")));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, rotated.token(1, kind, QStringLiteral("スズ")));
        // A seal without its current generation's key, or with a generation out of range, is a programming error.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnSeal({{1, m_key}}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnSeal({{0, m_key}}, 0));
    }

    void aShortKeyIsRefused() { QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ColumnSeal(SecureBytes::random(16))); }
};

TSUMUGI_TEST_CLASS(TestColumnSeal)
#include "test_column_seal.moc"
