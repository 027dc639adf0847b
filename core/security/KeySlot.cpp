#include "core/security/KeySlot.h"

#include "core/security/KeyDerivation.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace tsumugi {

namespace {
constexpr int SaltLength = 16;
constexpr int NonceLength = 12;
constexpr int TagLength = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// The slot is bound to its user name, so a slot copied under another name does not open.
QByteArray associatedData(const QString& user) {
    return QByteArrayLiteral("tsumugi-keyslot-v1:") + user.toUtf8();
}

QByteArray randomBytes(int n) {
    QByteArray b(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), n) != 1) {
        throw std::runtime_error("the system random generator failed");
    }
    return b;
}

const unsigned char* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
} // namespace

KeySlot KeySlot::seal(const QString& user, const QString& password, const SecureBytes& databaseKey, int iterations) {
    KeySlot slot;
    slot.m_user = user;
    slot.m_salt = randomBytes(SaltLength);
    slot.m_iterations = iterations;
    slot.m_nonce = randomBytes(NonceLength);
    const SecureBytes kek = KeyDerivation::derive(password, slot.m_salt, iterations);
    const QByteArray aad = associatedData(user);

    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    slot.m_ciphertext = QByteArray(databaseKey.size(), '\0');
    slot.m_tag = QByteArray(TagLength, '\0');
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(), bytes(slot.m_nonce)) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(slot.m_ciphertext.data()), &len,
                                databaseKey.data(), databaseKey.size()) == 1;
    total = len;
    ok =
        ok &&
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(slot.m_ciphertext.data()) + total, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagLength, slot.m_tag.data()) == 1;
    if (!ok) {
        throw std::runtime_error("could not seal the key slot");
    }
    return slot;
}

std::optional<SecureBytes> KeySlot::open(const QString& password) const {
    if (m_iterations < KeyDerivation::MinimumIterations || m_nonce.size() != NonceLength || m_tag.size() != TagLength) {
        return std::nullopt;
    }
    const SecureBytes kek = KeyDerivation::derive(password, m_salt, m_iterations);
    const QByteArray aad = associatedData(m_user);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    SecureBytes key(int(m_ciphertext.size()));
    QByteArray tag = m_tag;
    int len = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(), bytes(m_nonce)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), key.data(), &len, bytes(m_ciphertext), int(m_ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagLength, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), key.data() + len, &len) == 1;
    if (!ok) {
        return std::nullopt;
    }
    return key;
}

QJsonObject KeySlot::toJson() const {
    QJsonObject o{
        {QStringLiteral("user"), m_user},
        {QStringLiteral("kdf"), QStringLiteral("pbkdf2-hmac-sha256")},
        {QStringLiteral("iterations"), m_iterations},
        {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(m_ciphertext.toBase64())},
        {QStringLiteral("tag"), QString::fromLatin1(m_tag.toBase64())},
    };
    if (m_oneTime) {
        o.insert(QStringLiteral("oneTime"), true);
    }
    return o;
}

std::optional<KeySlot> KeySlot::fromJson(const QJsonObject& o) {
    if (o.value(QStringLiteral("kdf")).toString() != QStringLiteral("pbkdf2-hmac-sha256") ||
        o.value(QStringLiteral("cipher")).toString() != QStringLiteral("aes-256-gcm")) {
        return std::nullopt;
    }
    KeySlot slot;
    slot.m_user = o.value(QStringLiteral("user")).toString();
    slot.m_iterations = o.value(QStringLiteral("iterations")).toInt();
    slot.m_salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    slot.m_nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    slot.m_ciphertext = QByteArray::fromBase64(o.value(QStringLiteral("wrappedKey")).toString().toLatin1());
    slot.m_tag = QByteArray::fromBase64(o.value(QStringLiteral("tag")).toString().toLatin1());
    slot.m_oneTime = o.value(QStringLiteral("oneTime")).toBool(false);
    if (slot.m_user.isEmpty() || slot.m_salt.isEmpty() || slot.m_ciphertext.isEmpty()) {
        return std::nullopt;
    }
    return slot;
}

} // namespace tsumugi
