#include "core/security/ColumnSeal.h"

#include "core/Error.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace tsumugi {

namespace {
constexpr int NonceLength = 12;
constexpr int TagLength = 16;
constexpr int KeyLength = 32;

// Distinct salts: a column key and a token key can never be the same key, whatever the names.
const QByteArray ColumnSalt = QByteArrayLiteral("tsumugi-column-seal-v1");
const QByteArray TokenSalt = QByteArrayLiteral("tsumugi-search-token-v1");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using KdfContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

const unsigned char* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}

unsigned char* bytes(QByteArray& b) {
    return reinterpret_cast<unsigned char*>(b.data());
}

// The cell's identity, unambiguous: lengths cannot be confused because each part ends with a zero byte and names
// hold none.
QByteArray associatedData(const SealedCell& cell) {
    QByteArray aad = QByteArrayLiteral("tsumugi-sealed-cell-v1");
    aad += '\0';
    aad += cell.table.toUtf8();
    aad += '\0';
    aad += cell.column.toUtf8();
    aad += '\0';
    aad += cell.row.toUtf8();
    return aad;
}

QByteArray columnInfo(const SealedCell& cell) {
    return QByteArrayLiteral("column:") + cell.table.toUtf8() + '.' + cell.column.toUtf8();
}
} // namespace

SealedCell::SealedCell(QString table, QString column, qint64 id)
    : SealedCell(std::move(table), std::move(column), QString::number(id)) {}

SealedCell::SealedCell(QString table, QString column, QString row)
    : table(std::move(table))
    , column(std::move(column))
    , row(std::move(row)) {}

ColumnSeal::ColumnSeal(const SecureBytes& recordKey)
    : ColumnSeal(std::map<int, SecureBytes>{{1, recordKey}}, 1) {}

ColumnSeal::ColumnSeal(std::map<int, SecureBytes> recordKeys, int current, int tokenGeneration)
    : m_recordKeys(std::move(recordKeys))
    , m_current(current)
    , m_tokenGeneration(tokenGeneration == 0 ? current : tokenGeneration) {
    if (m_recordKeys.count(current) == 0) {
        throw std::invalid_argument("the current key generation's record key is needed to seal columns");
    }
    if (m_tokenGeneration > current || m_recordKeys.count(m_tokenGeneration) == 0) {
        throw std::invalid_argument("the searched key generation's record key is needed to make tokens");
    }
    for (const auto& [generation, key] : m_recordKeys) {
        if (generation < 1 || generation > MaxGeneration) {
            throw std::invalid_argument("a key generation is 1 to 65535");
        }
        if (key.size() < KeyLength) {
            throw std::invalid_argument("a record key of 32 bytes is needed to seal columns");
        }
    }
}

std::vector<int> ColumnSeal::generations() const {
    std::vector<int> out;
    for (const auto& entry : m_recordKeys) {
        out.push_back(entry.first);
    }
    return out;
}

std::vector<int> ColumnSeal::tokenGenerations() const {
    std::vector<int> out;
    for (const auto& entry : m_recordKeys) {
        if (entry.first >= m_tokenGeneration && entry.first <= m_current) {
            out.push_back(entry.first);
        }
    }
    return out;
}

int ColumnSeal::generationOf(const QByteArray& sealed) {
    if (sealed.size() >= Overhead && sealed[0] == Format) {
        return 1;
    }
    if (sealed.size() >= GenerationOverhead && sealed[0] == GenerationFormat) {
        const int generation = (int(uchar(sealed[1])) << 8) | int(uchar(sealed[2]));
        return generation >= 2 ? generation : 0; // generation 1 is written in the first format only
    }
    return 0;
}

SecureBytes ColumnSeal::hkdf(const SecureBytes& inputKey, const QByteArray& salt, const QByteArray& info, int length) {
    KdfContext ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), EVP_PKEY_CTX_free);
    SecureBytes out(length);
    std::size_t outLength = std::size_t(length);
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1 &&
                    EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) == 1 &&
                    EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), bytes(salt), int(salt.size())) == 1 &&
                    EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), inputKey.data(), inputKey.size()) == 1 &&
                    EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), int(info.size())) == 1 &&
                    EVP_PKEY_derive(ctx.get(), out.data(), &outLength) == 1 && outLength == std::size_t(length);
    if (!ok) {
        throw std::runtime_error("HKDF-SHA256 failed");
    }
    return out;
}

