#include "core/record/RecordKeyRotation.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/KeyRotationBatches.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/security/RecoveryKey.h"
#include "core/security/ServerKeySlots.h"
#include "core/users/UserDirectory.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QScopeGuard>

// statement-sites: server only (a rotation is refused on a record in a file)
namespace tsumugi {

namespace {
// Sixteen characters a person reads aloud or types without mistaking one for another, in groups of four: 80 bits,
// used once (the user sets a password of its own with it).
QString oneTimePassword() {
    static const char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const SecureBytes random = SecureBytes::random(16);
    QString out;
    for (int i = 0; i < random.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += QLatin1Char('-');
        }
        out += QLatin1Char(Alphabet[random.data()[i] & 0x1f]);
    }
    return out;
}

RecordKeyRotation::Phase phaseFromText(const QString& text) {
    return text == QStringLiteral("removing") ? RecordKeyRotation::Phase::Removing
           : text == QStringLiteral("done")   ? RecordKeyRotation::Phase::Done
                                              : RecordKeyRotation::Phase::Resealing;
}
} // namespace

RecordKeyRotation::RecordKeyRotation(ClinicRecord& record)
    : m_record(record) {}

QString RecordKeyRotation::phaseName(Phase phase) {
    switch (phase) {
    case Phase::Resealing:
        return tr("re-sealing");
    case Phase::Removing:
        return tr("removing the old search tokens");
    case Phase::Done:
        return tr("done");
    }
    return {};
}

RecordKeyRotation::Started RecordKeyRotation::start(const QString& adminPassword) {
    m_record.require(Permission::ManageUsers);
    if (!ClinicRecord::isServer(m_record.path())) {
        throw Error(Error::Kind::Validation,
                    tr("Rotating the record key is for a record on the clinic server. A record in a file is encrypted "
                       "whole with its key (SQLCipher); changing that key is not built yet."));
    }
    const User me = m_record.currentUser();
    if (!m_record.passwordOpensSlot(me.name, adminPassword)) {
        throw Error(Error::Kind::WrongPassword, tr("The password is incorrect; the record key was not changed."));
    }
    if (const auto last = progress(); last && last->phase != Phase::Done) {
        throw Error(Error::Kind::Conflict, tr("A rotation of the record key (generation %1) is under way: let it "
                                              "finish first (tsumugictl keys rotate --resume).")
                                               .arg(last->generation));
    }
    DbConnection& db = m_record.db();
    const KeySlotFile before = ServerKeySlots(db).load();
    const int retiring = before.keyGeneration();
    const int generation = retiring + 1;
    if (generation > ColumnSeal::MaxGeneration) {
        throw Error(Error::Kind::Validation, tr("The record key cannot be rotated again."));
    }
    // The slow key derivations happen before the write lock, so the other desks wait only for the writing.
    const SecureBytes newKey = SecureBytes::random(KeyDerivation::KeyLength);
    Started started;
    started.generation = generation;
    QList<KeySlot> newSlots;
    for (const User& u : m_record.users().list()) {
        if (!u.active) {
            continue; // an inactive user gets no slot: an administrator who makes it active again sets a password
        }
        const QString password = u.name == me.name ? adminPassword : oneTimePassword();
        if (u.name != me.name) {
            started.oneTimePasswords[u.name] = password;
        }
        const KeySlot slot = KeySlot::seal(u.name, password, newKey, KeyDerivation::DefaultIterations);
        newSlots << (u.name == me.name ? slot : slot.asOneTime());
    }
    started.recoveryKey = RecoveryKey::generate();
    newSlots << KeySlot::seal(RecoveryKey::slotName(), started.recoveryKey, newKey, KeyDerivation::MinimumIterations);

    const SecureBytes oldKey = m_record.m_key;
    KeySlotFile written;
    Transaction tx(db);
    Statement rotation(db, "INSERT INTO key_rotations (generation, searched_generation, phase, started_at, "
                           "started_by) VALUES (?, ?, 'resealing', ?, ?);");
    rotation.bind(1, generation).bind(2, before.searchedGeneration());
    rotation.bind(3, Timestamp::toStorage(m_record.clock().now())).bind(4, me.id).run();
    Statement table(db, "INSERT INTO key_rotation_progress (generation, table_name) VALUES (?, ?);");
    for (const std::string& name : KeyRotationBatches::resealedTables(db)) {
        table.bind(1, generation).bind(2, QString::fromStdString(name)).run();
        table.reset();
    }
    // Both generations of the key slots are the new ones: the slots before opened the retiring key alone.
    m_record.updateKeySlots(
        [&](KeySlotFile& keys) {
            for (const KeySlot& s : keys.allSlots()) {
                keys.remove(s.user());
            }
            for (const KeySlot& s : newSlots) {
                keys.put(s);
            }
            keys.setKeyCheck(newKey);
            keys.setKeyGenerations(newKey, generation, keys.searchedGeneration(), retiring, oldKey);
            written = keys;
        },
        KeySlotFile::Generations::PreviousToo);
    m_record.audit().append(
        AuditTrail::Action::Update, QStringLiteral("record-key"), QString::number(generation),
        QStringLiteral("rotation started: %1 key slots written anew, a new recovery key").arg(newSlots.size()));
    tx.commit();
    m_record.m_key = newKey;
    m_record.db().setColumnSeal(ClinicRecord::sealOf(written, newKey));
    return started;
}

