#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/chart/Prescription.h"
#include "core/documents/Document.h"

namespace tsumugi::fhir {

// One drug line as the two documents send it, whether it came from the chart's prescriptions or was written
// into the document (MedicationLine).
struct MedicationOrder {
    enum class Coding { Yj, Generic, None };

    QString key; // stable resource identifier part, e.g. "Rx12" or "D5-M1"
    int rpNumber = 1;
    int orderInRp = 1;
    Coding coding = Coding::None;
    QString code;
    QString name;
    double dose = 0; // per day
    QString unit;
    QString usageText;
    QString usageCode; // JAMI 16-digit 用法コード, or empty
    int days = 0;
    double quantity = 0;
    QDate startDate;
    QDateTime authoredOn;

    // レセ電 coded lines go as YJ when the master gave a YJ code, else as 標準コードなし (R3010 wants one of the
    // three).
    static MedicationOrder fromPrescription(const Prescription& p, const QDateTime& authoredOn);
    static MedicationOrder fromLine(const MedicationLine& line, qint64 documentId, int index, const QDate& documentDate,
                                    const QDateTime& authoredOn);
};

// MedicationOrder → JP_MedicationRequest_eCS (only ever inside a referral or discharge summary, MISSION §2):
// YJ / 一般名 / NOCODED coding with the name as text, Rp and order-in-Rp identifiers, dosage with the usage
// code (JAMI, or the guide's dummy code with the usage as text), daily dose as a rate, period of use
// (JP_MedicationDosage_PeriodOfUse) and days; dispense quantity when the unit has a MERIT-9 code.
class MedicationRequestMapper {
public:
    enum class Setting { Current, Discharge };
    static Json toFhir(const MedicationOrder& order, const EcsContext& context, Setting setting);
    // MERIT-9 unit code for the common units (錠 TAB, カプセル CAP, mL ML, 本 HON, 瓶 BTL); empty when unknown.
    static QString merit9Unit(const QString& unit);
};

} // namespace tsumugi::fhir
