#include "core/security/KeyDerivation.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace tsumugi {

SecureBytes KeyDerivation::derive(const QString& password, const QByteArray& salt, int iterations) {
    if (iterations < MinimumIterations) {
        throw std::invalid_argument("key derivation below the minimum iteration count");
    }
    const SecureBytes secret = SecureBytes::fromUtf8(password);
    SecureBytes key(KeyLength);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constChars(), secret.size(),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), KeyLength, key.data());
    if (ok != 1) {
        throw std::runtime_error("PBKDF2 failed");
    }
    return key;
}

} // namespace tsumugi
