#include "core/record/ClinicRecord.h"
#include "core/record/ServerWait.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/Chart.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/SchemaDdl.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/SqliteConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/documents/DocumentRepository.h"
#include "core/masters/MasterCatalog.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ChangeFeed.h"
#include "core/security/ColumnSeal.h"
#include "core/security/FailedLoginLog.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/security/RecoveryKey.h"
#include "core/security/ServerKeySlots.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"
#include "core/util/FileLock.h"
#include "core/util/InstitutionNumber.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>

namespace tsumugi {

namespace {
QStringList sqliteFilesOf(const QString& path) {
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

// What a killed init may have left beside a record that does not exist: a key file without its record, or a journal
// without its database. Useless without the record, but moved aside rather than deleted (nothing is ever deleted
// that a person might want to look at).
void moveLeftoversAside(const QString& path, const QDateTime& now) {
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString keys = KeySlotFile::pathFor(path);
    for (const QString& f :
         {keys, KeySlotFile::previousPathFor(keys), path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(f)) {
            QFile::rename(f, f + QStringLiteral(".orphan-") + stamp);
        }
    }
    // A half-built record under its temporary name is never anyone's record.
    for (const QString& f : sqliteFilesOf(path + QStringLiteral(".creating"))) {
        QFile::remove(f);
    }
    QFile::remove(keys + QStringLiteral(".creating"));
    QFile::remove(RecoveryKey::pathFor(path) + QStringLiteral(".creating"));
    if (QFileInfo::exists(RecoveryKey::pathFor(path))) {
        QFile::rename(RecoveryKey::pathFor(path), RecoveryKey::pathFor(path) + QStringLiteral(".orphan-") + stamp);
    }
}
// The clinic, its first administrator and (unless the test suite's scratch record) the official masters: every new
// record, on a file or on the server, starts in one transaction with these.
void insertFounding(DbConnection& db, const ClinicRecord::NewRecord& setup, const Clock& clock) {
    const QString now = Timestamp::toStorage(clock.now());
    Statement clinic(db, "INSERT INTO clinic (id, name, institution_number, address, phone, created_at) "
                         "VALUES (1, ?, ?, ?, ?, ?);");
    clinic.bind(1, setup.clinic.name.trimmed()).bind(2, setup.clinic.institutionNumber);
    clinic.bindOptional(3, setup.clinic.address.trimmed()).bindOptional(4, setup.clinic.phone.trimmed());
    clinic.bind(5, now).run();
    Statement admin(db, "INSERT INTO users (name, display_name, role, active, created_at) "
                        "VALUES (?, ?, 'admin', 1, ?);");
    const QString display =
        setup.adminDisplayName.trimmed().isEmpty() ? setup.adminName : setup.adminDisplayName.trimmed();
    admin.bind(1, setup.adminName).bind(2, display).bind(3, now).run();
    // The official masters from the first minute, in the same transaction: no record exists without them.
    if (setup.fillMasters) {
        MasterCatalog::fillNewRecord(db, clock.today(), clock.now());
    }
}

SchemaMigrator serverMigrator() {
    return SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres));
}

// A connection to the clinic server, refused before anything is read or written when the server's schema is newer
// than this program.
std::unique_ptr<PostgresConnection> reachServer(const QString& location) {
    auto db = std::make_unique<PostgresConnection>(location);
    serverMigrator().refuseNewer(*db);
    return db;
}
} // namespace

std::unique_ptr<ChangeFeed> ClinicRecord::listen() const {
    if (!isServer(m_path)) {
        return nullptr;
    }
    const auto* server = dynamic_cast<const PostgresConnection*>(m_db.get());
    return std::make_unique<ChangeFeed>(m_path, server ? server->ownBackends() : nullptr);
}

QString ClinicRecord::newRecordSql(bool onServer) {
    return QString::fromStdString(
        SchemaDdl(Schema::model(), onServer ? DbConnection::Driver::Postgres : DbConnection::Driver::Sqlite).create());
}

