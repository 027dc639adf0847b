#include "core/record/ClinicRecord.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/Chart.h"
#include "core/db/Schema.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/SqliteConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/documents/DocumentRepository.h"
#include "core/masters/MasterCatalog.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "core/util/Clock.h"
#include "core/util/InstitutionNumber.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>

namespace tsumugi {

namespace {
QStringList filesOf(const QString& path) {
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), KeySlotFile::pathFor(path)};
}
} // namespace

ClinicRecord::ClinicRecord(const QString& path, std::unique_ptr<DbConnection> db, SecureBytes key, const Clock& clock)
    : m_path(path)
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_clock(clock)
    , m_audit(std::make_unique<AuditTrail>(*this))
    , m_patients(std::make_unique<PatientRepository>(*this))
    , m_users(std::make_unique<UserDirectory>(*this))
    , m_reception(std::make_unique<ReceptionList>(*this))
    , m_settings(std::make_unique<ClinicSettings>(*this))
    , m_masters(std::make_unique<MasterCatalog>(*this))
    , m_chart(std::make_unique<Chart>(*this))
    , m_documents(std::make_unique<DocumentRepository>(*this)) {
    m_outbox = std::make_unique<OutboxQueue>(*this);
    m_dispatcher = this;
}

ClinicRecord::~ClinicRecord() = default;

void ClinicRecord::chartChanged(const ChartChange& change) {
    m_outbox->chartChanged(change);
    if (m_chartListener) {
        m_chartListener->chartChanged(change);
    }
}

std::unique_ptr<ClinicRecord> ClinicRecord::openCompanion() const {
    std::unique_ptr<ClinicRecord> companion(new ClinicRecord(m_path, openConnection(m_path, m_key), m_key, m_clock));
    companion->m_user = m_user;
    return companion;
}

bool ClinicRecord::exists(const QString& path) {
    return QFileInfo::exists(path);
}

std::unique_ptr<DbConnection> ClinicRecord::openConnection(const QString& path, const SecureBytes& key) {
    auto db = std::make_unique<SqliteConnection>(path, SqliteConnection::OpenMode::ExistingOnly);
    db->unlock(key);
    const SchemaMigrator migrator(Schema::migrations());
    // Refuse a newer file before anything (even the journal mode) is written to it.
    migrator.refuseNewer(*db);
    db->configure();
    migrator.migrate(*db);
    return db;
}