std::optional<RecordKeyRotation::Progress> RecordKeyRotation::progress() {
    DbConnection& db = m_record.db();
    Statement st(db, "SELECT generation, phase, started_at, finished_at, rows_resealed, values_refused, "
                     "tokens_removed FROM key_rotations ORDER BY generation DESC LIMIT 1;");
    if (!st.step()) {
        return std::nullopt;
    }
    Progress p;
    p.generation = int(st.int64(0));
    p.phase = phaseFromText(st.text(1));
    p.startedAt = Timestamp::fromStorage(st.text(2));
    p.finishedAt = st.isNull(3) ? QDateTime() : Timestamp::fromStorage(st.text(3));
    p.rowsResealed = st.int64(4);
    p.valuesRefused = st.int64(5);
    p.tokensRemoved = st.int64(6);
    Statement tables(db, "SELECT table_name, done FROM key_rotation_progress WHERE generation = ? ORDER BY "
                         "table_name;");
    tables.bind(1, p.generation);
    while (tables.step()) {
        ++p.tables;
        if (tables.int64(1) != 0) {
            ++p.tablesDone;
        } else if (p.table.isEmpty()) {
            p.table = tables.text(0);
        }
    }
    return p;
}

bool RecordKeyRotation::step() {
    m_record.require(Permission::ManageUsers);
    DbConnection& db = m_record.db();
    Transaction tx(db);
    // Read under the write lock: another desk may have done the batch meanwhile.
    const std::optional<Progress> p = progress();
    if (!p || p->phase == Phase::Done) {
        return false;
    }
    if (p->table.isEmpty()) {
        if (p->phase == Phase::Resealing) {
            switchSearches(p->generation);
        } else {
            finish(p->generation);
        }
        tx.commit();
        return true;
    }
    Statement cursor(db, "SELECT after_row FROM key_rotation_progress WHERE generation = ? AND table_name = ?;");
    cursor.bind(1, p->generation).bind(2, p->table);
    cursor.step();
    const QString after = cursor.isNull(0) ? QString() : cursor.text(0);
    const std::string table = p->table.toStdString();
    const KeyRotationBatches::Batch batch =
        p->phase == Phase::Resealing
            ? KeyRotationBatches::reseal(db, table, after, BatchRows)
            : KeyRotationBatches::removeTokens(db, table, p->generation, after, BatchRows * 10);
    Statement moved(db, "UPDATE key_rotation_progress SET after_row = ?, done = ? WHERE generation = ? AND "
                        "table_name = ?;");
    moved.bindOptional(1, batch.after.isEmpty() ? after : batch.after).bind(2, batch.done ? 1 : 0);
    moved.bind(3, p->generation).bind(4, p->table).run();
    Statement counts(db, "UPDATE key_rotations SET rows_resealed = rows_resealed + ?, values_refused = "
                         "values_refused + ?, tokens_removed = tokens_removed + ? WHERE generation = ?;");
    const bool resealing = p->phase == Phase::Resealing;
    counts.bind(1, resealing ? batch.rows : 0).bind(2, batch.refused).bind(3, resealing ? 0 : batch.rows);
    counts.bind(4, p->generation).run();
    tx.commit();
    return true;
}

