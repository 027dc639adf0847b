#include "sim/CertificateFactory.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>
#include <vector>

namespace tsumugi::sim {

namespace {

struct KeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CertFree {
    void operator()(X509* c) const { X509_free(c); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Cert = std::unique_ptr<X509, CertFree>;

bool addExt(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCert(EVP_PKEY* key, const char* cn, const char* org, X509* issuer, EVP_PKEY* issuerKey, long days,
              const std::vector<std::pair<int, const char*>>& exts) {
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(org), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    for (const auto& [nid, value] : exts)
        if (!addExt(cert.get(), signer, nid, value))
            return nullptr;
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

bool writePem(const QString& path, const std::function<int(BIO*)>& write, bool secret, QString* error) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (write(bio.get()) != 1) {
        *error = QStringLiteral("cannot encode %1").arg(path);
        return false;
    }
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.write(data, len);
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool writeCert(const QString& path, X509* cert, QString* error) {
    return writePem(
        path, [cert](BIO* b) { return PEM_write_bio_X509(b, cert); }, false, error);
}

bool writeKey(const QString& path, EVP_PKEY* key, QString* error) {
    return writePem(
        path, [key](BIO* b) { return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr); }, true,
        error);
}

Key readKey(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Cert readCert(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray pem = f.readAll();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Cert makeClient(EVP_PKEY* key, const QString& institution, X509* ca, EVP_PKEY* caKey) {
    const QByteArray cn = institution.toLatin1();
    return makeCert(key, cn.constData(), "Tsumugi Sim institution", ca, caKey, 825,
                    {{NID_basic_constraints, "critical,CA:FALSE"},
                     {NID_key_usage, "critical,digitalSignature"},
                     {NID_ext_key_usage, "clientAuth"},
                     {NID_authority_key_identifier, "keyid"}});
}

} // namespace

bool CertificateFactory::issueClient(const QString& dirPath, const QString& institution, const QString& name,
                                     QString* error) {
    const QDir dir(dirPath);
    Key caKey = readKey(dir.filePath(QStringLiteral("ca.key")));
    Cert ca = readCert(dir.filePath(QStringLiteral("ca.pem")));
    if (!caKey || !ca) {
        *error = QStringLiteral("%1 has no ca.pem/ca.key to sign with").arg(dirPath);
        return false;
    }
    Key key(EVP_EC_gen("P-256"));
    Cert client = key ? makeClient(key.get(), institution, ca.get(), caKey.get()) : nullptr;
    if (!client) {
        *error = QStringLiteral("client certificate failed");
        return false;
    }
    return writeCert(dir.filePath(name + QStringLiteral(".pem")), client.get(), error) &&
           writeKey(dir.filePath(name + QStringLiteral(".key")), key.get(), error);
}

bool CertificateFactory::create(const QString& dirPath, const QString& institution, QString* error) {
    if (!QDir().mkpath(dirPath)) {
        *error = QStringLiteral("cannot create %1").arg(dirPath);
        return false;
    }
    const QDir dir(dirPath);
    Key caKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    Key clientKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey || !clientKey) {
        *error = QStringLiteral("key generation failed");
        return false;
    }
    Cert ca = makeCert(caKey.get(), "tsumugi-sim local CA", "Tsumugi Sim", nullptr, nullptr, 3650,
                       {{NID_basic_constraints, "critical,CA:TRUE"},
                        {NID_key_usage, "critical,keyCertSign,cRLSign"},
                        {NID_subject_key_identifier, "hash"}});
    if (!ca) {
        *error = QStringLiteral("CA certificate failed");
        return false;
    }
    Cert server = makeCert(serverKey.get(), "localhost", "Tsumugi Sim", ca.get(), caKey.get(), 825,
                           {{NID_basic_constraints, "critical,CA:FALSE"},
                            {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                            {NID_ext_key_usage, "serverAuth"},
                            {NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"},
                            {NID_authority_key_identifier, "keyid"}});
    Cert client = makeClient(clientKey.get(), institution, ca.get(), caKey.get());
    if (!server || !client) {
        *error = QStringLiteral("certificate signing failed");
        return false;
    }
    return writeCert(dir.filePath(QStringLiteral("ca.pem")), ca.get(), error) &&
           writeKey(dir.filePath(QStringLiteral("ca.key")), caKey.get(), error) &&
           writeCert(dir.filePath(QStringLiteral("server.pem")), server.get(), error) &&
           writeKey(dir.filePath(QStringLiteral("server.key")), serverKey.get(), error) &&
           writeCert(dir.filePath(QStringLiteral("client.pem")), client.get(), error) &&
           writeKey(dir.filePath(QStringLiteral("client.key")), clientKey.get(), error);
}

} // namespace tsumugi::sim