std::unique_ptr<ClinicRecord> ClinicRecord::create(const QString& path, const NewRecord& setup, const Clock& clock) {
    if (setup.clinic.name.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Enter the clinic's name."));
    }
    if (!InstitutionNumber::isValid(setup.clinic.institutionNumber)) {
        throw Error(Error::Kind::Validation,
                    tr("The institution number (医療機関番号) has 10 digits: prefecture (01–47), fee schedule "
                       "(1 medical, 3 dental) and the 7-digit institution code."));
    }
    if (const QString problem = UserDirectory::nameProblem(setup.adminName); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (const QString problem = UserDirectory::passwordProblem(setup.adminPassword); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    for (const QString& f : filesOf(path)) {
        if (QFileInfo::exists(f)) {
            throw Error(Error::Kind::FileExists, tr("The file %1 already exists; it was left untouched.").arg(f));
        }
    }
    try {
        SecureBytes key = SecureBytes::random(KeyDerivation::KeyLength);
        {
            SqliteConnection fresh(path, SqliteConnection::OpenMode::CreateNew);
            // Only the clinic's OS account may read the file (SQLite gives -wal/-shm the same mode).
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            fresh.unlock(key);
            fresh.configure();
            SchemaMigrator(Schema::migrations()).migrate(fresh);
            Transaction tx(fresh);
            const QString now = Timestamp::toStorage(clock.now());
            Statement clinic(fresh, "INSERT INTO clinic (id, name, institution_number, address, phone, created_at) "
                                    "VALUES (1, ?, ?, ?, ?, ?);");
            clinic.bind(1, setup.clinic.name.trimmed()).bind(2, setup.clinic.institutionNumber);
            clinic.bindOptional(3, setup.clinic.address.trimmed()).bindOptional(4, setup.clinic.phone.trimmed());
            clinic.bind(5, now).run();
            Statement admin(fresh, "INSERT INTO users (name, display_name, role, active, created_at) "
                                   "VALUES (?, ?, 'admin', 1, ?);");
            const QString display =
                setup.adminDisplayName.trimmed().isEmpty() ? setup.adminName : setup.adminDisplayName.trimmed();
            admin.bind(1, setup.adminName).bind(2, display).bind(3, now).run();
            // The official masters from the first minute, in the same transaction: no record exists without them.
            if (setup.fillMasters) {
                MasterCatalog::fillNewRecord(fresh, clock.today(), clock.now());
            }
            tx.commit();
        }
        KeySlotFile keys;
        keys.setKeyCheck(key);
        keys.setRecordSalt(KeySlotFile::recordSaltOf(path));
        keys.put(KeySlot::seal(setup.adminName, setup.adminPassword, key, KeyDerivation::DefaultIterations));
        keys.save(KeySlotFile::pathFor(path));

        std::unique_ptr<ClinicRecord> record(new ClinicRecord(path, openConnection(path, key), key, clock));
        record->loadUser(setup.adminName);
        record->audit().append(AuditTrail::Action::Create, QStringLiteral("clinic"), setup.clinic.institutionNumber);
        record->audit().append(AuditTrail::Action::Create, QStringLiteral("user"), setup.adminName,
                               QStringLiteral("role admin"));
        record->audit().append(AuditTrail::Action::Login, QStringLiteral("user"), setup.adminName);
        return record;
    } catch (...) {
        for (const QString& f : filesOf(path)) {
            QFile::remove(f);
        }
        throw;
    }
}

std::unique_ptr<ClinicRecord> ClinicRecord::open(const QString& path, const QString& userName, const QString& password,
                                                 const Clock& clock) {
    if (!QFileInfo::exists(path)) {
        throw Error(Error::Kind::FileMissing, tr("The record file %1 does not exist.").arg(path));
    }
    const QString keysPath = KeySlotFile::pathFor(path);
    KeySlotFile keys = KeySlotFile::load(keysPath);
    if (!keys.belongsTo(KeySlotFile::recordSaltOf(path))) {
        throw Error(Error::Kind::KeyFileMismatch,
                    tr("The key file %1 does not belong to the record %2 (or the start of the record file is "
                       "damaged). Restore the matching pair from the backup; nothing was changed.")
                        .arg(keysPath, path));
    }
    const KeySlot* slot = keys.find(userName);
    std::optional<SecureBytes> key;
    if (slot) {
        key = slot->open(password);
    } else {
        // Same work for an unknown name as for a wrong password, so timing does not reveal user names.
        KeyDerivation::derive(password, QByteArray(16, 'x'), KeyDerivation::DefaultIterations);
    }
    if (!key) {
        keys.addFailedLogin(userName, clock.now());
        try {
            keys.save(keysPath);
        } catch (const Error&) {
            // Remembering the failure is best effort; the refusal is what matters.
        }
        throw Error(Error::Kind::WrongPassword, tr("The user name or password is incorrect."));
    }
    if (!keys.keyMatches(*key)) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged. Nothing was changed.").arg(keysPath));
    }
    std::unique_ptr<ClinicRecord> record(new ClinicRecord(path, openConnection(path, *key), *key, clock));
    record->loadUser(userName);
    const auto failures = keys.failedLogins();
    if (!failures.isEmpty()) {
        Transaction tx(record->db());
        for (const auto& f : failures) {
            record->audit().appendAs(f.user, f.at, AuditTrail::Action::FailedLogin, QStringLiteral("user"), f.user);
        }
        tx.commit();
        keys.clearFailedLogins();
        keys.save(keysPath);
    }
    record->audit().append(AuditTrail::Action::Login, QStringLiteral("user"), userName);
    return record;
}

void ClinicRecord::loadUser(const QString& name) {
    Statement st(*m_db, "SELECT id, name, display_name, role, active FROM users WHERE name = ?;");
    st.bind(1, name);
    if (!st.step()) {
        throw Error(Error::Kind::WrongPassword, tr("The user name or password is incorrect."));
    }
    m_user =
        User{st.int64(0), st.text(1), st.text(2), roleFromString(st.text(3)).value_or(Role::Clerk), st.int64(4) != 0};
    if (!m_user.active) {
        throw Error(Error::Kind::PermissionDenied, tr("The account %1 is disabled. Ask the administrator.").arg(name));
    }
}

bool ClinicRecord::atomically(const std::function<bool()>& work) {
    Transaction tx(*m_db);
    if (!work()) {
        return false;
    }
    tx.commit();
    return true;
}

ClinicInfo ClinicRecord::clinic() const {
    Statement st(*m_db, "SELECT name, institution_number, address, phone FROM clinic WHERE id = 1;");
    if (!st.step()) {
        return {};
    }
    return {st.text(0), st.text(1), st.text(2), st.text(3)};
}

bool ClinicRecord::can(Permission permission) const {
    return RolePolicy::allows(m_user.role, permission);
}

void ClinicRecord::require(Permission permission) const {
    if (!can(permission)) {
        throw Error(Error::Kind::PermissionDenied, tr("Your role does not allow this. Ask the administrator."));
    }
}

bool ClinicRecord::passwordOpensSlot(const QString& user, const QString& password) const {
    const KeySlotFile keys = KeySlotFile::load(KeySlotFile::pathFor(m_path));
    const KeySlot* slot = keys.find(user);
    const auto key = slot ? slot->open(password) : std::nullopt;
    return key && *key == m_key;
}

bool ClinicRecord::unlockAgain(const QString& password) {
    const bool ok = passwordOpensSlot(m_user.name, password);
    m_audit->append(ok ? AuditTrail::Action::Unlock : AuditTrail::Action::FailedLogin, QStringLiteral("user"),
                    m_user.name);
    return ok;
}

void ClinicRecord::noteLocked() {
    m_audit->append(AuditTrail::Action::Lock, QStringLiteral("user"), m_user.name);
}

void ClinicRecord::writeKeySlot(const QString& user, const QString& password) {
    const QString keysPath = KeySlotFile::pathFor(m_path);
    KeySlotFile keys = KeySlotFile::load(keysPath);
    keys.put(KeySlot::seal(user, password, m_key, KeyDerivation::DefaultIterations));
    keys.save(keysPath);
}

} // namespace tsumugi
