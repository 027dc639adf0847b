#pragma once

#include "core/security/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace tsumugi {

// Where a sealed value belongs: the row's identity, bound into its seal.
struct SealedCell {
    SealedCell(QString table, QString column, qint64 id);
    // A row keyed by several columns (a version of a patient: "41/3", its key's values in the declared order).
    SealedCell(QString table, QString column, QString row);

    QString table;
    QString column;
    QString row;
};

// The clinic server never holds readable patient data: a value that leaves the desk for the server is sealed here,
// with AES-256-GCM under a key of its own column (HKDF-SHA256 of the record key, the column's name as info) and the
// row's identity (table, column, id) as associated data, so a sealed value moved to another row or column, or altered,
// does not open. Search goes on through keyed tokens (HMAC-SHA256 under a key of the token's kind): equal inputs give
// equal tokens, and without the record key a token says nothing of its input.
// The record key stays on the desk (unwrapped from the user's key slot); the server sees ciphertext and tokens only.
class ColumnSeal {
    Q_DECLARE_TR_FUNCTIONS(ColumnSeal)
public:
    // A sealed value under the record's first key (generation 1): Format, a 12-byte nonce, the ciphertext, a 16-byte
    // tag. Under a later key (rotating the record key makes the next generation): GenerationFormat, the generation
    // (two bytes, big-endian), then the same. A value names the key it needs, so a record part re-sealed opens with
    // the part not yet re-sealed.
    static constexpr char Format = 1;
    static constexpr char GenerationFormat = 2;
    static constexpr int Overhead = 1 + 12 + 16;
    static constexpr int GenerationOverhead = Overhead + 2;
    static constexpr int TokenLength = 16;
    static constexpr int MaxGeneration = 0xFFFF;

    // The record key of generation 1 only (a record never rotated).
    explicit ColumnSeal(const SecureBytes& recordKey);
    // The record keys of the generations still in use (while a rotation re-seals: the retiring one and the new one);
    // current, the newest, seals. Searches look tokens up under tokenGeneration (0: the current one): while a
    // rotation writes every row's tokens anew, searches stay with the old generation's, and each row's tokens are
    // written under every generation from it to the current one (tokenGenerations), until the record switches.
    ColumnSeal(std::map<int, SecureBytes> recordKeys, int current, int tokenGeneration = 0);

    int currentGeneration() const { return m_current; }
    int tokenGeneration() const { return m_tokenGeneration; }
    // The generations a row's tokens are written under, the searched one first.
    std::vector<int> tokenGenerations() const;
    // The generations this seal opens, oldest first.
    std::vector<int> generations() const;
    // The generation a stored value was sealed under (0 when it is no sealed value).
    static int generationOf(const QByteArray& sealed);

    QByteArray seal(const SealedCell& cell, const QByteArray& plain) const;
    // The value sealed for exactly this cell; Error(Tampered) when it was sealed for another cell, altered, or sealed
    // under another record key; Error(KeyChanged) when it was sealed under a generation this desk does not hold (the
    // record key was rotated since it signed in).
    QByteArray open(const SealedCell& cell, const QByteArray& sealed) const;
    // A search token of kind (e.g. "kana-prefix", "birth-date") under the searched generation's key: the caller
    // normalises the input first.
    QByteArray token(const QString& kind, const QString& normalised) const;
    // The same under a generation this seal holds (a search while a rotation re-seals looks for both).
    QByteArray token(int generation, const QString& kind, const QString& normalised) const;

    // RFC 5869 HKDF-SHA256 (extract and expand), as OpenSSL computes it.
    static SecureBytes hkdf(const SecureBytes& inputKey, const QByteArray& salt, const QByteArray& info, int length);

private:
    // The key of a column or a token kind under a generation, derived once and kept for this record's session.
    const SecureBytes& keyFor(int generation, const QByteArray& info) const;

    std::map<int, SecureBytes> m_recordKeys;
    int m_current = 1;
    int m_tokenGeneration = 1;
    mutable std::mutex m_mutex; // a worker's companion record shares nothing, but the desk's threads may share this
    mutable std::map<std::pair<int, QByteArray>, SecureBytes> m_keys; // a key stays where it is while others are added
};

} // namespace tsumugi
