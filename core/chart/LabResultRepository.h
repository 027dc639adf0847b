#pragma once

#include "core/chart/ChartItemLifecycle.h"

#include "core/chart/ChartItemJournal.h"
#include "core/chart/LabResult.h"
#include "core/chart/LabSharing.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <vector>

namespace tsumugi {

class DbConnection;
class MasterCatalog;
class Statement;

// Lab and infection results: manual entry, CSV import of a lab company's file (all rows or none), and the
// per-item series a results table and trend chart need.
class LabResultRepository {
    Q_DECLARE_TR_FUNCTIONS(LabResultRepository)
public:
    struct ImportSummary {
        int results = 0;
        int patients = 0;
    };

    LabResultRepository(ChartItemJournal& journal, MasterCatalog& masters);

    LabResult create(const LabResult& result);
    LabResult update(const LabResult& result, const QString& reason = {});
    LabResult withdraw(qint64 id, const QString& reason);
    // A doctor completes what the sharing service needs of a patient's results of an item (JP-CLINS 1.9, 1.6): the
    // clinic's local code where a result has none, and the ordering doctor (a doctor's login; empty: the signed-in
    // doctor) where it is not known. Returns how many results were completed (each a new version with a reason).
    int completeForSharing(qint64 patientId, const QString& itemKey, const QString& localCode,
                           const QString& orderedBy = {});
    // The file layout is docs/lab-results-csv.md. Any bad row refuses the whole file, naming the lines.
    ImportSummary importCsv(const QByteArray& bytes, const QString& sourceName);

    std::optional<LabResult> find(qint64 id) const;
    // One row per item with its latest value (audited as a view).
    QList<LabItemSummary> items(qint64 patientId);
    // Every result of one item, oldest first (audited as a view).
    QList<LabResult> series(qint64 patientId, const QString& itemKey);
    // Latest results first, for the chart overview; no audit (the caller's view is audited).
    QList<LabItemSummary> summaries(qint64 patientId) const;
    QList<LabResult> recent(qint64 patientId, int limit) const;
    // This clinic's newest result of an item for any patient (not received ones): its unit, reference range and
    // specimen are how the clinic's lab reports it, so the next entry starts from them.
    std::optional<LabResult> lastOfItem(const QString& itemKey) const;
    QList<ChartItemVersion> history(qint64 id);

    static QStringList problems(const LabResult& r, const QDateTime& now);

    // Whether the result goes to the sharing service (and why not), as the entry dialog and the chart say it.
    LabSharing::Reason sharingOf(const LabResult& r) const;
    // The clinic's own results that are recorded but not shareable, per reason.
    QMap<LabSharing::Reason, qint64> unshareableCounts() const;
    // Completes a result typed by a person or read from a file: item key, name and infection from the JLAC master,
    // UCUM unit, and the abnormal flag from the range when none was given.
    LabResult completed(LabResult r) const;
    // Binds a result's 16 values from `first` (code_system, code, item_key, name, infection, value_number,
    // value_text, unit, ucum_unit, reference_low, reference_high, reference_text, abnormal_flag, specimen,
    // collected_at, comment), its sealed cells for row `id`; a received result is written with the same values.
    static void bindValues(Statement& st, int first, qint64 id, const LabResult& r);
    // Binds local_code (a sealed cell of row `id`) and ordered_by (NULL when not known) from `first`.
    static void bindSharing(Statement& st, int first, qint64 id, const LabResult& r);
    // The search tokens of a result's code and item (a received result is written elsewhere, indexed here).
    static void indexTokens(DbConnection& db, qint64 id, const LabResult& r);

private:
    LabResult write(const LabResult& r, const QString& reason, ChartChange::Kind kind);
    // A new result's local code from the clinic's last result of the item (per item in `localCodes`, which also
    // carries a code given earlier in the same file) and its ordering doctor (orderedByLogin, else the visit's doctor,
    // else the doctor recording it), where not given; an orderedByLogin that names no doctor goes into `problems`.
    LabResult withSharingDefaults(LabResult r, QHash<QString, QString>& localCodes, QStringList* problems) const;
    // A doctor's user id by login; 0 with a problem in words when there is no such doctor.
    qint64 doctorId(const QString& login, QStringList* problems) const;
    void completeEach(qint64 patientId, const QString& itemKey, const QString& localCode, qint64 doctor, int& changed);
    // Results by id, in any order.
    QList<LabResult> byIds(const std::vector<qint64>& ids) const;
    ChartItemJournal& m_journal;
    MasterCatalog& m_masters;
    ChartItemLifecycle<LabResult> m_lifecycle;
};

} // namespace tsumugi
