#pragma once

#include <QByteArray>

namespace tsumugi {

// Bytes that hold a secret (the database key, a derived key, a password's UTF-8):
// wiped when they go away, never implicitly shared with a QByteArray that outlives them.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(int size);
    explicit SecureBytes(const QByteArray& data);
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    static SecureBytes random(int size);
    static SecureBytes fromUtf8(const QString& text);

    unsigned char* data() { return reinterpret_cast<unsigned char*>(m_bytes.data()); }
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_bytes.constData()); }
    int size() const { return int(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Hex for SQLCipher's raw-key pragma; the caller wipes what it builds from it.
    SecureBytes toHex() const;
    const char* constChars() const { return m_bytes.constData(); }
    bool operator==(const SecureBytes& other) const;

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace tsumugi