bool ClinicRecord::isServer(const QString& location) {
    return location.startsWith(QStringLiteral("postgresql://")) || location.startsWith(QStringLiteral("postgres://"));
}

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
    if (!m_db->columnSeal() && !m_key.isEmpty()) {
        m_db->setColumnSeal(std::make_shared<ColumnSeal>(m_key));
    }
    m_db->checkKeyGenerations();
    m_db->setKeyGenerationsMoved([this](int current, int searched) {
        // A rotation this desk holds the new key of moved on (its switch, its end): the slots say how to seal now.
        const KeySlotFile keys = ServerKeySlots(*m_db).load();
        if (keys.keyGeneration() != current || keys.searchedGeneration() != searched || !keys.keyMatches(m_key)) {
            return false;
        }
        m_db->setColumnSeal(sealOf(keys, m_key));
        return true;
    });
    m_db->setKeyChangedHandler([this] { m_keyChanged = true; });
    m_db->setTamperHandler([this](const SealedCell& cell) { m_audit->noteTampered(cell); });
    m_db->setDiskFullHandler([this] {
        if (m_writeState == WriteState::Writable) {
            m_writeState = WriteState::DiskFull;
        }
    });
}

ClinicRecord::~ClinicRecord() {
    try {
        writePendingAudit();
    } catch (...) {
        // Closing never throws; what could not be written now is said by the window while it was open.
    }
}

void ClinicRecord::chartChanged(const ChartChange& change) {
    m_outbox->chartChanged(change);
    if (m_chartListener) {
        m_chartListener->chartChanged(change);
    }
}

std::unique_ptr<ClinicRecord> ClinicRecord::openCompanion() const {
    // A connection to the server is made the way the desk waits for its server (its window goes on meanwhile).
    std::unique_ptr<DbConnection> connection;
    const auto connect = [&] { connection = openConnection(m_path, m_key, m_db->sharedColumnSeal()); };
    if (m_serverWait) {
        m_serverWait->await(connect, false);
    } else {
        connect();
    }
    std::unique_ptr<ClinicRecord> companion(new ClinicRecord(m_path, std::move(connection), m_key, m_clock));
    companion->m_user = m_user;
    if (m_writeState == WriteState::Damaged) {
        companion->noteDamaged(m_damage);
    }
    return companion;
}

bool ClinicRecord::exists(const QString& path) {
    if (isServer(path)) {
        // An unreachable server counts as existing: signing in then says what is wrong, and no setup starts.
        try {
            PostgresConnection db(path);
            return ServerKeySlots(db).exists();
        } catch (const Error&) {
            return true;
        }
    }
    return QFileInfo::exists(path);
}

std::pair<QByteArray, SecureBytes> ClinicRecord::keySlotsAndDerivedKey(const QByteArray& purpose,
                                                                       const QByteArray& salt) {
    if (!isServer(m_path)) {
        throw Error(Error::Kind::Validation, tr("This record is a file on one computer, not on the clinic server."));
    }
    const KeySlotFile keys = ServerKeySlots(*m_db).load();
    if (!keys.keyMatches(m_key)) {
        m_keyChanged = true;
        throw Error(Error::Kind::KeyChanged, tr("The record key was changed since you signed in: sign in again."));
    }
    return {keys.toBytes(), ColumnSeal::hkdf(m_key, salt, purpose, KeyDerivation::KeyLength)};
}

ClinicRecord::ServerProbe ClinicRecord::probeServer(const QString& location, const QString& user) {
    PostgresConnection db(location);
    ServerProbe probe;
    probe.programSchema = Schema::model().version();
    probe.schema = db.schemaVersion();
    if (probe.schema > 0 && ServerKeySlots(db).exists()) {
        probe.userHasSlot = ServerKeySlots(db).load().find(user) != nullptr;
    }
    return probe;
}

std::shared_ptr<const ColumnSeal> ClinicRecord::sealOf(const KeySlotFile& keys, const SecureBytes& key) {
    return std::make_shared<ColumnSeal>(keys.recordKeys(key), keys.keyGeneration(), keys.searchedGeneration());
}