const SecureBytes& ColumnSeal::keyFor(int generation, const QByteArray& info) const {
    const std::lock_guard lock(m_mutex);
    const auto id = std::make_pair(generation, info);
    auto found = m_keys.find(id);
    if (found == m_keys.end()) {
        const QByteArray& salt = info.startsWith("token:") ? TokenSalt : ColumnSalt;
        found = m_keys.emplace(id, hkdf(m_recordKeys.at(generation), salt, info, KeyLength)).first;
    }
    return found->second;
}

QByteArray ColumnSeal::seal(const SealedCell& cell, const QByteArray& plain) const {
    const SecureBytes& key = keyFor(m_current, columnInfo(cell));
    const QByteArray aad = associatedData(cell);
    // Generation 1 keeps the first format, so a record never rotated reads as before.
    const int header = m_current == 1 ? 1 : 3;
    QByteArray out(Overhead - 1 + header + plain.size(), '\0');
    out[0] = m_current == 1 ? Format : GenerationFormat;
    if (m_current != 1) {
        out[1] = char(m_current >> 8);
        out[2] = char(m_current & 0xFF);
    }
    unsigned char* nonce = bytes(out) + header;
    unsigned char* cipher = nonce + NonceLength;
    unsigned char* tag = cipher + plain.size();
    if (RAND_bytes(nonce, NonceLength) != 1) {
        throw std::runtime_error("the system random generator failed");
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) == 1 &&
                    EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
                    EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plain), int(plain.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx.get(), cipher + len, &len) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagLength, tag) == 1;
    if (!ok) {
        throw std::runtime_error("AES-256-GCM sealing failed");
    }
    return out;
}

QByteArray ColumnSeal::open(const SealedCell& cell, const QByteArray& sealed) const {
    const auto refuse = [&cell] {
        return Error(Error::Kind::Tampered,
                     tr("A stored value of %1 (row %2, %3) does not open with this record's key where it was found: "
                        "it was moved from another row or column, or altered outside Tsumugi. It is not shown; tell "
                        "whoever looks after the server.")
                         .arg(cell.table)
                         .arg(cell.row)
                         .arg(cell.column));
    };
    const int generation = generationOf(sealed);
    if (generation == 0) {
        throw refuse();
    }
    if (m_recordKeys.count(generation) == 0) {
        if (generation < m_current) {
            throw refuse(); // a retired key's value: re-sealed by every rotation, so put there from elsewhere
        }
        throw Error(Error::Kind::KeyChanged,
                    tr("The record key was changed since you signed in (a value of %1 is sealed under its key "
                       "generation %2). Sign in again to go on; nothing was lost.")
                        .arg(cell.table)
                        .arg(generation));
    }
    const int header = generation == 1 ? 1 : 3;
    const SecureBytes& key = keyFor(generation, columnInfo(cell));
    const QByteArray aad = associatedData(cell);
    const int plainLength = int(sealed.size()) - Overhead - (header - 1);
    const unsigned char* nonce = bytes(sealed) + header;
    const unsigned char* cipher = nonce + NonceLength;
    QByteArray tag(reinterpret_cast<const char*>(cipher + plainLength), TagLength);
    QByteArray plain(plainLength, '\0');
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceLength, nullptr) == 1 &&
                    EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, cipher, plainLength) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagLength, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + len, &len) == 1;
    if (!ok) {
        throw refuse();
    }
    return plain;
}

QByteArray ColumnSeal::token(const QString& kind, const QString& normalised) const {
    return token(m_tokenGeneration, kind, normalised);
}

QByteArray ColumnSeal::token(int generation, const QString& kind, const QString& normalised) const {
    if (m_recordKeys.count(generation) == 0) {
        throw std::logic_error("a token of a key generation this desk does not hold");
    }
    const SecureBytes& key = keyFor(generation, QByteArrayLiteral("token:") + kind.toUtf8());
    const QByteArray input = normalised.toUtf8();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha256(), key.data(), key.size(), bytes(input), std::size_t(input.size()), mac, &macLength)) {
        throw std::runtime_error("HMAC-SHA256 failed");
    }
    return QByteArray(reinterpret_cast<const char*>(mac), TokenLength);
}

} // namespace tsumugi
