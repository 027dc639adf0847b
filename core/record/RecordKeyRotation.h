#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <map>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Rotating the record key of a clinic server (docs/sealed-server.md): when a key slot or a desk is believed
// compromised, a new record key is made that nothing old reaches, every value is sealed under it and every search
// token made under it, and the retiring key is deleted. Meanwhile the record is used as always: the work goes in
// batches, each one transaction under the record's write lock, and its progress is kept in the record, so a
// rotation killed at any point goes on where it stopped (resume: run step() again from any desk or tsumugictl).
//
// Start: a new key, the next generation; every active user's key slot written anew (the administrator who starts it
// with its own password, everyone else with a one-time password the administrator hands out), a new recovery key;
// the retiring key kept in the key slots sealed under the new one. Desks signed in before are asked to sign in again.
// Re-sealing: table by table, a batch of rows at a time: their sealed values opened and sealed under the new key,
// their search tokens written under both generations (searches stay with the old one until every row has both).
// Switch: searches use the new generation's tokens; the keyed columns (a received resource's sender and key, a
// sender's identifier for a patient) are made anew from the values kept sealed beside them.
// Removing: the old generation's tokens deleted in batches. End: the retiring key deleted, audited with the counts.
class RecordKeyRotation {
    Q_DECLARE_TR_FUNCTIONS(RecordKeyRotation)
public:
    enum class Phase { Resealing, Removing, Done };

    struct Started {
        int generation = 0;
        // user name → one-time password (every active user but the administrator who started it)
        std::map<QString, QString> oneTimePasswords;
        QString recoveryKey; // the new recovery key for the sheet (the old one opens the retiring key only)
    };

    struct Progress {
        int generation = 0;
        Phase phase = Phase::Resealing;
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 rowsResealed = 0;
        qint64 valuesRefused = 0; // sealed values that did not open where they lie (audited, left as they were)
        qint64 tokensRemoved = 0;
        int tablesDone = 0;
        int tables = 0;
        QString table; // the table the next batch works on (empty when none)
    };

    // Rows per batch: the write lock is held for one batch (a few hundred rows, well under a second).
    static constexpr int BatchRows = 300;

    explicit RecordKeyRotation(ClinicRecord& record);

    // An administrator starts a rotation, proving its password again. Refused on a record in a file (its key is
    // SQLCipher's: not yet) and while another rotation is under way.
    Started start(const QString& adminPassword);
    // The last rotation's progress; nothing when the record key was never rotated.
    std::optional<Progress> progress();
    // One batch of whatever the rotation has left; false when nothing is left (or no rotation is under way).
    bool step();
    // Batches until the end, or until onBatch returns false (then false: stopped, to be resumed).
    bool runToEnd(const std::function<bool(const Progress&)>& onBatch = {});

    static QString phaseName(Phase phase);

private:
    struct Tables; // which tables a rotation works through
    void resealBatch(int generation, const QString& table, const QString& after);
    void switchSearches(int generation);
    void removeBatch(int generation, const QString& table, const QString& after);
    void finish(int generation);

    ClinicRecord& m_record;
};

} // namespace tsumugi
