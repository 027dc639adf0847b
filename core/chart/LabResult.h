#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace tsumugi {

// One lab or infection result (JP_Observation_LabResult_eCS): the JLAC10/11 (or local) code, the value with its
// unit (UCUM where known), reference range, abnormal flag (interpretation), specimen and collection time.
struct LabResult {
    enum class CodeSystem { Jlac10, Jlac11, Local };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 visitId = 0;
    int version = 0;
    bool withdrawn = false;
    CodeSystem codeSystem = CodeSystem::Jlac10;
    QString code;
    QString itemKey; // the series this result belongs to (the JP-CLINS item such as ALT; else the code)
    QString name;
    bool infection = false;
    std::optional<double> valueNumber;
    QString valueText; // qualitative results (陰性, 陽性, 1+), or a comparator like <0.1
    QString unit;
    QString ucumUnit;
    std::optional<double> referenceLow;
    std::optional<double> referenceHigh;
    QString referenceText;
    QString abnormalFlag; // '', N, H, L, HH, LL, A, POS, NEG; empty on input = derived from the range
    QString specimen;
    QDateTime collectedAt;
    bool fromCsv = false;
    QString comment;
    QString sourceInstitution;
    QString recordedBy;
    QDateTime updatedAt;
    QString updatedBy;

    // The value as shown in a table: the number or the text, with the unit.
    QString displayValue() const;
};

// One item of a patient's results, for the table of items and the trend chart.
struct LabItemSummary {
    QString itemKey;
    QString name;
    QString unit;
    bool infection = false;
    int count = 0;
    QDateTime latestAt;
    QString latestValue;
    QString latestFlag;
    QString latestSource; // the institution the latest result came from; empty = this clinic
    // Whether this clinic's results of the item go to the sharing service (a JP-CLINS item by its JLAC code).
    bool shareable = false;
};

QString labCodeSystemToString(LabResult::CodeSystem c);
std::optional<LabResult::CodeSystem> labCodeSystemFromString(const QString& text);

} // namespace tsumugi
