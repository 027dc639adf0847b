// JP-CLINS export of one patient: the three 5 情報 bundles (Condition, AllergyIntolerance, Observation) built
// from the record and serialised, for a patient with 50 diagnoses, 20 allergies and 300 lab results (core and
// infection items). Measures (p50/p95):
//   ClinsExporter::exportPatient + serialize   target p95 <= 5 ms
//   bench_clins_export [--runs 200]
#include "LatencyStats.h"
#include "RichChartRecord.h"

#include "sync/fhir/ClinsBundleBuilder.h"
#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/LabObservationMapper.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

#include <QCoreApplication>
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
    const fhir::ClinsExporter::Options options{2026, QDateTime::currentDateTimeUtc(), 1};
    std::size_t bytes = 0;
    int resources = 0;
    for (const auto& b : exporter.exportPatient(patientId, options)) {
        bytes += std::size_t(fhir::ClinsExporter::serialize(b.json).size());
        resources += b.items;
    }
    std::printf("patient with 50 diagnoses, 20 allergies, 300 lab results: %d resources exported, %zu bytes\n",
                resources, bytes);
    const bench::LatencyStats stats = bench::LatencyStats::measure(runs, [&](int) {
        for (const auto& b : exporter.exportPatient(patientId, options)) {
            bytes += std::size_t(fhir::ClinsExporter::serialize(b.json).size());
        }
    });
    stats.print("ClinsExporter::exportPatient + serialize (3 bundles)", 5);
    QList<fhir::ClinsExporter::Bundle> kept;
    const bench::LatencyStats build =
        bench::LatencyStats::measure(runs, [&](int) { kept = exporter.exportPatient(patientId, options); });
    build.print("ClinsExporter::exportPatient only");
    const bench::LatencyStats ser = bench::LatencyStats::measure(runs, [&](int) {
        for (const auto& b : kept)
            bytes += fhir::ClinsExporter::serialize(b.json).size();
    });
    ser.print("serialize only");
    Chart& chart = record->chart();
    {
        const auto labs = chart.labs().recent(patientId, 1000000);
        fhir::EcsContext c;
        c.clinic = record->clinic();
        c.lastUpdated = QDateTime::currentDateTimeUtc();
        bench::LatencyStats::measure(runs, [&](int) {
            std::vector<fhir::Json> v;
            for (const auto& r : labs)
                v.push_back(fhir::LabObservationMapper::toFhir(r, c));
        }).print("map 300 labs");
        std::vector<fhir::Json> v;
        for (const auto& r : labs)
            v.push_back(fhir::LabObservationMapper::toFhir(r, c));
        bench::LatencyStats::measure(runs, [&](int) {
            fhir::UuidSource u(1);
            fhir::ClinsBundleBuilder b("Observation", "x", c.lastUpdated, u);
            b.setPatient(fhir::Json{{"resourceType", "Patient"}});
            for (const auto& j : v)
                b.add(j);
            auto x = std::move(b).build();
        }).print("builder 300");
    }
    bench::LatencyStats::measure(runs, [&](int) { record->patients().open(patientId); }).print("patients().open");
    bench::LatencyStats::measure(runs, [&](int) { chart.diagnoses().forPatient(patientId); }).print("diagnoses");
    bench::LatencyStats::measure(runs, [&](int) { chart.allergies().forPatient(patientId); }).print("allergies");
    bench::LatencyStats::measure(runs, [&](int) { chart.labs().recent(patientId, 1000000); }).print("labs");
    bench::LatencyStats::measure(runs, [&](int) { chart.visits().forPatient(patientId); }).print("visits");
    return 0;
}
