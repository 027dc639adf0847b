#pragma once

#include "core/security/KeySlot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <map>
#include <optional>

namespace tsumugi {

// The key slots live beside the record (RECORD.keys), because they must be read before the record can be
// decrypted. Without this file the record cannot be opened, so it is only ever written by a change of slots (a new
// user, a new password, a recovery), read-modify-written under RECORD.keys.lock, atomically, with the generation
// before it kept as RECORD.keys.previous. A login, failed or not, never writes it (failures: FailedLoginLog).
class KeySlotFile {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
public:
    struct FailedLogin {
        QString user;
        QDateTime at;
    };

    static QString pathFor(const QString& recordPath);
    static QString previousPathFor(const QString& keysPath) { return keysPath + QStringLiteral(".previous"); }
    static QString lockPathFor(const QString& keysPath) { return keysPath + QStringLiteral(".lock"); }

    // Throws Error(FileMissing) or Error(KeyFileDamaged); never creates anything.
    static KeySlotFile load(const QString& path);
    // Atomic replace (AtomicFile): a crash or a full disk leaves either the old or the new file, never half of one.
    // For a new record's first key file; later changes go through update().
    void save(const QString& path) const;
    // One change of slots: under the lock, change sees the file as it is now (never a copy read before another
    // desk's change), the current file becomes the previous generation, and the changed one replaces it. Any
    // failure leaves both files as they were and throws what happened.
    // PreviousToo applies the change to the kept generation as well (a replaced recovery key must not keep working
    // through it).
    enum class Generations { CurrentOnly, PreviousToo };
    static void update(const QString& path, const std::function<void(KeySlotFile&)>& change,
                       Generations generations = Generations::CurrentOnly);
    // When the current file is damaged or missing: the previous generation, if it is intact and belongs to the
    // record whose salt is given (else nothing).
    static std::optional<KeySlotFile> intactPrevious(const QString& path, const QByteArray& recordSalt);
    // Puts the previous generation back under the lock; a damaged current file is kept aside
    // (RECORD.keys.damaged-TIME), never deleted. Throws when there is no intact previous generation.
    static void restorePrevious(const QString& path, const QByteArray& recordSalt, const QDateTime& now);

    const KeySlot* find(const QString& user) const;
    void put(const KeySlot& slot);
    bool remove(const QString& user);
    QList<KeySlot> allSlots() const { return m_slots; }

    // A keyed hash of the database key, so a keys file that belongs to another record is told apart
    // from a damaged record.
    void setKeyCheck(const SecureBytes& databaseKey);
    bool keyMatches(const SecureBytes& databaseKey) const;

    // The record file's first 16 bytes (SQLCipher's per-file salt, random and plain): ties this key file to its
    // record, so swapped or copied key files are named as such before any password is tried.
    void setRecordSalt(const QByteArray& salt) { m_recordSalt = salt; }
    bool belongsTo(const QByteArray& recordSalt) const { return m_recordSalt.isEmpty() || m_recordSalt == recordSalt; }
    static QByteArray recordSaltOf(const QString& recordPath);

    // Failed logins that versions before the FailedLoginLog wrote here; read so the next login can audit them, and
    // dropped at the next change of slots.
    QList<FailedLogin> legacyFailedLogins() const { return m_failedLogins; }

    // Rotating the record key (docs/sealed-server.md): the key generation the slots hold, the generation searches
    // use, and while a rotation re-seals, the retiring key, kept sealed under the current one (a holder of the new
    // key reaches the old one, never the other way round). A record never rotated is generation 1 throughout.
    int keyGeneration() const { return m_keyGeneration; }
    int searchedGeneration() const { return m_searchedGeneration; }
    bool rotating() const { return m_retiringGeneration != 0; }
    // retiringGeneration 0: no retiring key (the rotation ended).
    void setKeyGenerations(const SecureBytes& currentKey, int current, int searched, int retiringGeneration,
                           const SecureBytes& retiringKey);
    // The record keys by generation (the current one and, while rotating, the retiring one), from the current key
    // unwrapped from a slot: what a ColumnSeal is made of. Error(KeyFileDamaged) when the retiring key does not open.
    std::map<int, SecureBytes> recordKeys(const SecureBytes& currentKey) const;

    // The stored form (also a server's key slots row); origin names where it came from in an error.
    static KeySlotFile fromBytes(const QByteArray& bytes, const QString& origin);
    QByteArray toBytes() const;

private:
    static QByteArray keyCheckOf(const SecureBytes& databaseKey);

    QList<KeySlot> m_slots;
    QByteArray m_keyCheck;
    QByteArray m_recordSalt;
    QList<FailedLogin> m_failedLogins;
    int m_keyGeneration = 1;
    int m_searchedGeneration = 1;
    int m_retiringGeneration = 0;
    QByteArray m_retiringKey; // sealed under the current key (ColumnSeal, as a cell of its own)
};

} // namespace tsumugi
