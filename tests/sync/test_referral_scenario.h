#pragma once

#include "support/TempRecord.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

#include <QByteArray>

namespace tsumugi::test {

// The rich document scenario, through the real record: an insured patient with an outpatient visit and an admission,
// diagnoses (主病名, 疑い, uncoded), an allergy (J-FAGY) and a drug contraindication (YJ), prescriptions coded YJ,
// 一般名 and not at all, labs (core and infection), a finalised discharge summary, and a finalised referral with a
// PDF and a PNG attached, free medication lines (YJ, 一般名, none) and the discharge summary attached.
struct ReferralScenario {
    static inline const QString Doctor = QStringLiteral("dr.sato");
    static inline const QString DoctorPassword = QStringLiteral("doctor pass 1");
    static inline const QString Addressee = QStringLiteral("1312345675");
    static inline const QByteArray Pdf = QByteArray("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    static inline const QByteArray Png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(24, '\x01');

    TempRecord t;
    qint64 patientId = 0;
    qint64 dischargeId = 0;
    qint64 referralId = 0;
    QList<qint64> diagnosisIds;

    ReferralScenario() {
        t.clock.set(QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC));
        t.record->users().add(Doctor, QStringLiteral("佐藤 一郎"), Role::Doctor, DoctorPassword);
        Patient p;
        p.familyName = QStringLiteral("山田");
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ヤマダ");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1955, 4, 12);
        p.address = QStringLiteral("東京都中野区中野2-3-4");
        p.insurance = {QStringLiteral("39131016"), {}, QStringLiteral("00012345"), {}};
        patientId = t.record->patients().create(p).id;
        t.reopen(Doctor, DoctorPassword);
        Chart& chart = t.record->chart();

        Visit out;
        out.patientId = patientId;
        out.date = QDate(2026, 11, 20);
        out.department = QStringLiteral("内科");
        out = chart.visits().create(out);
        Visit in;
        in.patientId = patientId;
        in.date = QDate(2026, 11, 1);
        in.department = QStringLiteral("内科");
        in.encounterClass = Visit::EncounterClass::Inpatient;
        in = chart.visits().create(in);

        auto& dx = chart.diagnoses();
        Diagnosis hypertension;
        hypertension.patientId = patientId;
        hypertension.visitId = out.id;
        hypertension.name = QStringLiteral("本態性高血圧症");
        hypertension.medisCode = QStringLiteral("20061826");
        hypertension.receiptCode = QStringLiteral("4010004");
        hypertension.icd10 = QStringLiteral("I10");
        hypertension.startDate = QDate(2019, 5, 1);
        hypertension.principal = true;
        diagnosisIds << dx.create(hypertension).id;
        Diagnosis angina;
        angina.patientId = patientId;
        angina.visitId = out.id;
        angina.name = QStringLiteral("狭心症");
        angina.medisCode = QStringLiteral("20058911");
        angina.startDate = QDate(2026, 11, 20);
        angina.suspected = true;
        diagnosisIds << dx.create(angina).id;
        Diagnosis pneumonia;
        pneumonia.patientId = patientId;
        pneumonia.visitId = in.id;
        pneumonia.name = QStringLiteral("肺炎");
        pneumonia.medisCode = QStringLiteral("20066389");
        pneumonia.startDate = QDate(2026, 11, 1);
        pneumonia.outcome = Diagnosis::Outcome::Cured;
        pneumonia.endDate = QDate(2026, 11, 10);
        const qint64 pneumoniaId = dx.create(pneumonia).id;
        Diagnosis fever;
        fever.patientId = patientId;
        fever.visitId = in.id;
        fever.name = QStringLiteral("入院時の発熱");
        fever.startDate = QDate(2026, 10, 30);
        fever.suspected = true;
        const qint64 feverId = dx.create(fever).id;

        auto& ax = chart.allergies();
        Allergy mackerel;
        mackerel.patientId = patientId;
        mackerel.visitId = out.id;
        mackerel.category = Allergy::Category::Food;
        mackerel.codeSystem = Allergy::CodeSystem::Jfagy;
        mackerel.code = QStringLiteral("J9FC11310000");
        mackerel.name = QStringLiteral("さば");
        mackerel.reaction = QStringLiteral("蕁麻疹");
        const qint64 mackerelId = ax.create(mackerel).id;
        Allergy nsaid;
        nsaid.patientId = patientId;
        nsaid.visitId = out.id;
        nsaid.category = Allergy::Category::Medication;
        nsaid.codeSystem = Allergy::CodeSystem::Yj;
        nsaid.code = QStringLiteral("1149019F1560");
        nsaid.name = QStringLiteral("ロキソプロフェンナトリウム錠60mg");
        nsaid.reaction = QStringLiteral("喘息発作");
        nsaid.severity = Allergy::Severity::Severe;
        const qint64 nsaidId = ax.create(nsaid).id;

        auto& rx = chart.prescriptions();
        Prescription amlodipine;
        amlodipine.visitId = out.id;
        amlodipine.codeSystem = Prescription::CodeSystem::Yj;
        amlodipine.drugCode = QStringLiteral("2171022F1093");
        amlodipine.drugName = QStringLiteral("アムロジピン錠5mg「サワイ」");
        amlodipine.dose = 1;
        amlodipine.unit = QStringLiteral("錠");
        amlodipine.usageCode = QStringLiteral("1013044400000000");
        amlodipine.usageText = QStringLiteral("1日1回朝食後");
        amlodipine.days = 28;
        const qint64 amlodipineId = rx.create(amlodipine, true).id;
        Prescription generic;
        generic.visitId = out.id;
        generic.rpNumber = 2;
        generic.codeSystem = Prescription::CodeSystem::Generic;
        generic.drugCode = QStringLiteral("2325003F1ZZZ");
        generic.drugName = QStringLiteral("【般】ファモチジン錠２０ｍｇ");
        generic.dose = 2;
        generic.unit = QStringLiteral("錠");
        generic.usageText = QStringLiteral("1日2回朝夕食後");
        generic.days = 14;
        const qint64 genericId = rx.create(generic, true).id;
        Prescription gargle;
        gargle.visitId = out.id;
        gargle.rpNumber = 3;
        gargle.drugName = QStringLiteral("院内調製うがい液");
        gargle.dose = 30;
        gargle.unit = QStringLiteral("mL");
        gargle.usageText = QStringLiteral("1日3回うがい");
        gargle.days = 5;
        const qint64 gargleId = rx.create(gargle, true).id;

        auto& lx = chart.labs();
        const QDateTime at(QDate(2026, 11, 20), QTime(0, 30), Qt::UTC);
        LabResult alt;
        alt.patientId = patientId;
        alt.visitId = out.id;
        alt.code = QStringLiteral("3B045000002327201");
        alt.localCode = QStringLiteral("0001234");
        alt.itemKey = QStringLiteral("ALT");
        alt.name = QStringLiteral("ALT");
        alt.valueNumber = 41;
        alt.unit = QStringLiteral("U/L");
        alt.referenceLow = 7;
        alt.referenceHigh = 23;
        alt.specimen = QStringLiteral("血清");
        alt.collectedAt = at;
        const qint64 altId = lx.create(alt).id;
        LabResult hbs;
        hbs.patientId = patientId;
        hbs.code = QStringLiteral("5F016141001819011");
        hbs.localCode = QStringLiteral("0005001");
        hbs.itemKey = QStringLiteral("HBs-AG-RESULT");
        hbs.name = QStringLiteral("HBs抗原");
        hbs.infection = true;
        hbs.valueText = QStringLiteral("陰性");
        hbs.abnormalFlag = QStringLiteral("NEG");
        hbs.specimen = QStringLiteral("血清");
        hbs.collectedAt = at.addDays(-15);
        const qint64 hbsId = lx.create(hbs).id;

        DocumentRepository& docs = t.record->documents();
        Document s;
        s.kind = Document::Kind::Discharge;
        s.patientId = patientId;
        s.department = QStringLiteral("内科");
        s.admissionDate = QDate(2026, 11, 1);
        s.dischargeDate = QDate(2026, 11, 10);
        s.reasonForAdmission = QStringLiteral("肺炎の加療目的");
        s.chiefComplaint = QStringLiteral("発熱、咳嗽");
        s.presentIllness = QStringLiteral("10月30日から38度台の発熱と咳嗽。\n胸部X線で右下肺野に浸潤影。");
        s.pastHistory = QStringLiteral("高血圧症（2019年〜）");
        s.admissionDiagnosisIds = {pneumoniaId, feverId};
        s.diagnosisIds = {pneumoniaId};
        s.allergyIds = {mackerelId, nsaidId};
        s.hospitalCourse = QStringLiteral("セフトリアキソン点滴7日間で解熱、炎症反応改善。<退院可>と判断。");
        s.prescriptionIds = {amlodipineId};
        s.dischargeInstructions = QStringLiteral("内服継続。1週後に外来受診。");
        s.dischargeDisposition = QStringLiteral("軽快");
        s.labResultIds = {hbsId};
        dischargeId = docs.finalize(docs.createDraft(s).id, {.send = true}).id;

        Document r;
        r.kind = Document::Kind::Referral;
        r.patientId = patientId;
        r.department = QStringLiteral("内科");
        r.addressee = {QStringLiteral("つむぎ総合病院"), Addressee, QStringLiteral("循環器内科"),
                       QStringLiteral("田中 先生")};
        r.purpose = QStringLiteral("労作時胸痛の精査加療をお願いいたします。");
        r.chiefComplaint = QStringLiteral("労作時胸痛");
        r.diagnosisIds = diagnosisIds;
        r.presentIllness = QStringLiteral("1か月前から階段昇降時に前胸部圧迫感、数分で軽快。");
        r.pastHistory = QStringLiteral("2026年11月 肺炎で入院（退院時サマリー添付）");
        r.allergyIds = {mackerelId, nsaidId};
        r.prescriptionIds = {amlodipineId, genericId, gargleId};
        r.medications = {{MedicationLine::CodeKind::Yj, QStringLiteral("3399007H1021"),
                          QStringLiteral("バイアスピリン錠100mg"), 1, QStringLiteral("錠"),
                          QStringLiteral("1日1回朝食後"), QStringLiteral("1013044400000000"), 30, 0,
                          QDate(2026, 11, 1)},
                         {MedicationLine::CodeKind::Generic,
                          QStringLiteral("2190006F1ZZZ"),
                          QStringLiteral("【般】ニトログリセリン舌下錠０．３ｍｇ"),
                          1,
                          QStringLiteral("錠"),
                          QStringLiteral("胸痛時 舌下"),
                          {},
                          5,
                          5,
                          {}},
                         {MedicationLine::CodeKind::None,
                          {},
                          QStringLiteral("他院処方の漢方薬"),
                          7.5,
                          QStringLiteral("g"),
                          QStringLiteral("1日3回毎食前"),
                          {},
                          14,
                          0,
                          {}}};
        r.labResultIds = {altId, hbsId};
        r.clinicalCourse = QStringLiteral("血圧は内服でコントロール良好。");
        r.instructions = QStringLiteral("精査後は当院での継続加療を希望されています。");
        r.remarks = QStringLiteral("ご多忙のところ恐縮ですが、よろしくお願いいたします。");
        r.attachedDischargeId = dischargeId;
        r = docs.createDraft(r);
        docs.addAttachment(r.id, QStringLiteral("心電図.pdf"), Pdf, QStringLiteral("安静時心電図"));
        docs.addAttachment(r.id, QStringLiteral("胸部X線.png"), Png, QStringLiteral("胸部X線"));
        t.clock.set(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
        referralId = docs.finalize(r.id, {.send = true}).id;
    }
};

} // namespace tsumugi::test
