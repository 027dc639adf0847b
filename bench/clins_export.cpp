// JP-CLINS export of one patient: the three 5 情報 bundles (Condition, AllergyIntolerance, Observation) built
// from the record and serialised, for a patient with 50 diagnoses, 20 allergies and 300 lab results (core and
// infection items). Measures (p50/p95):
//   ClinsExporter::exportPatient (the three bundles' bytes)   target p95 <= 5 ms
// and what it is made of: the record reads, and writing the 300 lab resources.
//   bench_clins_export [--runs 200] [--out DIR]   (--out: also writes the three bundles, to compare outputs)
#include "LatencyStats.h"
#include "RichChartRecord.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/FhirTime.h"
#include "sync/fhir/FhirWriter.h"
#include "sync/fhir/LabObservationMapper.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace tsumugi;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs =
        args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 200;
    QTemporaryDir dir;
    auto record = bench::RichChartRecord::open(dir, QStringLiteral("bench.tsumugi"), QStringLiteral("1310000001"));
    const qint64 patientId = bench::RichChartRecord::addRichPatient(*record);
    fhir::ClinsExporter exporter(*record);
    // Midnight UTC of today: two runs on one day write the same bytes (--out), and every result stays reportable.
    const fhir::ClinsExporter::Options options{2026, QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC), 1};
    std::size_t bytes = 0;
    int resources = 0;
    const QString outDir =
        args.contains(QStringLiteral("--out")) ? args.value(args.indexOf(QStringLiteral("--out")) + 1) : QString();
    for (const auto& b : exporter.exportPatient(patientId, options)) {
        const QByteArray& data = b.data;
        bytes += std::size_t(data.size());
        resources += b.items;
        if (!outDir.isEmpty()) {
            QFile f(QDir(outDir).filePath(b.fileName));
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
        }
    }
    std::printf("patient with 50 diagnoses, 20 allergies, 300 lab results: %d resources exported, %zu bytes\n",
                resources, bytes);
    const bench::LatencyStats stats = bench::LatencyStats::measure(runs, [&](int) {
        for (const auto& b : exporter.exportPatient(patientId, options)) {
            bytes += std::size_t(b.data.size());
        }
    });
    stats.print("ClinsExporter::exportPatient (3 bundles, bytes)", 5);
    Chart& chart = record->chart();
    {
        const auto labs = chart.labs().recent(patientId, 1000000);
        fhir::EcsContext c;
        c.clinic = record->clinic();
        c.lastUpdated = QDateTime::currentDateTimeUtc();
        c.lastUpdatedText = fhir::FhirTime::instant(c.lastUpdated);
        bench::LatencyStats::measure(runs, [&](int) {
            fhir::FhirWriter w;
            w.object().array("entry");
            for (const auto& r : labs)
                fhir::LabObservationMapper::write(w, r, c);
            w.end().end();
            bytes += w.take().size();
        }).print("write 300 lab resources");
    }
    bench::LatencyStats::measure(runs, [&](int) { record->patients().open(patientId); }).print("patients().open");
    bench::LatencyStats::measure(runs, [&](int) { chart.diagnoses().forPatient(patientId); }).print("diagnoses");
    bench::LatencyStats::measure(runs, [&](int) { chart.allergies().forPatient(patientId); }).print("allergies");
    bench::LatencyStats::measure(runs, [&](int) { chart.labs().recent(patientId, 1000000); }).print("labs");
    bench::LatencyStats::measure(runs, [&](int) { chart.visits().forPatient(patientId); }).print("visits");
    return 0;
}