std::unique_ptr<DbConnection> ClinicRecord::openConnection(const QString& path, const SecureBytes& key,
                                                           std::shared_ptr<const ColumnSeal> seal,
                                                           bool keepJournalFiles) {
    if (!seal) {
        seal = std::make_shared<ColumnSeal>(key);
    }
    if (isServer(path)) {
        auto db = reachServer(path);
        db->setColumnSeal(std::move(seal));
        serverMigrator().migrate(*db);
        return db;
    }
    auto db = std::make_unique<SqliteConnection>(path, SqliteConnection::OpenMode::ExistingOnly);
    if (keepJournalFiles) {
        db->keepJournalFiles();
    }
    db->unlock(key);
    db->setColumnSeal(std::move(seal));
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
    if (isServer(path)) {
        return createOnServer(path, setup, clock);
    }
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::FileExists, tr("The file %1 already exists; it was left untouched.").arg(path));
    }
    moveLeftoversAside(path, clock.now());
    // Everything is built under temporary names and appears by two renames (key file first, then the record), so a
    // killed init leaves no record, or a complete one that opens with its key file.
    const QString building = path + QStringLiteral(".creating");
    const QString keysPath = KeySlotFile::pathFor(path);
    const QString keysBuilding = keysPath + QStringLiteral(".creating");
    const QString recoveryBuilding = RecoveryKey::pathFor(path) + QStringLiteral(".creating");
    try {
        SecureBytes key = SecureBytes::random(KeyDerivation::KeyLength);
        {
            SqliteConnection fresh(building, SqliteConnection::OpenMode::CreateNew);
            // Only the clinic's OS account may read the file (SQLite gives -wal/-shm the same mode).
            QFile::setPermissions(building, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            fresh.unlock(key);
            fresh.configure();
            SchemaMigrator(Schema::migrations()).migrate(fresh);
            Transaction tx(fresh);
            insertFounding(fresh, setup, clock);
            tx.commit();
        }
        {
            // The founding audit rows go in before the record appears under its name.
            // Closed without leaving its journal files: the record must be one file to be renamed into place.
            ClinicRecord building_(building, openConnection(building, key, nullptr, false), key, clock);
            building_.loadUser(setup.adminName);
            Transaction tx(building_.db());
            building_.audit().append(AuditTrail::Action::Create, QStringLiteral("clinic"),
                                     setup.clinic.institutionNumber);
            building_.audit().append(AuditTrail::Action::Create, QStringLiteral("user"), setup.adminName,
                                     QStringLiteral("role admin"));
            building_.audit().append(AuditTrail::Action::Login, QStringLiteral("user"), setup.adminName);
            tx.commit();
        }
        // Closed: the journal is folded in and removed, so the record is one file that can be renamed.
        for (const QString& f : {building + QStringLiteral("-wal"), building + QStringLiteral("-shm")}) {
            if (QFileInfo::exists(f)) {
                throw Error(Error::Kind::Storage,
                            tr("The new record could not be closed cleanly (%1 remains).").arg(f));
            }
        }
        KeySlotFile keys;
        keys.setKeyCheck(key);
        keys.setRecordSalt(KeySlotFile::recordSaltOf(building));
        QString recoveryKey;
        if (setup.recoveryKey) {
            recoveryKey = RecoveryKey::generate();
            KeySlotFile recovery = keys;
            const KeySlot slot =
                KeySlot::seal(RecoveryKey::slotName(), recoveryKey, key, KeyDerivation::MinimumIterations);
            recovery.put(slot);
            recovery.save(recoveryBuilding);
            keys.put(slot);
        }
        keys.put(KeySlot::seal(setup.adminName, setup.adminPassword, key, KeyDerivation::DefaultIterations));
        keys.save(keysBuilding);
        AtomicFile::syncFolder(QFileInfo(path).absolutePath());
        if ((setup.recoveryKey && !QFile::rename(recoveryBuilding, RecoveryKey::pathFor(path))) ||
            !QFile::rename(keysBuilding, keysPath) || !QFile::rename(building, path)) {
            QFile::remove(keysPath);
            QFile::remove(RecoveryKey::pathFor(path));
            throw Error(Error::Kind::Storage, tr("The new record could not be put in place as %1.").arg(path));
        }
        AtomicFile::syncFolder(QFileInfo(path).absolutePath());
        std::unique_ptr<ClinicRecord> record(new ClinicRecord(path, openConnection(path, key), key, clock));
        record->loadUser(setup.adminName);
        record->m_newRecoveryKey = recoveryKey;
        return record;
    } catch (...) {
        for (const QString& f : sqliteFilesOf(building)) {
            QFile::remove(f);
        }
        QFile::remove(keysBuilding);
        QFile::remove(recoveryBuilding);
        if (!QFileInfo::exists(path)) {
            QFile::remove(keysPath);
            QFile::remove(RecoveryKey::pathFor(path));
        }
        throw;
    }
}

