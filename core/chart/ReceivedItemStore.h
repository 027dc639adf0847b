#pragma once

#include "core/chart/Allergy.h"
#include "core/chart/Diagnosis.h"
#include "core/chart/LabResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Chart items received from another institution (JP-CLINS bundles, eCS resources): written with their source
// institution and the resource's raw JSON, never editable here afterwards (the repositories refuse changes to
// them through ChartItemJournal::requireOurs). Each sender resource is known by (institution, resource key), so
// importing it again updates the item (a new version) when its JSON changed and does nothing when not: no
// duplicates. Runs inside the caller's transaction (one per imported file).
class ReceivedItemStore {
    Q_DECLARE_TR_FUNCTIONS(ReceivedItemStore)
public:
    enum class Outcome { Added, Updated, Unchanged };
    struct Result {
        qint64 itemId = 0;
        Outcome outcome = Outcome::Added;
    };
    struct Source {
        QString institution; // the sender's 医療機関番号
        QString resourceKey; // what identifies the resource at the sender (see docs/fhir-import.md)
        QByteArray rawJson;  // the resource as received, kept whole (unknown codes and elements included)
    };
    struct ImportLogEntry {
        QString fileName;
        QByteArray sha256;
        QString sourceInstitution;
        qint64 patientId = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QString report;
    };

    explicit ReceivedItemStore(ClinicRecord& record);
    ~ReceivedItemStore();
    ReceivedItemStore(const ReceivedItemStore&) = delete;
    ReceivedItemStore& operator=(const ReceivedItemStore&) = delete;

    // Each needs WriteCharts and an existing patient; the item's sourceInstitution is set from source. The audit
    // row is the caller's: one per imported file (logImport), not one per item.
    Result receive(const Diagnosis& diagnosis, const Source& source);
    Result receive(const Allergy& allergy, const Source& source);
    Result receive(const LabResult& result, const Source& source);

    // The raw JSON a received item arrived with (empty for our own items).
    QByteArray rawJson(const QString& kind, qint64 itemId) const;

    // Which of our patients a sender's identifier belongs to ("member:…" insured-person identifier,
    // "local:{institution}:{number}" the sender's patient number), remembered once a match was made or accepted.
    std::optional<qint64> linkedPatient(const QString& identifier) const;
    void link(const QString& identifier, qint64 patientId);

    // The import log row and its audit row (Import, the patient, the counts).
    void logImport(const ImportLogEntry& entry);

private:
    // The name of a received resource's row (its key's tokens), which its sealed values carry.
    QString receivedRow(const Source& source) const;
    struct Existing {
        qint64 itemId = 0;
        qint64 patientId = 0;
        bool sameContent = false; // the resource's JSON is what was stored last time
    };
    std::optional<Existing> existing(const Source& source, const QString& hash) const;
    struct Columns;
    // Shared by the three kinds: the dedup decision, the row, the key row, the version row and the audit row.
    Result store(const char* kind, const char* table, qint64 patientId, const Source& source, const Columns& columns);

    ClinicRecord& m_record;
    qint64 m_checkedPatient = 0;
};

} // namespace tsumugi
