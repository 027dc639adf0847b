#pragma once

#include "core/chart/ChartChangeListener.h"
#include "core/record/ClinicInfo.h"
#include "core/security/SecureBytes.h"
#include "core/users/RolePolicy.h"
#include "core/users/User.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace tsumugi {

class AuditTrail;
class Chart;
class ChartChangeListener;
class MasterCatalog;
class Clock;
class ClinicSettings;
class OutboxQueue;
class DocumentRepository;
class PatientRepository;
class ReceptionList;
class DbConnection;
class UserDirectory;

// An open, unlocked clinic record and the user working in it: the one way into the encrypted store.
// The record file is SQLCipher; beside it RECORD.keys holds one key slot per user (see KeySlotFile).
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
    };

    // First run: creates the record and its key file, the clinic and the first admin. Refuses to touch
    // existing files; on any failure removes what it created.
    static std::unique_ptr<ClinicRecord> create(const QString& path, const NewRecord& setup, const Clock& clock);
    // Unlocks with a user's password. Wrong password, damaged or foreign files and newer schemas each give
    // their own clear Error; none of them changes the record.
    static std::unique_ptr<ClinicRecord> open(const QString& path, const QString& user, const QString& password,
                                              const Clock& clock);
    static bool exists(const QString& path);

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
    ClinicInfo clinic() const;

    bool can(Permission permission) const;
    void require(Permission permission) const;

    // After an automatic lock: the same user proves the password again (audited either way).
    bool unlockAgain(const QString& password);
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

    // Key slots, for the user directory.
    void writeKeySlot(const QString& user, const QString& password);
    bool passwordOpensSlot(const QString& user, const QString& password) const;

private:
    ClinicRecord(const QString& path, std::unique_ptr<DbConnection> db, SecureBytes key, const Clock& clock);
    void loadUser(const QString& name);
    static std::unique_ptr<DbConnection> openConnection(const QString& path, const SecureBytes& key);

    QString m_path;
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

    void chartChanged(const ChartChange& change) override;
};

} // namespace tsumugi
