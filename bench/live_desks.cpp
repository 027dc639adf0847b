// Eight desks live on one clinic server: 8 terminal processes (this program again, --terminal K) work on one record
// on a PostgreSQL cluster the bench starts on 127.0.0.1 (durable, as a clinic's server must be) for 60 s, with a
// mixed clinic workload between short pauses (--pace-ms): reception (a patient added to today's list, or the last
// one called in), kana search, chart open, note save, item add (a diagnosis, which queues an outbox item), and an
// outbox push to a tsumugi-sim the bench starts (one desk sends at a time; the others are told so, not an error).
// Printed: each action's count and p50/p95/max over all desks, the errors (target: 0), and how long a change took to
// reach the other desks (from just before the save began to the other desk's ChangeFeed hearing it: p95 <= 1 s).
//   bench_live_desks [--terminals 8] [--seconds 60] [--patients 2000] [--pace-ms 100]
#include "LatencyStats.h"
#include "SyntheticPatients.h"

#include "sync/outbox/OutboxSender.h"
#include "sync/transport/HttpClient.h"
#include "sync/transport/TransportSettings.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Transaction.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ChangeFeed.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "core/util/SystemClock.h"
#include "support/PostgresCluster.h"
#include "sync/support/SimProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace tsumugi;

namespace {
const QString AdminPassword = QStringLiteral("benchmark password");
const QString DoctorName = QStringLiteral("dr");
const QString DoctorPassword = QStringLiteral("doctor benchmark pw");

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// One desk: its own process, its own sign-in and connection, a ChangeFeed heard on a thread of its own. Writes
// "A action ms ok|error", "W table id startedAtMs" (its own changes) and "R table id heardAtMs" (others') lines.
int runTerminal(int terminal, int terminals, const QString& url, int seconds, int patients, int paceMs,
                const QString& outFile) {
    QFile out(outFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return 1;
    }
    QTextStream lines(&out);
    std::mutex linesMutex;
    const auto write = [&](const QString& line) {
        const std::lock_guard lock(linesMutex);
        lines << line << '\n';
    };
    std::unique_ptr<ClinicRecord> record = ClinicRecord::open(url, DoctorName, DoctorPassword, SystemClock::instance());
    std::atomic_bool stop{false};
    std::unique_ptr<ChangeFeed> feed = record->listen();
    std::thread listener([&] {
        while (!stop) {
            for (const RecordChange& c : feed->wait(100)) {
                if (!c.fromThisDesk && !c.missed) {
                    write(QStringLiteral("R %1 %2 %3").arg(c.table).arg(c.id).arg(nowMs()));
                }
            }
        }
    });

    QRandomGenerator rng(quint32(1000 + terminal));
    bench::SyntheticPatients names(quint32(77 + terminal));
    // Each desk registers at the front desk from its own share of the patients (one open entry per patient a day).
    const int share = std::max(1, patients / terminals);
    const qint64 firstOwn = 1 + qint64(terminal) * share;
    qint64 nextOwn = firstOwn;
    qint64 openEntry = 0;
    std::optional<ClinicalNote> note;
    const sync::TransportSettings transport = sync::TransportSettings::fromClinicSettings(record->settings());
    sync::HttpClient client(transport);

    // fn may rename the action by what it found (the outbox push of a desk that does not send).
    const auto timed = [&](const char* named, const std::function<void(const char*&)>& fn) {
        const char* action = named;
        QElapsedTimer t;
        t.start();
        bool ok = true;
        try {
            fn(action);
        } catch (const Error& e) {
            ok = false;
            std::fprintf(stderr, "desk %d, %s: %s\n", terminal, action, qPrintable(e.message()));
        }
        write(QStringLiteral("A %1 %2 %3")
                  .arg(QLatin1String(action))
                  .arg(double(t.nsecsElapsed()) / 1e6, 0, 'f', 3)
                  .arg(ok ? QStringLiteral("ok") : QStringLiteral("error")));
    };
    const auto wrote = [&](const char* table, qint64 id, qint64 startedAt) {
        write(QStringLiteral("W %1 %2 %3").arg(QLatin1String(table)).arg(id).arg(startedAt));
    };

    QElapsedTimer running;
    running.start();
    while (running.elapsed() < qint64(seconds) * 1000) {
        const int pick = int(rng.bounded(100));
        const qint64 patientId = 1 + qint64(rng.bounded(patients));
        const qint64 startedAt = nowMs();
        if (pick < 20) {
            timed("reception", [&](const char*&) {
                if (openEntry != 0) {
                    record->reception().setStatus(openEntry, ReceptionStatus::Done);
                    wrote("reception_entries", openEntry, startedAt);
                    openEntry = 0;
                } else {
                    openEntry = record->reception().add(nextOwn).id;
                    wrote("reception_entries", openEntry, startedAt);
                    nextOwn = nextOwn + 1 < firstOwn + share ? nextOwn + 1 : firstOwn;
                }
            });
        } else if (pick < 50) {
            const QString prefix = names.kanaPrefix();
            timed("kana search", [&](const char*&) { record->patients().search(prefix); });
        } else if (pick < 75) {
            timed("chart open", [&](const char*&) { record->chart().open(patientId); });
        } else if (pick < 85) {
            timed("note save", [&](const char*&) {
                if (!note) {
                    Visit v;
                    v.patientId = firstOwn;
                    v.date = record->clock().today();
                    v.department = QStringLiteral("内科");
                    const Visit visit = record->chart().visits().create(v);
                    ClinicalNote n;
                    n.visitId = visit.id;
                    n.findings = QStringLiteral("S) 咳嗽、鼻汁。");
                    n.orders = QStringLiteral("P) 経過観察");
                    note = n;
                }
                ClinicalNote n = *note;
                n.findings += QStringLiteral("\nO) 体温 36.%1℃").arg(rng.bounded(10));
                note = record->chart().notes().saveDraft(n);
                wrote("notes", note->id, startedAt);
            });
        } else if (pick < 95) {
            timed("item add", [&](const char*&) {
                Diagnosis d;
                d.patientId = patientId;
                d.name = QStringLiteral("急性上気道炎");
                d.startDate = record->clock().today();
                wrote("diagnoses", record->chart().diagnoses().create(d).id, startedAt);
            });
        } else {
            // One desk sends for the whole record; the others are told so at once (not an error).
            timed("outbox push", [&](const char*& action) {
                if (!record->outbox().holdSending()) {
                    action = "outbox push (another desk sends)";
                    return;
                }
                sync::OutboxSender sender(*record, client);
                sync::OutboxSender::Options o;
                o.maxItems = 10;
                sender.push(o);
            });
        }
        QThread::msleep(ulong(rng.bounded(2 * paceMs + 1)));
    }
    stop = true;
    listener.join();
    return 0;
}

struct Samples {
    std::vector<double> ms;
    int errors = 0;
};

int runBench(int terminals, int seconds, int patients, int paceMs) {
    if (!test::PostgresCluster::installed()) {
        std::printf("--- PostgreSQL 15 is not installed (scripts/setup installs it); skipped ---\n");
        return 0;
    }
    if (!test::SimProcess::available()) {
        std::printf("--- tsumugi-sim is not built; skipped ---\n");
        return 0;
    }
    test::PostgresCluster cluster(true);
    if (const QString failed = cluster.start(); !failed.isEmpty()) {
        std::fprintf(stderr, "the cluster did not start: %s\n", qPrintable(failed));
        return 1;
    }
    test::SimProcess sim;
    QString error;
    if (!sim.start({}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PostgresConnection(cluster.conninfo()).exec("CREATE DATABASE bench;");
    const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/bench").arg(cluster.port());
    {
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("つむぎ内科クリニック"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = QStringLiteral("admin");
        setup.adminDisplayName = QStringLiteral("管理者");
        setup.adminPassword = AdminPassword;
        setup.fillMasters = false;
        setup.recoveryKey = false;
        auto record = ClinicRecord::create(url, setup, SystemClock::instance());
        record->users().add(DoctorName, QStringLiteral("医師 一郎"), Role::Doctor, DoctorPassword);
        record->settings().setServerUrl(sim.baseUrl());
        record->settings().setCaFile(sim.caFile());
        bench::SyntheticPatients synthetic(20261207);
        Transaction tx(record->db());
        for (int i = 0; i < patients; ++i) {
            record->patients().create(synthetic.next());
        }
        tx.commit();
    }
    std::printf("%d desks on one server for %d s, %d patients, a pause of 0..%d ms between actions\n", terminals,
                seconds, patients, 2 * paceMs);
    std::fflush(stdout);

    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int k = 0; k < terminals; ++k) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--terminal"), QString::number(k), QStringLiteral("--terminals"),
                  QString::number(terminals), QStringLiteral("--url"), url, QStringLiteral("--seconds"),
                  QString::number(seconds), QStringLiteral("--patients"), QString::number(patients),
                  QStringLiteral("--pace-ms"), QString::number(paceMs), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("desk%1.txt").arg(k))});
        desks.push_back(std::move(p));
    }
    int failedDesks = 0;
    for (auto& p : desks) {
        if (!p->waitForFinished((seconds + 120) * 1000) || p->exitCode() != 0) {
            ++failedDesks;
        }
    }

    std::map<QString, Samples> actions;
    // Each change: when its save began, by which desk; and when each other desk heard it.
    QHash<QString, std::vector<std::pair<qint64, int>>> written; // "table id" → (started at, desk), in time order
    std::vector<std::tuple<int, QString, qint64>> heard;
    for (int k = 0; k < terminals; ++k) {
        QFile f(dir.filePath(QStringLiteral("desk%1.txt").arg(k)));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            const QStringList parts = line.split(QLatin1Char(' '));
            if (line.startsWith(QLatin1String("A "))) {
                // "A kana search 1.234 ok": the action's name may hold spaces.
                const QString result = parts.last();
                const double ms = parts.at(parts.size() - 2).toDouble();
                const QString action = parts.mid(1, parts.size() - 3).join(QLatin1Char(' '));
                Samples& s = actions[action];
                s.ms.push_back(ms);
                s.errors += result == QLatin1String("ok") ? 0 : 1;
            } else if (parts.size() == 4 && parts.at(0) == QLatin1String("W")) {
                written[parts.at(1) + QLatin1Char(' ') + parts.at(2)].emplace_back(parts.at(3).toLongLong(), k);
            } else if (parts.size() == 4 && parts.at(0) == QLatin1String("R")) {
                heard.emplace_back(k, parts.at(1) + QLatin1Char(' ') + parts.at(2), parts.at(3).toLongLong());
            }
        }
    }

    int errors = 0;
    int total = 0;
    const std::map<QString, double> targets = {{QStringLiteral("kana search"), 10},
                                               {QStringLiteral("chart open"), 30},
                                               {QStringLiteral("note save"), 15},
                                               {QStringLiteral("item add"), 15},
                                               {QStringLiteral("reception"), 15}};
    for (auto& [action, samples] : actions) {
        const bench::LatencyStats stats = bench::LatencyStats::of(samples.ms);
        const QByteArray what = QStringLiteral("%1 (%2×)").arg(action).arg(samples.ms.size()).toUtf8();
        const auto target = targets.find(action);
        target == targets.end() ? stats.print(what.constData()) : stats.print(what.constData(), target->second);
        errors += samples.errors;
        total += int(samples.ms.size());
    }
    // A row saved several times (a reception entry called in, a note saved again): each announcement belongs to the
    // last save of that row that began before it was heard.
    for (auto& saves : written) {
        std::sort(saves.begin(), saves.end());
    }
    std::vector<double> latency;
    for (const auto& [desk, change, at] : heard) {
        const auto w = written.constFind(change);
        if (w == written.constEnd()) {
            continue;
        }
        const auto after = std::upper_bound(w->begin(), w->end(), std::pair<qint64, int>(at, INT_MAX));
        if (after != w->begin() && std::prev(after)->second != desk) {
            latency.push_back(double(at - std::prev(after)->first));
        }
    }
    std::printf("%d actions in %d s (%.0f per second over all desks), errors: %d (target 0), desks that failed: %d\n",
                total, seconds, double(total) / seconds, errors, failedDesks);
    if (!latency.empty()) {
        bench::LatencyStats::of(latency).print(
            QStringLiteral("a change reaching another desk (%1×)").arg(latency.size()).toUtf8().constData(), 1000);
    }
    return errors == 0 && failedDesks == 0 ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int patients = option(QStringLiteral("--patients"), QStringLiteral("2000")).toInt();
    const int paceMs = option(QStringLiteral("--pace-ms"), QStringLiteral("100")).toInt();
    if (args.contains(QStringLiteral("--terminal"))) {
        try {
            return runTerminal(option(QStringLiteral("--terminal"), QStringLiteral("0")).toInt(),
                               option(QStringLiteral("--terminals"), QStringLiteral("8")).toInt(),
                               option(QStringLiteral("--url"), {}), seconds, patients, paceMs,
                               option(QStringLiteral("--out"), {}));
        } catch (const Error& e) {
            std::fprintf(stderr, "desk: %s\n", qPrintable(e.message()));
            return 1;
        }
    }
    return runBench(option(QStringLiteral("--terminals"), QStringLiteral("8")).toInt(), seconds, patients, paceMs);
}
