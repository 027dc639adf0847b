// Pushing the outbox to a local tsumugi-sim (HTTPS, started here): N queued items (half diagnoses, half
// allergies of N/2 patients) sent by the background OutboxWorker while the main thread runs a 16 ms frame
// probe and follows the worker's status signal, as the status bar does. Prints items/second and the main
// thread's frame stall (the time a frame came late). Target: stall < 16 ms per frame.
//   bench_sync_push [--items 10000] [--inline] [--read-counts]
//   (--inline: push on the main thread, no frame probe; --read-counts: the probe also queries the queue counts)
#include "sync/support/SimProcess.h"

#include "sync/outbox/OutboxSender.h"
#include "sync/outbox/OutboxWorker.h"
#include "sync/transport/HttpClient.h"

#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "core/util/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tsumugi;

namespace {
const QString AdminPassword = QStringLiteral("benchmark password");
const QString DoctorPassword = QStringLiteral("doctor benchmark pw");

std::unique_ptr<ClinicRecord> queued(const QString& path, int items, const tsumugi::test::SimProcess& sim) {
    ClinicRecord::NewRecord setup;
    setup.clinic = {QStringLiteral("つむぎ内科"), QStringLiteral("1310000001"), {}, {}};
    setup.adminName = QStringLiteral("admin");
    setup.adminPassword = AdminPassword;
    auto record = ClinicRecord::create(path, setup, SystemClock::instance());
    record->users().add(QStringLiteral("dr"), QStringLiteral("医師"), Role::Doctor, DoctorPassword);
    record->settings().setServerUrl(sim.baseUrl());
    record->settings().setCaFile(sim.caFile());
    QList<qint64> ids;
    {
        Transaction tx(record->db());
        for (int i = 0; i < (items + 1) / 2; ++i) {
            Patient p;
            p.familyName = QStringLiteral("試験");
            p.givenName = QStringLiteral("太郎");
            p.familyKana = QStringLiteral("シケン");
            p.givenKana = QStringLiteral("タロウ");
            p.sex = Sex::Male;
            p.birthDate = QDate(1940, 1, 1).addDays(i % 20000);
            p.insurance = {QStringLiteral("01130012"), QStringLiteral("77"), QString::number(100000 + i),
                           QStringLiteral("00")};
            ids << record->patients().create(p).id;
        }
        tx.commit();
    }
    record.reset();
    record = ClinicRecord::open(path, QStringLiteral("dr"), DoctorPassword, SystemClock::instance());
    Transaction tx(record->db());
    int n = 0;
    for (const qint64 id : ids) {
        Diagnosis d;
        d.patientId = id;
        d.name = QStringLiteral("高血圧症");
        d.startDate = QDate(2026, 11, 1);
        record->chart().diagnoses().create(d);
        if (++n >= items) {
            break;
        }
        Allergy a;
        a.patientId = id;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        record->chart().allergies().create(a);
        ++n;
    }
    tx.commit();
    return record;
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int items = args.contains(QStringLiteral("--items"))
                          ? args.value(args.indexOf(QStringLiteral("--items")) + 1).toInt()
                          : 10000;
    const bool inlinePush = args.contains(QStringLiteral("--inline"));
    // The status bar shows the worker's statusChanged; --read-counts also queries the queue every frame.
    const bool readCounts = args.contains(QStringLiteral("--read-counts"));

    tsumugi::test::SimProcess sim;
    QString error;
    if (!sim.start({}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    auto record = queued(dir.filePath(QStringLiteral("bench.tsumugi")), items, sim);
    std::printf("queued %d items in %.1f s\n", record->outbox().counts().queued(), timer.elapsed() / 1000.0);

    if (inlinePush) {
        sync::HttpClient client(sim.settings());
        sync::OutboxSender sender(*record, client);
        sync::OutboxSender::Options o;
        o.ignoreSchedule = true;
        timer.restart();
        const auto report = sender.push(o);
        const double s = timer.elapsed() / 1000.0;
        std::printf("inline push: sent %d, failed %d, rejected %d in %.1f s = %.0f items/s\n", report.sent,
                    report.failed, report.rejected, s, report.sent / s);
        return report.sent == items ? 0 : 1;
    }

    // Background worker + a 16 ms frame probe on the main thread.
    sync::OutboxWorker worker(*record);
    worker.setPollIntervalMs(200);
    std::vector<double> intervals;
    std::vector<double> work;
    QElapsedTimer frame;
    QEventLoop loop;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(16);
    int queuedNow = items;
    QObject::connect(&worker, &sync::OutboxWorker::statusChanged, &app,
                     [&](const sync::SyncStatus& status) { queuedNow = status.queued; });
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double interval = frame.nsecsElapsed() / 1e6;
        frame.restart();
        intervals.push_back(interval);
        QElapsedTimer t;
        t.start();
        if (readCounts) {
            queuedNow = record->outbox().counts().queued();
        }
        work.push_back(t.nsecsElapsed() / 1e6);
        if (queuedNow == 0) {
            loop.quit();
        }
    });
    timer.restart();
    frame.start();
    probe.start();
    worker.start();
    loop.exec();
    const double s = timer.elapsed() / 1000.0;
    worker.stop();
    const auto counts = record->outbox().counts();
    std::printf("worker push: sent %d, failed %d, rejected %d in %.1f s = %.0f items/s\n", counts.sent, counts.failed,
                counts.rejected, s, counts.sent / s);
    std::sort(intervals.begin(), intervals.end());
    std::sort(work.begin(), work.end());
    const auto pct = [](const std::vector<double>& v, double p) {
        return v.empty() ? 0.0 : v[size_t(p * (v.size() - 1))];
    };
    int late = 0;
    for (double i : intervals) {
        late += i > 32.0 ? 1 : 0; // a whole frame missed
    }
    const double worstStall = intervals.empty() ? 0.0 : std::max(0.0, intervals.back() - 16.0);
    std::printf("main-thread frames: %zu, interval p50 %.1f ms, p99 %.1f ms, max %.1f ms; worst stall %.1f ms "
                "(target < 16 ms: %s); frames missed: %d\n",
                intervals.size(), pct(intervals, 0.5), pct(intervals, 0.99), intervals.empty() ? 0.0 : intervals.back(),
                worstStall, worstStall < 16.0 ? "met" : "NOT met", late);
    std::printf(readCounts ? "queue counts read per frame:" : "frame work (status from the worker's signal):");
    std::printf(" p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", pct(work, 0.5), pct(work, 0.99),
                work.empty() ? 0.0 : work.back());
    return counts.sent == items ? 0 : 1;
}
