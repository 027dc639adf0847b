#pragma once

#include "core/util/PartialDate.h"
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tsumugi {

// A 修飾語 (prefix such as 急性, or suffix such as の疑い-free wording like 術後) from the レセ電 修飾語 master.
struct DiseaseModifier {
    QString code; // レセ電 修飾語コード (4 digits)
    QString name;
    bool suffix = false; // 接尾語 (修飾語コード 8xxx) go after the disease name
    QString medisCode;   // MEDIS 修飾語管理番号 (8 digits), what JP-CLINS sends; from the master
};

// A 傷病名 as JP_Condition_eCS needs it: MEDIS 病名管理番号 (all 9s when the name is not in the master),
// optional レセ電 傷病名コード and ICD-10, modifiers, onset, 主病名, 疑い, 転帰 with its date, and the three
// sharing flags (LTS, 未告知, 未提供).
struct Diagnosis {
    enum class Outcome { Continuing, Cured, Died, Discontinued, Transferred };

    // JP-CLINS guide (JP_Condition_eCS, Condition.code): an uncodable name carries a string of 9s as long as the
    // MEDIS 病名管理番号 (8 digits). The レセ電 記録条件仕様 uses 0000999 for the same 未コード化傷病名.
    static inline const QString UncodedMedisCode = QStringLiteral("99999999");
    static inline const QString UncodedReceiptCode = QStringLiteral("0000999");
    // レセ電 記録条件仕様: a 傷病名 record carries at most 20 修飾語コード (4 digits each, 80 characters).
    static constexpr int MaxModifiers = 20;
    // 修飾語 8002 「の疑い」 is the 疑い flag: JP-CLINS sends it as verificationStatus, not as a modifier.
    static inline const QString SuspectedModifierCode = QStringLiteral("8002");

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 visitId = 0; // 0 = not tied to a visit
    int version = 0;
    bool withdrawn = false;
    QString name;      // the base name (without modifiers)
    QString medisCode; // empty on input = take from the master by receipt code, else uncoded
    QString receiptCode;
    QString icd10;
    QList<DiseaseModifier> modifiers;
    QDate startDate;
    bool principal = false;
    bool suspected = false;
    Outcome outcome = Outcome::Continuing;
    QDate endDate;
    // Received names may know their onset or end only to the year or month: kept, shown and sent as such.
    PartialDate::Precision startPrecision = PartialDate::Precision::Day;
    PartialDate::Precision endPrecision = PartialDate::Precision::Day;
    bool longTerm = false;
    bool uninformed = false;
    bool undelivered = false;
    QString department;
    QString comment;
    QString sourceInstitution;
    QDateTime recordedAt;
    QString recordedBy;
    QDateTime updatedAt;
    QString updatedBy;

    QString startText() const { return PartialDate::toIso(startDate, startPrecision); }
    QString endText() const { return PartialDate::toIso(endDate, endPrecision); }
    bool isUncoded() const { return medisCode == UncodedMedisCode; }
    bool isActive() const { return !withdrawn && outcome == Outcome::Continuing; }
    // Prefixes + name + suffixes, and (疑い) when suspected: how the chart shows it.
    QString displayName() const;
};

QString outcomeToString(Diagnosis::Outcome o);
std::optional<Diagnosis::Outcome> outcomeFromString(const QString& text);

} // namespace tsumugi