std::unique_ptr<ClinicRecord> ClinicRecord::createOnServer(const QString& location, const NewRecord& setup,
                                                           const Clock& clock) {
    auto db = reachServer(location);
    serverMigrator().migrate(*db);
    SecureBytes key = SecureBytes::random(KeyDerivation::KeyLength);
    // The slow key derivations happen before the write lock.
    KeySlotFile keys;
    keys.setKeyCheck(key);
    QString recoveryKey;
    if (setup.recoveryKey) {
        recoveryKey = RecoveryKey::generate();
        keys.put(KeySlot::seal(RecoveryKey::slotName(), recoveryKey, key, KeyDerivation::MinimumIterations));
    }
    keys.put(KeySlot::seal(setup.adminName, setup.adminPassword, key, KeyDerivation::DefaultIterations));
    std::unique_ptr<ClinicRecord> record(new ClinicRecord(location, std::move(db), key, clock));
    // One transaction: a server holds a whole record or none (the empty schema stays for the next try).
    Transaction tx(record->db());
    // Read under the write lock: of two desks setting up the same server at once, the second is refused here.
    if (ServerKeySlots(record->db()).exists()) {
        throw Error(Error::Kind::FileExists, tr("The server database %1 already holds a Tsumugi record; it was left "
                                                "untouched.")
                                                 .arg(record->db().location()));
    }
    insertFounding(record->db(), setup, clock);
    ServerKeySlots(record->db()).create(keys, clock.now());
    record->loadUser(setup.adminName);
    record->audit().append(AuditTrail::Action::Create, QStringLiteral("clinic"), setup.clinic.institutionNumber);
    record->audit().append(AuditTrail::Action::Create, QStringLiteral("user"), setup.adminName,
                           QStringLiteral("role admin"));
    record->audit().append(AuditTrail::Action::Login, QStringLiteral("user"), setup.adminName);
    tx.commit();
    record->m_newRecoveryKey = recoveryKey;
    return record;
}

std::unique_ptr<ClinicRecord> ClinicRecord::open(const QString& path, const QString& userName, const QString& password,
                                                 const Clock& clock) {
    if (!isServer(path) && !QFileInfo::exists(path)) {
        throw Error(Error::Kind::FileMissing, tr("The record file %1 does not exist.").arg(path));
    }
    if (const QString problem = UserDirectory::loginProblem(userName, password); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (isServer(path)) {
        return openOnServer(path, userName, password, clock);
    }
    const QString keysPath = KeySlotFile::pathFor(path);
    const QByteArray salt = KeySlotFile::recordSaltOf(path);
    std::optional<KeySlotFile> loaded;
    try {
        loaded = KeySlotFile::load(keysPath);
    } catch (const Error& e) {
        if (KeySlotFile::intactPrevious(keysPath, salt)) {
            throw Error(e.kind(), e.message() + QLatin1Char(' ') +
                                      tr("The previous generation of the key file (%1) is intact: restore it with "
                                         "\"Restore the previous key file\" in the sign-in window or with "
                                         "tsumugictl keys restore-previous. The damaged file is kept aside.")
                                          .arg(QFileInfo(KeySlotFile::previousPathFor(keysPath)).fileName()));
        }
        throw;
    }
    const KeySlotFile& keys = *loaded;
    if (!keys.belongsTo(salt)) {
        throw Error(Error::Kind::KeyFileMismatch,
                    tr("The key file %1 does not belong to the record %2 (or the start of the record file is "
                       "damaged). Restore the matching pair from the backup; nothing was changed.")
                        .arg(keysPath, path));
    }
    const SecureBytes key = unlock(keys, FailedLoginLog(path), userName, password, clock, keysPath);
    std::unique_ptr<ClinicRecord> record(
        new ClinicRecord(path, openConnection(path, key, sealOf(keys, key)), key, clock));
    record->m_oneTimePassword = keys.find(userName)->oneTime();
    record->signIn(userName, keys.legacyFailedLogins());
    return record;
}

std::unique_ptr<ClinicRecord> ClinicRecord::openOnServer(const QString& location, const QString& userName,
                                                         const QString& password, const Clock& clock) {
    auto db = reachServer(location);
    const KeySlotFile keys = ServerKeySlots(*db).load();
    const SecureBytes key = unlock(keys, FailedLoginLog(*db), userName, password, clock, db->location());
    db->setColumnSeal(sealOf(keys, key));
    serverMigrator().migrate(*db);
    std::unique_ptr<ClinicRecord> record(new ClinicRecord(location, std::move(db), key, clock));
    record->m_oneTimePassword = keys.find(userName)->oneTime();
    record->signIn(userName, {});
    return record;
}

SecureBytes ClinicRecord::unlock(const KeySlotFile& keys, const FailedLoginLog& failures, const QString& userName,
                                 const QString& password, const Clock& clock, const QString& keysName) {
    if (const int wait = failures.secondsToWait(userName, clock.now()); wait > 0) {
        throw Error(Error::Kind::TooManyAttempts,
                    tr("Too many wrong passwords for this user name. Wait %n second(s) and try again.", nullptr, wait));
    }
    // The recovery slot is no login (recover() is its one use).
    const KeySlot* slot = userName.startsWith(QLatin1Char('#')) ? nullptr : keys.find(userName);
    std::optional<SecureBytes> key;
    if (slot) {
        key = slot->open(password);
    } else {
        // Same work for an unknown name as for a wrong password, so timing does not reveal user names.
        KeyDerivation::derive(password, QByteArray(16, 'x'), KeyDerivation::DefaultIterations);
    }
    if (!key) {
        // Noted beside the record (never in the key slots); a failure to note it changes nothing else.
        failures.add(userName, clock.now());
        throw Error(Error::Kind::WrongPassword, tr("The user name or password is incorrect."));
    }
    if (!keys.keyMatches(*key)) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged. Nothing was changed.").arg(keysName));
    }
    return *key;
}

