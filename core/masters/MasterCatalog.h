#pragma once

#include "core/masters/MasterEntry.h"
#include "core/masters/MasterNameIndex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace tsumugi {

class ClinicRecord;
class DbConnection;

// The masters inside the record. Search offers only codes that may be chosen today (an ended code gives way to
// its 移行先), ranked the way doctors look: what this clinic chooses most, then common names, then exact readings,
// then shorter names. find() also answers for ended codes, so old charts keep reading them. A new record is filled
// with the shipped masters (ShippedMasters); an import replaces one kind, all or nothing, and says what changed.
class MasterCatalog {
    Q_DECLARE_TR_FUNCTIONS(MasterCatalog)
public:
    static constexpr int DefaultLimit = 50;

    struct ImportResult {
        MasterKind kind = MasterKind::Disease;
        int entries = 0;
        int added = 0;
        int changed = 0;
        int ended = 0; // codes that could be chosen before the import and cannot now (廃止, 経過措置, left out)
        QString source;
        QStringList notes; // what was skipped and why
    };
    struct Source {
        MasterKind kind = MasterKind::Disease;
        QString source;
        qint64 entries = 0;
        QDateTime importedAt;
    };
    // done, total: rows written so far, for a progress bar (called on the importing thread).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit MasterCatalog(ClinicRecord& record);

    // Drug searches also give the 一般名 entries (kind GenericDrug) whose wording matches.
    QList<MasterEntry> search(MasterKind kind, const QString& query, int limit = DefaultLimit);
    std::optional<MasterEntry> find(MasterKind kind, const QString& code);
    // Drugs by YJ code (or its first 7 characters: the same ingredient and route).
    QList<MasterEntry> drugsByYj(const QString& yjCode);
    qint64 count(MasterKind kind);
    QList<Source> sources();

    // Replaces the whole master of that kind in one transaction (admins and doctors).
    ImportResult replace(MasterKind kind, const QList<MasterEntry>& entries, const QString& source,
                         const QStringList& notes = {});
    // An official file: an SSK zip (or its text member) for disease/modifier/drug, the J-FAGY CSV, or the extracted
    // JP-CLINS package folder for jlac. A drug import also renews the 一般名 entries, in the same transaction.
    QList<ImportResult> importFile(MasterKind kind, const QString& path, const Progress& progress = {});
    // An SSK zip whose name says its kind (b_, z_, y_).
    QList<ImportResult> importArchive(const QString& path, const Progress& progress = {});

    // Remembers that the clinic chose this code, so search ranks it higher next time.
    void recordUse(MasterKind kind, const QString& code);

    // Fills a record being created with the shipped masters, inside the caller's transaction.
    static void fillNewRecord(DbConnection& db, const QDate& today, const QDateTime& now);

private:
    struct Batch {
        MasterKind kind;
        QList<MasterEntry> entries;
        QString source;
        QStringList notes;
    };
    QList<ImportResult> write(const QList<Batch>& batches, const Progress& progress);
    static ImportResult writeKind(DbConnection& db, const Batch& batch, const QDate& today, const QDateTime& now,
                                  qint64 userId, const Progress& progress, qint64 doneBefore, qint64 total);
    void ensureLoaded(MasterKind kind);
    ClinicRecord& m_record;
    QList<MasterKind> m_checked;
    MasterNameIndex m_names;
};

} // namespace tsumugi
