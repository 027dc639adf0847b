#pragma once
// Shared by the document tests: a patient whose chart has what a referral is written from (diagnoses, an
// allergy, a drug contraindication, running prescriptions, a finalised note, lab results).

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::ui::test {

struct DocumentTestChart {
    qint64 patientId = 0;
    Diagnosis hypertension;
    Diagnosis diabetes;
    Diagnosis pastCold; // cured: belongs to the past history
    Allergy nsaid;
    QList<qint64> labIds;
};

// The record must be signed in as a doctor.
inline DocumentTestChart seedDocumentChart(ClinicRecord& record) {
    DocumentTestChart c;
    Patient p;
    p.familyName = QStringLiteral("山田");
    p.givenName = QStringLiteral("太郎");
    p.familyKana = QStringLiteral("ヤマダ");
    p.givenKana = QStringLiteral("タロウ");
    p.sex = Sex::Male;
    p.birthDate = QDate(1958, 4, 12);
    c.patientId = record.patients().create(p).id;

    Chart& chart = record.chart();
    auto diagnosis = [&](const QString& code, const QString& name, const QDate& start, bool principal) {
        Diagnosis d;
        d.patientId = c.patientId;
        d.receiptCode = code;
        d.name = name;
        d.startDate = start;
        d.principal = principal;
        return chart.diagnoses().create(d);
    };
    c.hypertension = diagnosis(QStringLiteral("8833421"), QStringLiteral("高血圧症"), QDate(2019, 4, 8), true);
    c.diabetes = diagnosis(QStringLiteral("2500013"), QStringLiteral("糖尿病"), QDate(2021, 6, 14), false);
    c.pastCold = diagnosis({}, QStringLiteral("急性上気道炎"), QDate(2026, 9, 18), false);
    c.pastCold.outcome = Diagnosis::Outcome::Cured;
    c.pastCold.endDate = QDate(2026, 9, 25);
    c.pastCold = chart.diagnoses().update(c.pastCold);

    c.nsaid.patientId = c.patientId;
    c.nsaid.category = Allergy::Category::Medication;
    c.nsaid.codeSystem = Allergy::CodeSystem::Yj;
    c.nsaid.code = QStringLiteral("1149032F1027");
    c.nsaid.name = QStringLiteral("ハイペン錠１００ｍｇ（エトドラク）");
    c.nsaid.reaction = QStringLiteral("喘息発作");
    c.nsaid.severity = Allergy::Severity::Severe;
    c.nsaid = chart.allergies().create(c.nsaid);

    Visit v;
    v.patientId = c.patientId;
    v.date = QDate(2026, 11, 20);
    v.department = QStringLiteral("内科");
    v = chart.visits().create(v);
    ClinicalNote n;
    n.visitId = v.id;
    n.patientId = c.patientId;
    n.findings = QStringLiteral("S: 3日前から心窩部痛、食後に増悪。黒色便なし\nO: 血圧 136/84 mmHg、心窩部に軽度圧痛");
    n.orders = QStringLiteral("A: 胃潰瘍の疑い\nP: 上部消化管内視鏡目的に紹介");
    chart.notes().finalize(chart.notes().saveDraft(n).id);
    auto rx = [&](const QString& yj, double dose, const QString& usage) {
        Prescription p;
        p.visitId = v.id;
        p.codeSystem = Prescription::CodeSystem::Yj;
        p.drugCode = yj;
        p.dose = dose;
        p.unit = QStringLiteral("錠");
        p.usageText = usage;
        p.days = 28;
        chart.prescriptions().create(p, true);
    };
    rx(QStringLiteral("2171022F2025"), 1, QStringLiteral("1日1回朝食後"));   // ノルバスク錠５ｍｇ
    rx(QStringLiteral("3969004F1020"), 3, QStringLiteral("1日3回毎食直前")); // ベイスン錠０．２

    for (int i = 0; i < 3; ++i) {
        LabResult r;
        r.patientId = c.patientId;
        r.codeSystem = LabResult::CodeSystem::Local;
        r.code = QStringLiteral("HBA1C");
        r.itemKey = QStringLiteral("HBA1C");
        r.name = QStringLiteral("HbA1c");
        r.valueNumber = 7.2 - 0.3 * i;
        r.unit = QStringLiteral("%");
        r.referenceLow = 4.6;
        r.referenceHigh = 6.2;
        r.specimen = QStringLiteral("全血");
        r.collectedAt = QDateTime(QDate(2026, 9, 1).addMonths(i), QTime(9, 0));
        c.labIds << chart.labs().create(r).id;
    }
    return c;
}

} // namespace tsumugi::ui::test
