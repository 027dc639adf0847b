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
    // The clinic's own code of the item (院内検査項目コード, often the lab company's), sent beside the JLAC code:
    // JP-CLINS 1.9 requires it for a shared result. Remembered per item from the clinic's last result.
    QString localCode;
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
    // The doctor who ordered the test (the result's performer in JP-CLINS 1.6 on); by default the doctor of its
    // visit or the doctor who recorded it. 0 = not known (not shareable until a doctor says).
    qint64 orderedById = 0;
    QString orderedByLogin; // on input, the ordering doctor by login when orderedById is not given
    QString orderedByName;
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
    // Whether this clinic's latest result of the item goes to the sharing service (a JP-CLINS item by its JLAC code,
    // with the clinic's local code and the ordering doctor), and if not, why in words (LabSharing::explanation).
    bool shareable = false;
    QString notShared;
    bool canBeCompleted = false; // not shared only for a missing local code or ordering doctor: a doctor can add them
};

QString labCodeSystemToString(LabResult::CodeSystem c);
std::optional<LabResult::CodeSystem> labCodeSystemFromString(const QString& text);

} // namespace tsumugi
