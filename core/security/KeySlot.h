#pragma once

#include "core/security/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace tsumugi {

// One user's copy of the database key, wrapped (AES-256-GCM) with a key derived from that user's password.
// Adding a user or changing a password rewrites a slot, never the database.
class KeySlot {
public:
    static KeySlot seal(const QString& user, const QString& password, const SecureBytes& databaseKey, int iterations);

    // The database key, or nothing when the password is wrong (or the slot was tampered with).
    std::optional<SecureBytes> open(const QString& password) const;

    QString user() const { return m_user; }
    int iterations() const { return m_iterations; }
    // A password an administrator handed out (a rotation of the record key): the user sets one of its own at the
    // next sign-in. Kept beside the wrapped key; whoever could clear it could as well write the slots themselves.
    bool oneTime() const { return m_oneTime; }
    KeySlot asOneTime() const {
        KeySlot s = *this;
        s.m_oneTime = true;
        return s;
    }

    QJsonObject toJson() const;
    static std::optional<KeySlot> fromJson(const QJsonObject& o);

private:
    QString m_user;
    QByteArray m_salt;
    int m_iterations = 0;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
    QByteArray m_tag;
    bool m_oneTime = false;
};

} // namespace tsumugi
