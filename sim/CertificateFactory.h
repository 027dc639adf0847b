#pragma once

#include <QString>

namespace tsumugi::sim {

// Makes the local PKI for `tsumugi-sim certs`: a CA, a server certificate for 127.0.0.1/localhost and a client
// certificate whose subject CN is the institution's 医療機関番号. OpenSSL's C API, EC P-256 keys; never the
// openssl binary.
class CertificateFactory {
public:
    // Writes ca.pem, ca.key, server.pem, server.key, client.pem, client.key into dir.
    static bool create(const QString& dir, const QString& institution, QString* error);
    // Issues another client certificate (name.pem, name.key) from the CA already in dir (ca.pem, ca.key), so tests
    // and demos can act as several institutions against one server.
    static bool issueClient(const QString& dir, const QString& institution, const QString& name, QString* error);
    static constexpr const char* kDefaultInstitution = "1318814790";
};

} // namespace tsumugi::sim
