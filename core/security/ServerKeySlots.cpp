#include "core/security/ServerKeySlots.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/util/Timestamp.h"

// statement-sites: server only (every statement of this file)
namespace tsumugi {

ServerKeySlots::ServerKeySlots(DbConnection& db)
    : m_db(db) {}

QString ServerKeySlots::origin() const {
    return tr("the key slots on %1").arg(m_db.location());
}

bool ServerKeySlots::exists() {
    Statement table(m_db, "SELECT to_regclass('tsumugi_key_slots') IS NOT NULL;");
    if (!table.step() || table.int64(0) == 0) {
        return false;
    }
    return read("current").has_value();
}

std::optional<QByteArray> ServerKeySlots::read(const char* generation) {
    Statement st(m_db, "SELECT content FROM tsumugi_key_slots WHERE generation = ?;");
    st.bind(1, generation);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.blob(0);
}

void ServerKeySlots::write(const char* generation, const QByteArray& content, const QDateTime& now) {
    Statement st(m_db, "INSERT INTO tsumugi_key_slots (generation, content, written_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (generation) DO UPDATE SET content = excluded.content, "
                       "written_at = excluded.written_at;");
    st.bind(1, generation).bind(2, content).bind(3, Timestamp::toStorage(now)).run();
}

KeySlotFile ServerKeySlots::load() {
    const std::optional<QByteArray> bytes = exists() ? read("current") : std::nullopt;
    if (!bytes) {
        throw Error(Error::Kind::FileMissing,
                    tr("The server database %1 holds no Tsumugi record. Create one with tsumugictl init, or check the "
                       "database name.")
                        .arg(m_db.location()));
    }
    return KeySlotFile::fromBytes(*bytes, origin());
}

std::optional<KeySlotFile> ServerKeySlots::intactPrevious() {
    try {
        if (const auto bytes = read("previous")) {
            return KeySlotFile::fromBytes(*bytes, origin());
        }
    } catch (const Error&) {
    }
    return std::nullopt;
}

void ServerKeySlots::create(const KeySlotFile& keys, const QDateTime& now) {
    write("current", keys.toBytes(), now);
}

void ServerKeySlots::update(const std::function<void(KeySlotFile&)>& change, const QDateTime& now,
                            KeySlotFile::Generations generations) {
    Transaction tx(m_db);
    const std::optional<QByteArray> before = read("current");
    if (!before) {
        load(); // says in the usual words that this database holds no record
    }
    KeySlotFile keys = KeySlotFile::fromBytes(*before, origin());
    change(keys);
    QByteArray previous = *before;
    if (generations == KeySlotFile::Generations::PreviousToo) {
        KeySlotFile kept = KeySlotFile::fromBytes(*before, origin());
        change(kept);
        previous = kept.toBytes();
    }
    write("previous", previous, now);
    write("current", keys.toBytes(), now);
    tx.commit();
}

void ServerKeySlots::restorePrevious(const QDateTime& now) {
    Transaction tx(m_db);
    const std::optional<QByteArray> previous = read("previous");
    if (!previous || !intactPrevious()) {
        throw Error(Error::Kind::KeyFileDamaged,
                    tr("There are no intact previous key slots on %1. Restore the record from the backup.")
                        .arg(m_db.location()));
    }
    write("current", *previous, now);
    tx.commit();
}

} // namespace tsumugi
