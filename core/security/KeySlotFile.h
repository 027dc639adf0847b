#pragma once

#include "core/security/KeySlot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tsumugi {

// The key slots live beside the record (RECORD.keys), because they must be read before the record can be
// decrypted. Written atomically; it also remembers failed logins until the next successful unlock can
// write them into the (encrypted) audit trail.
class KeySlotFile {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)
public:
    struct FailedLogin {
        QString user;
        QDateTime at;
    };

    static QString pathFor(const QString& recordPath);

    // Throws Error(FileMissing) or Error(KeyFileDamaged); never creates anything.
    static KeySlotFile load(const QString& path);
    // Atomic replace: a crash leaves either the old or the new file, never half of one.
    void save(const QString& path) const;

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

    void addFailedLogin(const QString& user, const QDateTime& at);
    QList<FailedLogin> failedLogins() const { return m_failedLogins; }
    void clearFailedLogins() { m_failedLogins.clear(); }

private:
    static QByteArray keyCheckOf(const SecureBytes& databaseKey);

    QList<KeySlot> m_slots;
    QByteArray m_keyCheck;
    QByteArray m_recordSalt;
    QList<FailedLogin> m_failedLogins;
};

} // namespace tsumugi
