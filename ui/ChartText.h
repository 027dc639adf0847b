#pragma once

#include "core/chart/Allergy.h"
#include "core/chart/ClinicalNote.h"
#include "core/chart/Diagnosis.h"
#include "core/chart/Prescription.h"
#include "core/chart/Visit.h"

#include <QCoreApplication>

namespace tsumugi::ui {

// The words the chart window uses for the chart's values, all through tr().
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(ChartText)
public:
    static QString encounterClass(Visit::EncounterClass c);
    static QString noteStatus(ClinicalNote::Status s);
    static QString outcome(Diagnosis::Outcome o);
    static QString allergyCategory(Allergy::Category c);
    static QString severity(Allergy::Severity s);
    static QString dispensing(Prescription::Dispensing d);
    static QString warningKind(PrescriptionWarning::Kind k);
    // "LTS 未告知 未提供" style flag list of a diagnosis.
    static QString diagnosisFlags(const Diagnosis& d);
    // "ファモチジン 20mg 1日2回 14日分" for one line of a prescription.
    static QString prescriptionLine(const Prescription& p);
    static QString dateTime(const QDateTime& t);
};

} // namespace tsumugi::ui