void RecordKeyRotation::switchSearches(int generation) {
    DbConnection& db = m_record.db();
    const std::shared_ptr<const ColumnSeal> before = db.sharedColumnSeal();
    const KeySlotFile keys = ServerKeySlots(db).load();
    std::map<int, SecureBytes> recordKeys = keys.recordKeys(m_record.m_key);
    // The keyed columns are made under the new generation: this connection searches it from now on (back as it
    // was should the switch fail).
    auto switched = std::make_shared<ColumnSeal>(recordKeys, generation, generation);
    auto restore = qScopeGuard([&] { db.setColumnSeal(before); });
    db.setColumnSeal(switched);
    const qint64 kept = KeyRotationBatches::rekeyKeyedColumns(db);
    int retiring = 0;
    SecureBytes retiringKey;
    for (const auto& [g, key] : recordKeys) {
        if (g != generation) {
            retiring = g;
            retiringKey = key;
        }
    }
    m_record.updateKeySlots(
        [&](KeySlotFile& k) { k.setKeyGenerations(m_record.m_key, generation, generation, retiring, retiringKey); },
        KeySlotFile::Generations::PreviousToo);
    Statement phase(db, "UPDATE key_rotations SET searched_generation = ?, phase = 'removing' WHERE generation = ?;");
    phase.bind(1, generation).bind(2, generation).run();
    Statement table(db, "INSERT INTO key_rotation_progress (generation, table_name) VALUES (?, ?);");
    for (const std::string& name : KeyRotationBatches::tokenTables()) {
        table.bind(1, generation).bind(2, QString::fromStdString(name)).run();
        table.reset();
    }
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("record-key"), QString::number(generation),
                            QStringLiteral("searches switched to the new key; %1 keyed rows from before schema 27 keep "
                                           "their old tokens")
                                .arg(kept));
    restore.dismiss();
}

void RecordKeyRotation::finish(int generation) {
    DbConnection& db = m_record.db();
    m_record.updateKeySlots(
        [&](KeySlotFile& k) { k.setKeyGenerations(m_record.m_key, generation, generation, 0, SecureBytes()); },
        KeySlotFile::Generations::PreviousToo);
    Statement done(db, "UPDATE key_rotations SET phase = 'done', finished_at = ? WHERE generation = ?;");
    done.bind(1, Timestamp::toStorage(m_record.clock().now())).bind(2, generation).run();
    const std::optional<Progress> p = progress();
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("record-key"), QString::number(generation),
                            QStringLiteral("rotation ended, the retiring key deleted: %1 rows re-sealed, %2 values "
                                           "refused, %3 old search tokens removed")
                                .arg(p->rowsResealed)
                                .arg(p->valuesRefused)
                                .arg(p->tokensRemoved));
    db.setColumnSeal(
        std::make_shared<ColumnSeal>(std::map<int, SecureBytes>{{generation, m_record.m_key}}, generation, generation));
}

bool RecordKeyRotation::runToEnd(const std::function<bool(const Progress&)>& onBatch) {
    while (step()) {
        if (onBatch) {
            const std::optional<Progress> p = progress();
            if (p && !onBatch(*p)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace tsumugi
