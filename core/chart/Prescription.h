#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tsumugi {

// One drug line of a visit's prescription (JP_MedicationRequest_eCS): the drug (YJ, 一般名コード, レセ電 医薬品
// コード, or free text), dose and unit per day (or per use), usage (用法), days, total quantity, in-house or outside.
struct Prescription {
    enum class CodeSystem { Yj, Generic, Receipt, None };
    enum class Dispensing { InHouse, Outside };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 visitId = 0;
    int version = 0;
    bool withdrawn = false;
    int rpNumber = 1;
    CodeSystem codeSystem = CodeSystem::None;
    QString drugCode;
    QString yjCode; // for matching contraindications and duplicates (from the master when not given)
    QString drugName;
    double dose = 0;
    QString unit;
    QString usageCode;
    QString usageText;
    int days = 0;
    double quantity = 0; // 0 on input = dose × days
    Dispensing dispensing = Dispensing::Outside;
    QDate startDate; // empty on input = the visit's date
    QDate endDate;   // start + days - 1, computed
    QStringList acknowledgedWarnings;
    QString comment;
    QString sourceInstitution;
    QString recordedBy;
    QDateTime updatedAt;
    QString updatedBy;
};

// Something the doctor should see before saving a prescription; saving anyway needs an explicit acknowledgement.
struct PrescriptionWarning {
    enum class Kind { Contraindication, Allergy, Duplicate };
    Kind kind = Kind::Duplicate;
    QString drugName;     // the drug being prescribed
    qint64 relatedId = 0; // the allergy or the active prescription it matches
    QString message;      // translated, ready to show
};

// A prescription and what checking it found, for the UI before saving (and for Do処方).
struct CheckedPrescription {
    Prescription prescription;
    QList<PrescriptionWarning> warnings;
};

// How a drug is usually given, to fill a new line: this patient's last prescription of the drug, else the clinic's
// most used dose, usage and days for it.
struct UsualDosage {
    enum class Source { ThisPatient, Clinic };
    Source source = Source::Clinic;
    double dose = 0;
    QString unit;
    QString usageText;
    QString usageCode;
    int days = 0;
};

QString prescriptionCodeSystemToString(Prescription::CodeSystem c);
std::optional<Prescription::CodeSystem> prescriptionCodeSystemFromString(const QString& text);
QString dispensingToString(Prescription::Dispensing d);
std::optional<Prescription::Dispensing> dispensingFromString(const QString& text);
QString warningKindToString(PrescriptionWarning::Kind k);

} // namespace tsumugi
