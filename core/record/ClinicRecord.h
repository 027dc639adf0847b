#pragma once

#include "core/chart/ChartChangeListener.h"
#include "core/record/ClinicInfo.h"
#include "core/record/RecordCheck.h"
#include "core/security/FailedLoginLog.h"
#include "core/security/KeySlotFile.h"
#include "core/security/SecureBytes.h"
#include "core/users/RolePolicy.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <utility>

namespace tsumugi {

class AuditTrail;
class ChangeFeed;
class Chart;
class ChartChangeListener;
class MasterCatalog;
class Clock;
class ClinicSettings;
class ColumnSeal;
class OutboxQueue;
class DocumentRepository;
class PatientRepository;
class ReceptionList;
class DbConnection;
class ServerWait;
class UserDirectory;

// An open, unlocked clinic record and the user working in it: the one way into the encrypted store.
// A record lives in a file (SQLCipher; beside it RECORD.keys holds one key slot per user, see KeySlotFile) or in a
// database on the clinic's PostgreSQL server, named by a postgresql:// URL (its key slots and failed logins in the
// server's own tables: ServerKeySlots, FailedLoginLog). Every method works the same on both.
// It is itself the chart change listener its repositories call: the sync outbox always queues first (a caller
// cannot forget it), then the optional listener set with setChartChangeListener.
class ClinicRecord : private ChartChangeListener {
    Q_DECLARE_TR_FUNCTIONS(ClinicRecord)
public:
    struct NewRecord {
        ClinicInfo clinic;
        QString adminName;
        QString adminDisplayName;
        QString adminPassword;
        // The shipped masters go in with the record itself (a new clinic charts with the official codes at once).
        // Off, each master is filled on its first use instead, by the same code: for the test suite's hundreds of
        // scratch records, most of which never look a code up.
        bool fillMasters = true;
        // A recovery key (RecoveryKey) for the administrator's sheet; off only for the test suite's scratch records
        // (each costs a key derivation).
        bool recoveryKey = true;
    };

    // A postgresql:// (or postgres://) URL names a record on the clinic server; anything else is a file path.
    static bool isServer(const QString& location);
    // The SQL a new record is made with, on the server (PostgreSQL) or in a file (SQLCipher): for whoever sets a
    // server up or reviews what it will hold (`tsumugictl schema sql`).
    static QString newRecordSql(bool onServer);

    // First run: creates the record and its key file, the clinic and the first admin. Refuses to touch
    // existing files; on any failure removes what it created.
    static std::unique_ptr<ClinicRecord> create(const QString& path, const NewRecord& setup, const Clock& clock);
    // Unlocks with a user's password. Wrong password, damaged or foreign files and newer schemas each give
    // their own clear Error; none of them changes the record.
    static std::unique_ptr<ClinicRecord> open(const QString& path, const QString& user, const QString& password,
                                              const Clock& clock);
    static bool exists(const QString& path);
    // What a desk joining a clinic server checks before signing in (the setup window's connection test): the
    // server's schema against this program's, and whether the user has a key slot there. Throws what connecting
    // throws (ConnectionLost, PermissionDenied with the reason in words, Validation for an address refused here).
    struct ServerProbe {
        int schema = 0;        // 0: no Tsumugi record there
        int programSchema = 0; // the schema this program makes and reads
        bool userHasSlot = false;
    };
    static ServerProbe probeServer(const QString& location, const QString& user);
    // When the key file is damaged or missing and the generation before it is intact: put that one back (the
    // damaged file is kept aside). A person decides this, in the sign-in window or with tsumugictl.
    static bool previousKeyFileAvailable(const QString& path);
    // With the recovery key from the sheet: writes a key file in which adminName (an active administrator of the
    // record) has newPassword, keeping every other slot that an intact key file or its previous generation still
    // has; works when the key file is lost or damaged (the record and RECORD.recovery are what it needs). Opens the
    // record as that administrator and audits it.
    static std::unique_ptr<ClinicRecord> recover(const QString& path, const QString& recoveryKey,
                                                 const QString& adminName, const QString& newPassword,
                                                 const Clock& clock);
    static void restorePreviousKeyFile(const QString& path, const Clock& clock);

    ~ClinicRecord();
    ClinicRecord(const ClinicRecord&) = delete;
    ClinicRecord& operator=(const ClinicRecord&) = delete;

