#pragma once

#include "core/security/SecureBytes.h"

#include <QString>

namespace tsumugi {

// PBKDF2-HMAC-SHA256: turns a user's password into the key that unwraps that user's key slot.
class KeyDerivation {
public:
    static constexpr int MinimumIterations = 200000;
    static constexpr int DefaultIterations = 310000;
    static constexpr int KeyLength = 32;

    static SecureBytes derive(const QString& password, const QByteArray& salt, int iterations);
};

} // namespace tsumugi
