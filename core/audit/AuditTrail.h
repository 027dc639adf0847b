#pragma once

#include "core/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

class ClinicRecord;
struct SealedCell;

// Who did what to which record, when. Append-only (the schema refuses updates and deletes) and each row
// carries SHA-256(previous hash + this row), so an edit or removal in the middle breaks the chain.
// Reads stay reads: chaining a row needs the last row, so it takes the record's write lock, and a desk opening a
// chart must not queue behind every other desk's save for that. A reading row (a view, a sign-in, a lock) outside
// a change is therefore written at once, without that lock, into audit_pending, and the next change of any desk
// chains the pending rows first, in the order they were written, inside its own transaction. The chain stays one
// line; a pending row is shown by recent() and counted by verify() until then.
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    enum class Action {
        View,
        Create,
        Update,
        Finalize,
        Withdraw,
        Export,
        Import,
        Login,
        FailedLogin,
        Logout,
        Lock,
        Unlock,
        Tampered // a sealed value that did not open where it was found (ColumnSeal)
    };

    struct Verification {
        bool ok = true;
        qint64 rowsChecked = 0;
        std::optional<qint64> firstBrokenSeq;
        QString reason;
        // Reading rows written since the last change, not yet in the chain.
        qint64 pending = 0;
    };

    explicit AuditTrail(ClinicRecord& record);

    // Joins the caller's transaction when there is one, so a change and its audit row commit together.
    void append(Action action, const QString& recordType, const QString& recordId, const QString& detail = {});
    // A sealed value of this cell did not open (Error(Tampered) follows): audited now, or with the desk's next change
    // when it was found inside a change that fails.
    void noteTampered(const SealedCell& cell);
    // Same, for events whose user is not the session's (failed logins folded in at unlock).
    void appendAs(const QString& user, const QDateTime& at, Action action, const QString& recordType,
                  const QString& recordId, const QString& detail = {});

    // Rows of reading (views, sign-in, lock) held in memory while the record cannot be written (a full disk); written
    // by writeHeld() in order, with their own times, when it can again.
    int heldCount() const { return int(m_held.size()); }
    void writeHeld();

    // Whether a row of this user, time and action exists (failed logins of an older key file are audited once).
    bool hasEntry(const QString& user, const QDateTime& at, Action action) const;

    Verification verify() const;
    // The chain's last row: what a backup records, so that a trail cut at its tail is noticed against it.
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    Head head() const;
    // Newest first; rows still pending (seq 0) before the chained ones.
    QList<AuditEntry> recent(int limit) const;

    static QString actionName(Action action);
    static QByteArray chainHash(const QByteArray& prevHash, const AuditEntry& entry);

private:
    void insert(const AuditEntry& e);
    // Inside a write transaction: the last row, then this one after it.
    void chain(const AuditEntry& e);
    void insertPending(const AuditEntry& e);
    void chainPending();

    ClinicRecord& m_record;
    QList<AuditEntry> m_held;
};

} // namespace tsumugi