    // The store itself: for core only (tests/layering refuses it, and core/db, in ui, sync and app). Other layers
    // ask the repositories, and put several calls in one unit of work with atomically().
    DbConnection& db() { return *m_db; }
    // One unit of work over several core calls (a tsumugictl command, an import, the sender's freeze): what work
    // writes is kept together when it returns true, and none of it when it returns false or throws. The
    // repositories' own transactions inside it become part of it. Returns what work returned.
    bool atomically(const std::function<bool()>& work);
    const User& currentUser() const { return m_user; }
    const Clock& clock() const { return m_clock; }
    QString path() const { return m_path; }
    // Where the record lives as people may read it: the file path, or the server's URL without its password.
    QString location() const;
    ClinicInfo clinic() const;
    // Every desk's changes as they are committed, heard at once (the clinic server: ChangeFeed, a connection of its
    // own). nullptr for a record in a file: one desk, whose windows know their own changes.
    std::unique_ptr<ChangeFeed> listen() const;

    // On the clinic server: how the desk waits for answers (its window runs meanwhile, see ServerWait); nullptr to
    // stop before the ServerWait goes. A record in a file never waits on a network.
    void setServerWait(ServerWait* wait);
    // True while this desk waits for the server's answer to a request: what its window does meanwhile (a timer, a
    // change heard from another desk) waits until it is false; storage calls made now are refused (Busy).
    bool waitingOnServer() const;
    // True when this desk's last call found the clinic server gone; the next call tries to reach it again (what the
    // window refreshes by itself waits for the user's next action or for the server to be heard again).
    bool serverLost() const;

    bool can(Permission permission) const;
    void require(Permission permission) const;

    // Whether changes can be saved now. DiskFull: staff go on reading (the audit rows of the sign-in and of what they
    // view wait in memory and are written by writePendingAudit() when space returns); Damaged: the record is only
    // read until the administrator restores it (RecordCheck).
    enum class WriteState { Writable, DiskFull, Damaged };
    WriteState writeState() const { return m_writeState; }
    // What the window says while the state is not Writable (empty when it is).
    QString writeStateMessage() const;
    // Writes the held audit rows when there is space again; true when the record is writable (nothing held).
    bool writePendingAudit();
    // The integrity check on this record's own connection (a worker's companion record, or tsumugictl check). Damage
    // is marked beside the record and makes this record read-only; a pass lifts an old mark and notes the day.
    RecordCheck::Result checkIntegrity();
    // At most once a day after sign-in.
    bool integrityCheckDue() const;
    // A check on another connection found damage: this one becomes read-only as well.
    void noteDamaged(const QString& finding);

    // After an automatic lock: the same user proves the password again (audited either way). When the record key
    // was rotated since this desk signed in (keyChanged()), a password of the user's new slot (the one-time password
    // the administrator handed out, or one set with it since) gives the desk the new key, and it goes on where it
    // was (what is open and not yet saved stays).
    bool unlockAgain(const QString& password);
    // True once this desk's connection was refused because the record key was rotated under it: its windows lock
    // and ask for a password of the new key (unlockAgain).
    bool keyChanged() const { return m_keyChanged; }
    // A clinic server's backup (ServerBackup): the key slots as they are now (password-wrapped: they travel with
    // the backup, so that a user's password of that day opens it) and a key derived from the record key for purpose
    // and salt; the record key itself never leaves. Error(KeyChanged) when the record key was rotated since this
    // desk signed in (its key would not match the slots).
    std::pair<QByteArray, SecureBytes> keySlotsAndDerivedKey(const QByteArray& purpose, const QByteArray& salt);
    // Signed in (or unlocked) with a one-time password an administrator handed out: the user sets a password of its
    // own (UserDirectory::changePassword) before working.
    bool onOneTimePassword() const { return m_oneTimePassword; }
    // Asks the clinic server now whether the record key moved on (a desk holding the new key takes a rotation's
    // switch or end on); sets keyChanged() when this desk no longer holds it. Nothing for a record in a file.
    void checkKeys();
    void noteLocked();

    AuditTrail& audit() { return *m_audit; }
    PatientRepository& patients() { return *m_patients; }
    UserDirectory& users() { return *m_users; }
    ReceptionList& reception() { return *m_reception; }
    ClinicSettings& settings() { return *m_settings; }
    Chart& chart() { return *m_chart; }
    MasterCatalog& masters() { return *m_masters; }
    // Referrals and discharge summaries (core/documents).
    DocumentRepository& documents() { return *m_documents; }
    // The sync outbox (core/outbox): always queued inside every chart change's transaction.
    OutboxQueue& outbox() { return *m_outbox; }
    // An additional listener called inside every chart change's transaction, after the outbox (nullable).
    void setChartChangeListener(ChartChangeListener* listener) { m_chartListener = listener; }
    // What the repositories call: the outbox, then the additional listener.
    ChartChangeListener* chartChangeListener() const { return m_dispatcher; }
    // The same record, user and clock on a second connection of its own, for a worker thread (the outbox
    // sender) so it never shares a connection with the UI. Not audited as a login: the user is already in.
    std::unique_ptr<ClinicRecord> openCompanion() const;