void ClinicRecord::signIn(const QString& userName, const QList<KeySlotFile::FailedLogin>& legacy) {
    loadUser(userName);
    if (!isServer(m_path)) {
        if (const auto finding = RecordCheck::damageNoted(m_path)) {
            noteDamaged(*finding);
        }
    }
    // On a full disk the staff still read every chart: the failures wait in their file, the sign-in in memory.
    try {
        auditFailedLogins(legacy);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::DiskFull) {
            throw;
        }
    }
    try {
        m_audit->append(AuditTrail::Action::Login, QStringLiteral("user"), userName);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::DiskFull) {
            throw;
        }
        m_audit->append(AuditTrail::Action::Login, QStringLiteral("user"), userName); // held now
    }
}

void ClinicRecord::auditFailedLogins(const QList<KeySlotFile::FailedLogin>& legacy) {
    const auto write = [this](const QString& user, const QDateTime& at) {
        m_audit->appendAs(user, at, AuditTrail::Action::FailedLogin, QStringLiteral("user"), user);
    };
    // Older versions kept failures in the key file, which no login rewrites now: audited once, recognised after.
    if (!legacy.isEmpty()) {
        Transaction tx(*m_db);
        for (const auto& f : legacy) {
            if (!m_audit->hasEntry(f.user, f.at, AuditTrail::Action::FailedLogin)) {
                write(f.user, f.at);
            }
        }
        tx.commit();
    }
    (isServer(m_path) ? FailedLoginLog(*m_db) : FailedLoginLog(m_path))
        .drain([&](const QList<FailedLoginLog::Entry>& pending) {
            Transaction tx(*m_db);
            for (const auto& f : pending) {
                write(f.user, f.at);
            }
            tx.commit();
        });
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

void ClinicRecord::setServerWait(ServerWait* wait) {
    m_serverWait = isServer(m_path) ? wait : nullptr;
    m_db->setServerWait(wait);
}

bool ClinicRecord::waitingOnServer() const {
    return m_db->waitingOnServer();
}

bool ClinicRecord::serverLost() const {
    return m_db->serverLost();
}

QString ClinicRecord::location() const {
    return m_db->location();
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
    if (!UserDirectory::loginProblem(user, password).isEmpty()) {
        return false;
    }
    const KeySlotFile keys =
        isServer(m_path) ? ServerKeySlots(*m_db).load() : KeySlotFile::load(KeySlotFile::pathFor(m_path));
    const KeySlot* slot = keys.find(user);
    const auto key = slot ? slot->open(password) : std::nullopt;
    return key && *key == m_key;
}

bool ClinicRecord::unlockAgain(const QString& password) {
    bool ok = passwordOpensSlot(m_user.name, password);
    QString detail;
    if (!ok && m_keyChanged && UserDirectory::loginProblem(m_user.name, password).isEmpty()) {
        // The record key was rotated under this desk: the user's new slot gives the new key.
        const KeySlotFile keys = ServerKeySlots(*m_db).load();
        const KeySlot* slot = keys.find(m_user.name);
        if (const auto key = slot ? slot->open(password) : std::nullopt; key && keys.keyMatches(*key)) {
            m_key = *key;
            m_db->setColumnSeal(sealOf(keys, m_key));
            m_keyChanged = false;
            m_oneTimePassword = slot->oneTime();
            ok = true;
            detail = QStringLiteral("with the record's new key (generation %1)").arg(keys.keyGeneration());
        }
    }
    if (!ok && m_keyChanged) {
        // Nothing can be written under the key this desk still holds: the failure is noted beside the record, as a
        // failed sign-in is, and audited at the next sign-in.
        FailedLoginLog(*m_db).add(m_user.name, m_clock.now());
        return false;
    }
    m_audit->append(ok ? AuditTrail::Action::Unlock : AuditTrail::Action::FailedLogin, QStringLiteral("user"),
                    m_user.name, detail);
    return ok;
}

void ClinicRecord::checkKeys() {
    if (!isServer(m_path) || m_keyChanged) {
        return;
    }
    try {
        m_db->requireCurrentKeys(true);
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::KeyChanged) {
            throw;
        }
    }
}

