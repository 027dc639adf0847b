#include "RichChartRecord.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"
#include "core/util/SystemClock.h"

#include <QTemporaryDir>

namespace tsumugi::bench {

namespace {
const QString AdminPassword = QStringLiteral("benchmark password");
const QString DoctorPassword = QStringLiteral("doctor benchmark pw");

// JLAC10 codes of JP-CLINS core and infection items, with a numeric or a qualitative value.
struct LabItem {
    const char* code;
    const char* item;
    const char* name;
    const char* unit; // empty = qualitative
};
const LabItem Labs[] = {
    {"3B045000002327201", "ALT", "ALT(GPT)", "U/L"},     {"3B035000002327201", "AST", "AST(GOT)", "U/L"},
    {"3A015000002329101", "ALB", "アルブミン", "g/dL"},  {"3D046000001921002", "HbA1c-NGSP", "HbA1c", "%"},
    {"2A030000001930901", "Hb", "ヘモグロビン", "g/dL"}, {"5F016141001819011", "HBs-AG-RESULT", "HBs抗原", ""},
    {"5E075135101819011", "TP-RESULT", "梅毒TP抗体", ""}};

} // namespace

std::unique_ptr<ClinicRecord> RichChartRecord::open(const QTemporaryDir& dir, const QString& fileName,
                                                    const QString& institutionNumber) {
    const QString path = dir.filePath(fileName);
    {
        ClinicRecord::NewRecord setup{
            {QStringLiteral("ベンチ診療所"), institutionNumber, {}, {}}, QStringLiteral("admin"), {}, AdminPassword};
        auto admin = ClinicRecord::create(path, setup, SystemClock::instance());
        admin->users().add(QStringLiteral("dr.bench"), QStringLiteral("ベンチ医師"), Role::Doctor, DoctorPassword);
    }
    return ClinicRecord::open(path, QStringLiteral("dr.bench"), DoctorPassword, SystemClock::instance());
}

qint64 RichChartRecord::addRichPatient(ClinicRecord& record) {
    Patient p;
    p.familyName = QStringLiteral("山田");
    p.givenName = QStringLiteral("太郎");
    p.familyKana = QStringLiteral("ヤマダ");
    p.givenKana = QStringLiteral("タロウ");
    p.sex = Sex::Male;
    p.birthDate = QDate(1950, 1, 1);
    p.insurance = {QStringLiteral("39131016"), {}, QStringLiteral("00012345"), {}};
    const qint64 patientId = record.patients().create(p).id;
    Chart& chart = record.chart();
    const QDate today = QDate::currentDate();
    Visit v;
    v.patientId = patientId;
    v.date = today;
    v.department = QStringLiteral("内科");
    v = chart.visits().create(v);
    for (int i = 0; i < 50; ++i) {
        Diagnosis d;
        d.patientId = patientId;
        d.visitId = i % 2 ? v.id : 0;
        d.name = QStringLiteral("病名%1").arg(i);
        d.startDate = today.addDays(-30 * i - 1);
        d.principal = i == 0;
        d.suspected = i % 7 == 0;
        d.longTerm = i % 5 == 0;
        d.uninformed = i % 11 == 0;
        d.comment = QStringLiteral("経過観察");
        chart.diagnoses().create(d);
    }
    for (int i = 0; i < 20; ++i) {
        Allergy a;
        a.patientId = patientId;
        a.visitId = v.id;
        a.category = i % 4 == 0 ? Allergy::Category::Medication : Allergy::Category::Food;
        a.codeSystem = i % 4 == 0 ? Allergy::CodeSystem::Yj : Allergy::CodeSystem::Jfagy;
        a.code = i % 4 == 0 ? QStringLiteral("1149019F1560") : QStringLiteral("J9FC11310000");
        a.name = QStringLiteral("アレルゲン%1").arg(i);
        a.reaction = QStringLiteral("蕁麻疹");
        chart.allergies().create(a);
    }
    // Midnight UTC of today (not the current second): two runs on one day build the same record.
    const QDateTime now(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 300; ++i) {
        const LabItem& item = Labs[i % 7];
        LabResult r;
        r.patientId = patientId;
        r.visitId = v.id;
        r.code = QString::fromLatin1(item.code);
        r.itemKey = QString::fromLatin1(item.item);
        r.localCode = QStringLiteral("L%1").arg(i % 7 + 1, 4, 10, QLatin1Char('0')); // the clinic's item code
        r.name = QString::fromUtf8(item.name);
        r.specimen = QStringLiteral("血清");
        r.collectedAt = now.addDays(-(i / 7) * 7).addSecs(-3600 - i);
        if (*item.unit) {
            r.valueNumber = 10 + i % 30;
            r.unit = QString::fromUtf8(item.unit);
            r.referenceLow = 5;
            r.referenceHigh = 35;
        } else {
            r.infection = true;
            r.valueText = i % 2 ? QStringLiteral("陰性") : QStringLiteral("陽性");
            r.abnormalFlag = i % 2 ? QStringLiteral("NEG") : QStringLiteral("POS");
        }
        chart.labs().create(r);
    }
    return patientId;
}

} // namespace tsumugi::bench
