#include "core/server/ClinicCertificateAuthority.h"

#include "core/Error.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <arpa/inet.h>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace tsumugi {

namespace {
template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;

constexpr int CaDays = 20 * 365;   // the authority outlives the server's hardware
constexpr int LeafDays = 10 * 365; // a desk's and the server's certificate
constexpr int CrlDays = 20 * 365;  // a CRL past its next update would lock every desk out: it is renewed on revoke
constexpr long ScryptN = 1L << 14; // the CA key's password derivation: 16 MiB, within OpenSSL's default limit

QString path(const QString& folder, const char* name) {
    return folder + QLatin1Char('/') + QLatin1String(name);
}

[[noreturn]] void fail(const QString& what) {
    const unsigned long code = ERR_get_error();
    char text[256] = {0};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    throw Error(Error::Kind::Storage,
                ClinicCertificateAuthority::tr("%1 (OpenSSL: %2)").arg(what, QLatin1String(text)));
}

QByteArray bioBytes(BIO* bio) {
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

QByteArray readFile(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing,
                    ClinicCertificateAuthority::tr("The clinic's certificate authority has no %1.").arg(file));
    }
    return f.readAll();
}

Cert certificateFrom(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        fail(ClinicCertificateAuthority::tr("The clinic's CA certificate cannot be read."));
    }
    return cert;
}

Key newKey() {
    Key key(EVP_EC_gen("P-256"));
    if (!key) {
        fail(ClinicCertificateAuthority::tr("A key could not be made."));
    }
    return key;
}

QByteArray plainKeyPem(EVP_PKEY* key) {
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        fail(ClinicCertificateAuthority::tr("A key could not be written."));
    }
    return bioBytes(bio.get());
}

// PKCS#8 under scrypt and AES-256-CBC: the format `openssl pkey` reads too, with a derivation that makes guessing the
// password slow.
QByteArray encryptedKeyPem(EVP_PKEY* key, const QString& password) {
    const QByteArray pass = password.toUtf8();
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO_free>> info(EVP_PKEY2PKCS8(key));
    X509_ALGOR* pbe = info ? PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, ScryptN, 8, 1) : nullptr;
    if (!pbe) {
        fail(ClinicCertificateAuthority::tr("The CA key could not be encrypted."));
    }
    std::unique_ptr<X509_SIG, Deleter<X509_SIG_free>> sealed(
        PKCS8_set0_pbe(pass.constData(), int(pass.size()), info.get(), pbe));
    if (!sealed) {
        X509_ALGOR_free(pbe);
        fail(ClinicCertificateAuthority::tr("The CA key could not be encrypted."));
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PKCS8(bio.get(), sealed.get())) {
        fail(ClinicCertificateAuthority::tr("The CA key could not be written."));
    }
    return bioBytes(bio.get());
}

Key caKey(const QString& folder, const QString& password) {
    const QByteArray pem = readFile(path(folder, "ca.key"));
    QByteArray pass = password.toUtf8();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
    pass.fill('\0');
    ERR_clear_error();
    if (!key) {
        throw Error(Error::Kind::WrongPassword,
                    ClinicCertificateAuthority::tr("The CA password is wrong: the clinic's certificate authority "
                                                   "signs nothing without it."));
    }
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (!ext || !X509_add_ext(cert, ext.get(), -1)) {
        fail(
            ClinicCertificateAuthority::tr("A certificate extension could not be set (%1).").arg(QLatin1String(value)));
    }
}

// A random positive 120-bit serial: unique without a counter that two copies of the folder could repeat.
QString newSerial(X509* cert) {
    std::unique_ptr<BIGNUM, Deleter<BN_free>> bn(BN_new());
    if (!bn || !BN_rand(bn.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert))) {
        fail(ClinicCertificateAuthority::tr("A serial number could not be made."));
    }
    char* hex = BN_bn2hex(bn.get());
    const QString serial = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return serial;
}

Cert newCertificate(EVP_PKEY* key, const QString& commonName, const QString& organisation, int days) {
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // a desk whose clock is a little behind still accepts it
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    const QByteArray o = organisation.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    if (!o.isEmpty()) {
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(o.constData()), -1,
                                   -1, 0);
    }
    return cert;
}

QByteArray certificatePemOf(X509* cert) {
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(bio.get(), cert)) {
        fail(ClinicCertificateAuthority::tr("A certificate could not be written."));
    }
    return bioBytes(bio.get());
}

