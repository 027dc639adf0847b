#pragma once

#include "core/security/KeySlotFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

namespace tsumugi {

class DbConnection;

// A record on the clinic server keeps its key slots in the server's table tsumugi_key_slots, in the embedded key
// file's own form: the current generation and the one before it. Read before anyone is signed in; changed only by a
// change of slots, under the record's write lock, so two desks adding users at once both land.
class ServerKeySlots {
    Q_DECLARE_TR_FUNCTIONS(ServerKeySlots)
public:
    explicit ServerKeySlots(DbConnection& db);

    // Whether this database holds a record (its key slots), without creating anything.
    bool exists();
    // Throws Error(FileMissing) when the database holds no record, Error(KeyFileDamaged) when the row is unreadable.
    KeySlotFile load();
    std::optional<KeySlotFile> intactPrevious();
    // A new record's first slots, inside its founding transaction.
    void create(const KeySlotFile& keys, const QDateTime& now);
    // As KeySlotFile::update: change sees the slots as they are now; the current ones become the previous generation.
    void update(const std::function<void(KeySlotFile&)>& change, const QDateTime& now,
                KeySlotFile::Generations generations = KeySlotFile::Generations::CurrentOnly);
    // Puts the previous generation back; the damaged current one is replaced (the server keeps no files aside).
    void restorePrevious(const QDateTime& now);

private:
    std::optional<QByteArray> read(const char* generation);
    void write(const char* generation, const QByteArray& content, const QDateTime& now);
    QString origin() const;

    DbConnection& m_db;
};

} // namespace tsumugi
