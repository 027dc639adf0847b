// JP-CLINS import of one patient: the three 5 情報 bundles (Condition, AllergyIntolerance, Observation) of a
// patient with 50 diagnoses, 20 allergies and 300 lab results, as another clinic exports them, read into the
// record (one transaction per file). Measures (p50/p95):
//   ClinsImporter, 3 files, every item new          target p95 <= 10 ms
//   ClinsImporter, the same 3 files again (no change: the duplicate check)
//   bench_clins_import [--runs 50]
#include "LatencyStats.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/ClinsImporter.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"
#include "core/util/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace tsumugi;

namespace {
const QString AdminPassword = QStringLiteral("benchmark password");
const QString DoctorPassword = QStringLiteral("doctor benchmark pw");

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

std::unique_ptr<ClinicRecord> openRecord(const QTemporaryDir& dir, const QString& name, const QString& institution) {
    const QString path = dir.filePath(name);
    {
        ClinicRecord::NewRecord setup{
            {QStringLiteral("ベンチ診療所"), institution, {}, {}}, QStringLiteral("admin"), {}, AdminPassword};
        auto admin = ClinicRecord::create(path, setup, SystemClock::instance());
        admin->users().add(QStringLiteral("dr.bench"), QStringLiteral("ベンチ医師"), Role::Doctor, DoctorPassword);
    }
    return ClinicRecord::open(path, QStringLiteral("dr.bench"), DoctorPassword, SystemClock::instance());
}

// The sending clinic's patient (as in bench_clins_export), exported: the three files' bytes.
QList<QByteArray> senderBundles(ClinicRecord& record) {
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 300; ++i) {
        const LabItem& item = Labs[i % 7];
        LabResult r;
        r.patientId = patientId;
        r.visitId = v.id;
        r.code = QString::fromLatin1(item.code);
        r.itemKey = QString::fromLatin1(item.item);
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
    fhir::ClinsExporter::Options options;
    options.year = 2026;
    options.now = now;
    options.seed = 1;
    QList<QByteArray> out;
    for (const auto& b : fhir::ClinsExporter(record).exportPatient(patientId, options)) {
        out << fhir::ClinsExporter::serialize(b.json);
    }
    return out;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs =
        args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 50;
    QTemporaryDir dir;
    const QString senderNumber = QStringLiteral("1319990002");
    auto sender = openRecord(dir, QStringLiteral("sender.tsumugi"), senderNumber);
    const QList<QByteArray> files = senderBundles(*sender);
    sender.reset();
    std::size_t bytes = 0;
    for (const QByteArray& f : files) {
        bytes += std::size_t(f.size());
    }
    // Each timed run imports items new to the record: the same bundles as sent by another institution number.
    QList<QList<QByteArray>> variants;
    for (int run = 0; run <= runs; ++run) {
        const QByteArray other = QStringLiteral("13199%1").arg(run, 5, 10, QLatin1Char('0')).toLatin1();
        QList<QByteArray> v;
        for (QByteArray f : files) {
            v << f.replace(senderNumber.toLatin1(), other);
        }
        variants << v;
    }
    auto record = openRecord(dir, QStringLiteral("receiver.tsumugi"), QStringLiteral("1310000001"));
    fhir::ClinsImporter importer(*record);
    int items = 0;
    const auto importAll = [&](const QList<QByteArray>& v) {
        items = 0;
        for (int i = 0; i < v.size(); ++i) {
            const auto r = importer.importData(v[i], QStringLiteral("bundle-%1.json").arg(i), {});
            if (!r.ok()) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(r.text()));
                std::exit(1);
            }
            items += r.added + r.updated + r.unchanged;
        }
    };
    QElapsedTimer first;
    first.start();
    importAll(variants[0]); // registers the patient
    std::printf("3 bundles, %zu bytes, %d resources; first import (patient registered): %.1f ms\n", bytes, items,
                double(first.nsecsElapsed()) / 1e6);
    const bench::LatencyStats added =
        bench::LatencyStats::measure(runs, [&](int run) { importAll(variants[run + 1]); });
    added.print("ClinsImporter, 3 files, 370 new items", 10);
    const bench::LatencyStats again =
        bench::LatencyStats::measure(runs, [&](int run) { importAll(variants[run + 1]); });
    again.print("ClinsImporter, the same 3 files again (all unchanged)");
    return 0;
}