QString ClinicRecord::writeStateMessage() const {
    switch (m_writeState) {
    case WriteState::Writable:
        return {};
    case WriteState::DiskFull:
        return tr("The disk is full: the record is read-only until space is freed. Charts can be read; changes "
                  "cannot be saved. The sign-in and what was viewed go into the audit trail when space returns.");
    case WriteState::Damaged:
        return RecordCheck::damagedMessage(m_damage);
    }
    return {};
}

bool ClinicRecord::writePendingAudit() {
    if (m_writeState == WriteState::Damaged) {
        return false;
    }
    try {
        m_audit->writeHeld();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::DiskFull) {
            return false;
        }
        throw;
    }
    m_writeState = WriteState::Writable;
    return true;
}

RecordCheck::Result ClinicRecord::checkIntegrity() {
    const RecordCheck::Result result = RecordCheck::run(*m_db, m_clock.now());
    // The mark is a file beside an embedded record; a server's damage is found by every desk's own check.
    const bool file = !isServer(m_path);
    if (!result.ok) {
        if (file) {
            RecordCheck::markDamaged(m_path, result);
        }
        noteDamaged(result.problems.join(QLatin1Char('\n')));
        return result;
    }
    // A whole file (restored from a backup) lifts the mark; this connection stays read-only until reopened.
    if (file) {
        RecordCheck::clearMark(m_path);
    }
    if (m_writeState == WriteState::Damaged) {
        return result;
    }
    // Written directly, not through ClinicSettings::setValue: every user's daily check notes the day, and that is no
    // clinic setting an administrator changed (no permission, no audit row).
    try {
        Transaction tx(*m_db);
        Statement up(*m_db, "UPDATE settings SET value = ? WHERE key = 'integrity.lastCheck';");
        up.bind(1, m_clock.today().toString(Qt::ISODate)).run();
        if (m_db->changes() == 0) {
            Statement ins(*m_db, "INSERT INTO settings (key, value) VALUES ('integrity.lastCheck', ?);");
            ins.bind(1, m_clock.today().toString(Qt::ISODate)).run();
        }
        tx.commit();
    } catch (const Error&) {
        // The day is a convenience; a full disk only means the check runs again at the next sign-in.
    }
    return result;
}

bool ClinicRecord::integrityCheckDue() const {
    if (m_writeState == WriteState::Damaged) {
        return false;
    }
    return m_settings->value(QStringLiteral("integrity.lastCheck")) != m_clock.today().toString(Qt::ISODate);
}

void ClinicRecord::noteDamaged(const QString& finding) {
    m_writeState = WriteState::Damaged;
    m_damage = finding;
    m_db->setReadOnly();
}

void ClinicRecord::noteLocked() {
    m_audit->append(AuditTrail::Action::Lock, QStringLiteral("user"), m_user.name);
}