    // The recovery key made with a new record, once (for the sheet); empty after that or without one.
    QString takeNewRecoveryKey() { return std::exchange(m_newRecoveryKey, QString()); }
    // An administrator replaces the recovery key (the old sheet stops working) and gets the new one for its sheet.
    QString renewRecoveryKey();

    // Key slots, for the user directory.
    void writeKeySlot(const QString& user, const QString& password);
    bool passwordOpensSlot(const QString& user, const QString& password) const;

private:
    friend class RecordKeyRotation; // replaces the record key and the connection's seal as a rotation goes on
    ClinicRecord(const QString& path, std::unique_ptr<DbConnection> db, SecureBytes key, const Clock& clock);
    // On the server: the schema and the whole founding in one transaction; refused when the database holds a record.
    static std::unique_ptr<ClinicRecord> createOnServer(const QString& location, const NewRecord& setup,
                                                        const Clock& clock);
    static std::unique_ptr<ClinicRecord> openOnServer(const QString& location, const QString& user,
                                                      const QString& password, const Clock& clock);
    static std::unique_ptr<ClinicRecord> recoverOnServer(const QString& location, const QString& recoveryKey,
                                                         const QString& adminName, const QString& newPassword,
                                                         const Clock& clock);
    // The record key from a user's slot; a wrong password is noted in failures and refused in words.
    static SecureBytes unlock(const KeySlotFile& keys, const FailedLoginLog& failures, const QString& user,
                              const QString& password, const Clock& clock, const QString& keysName);
    // After unlocking: the user, a damage mark, the failed logins since the last sign-in and the sign-in, audited.
    void signIn(const QString& user, const QList<KeySlotFile::FailedLogin>& legacy);
    // One change of key slots wherever they live, refused when they belong to another record.
    void updateKeySlots(const std::function<void(KeySlotFile&)>& change,
                        KeySlotFile::Generations generations = KeySlotFile::Generations::CurrentOnly);
    void loadUser(const QString& name);
    // Failed logins noted since the last login (FailedLoginLog, and those older versions kept in the key file)
    // become audit rows; on a full disk they wait for the next login.
    void auditFailedLogins(const QList<KeySlotFile::FailedLogin>& legacy);
    // keepJournalFiles: the -wal and -shm files stay after the last close, so a later opening on a full disk finds
    // them and need not create them (creating the -shm needs space; without it no chart could be read).
    // seal: the record keys' ColumnSeal as the key slots give them (nullptr: the key's first generation alone).
    static std::unique_ptr<DbConnection> openConnection(const QString& path, const SecureBytes& key,
                                                        std::shared_ptr<const ColumnSeal> seal = nullptr,
                                                        bool keepJournalFiles = true);
    // The ColumnSeal of the record keys the slots give with the key unwrapped from one of them (KeySlotFile).
    static std::shared_ptr<const ColumnSeal> sealOf(const KeySlotFile& keys, const SecureBytes& key);

    QString m_path;
    QString m_newRecoveryKey;
    WriteState m_writeState = WriteState::Writable;
    bool m_keyChanged = false;
    bool m_oneTimePassword = false;
    QString m_damage;
    std::unique_ptr<DbConnection> m_db;
    SecureBytes m_key;
    const Clock& m_clock;
    User m_user;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<PatientRepository> m_patients;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<ReceptionList> m_reception;
    std::unique_ptr<ClinicSettings> m_settings;
    std::unique_ptr<MasterCatalog> m_masters;
    std::unique_ptr<Chart> m_chart;
    std::unique_ptr<DocumentRepository> m_documents;
    ChartChangeListener* m_chartListener = nullptr;
    std::unique_ptr<OutboxQueue> m_outbox;
    ChartChangeListener* m_dispatcher = nullptr;
    ServerWait* m_serverWait = nullptr; // also how a companion's connection is made

    void chartChanged(const ChartChange& change) override;
};

} // namespace tsumugi
