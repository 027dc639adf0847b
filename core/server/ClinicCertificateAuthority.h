#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace tsumugi {

// The clinic's own certificate authority for its server: it signs the server's certificate (the names and addresses
// the desks reach it by) and one client certificate per desk, and keeps the list of what it revoked (a CRL the server
// reads). Its folder holds ca.crt, ca.key (PKCS#8 encrypted with scrypt and AES-256 under the administrator's CA
// password: a copy of the folder issues nothing), issued.json and ca.crl. Keys are EC P-256.
class ClinicCertificateAuthority {
    Q_DECLARE_TR_FUNCTIONS(ClinicCertificateAuthority)
public:
    // The common name of a desk's certificate is this prefix and the desk's name; the server maps exactly these to
    // the application role (its own certificate, "tsumugi-server", maps to nothing).
    static constexpr const char* DeskPrefix = "tsumugi-desk-";

    struct Issued {
        QString name; // the desk's name, or "server"
        bool server = false;
        QString serial; // hex
        QDateTime issuedAt;
        QDateTime notAfter;
        QDateTime revokedAt; // invalid while valid
    };
    struct KeyAndCertificate {
        QByteArray certificatePem;
        QByteArray privateKeyPem; // unencrypted PKCS#8: written owner-only where it is used
    };

    // Makes a new authority in folder (refused when one is there). The password must be at least 8 characters.
    static ClinicCertificateAuthority create(const QString& folder, const QString& clinicName, const QString& password);
    static bool existsIn(const QString& folder);
    // An authority made before (Error(FileMissing) when there is none).
    explicit ClinicCertificateAuthority(const QString& folder);

    QByteArray certificatePem() const;
    QByteArray crlPem() const;
    std::vector<Issued> issued() const;

    // These sign, so they need the CA password (Error(WrongPassword) when it does not open the key).
    // The server's certificate for names (DNS names or IP addresses, as the desks will write them).
    KeyAndCertificate issueServer(const QStringList& names, const QString& password);
    // A desk's: a name of letters, digits, '-', '.' and '_', not issued before (a revoked name stays used).
    KeyAndCertificate issueDesk(const QString& desk, const QString& password);
    // Revokes every certificate issued to the desk and writes the CRL anew.
    void revoke(const QString& desk, const QString& password);

    static bool validDeskName(const QString& desk);

private:
    ClinicCertificateAuthority() = default;
    void saveIssued() const;
    void writeCrl(const QString& password) const;
    KeyAndCertificate issue(const QString& commonName, const QStringList& altNames, bool server,
                            const QString& password, const QString& name);

    QString m_folder;
    std::vector<Issued> m_issued;
};

} // namespace tsumugi