void ClinicRecord::updateKeySlots(const std::function<void(KeySlotFile&)>& change,
                                  KeySlotFile::Generations generations) {
    const auto checked = [&](KeySlotFile& keys) {
        if (!keys.keyMatches(m_key)) {
            throw Error(
                Error::Kind::KeyFileMismatch,
                tr("The key slots of %1 no longer belong to this record; nothing was changed.").arg(m_db->location()));
        }
        change(keys);
    };
    if (isServer(m_path)) {
        ServerKeySlots(*m_db).update(checked, m_clock.now(), generations);
    } else {
        KeySlotFile::update(KeySlotFile::pathFor(m_path), checked, generations);
    }
}

void ClinicRecord::writeKeySlot(const QString& user, const QString& password) {
    // The slow key derivation happens before the lock, so other desks wait only for the write.
    const KeySlot slot = KeySlot::seal(user, password, m_key, KeyDerivation::DefaultIterations);
    updateKeySlots([&](KeySlotFile& keys) { keys.put(slot); });
    if (user == m_user.name) {
        m_oneTimePassword = false; // a password of its own now
    }
}

QString ClinicRecord::renewRecoveryKey() {
    require(Permission::ManageUsers);
    const QString recoveryKey = RecoveryKey::generate();
    const KeySlot slot = KeySlot::seal(RecoveryKey::slotName(), recoveryKey, m_key, KeyDerivation::MinimumIterations);
    updateKeySlots(
        [&](KeySlotFile& keys) {
            // The embedded record keeps the recovery slot in a file of its own too (for a lost key file); on the
            // server the key slots are in the database itself.
            if (!isServer(m_path)) {
                KeySlotFile recovery;
                recovery.setKeyCheck(m_key);
                recovery.setRecordSalt(KeySlotFile::recordSaltOf(m_path));
                recovery.put(slot);
                recovery.save(RecoveryKey::pathFor(m_path));
            }
            keys.put(slot);
        },
        KeySlotFile::Generations::PreviousToo);
    m_audit->append(AuditTrail::Action::Update, QStringLiteral("recovery-key"), m_user.name,
                    QStringLiteral("new recovery key"));
    return recoveryKey;
}

