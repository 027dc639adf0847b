// JP-CLINS import of one patient: the three 5 情報 bundles (Condition, AllergyIntolerance, Observation) of a
// patient with 50 diagnoses, 20 allergies and 300 lab results, as another clinic exports them, read into the
// record (one transaction per file). Measures (p50/p95):
//   ClinsImporter, 3 files, every item new          target p95 <= 10 ms
//   ClinsImporter, the same 3 files again (no change: the duplicate check)
//   bench_clins_import [--runs 50]
#include "LatencyStats.h"
#include "RichChartRecord.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/ClinsImporter.h"

#include "core/record/ClinicRecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace tsumugi;

namespace {
// The sending clinic's rich patient, exported: the three files' bytes.
QList<QByteArray> senderBundles(ClinicRecord& record) {
    const qint64 patientId = bench::RichChartRecord::addRichPatient(record);
    fhir::ClinsExporter::Options options;
    options.year = 2026;
    options.now = QDateTime::currentDateTimeUtc();
    options.seed = 1;
    QList<QByteArray> out;
    for (const auto& b : fhir::ClinsExporter(record).exportPatient(patientId, options)) {
        out << b.data;
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
    auto sender = bench::RichChartRecord::open(dir, QStringLiteral("sender.tsumugi"), senderNumber);
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
    auto record = bench::RichChartRecord::open(dir, QStringLiteral("receiver.tsumugi"), QStringLiteral("1310000001"));
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
