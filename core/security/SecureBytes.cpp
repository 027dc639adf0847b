#include "core/security/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <QString>
#include <stdexcept>

namespace tsumugi {

SecureBytes::SecureBytes(int size)
    : m_bytes(size, '\0') {}

// Deep copies: a shared QByteArray would be wiped under another owner's feet.
SecureBytes::SecureBytes(const QByteArray& data)
    : m_bytes(data.constData(), data.size()) {}

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) {}

SecureBytes& SecureBytes::operator=(const SecureBytes& other) {
    if (this != &other) {
        wipe();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes = QByteArray();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes::~SecureBytes() {
    wipe();
}

void SecureBytes::wipe() {
    if (!m_bytes.isEmpty()) {
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    m_bytes = QByteArray();
}

SecureBytes SecureBytes::random(int size) {
    SecureBytes out(size);
    if (RAND_bytes(out.data(), size) != 1) {
        throw std::runtime_error("the system random generator failed");
    }
    return out;
}

SecureBytes SecureBytes::fromUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    return out;
}

SecureBytes SecureBytes::toHex() const {
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(size() * 2);
    for (int i = 0; i < size(); ++i) {
        out.m_bytes[2 * i] = digits[data()[i] >> 4];
        out.m_bytes[2 * i + 1] = digits[data()[i] & 0x0f];
    }
    return out;
}

bool SecureBytes::operator==(const SecureBytes& other) const {
    return size() == other.size() && CRYPTO_memcmp(data(), other.data(), size_t(size())) == 0;
}

} // namespace tsumugi
