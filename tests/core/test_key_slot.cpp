#include "core/security/KeyDerivation.h"
#include "core/security/KeySlot.h"
#include "support/TestRegistry.h"

#include <QTest>

using namespace tsumugi;

class TestKeySlot : public QObject {
    Q_OBJECT
private slots:
    void opensWithTheRightPasswordOnly() {
        const SecureBytes key = SecureBytes::random(32);
        const KeySlot slot = KeySlot::seal(QStringLiteral("tanaka"), QStringLiteral("pass word 1"), key,
                                           KeyDerivation::MinimumIterations);
        const auto opened = slot.open(QStringLiteral("pass word 1"));
        QVERIFY(opened.has_value());
        QVERIFY(*opened == key);
        QVERIFY(!slot.open(QStringLiteral("pass word 2")).has_value());
        QVERIFY(!slot.open(QString()).has_value());
    }
    void survivesJsonAndRejectsTampering() {
        const SecureBytes key = SecureBytes::random(32);
        const KeySlot slot = KeySlot::seal(QStringLiteral("sato"), QStringLiteral("秘密のパスワード"), key,
                                           KeyDerivation::MinimumIterations);
        QJsonObject json = slot.toJson();
        const auto again = KeySlot::fromJson(json);
        QVERIFY(again.has_value());
        QVERIFY(*again->open(QStringLiteral("秘密のパスワード")) == key);

        // The slot is bound to its user: renaming it must not open.
        QJsonObject renamed = json;
        renamed[QStringLiteral("user")] = QStringLiteral("attacker");
        QVERIFY(!KeySlot::fromJson(renamed)->open(QStringLiteral("秘密のパスワード")).has_value());

        // A flipped bit in the wrapped key fails authentication.
        QByteArray wrapped = QByteArray::fromBase64(json.value(QStringLiteral("wrappedKey")).toString().toLatin1());
        wrapped[0] = char(wrapped[0] ^ 1);
        QJsonObject flipped = json;
        flipped[QStringLiteral("wrappedKey")] = QString::fromLatin1(wrapped.toBase64());
        QVERIFY(!KeySlot::fromJson(flipped)->open(QStringLiteral("秘密のパスワード")).has_value());

        // Lowering the iteration count is refused rather than obeyed.
        QJsonObject weak = json;
        weak[QStringLiteral("iterations")] = 1000;
        QVERIFY(!KeySlot::fromJson(weak)->open(QStringLiteral("秘密のパスワード")).has_value());
    }
    void saltsDiffer() {
        const SecureBytes key = SecureBytes::random(32);
        const auto a =
            KeySlot::seal(QStringLiteral("u"), QStringLiteral("same password"), key, KeyDerivation::MinimumIterations);
        const auto b =
            KeySlot::seal(QStringLiteral("u"), QStringLiteral("same password"), key, KeyDerivation::MinimumIterations);
        QVERIFY(a.toJson().value(QStringLiteral("salt")) != b.toJson().value(QStringLiteral("salt")));
        QVERIFY(a.toJson().value(QStringLiteral("wrappedKey")) != b.toJson().value(QStringLiteral("wrappedKey")));
    }
    void refusesTooFewIterations() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 KeyDerivation::derive(QStringLiteral("x"), QByteArray(16, 's'), 10000));
    }
};

TSUMUGI_TEST_CLASS(TestKeySlot)
#include "test_key_slot.moc"