std::unique_ptr<ClinicRecord> ClinicRecord::recover(const QString& path, const QString& recoveryKey,
                                                    const QString& adminName, const QString& newPassword,
                                                    const Clock& clock) {
    if (!isServer(path) && !QFileInfo::exists(path)) {
        throw Error(Error::Kind::FileMissing, tr("The record file %1 does not exist.").arg(path));
    }
    const std::optional<QString> typed = RecoveryKey::normalise(recoveryKey);
    if (!typed) {
        throw Error(Error::Kind::Validation,
                    tr("A recovery key has 32 letters and digits in 8 groups of 4, as printed on the recovery sheet."));
    }
    if (const QString problem = UserDirectory::passwordProblem(newPassword); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (isServer(path)) {
        return recoverOnServer(path, *typed, adminName, newPassword, clock);
    }
    const QString keysPath = KeySlotFile::pathFor(path);
    const QByteArray salt = KeySlotFile::recordSaltOf(path);
    // Every place a recovery slot may still be, the current key file first.
    std::optional<KeySlotFile> current;
    try {
        current = KeySlotFile::load(keysPath);
    } catch (const Error&) {
    }
    std::optional<KeySlotFile> base = current;
    if (!base || !base->belongsTo(salt)) {
        base = KeySlotFile::intactPrevious(keysPath, salt);
    }
    std::optional<SecureBytes> key;
    for (const QString& source : {keysPath, KeySlotFile::previousPathFor(keysPath), RecoveryKey::pathFor(path)}) {
        try {
            const KeySlotFile file = KeySlotFile::load(source);
            const KeySlot* slot = file.find(RecoveryKey::slotName());
            if (slot && file.belongsTo(salt)) {
                key = slot->open(*typed);
                if (key && file.keyMatches(*key)) {
                    if (!base) {
                        base = file;
                    }
                    break;
                }
                key.reset();
            }
        } catch (const Error&) {
        }
    }
    if (!key) {
        throw Error(Error::Kind::WrongPassword,
                    tr("This recovery key does not open the record %1 (or its recovery file %2 is missing too). "
                       "Nothing was changed.")
                        .arg(path, QFileInfo(RecoveryKey::pathFor(path)).fileName()));
    }
    // The key opens the record itself, and the name is one of its active administrators, before anything is written.
    std::unique_ptr<ClinicRecord> record(new ClinicRecord(path, openConnection(path, *key), *key, clock));
    record->loadUser(adminName);
    if (record->m_user.role != Role::Admin) {
        throw Error(Error::Kind::PermissionDenied,
                    tr("%1 is not an administrator of this record; give an administrator's user name.").arg(adminName));
    }
    const KeySlot adminSlot = KeySlot::seal(adminName, newPassword, *key, KeyDerivation::DefaultIterations);
    if (current && current->belongsTo(salt) && current->keyMatches(*key)) {
        KeySlotFile::update(keysPath, [&](KeySlotFile& keys) { keys.put(adminSlot); });
    } else {
        KeySlotFile fresh = *base;
        fresh.put(adminSlot);
        const FileLock lock(KeySlotFile::lockPathFor(keysPath));
        if (QFileInfo::exists(keysPath)) {
            const QString aside =
                keysPath + QStringLiteral(".damaged-") + clock.now().toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
            if (!QFile::rename(keysPath, aside)) {
                throw Error(Error::Kind::Storage,
                            tr("The damaged key file %1 could not be moved aside; nothing was changed.").arg(keysPath));
            }
        }
        fresh.save(keysPath);
    }
    record->m_audit->append(AuditTrail::Action::Update, QStringLiteral("user"), adminName,
                            QStringLiteral("password set with the recovery key"));
    return record;
}

std::unique_ptr<ClinicRecord> ClinicRecord::recoverOnServer(const QString& location, const QString& recoveryKey,
                                                            const QString& adminName, const QString& newPassword,
                                                            const Clock& clock) {
    auto db = reachServer(location);
    ServerKeySlots keySlots(*db);
    std::optional<KeySlotFile> current;
    try {
        current = keySlots.load();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::FileMissing) {
            throw;
        }
    }
    const std::optional<KeySlotFile> previous = keySlots.intactPrevious();
    std::optional<SecureBytes> key;
    for (const std::optional<KeySlotFile>& keys : {current, previous}) {
        const KeySlot* slot = keys ? keys->find(RecoveryKey::slotName()) : nullptr;
        key = slot ? slot->open(recoveryKey) : std::nullopt;
        if (key && keys->keyMatches(*key)) {
            db->setColumnSeal(sealOf(*keys, *key));
            break;
        }
        key.reset();
    }
    if (!key) {
        throw Error(Error::Kind::WrongPassword,
                    tr("This recovery key does not open the record on %1. Nothing was changed.").arg(db->location()));
    }
    serverMigrator().migrate(*db);
    std::unique_ptr<ClinicRecord> record(new ClinicRecord(location, std::move(db), *key, clock));
    record->loadUser(adminName);
    if (record->m_user.role != Role::Admin) {
        throw Error(Error::Kind::PermissionDenied,
                    tr("%1 is not an administrator of this record; give an administrator's user name.").arg(adminName));
    }
    const KeySlot adminSlot = KeySlot::seal(adminName, newPassword, *key, KeyDerivation::DefaultIterations);
    Transaction tx(record->db());
    if (current && current->keyMatches(*key)) {
        record->updateKeySlots([&](KeySlotFile& keys) { keys.put(adminSlot); });
    } else {
        // The current slots are damaged: the intact generation before them, with the new password, replaces them.
        KeySlotFile fresh = *previous;
        fresh.put(adminSlot);
        ServerKeySlots(record->db()).create(fresh, clock.now());
    }
    record->m_audit->append(AuditTrail::Action::Update, QStringLiteral("user"), adminName,
                            QStringLiteral("password set with the recovery key"));
    tx.commit();
    return record;
}

void ClinicRecord::restorePreviousKeyFile(const QString& path, const Clock& clock) {
    if (isServer(path)) {
        PostgresConnection db(path);
        ServerKeySlots keySlots(db);
        keySlots.restorePrevious(clock.now());
        return;
    }
    KeySlotFile::restorePrevious(KeySlotFile::pathFor(path), KeySlotFile::recordSaltOf(path), clock.now());
}

bool ClinicRecord::previousKeyFileAvailable(const QString& path) {
    if (isServer(path)) {
        try {
            PostgresConnection db(path);
            return ServerKeySlots(db).intactPrevious().has_value();
        } catch (const Error&) {
            return false;
        }
    }
    return KeySlotFile::intactPrevious(KeySlotFile::pathFor(path), KeySlotFile::recordSaltOf(path)).has_value();
}

} // namespace tsumugi