QString organisationOf(X509* cert) {
    X509_NAME* name = X509_get_subject_name(cert);
    const int at = X509_NAME_get_index_by_NID(name, NID_organizationName, -1);
    if (at < 0) {
        return {};
    }
    unsigned char* text = nullptr;
    const int n = ASN1_STRING_to_UTF8(&text, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
    const QString out = n > 0 ? QString::fromUtf8(reinterpret_cast<const char*>(text), n) : QString();
    OPENSSL_free(text);
    return out;
}

bool isAddress(const QString& name) {
    unsigned char buffer[16];
    const QByteArray text = name.toLatin1();
    return inet_pton(AF_INET, text.constData(), buffer) == 1 || inet_pton(AF_INET6, text.constData(), buffer) == 1;
}

QDateTime asDateTime(const ASN1_TIME* t) {
    struct tm tm {};
    ASN1_TIME_to_tm(t, &tm);
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}
} // namespace

bool ClinicCertificateAuthority::existsIn(const QString& folder) {
    return QFile::exists(path(folder, "ca.key"));
}

bool ClinicCertificateAuthority::validDeskName(const QString& desk) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    return allowed.match(desk).hasMatch() && desk != QStringLiteral("server");
}

ClinicCertificateAuthority ClinicCertificateAuthority::create(const QString& folder, const QString& clinicName,
                                                              const QString& password) {
    if (password.size() < 8) {
        throw Error(Error::Kind::Validation, tr("The CA password needs at least 8 characters."));
    }
    if (existsIn(folder)) {
        throw Error(Error::Kind::FileExists,
                    tr("%1 already holds a certificate authority; it was left untouched.").arg(folder));
    }
    if (!QDir().mkpath(folder)) {
        throw Error(Error::Kind::Storage, tr("The folder %1 cannot be made.").arg(folder));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Key key = newKey();
    Cert cert = newCertificate(key.get(), tr("Tsumugi clinic CA"), clinicName, CaDays);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    ClinicCertificateAuthority ca;
    ca.m_folder = folder;
    newSerial(cert.get());
    addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    if (!X509_sign(cert.get(), key.get(), EVP_sha256())) {
        fail(tr("The CA certificate could not be signed."));
    }
    // The key first: a folder with a certificate but no key would look like an authority that lost its key.
    AtomicFile::write(path(folder, "ca.key"), encryptedKeyPem(key.get(), password));
    AtomicFile::write(path(folder, "ca.crt"), certificatePemOf(cert.get()));
    ca.saveIssued();
    ca.writeCrl(password);
    return ca;
}

ClinicCertificateAuthority::ClinicCertificateAuthority(const QString& folder)
    : m_folder(folder) {
    if (!existsIn(folder)) {
        throw Error(Error::Kind::FileMissing, tr("There is no clinic certificate authority in %1.").arg(folder));
    }
    const QJsonArray list = QJsonDocument::fromJson(readFile(path(folder, "issued.json"))).array();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Issued i;
        i.name = o.value(QStringLiteral("name")).toString();
        i.server = o.value(QStringLiteral("server")).toBool();
        i.serial = o.value(QStringLiteral("serial")).toString();
        i.issuedAt = QDateTime::fromString(o.value(QStringLiteral("issued")).toString(), Qt::ISODate);
        i.notAfter = QDateTime::fromString(o.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
        i.revokedAt = QDateTime::fromString(o.value(QStringLiteral("revoked")).toString(), Qt::ISODate);
        m_issued.push_back(i);
    }
}

QByteArray ClinicCertificateAuthority::certificatePem() const {
    return readFile(path(m_folder, "ca.crt"));
}

QByteArray ClinicCertificateAuthority::crlPem() const {
    return readFile(path(m_folder, "ca.crl"));
}

std::vector<ClinicCertificateAuthority::Issued> ClinicCertificateAuthority::issued() const {
    return m_issued;
}

void ClinicCertificateAuthority::saveIssued() const {
    QJsonArray list;
    for (const Issued& i : m_issued) {
        QJsonObject o{{QStringLiteral("name"), i.name},
                      {QStringLiteral("server"), i.server},
                      {QStringLiteral("serial"), i.serial},
                      {QStringLiteral("issued"), i.issuedAt.toString(Qt::ISODate)},
                      {QStringLiteral("notAfter"), i.notAfter.toString(Qt::ISODate)}};
        if (i.revokedAt.isValid()) {
            o.insert(QStringLiteral("revoked"), i.revokedAt.toString(Qt::ISODate));
        }
        list.append(o);
    }
    AtomicFile::write(path(m_folder, "issued.json"), QJsonDocument(list).toJson());
}

ClinicCertificateAuthority::KeyAndCertificate ClinicCertificateAuthority::issueServer(const QStringList& names,
                                                                                      const QString& password) {
    QStringList alt;
    for (const QString& n : names) {
        alt << (isAddress(n) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n;
    }
    if (alt.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The server's certificate needs a name or an address."));
    }
    return issue(QStringLiteral("tsumugi-server"), alt, true, password, QStringLiteral("server"));
}

ClinicCertificateAuthority::KeyAndCertificate ClinicCertificateAuthority::issueDesk(const QString& desk,
                                                                                    const QString& password) {
    if (!validDeskName(desk)) {
        throw Error(Error::Kind::Validation, tr("A desk's name is 1 to 40 letters, digits, '-', '.' or '_' (for "
                                                "example reception-1 or exam-2), not '%1'.")
                                                 .arg(desk));
    }
    for (const Issued& i : m_issued) {
        if (!i.server && i.name == desk) {
            throw Error(Error::Kind::FileExists,
                        i.revokedAt.isValid()
                            ? tr("The desk %1 had a certificate that was revoked; give the desk a new name.").arg(desk)
                            : tr("The desk %1 has a certificate already; revoke it first to issue another.").arg(desk));
        }
    }
    return issue(QLatin1String(DeskPrefix) + desk, {}, false, password, desk);
}

ClinicCertificateAuthority::KeyAndCertificate ClinicCertificateAuthority::issue(const QString& commonName,
                                                                                const QStringList& altNames,
                                                                                bool server, const QString& password,
                                                                                const QString& name) {
    const Key signer = caKey(m_folder, password);
    const Cert ca = certificateFrom(certificatePem());
    Key key = newKey();
    Cert cert = newCertificate(key.get(), commonName, organisationOf(ca.get()), LeafDays);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    Issued record;
    record.name = name;
    record.server = server;
    record.serial = newSerial(cert.get());
    addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyAgreement");
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, server ? "serverAuth" : "clientAuth");
    addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid:always");
    if (!altNames.isEmpty()) {
        addExtension(cert.get(), ca.get(), NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8().constData());
    }
    if (!X509_sign(cert.get(), signer.get(), EVP_sha256())) {
        fail(tr("The certificate could not be signed."));
    }
    record.issuedAt = asDateTime(X509_get0_notBefore(cert.get())).addSecs(3600);
    record.notAfter = asDateTime(X509_get0_notAfter(cert.get()));
    m_issued.push_back(record);
    saveIssued();
    return {certificatePemOf(cert.get()), plainKeyPem(key.get())};
}

void ClinicCertificateAuthority::revoke(const QString& desk, const QString& password) {
    caKey(m_folder, password); // the password first: nothing changes on a wrong one
    bool found = false;
    for (Issued& i : m_issued) {
        if (!i.server && i.name == desk && !i.revokedAt.isValid()) {
            i.revokedAt = QDateTime::currentDateTimeUtc();
            found = true;
        }
    }
    if (!found) {
        throw Error(Error::Kind::NotFound, tr("No valid certificate was issued to a desk named %1.").arg(desk));
    }
    // The CRL first: a list saying revoked beside a CRL that does not would mislead whoever reads it.
    writeCrl(password);
    saveIssued();
}

void ClinicCertificateAuthority::writeCrl(const QString& password) const {
    const Key signer = caKey(m_folder, password);
    const Cert ca = certificateFrom(certificatePem());
    Crl crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), 1);
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(ca.get()));
    const time_t now = time(nullptr);
    std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>> last(ASN1_TIME_adj(nullptr, now, 0, -3600));
    std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>> next(ASN1_TIME_adj(nullptr, now, CrlDays, 0));
    X509_CRL_set1_lastUpdate(crl.get(), last.get());
    X509_CRL_set1_nextUpdate(crl.get(), next.get());
    for (const Issued& i : m_issued) {
        if (!i.revokedAt.isValid()) {
            continue;
        }
        BIGNUM* bn = nullptr;
        BN_hex2bn(&bn, i.serial.toLatin1().constData());
        std::unique_ptr<BIGNUM, Deleter<BN_free>> serialBn(bn);
        std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>> serial(BN_to_ASN1_INTEGER(bn, nullptr));
        std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>> when(
            ASN1_TIME_set(nullptr, time_t(i.revokedAt.toSecsSinceEpoch())));
        X509_REVOKED* revoked = X509_REVOKED_new();
        X509_REVOKED_set_serialNumber(revoked, serial.get());
        X509_REVOKED_set_revocationDate(revoked, when.get());
        X509_CRL_add0_revoked(crl.get(), revoked);
    }
    X509_CRL_sort(crl.get());
    if (!X509_CRL_sign(crl.get(), signer.get(), EVP_sha256())) {
        fail(tr("The list of revoked certificates could not be signed."));
    }
    Bio bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509_CRL(bio.get(), crl.get())) {
        fail(tr("The list of revoked certificates could not be written."));
    }
    AtomicFile::write(path(m_folder, "ca.crl"), bioBytes(bio.get()));
}

} // namespace tsumugi
