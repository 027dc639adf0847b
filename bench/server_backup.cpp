// The clinic server's backup (ServerBackup): how long a backup (pg_dump, encryption, verification) and a restore onto
// a new server take, and how big the file is.
//   bench_server_backup [--patients 2000]   (a new server set up by server init's code, filled with patients)
//   bench_server_backup --existing URL --password PW [--user admin] [--no-restore]
//       (a record kept before, e.g. bench_chart_open --keep's server started again; URL as pg_dump reaches it)
// Prints figures; nothing is judged.
#include "SyntheticPatients.h"
#include "support/ClinicServer.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/server/ServerBackup.h"
#include "core/server/ServerCluster.h"
#include "core/util/SystemClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace tsumugi;

namespace {
const QString Password = QStringLiteral("benchmark password");

std::unique_ptr<ServerCluster> newServer(const QString& folder, bool withRecord) {
    ServerCluster::Setup setup;
    setup.folder = folder;
    setup.listen = {QStringLiteral("127.0.0.1")};
    setup.caPassword = Password;
    setup.record.clinic = {QStringLiteral("ベンチ診療所"), QStringLiteral("1310000001"), {}, {}};
    setup.record.adminName = QStringLiteral("admin");
    setup.record.adminPassword = Password;
    setup.record.fillMasters = false;
    setup.record.recoveryKey = false;
    setup.makeRecord = withRecord;
    return test::startClinicServer(setup, SystemClock::instance());
}

int run(const QStringList& args) {
    const auto option = [&](const QString& name, const QString& fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (!QFile::exists(ServerCluster::tool(QStringLiteral("initdb")))) {
        std::printf("PostgreSQL 15 is not installed (scripts/setup installs it); skipped\n");
        return 0;
    }
    QTemporaryDir tmp;
    QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ExeGroup | QFileDevice::ExeOther);
    const QString user = option(QStringLiteral("--user"), QStringLiteral("admin"));
    QString password = option(QStringLiteral("--password"), Password);
    std::unique_ptr<ServerCluster> source;
    QString location = option(QStringLiteral("--existing"), {});
    QString dumpFrom = location;
    if (location.isEmpty()) {
        const int patients = option(QStringLiteral("--patients"), QStringLiteral("2000")).toInt();
        source = newServer(tmp.path() + QStringLiteral("/source"), true);
        if (!source) {
            return 1;
        }
        location = source->ownerLocation();
        dumpFrom = source->ownerConninfo();
        password = Password;
        auto admin = ClinicRecord::open(location, user, password, SystemClock::instance());
        bench::SyntheticPatients synthetic(35);
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < patients; ++i) {
            admin->patients().create(synthetic.next());
        }
        std::printf("filled %d patients in %.1f s\n", patients, double(fill.elapsed()) / 1000.0);
    }
    auto record = ClinicRecord::open(location, user, password, SystemClock::instance());
    const qint64 patients = record->patients().count();

    QElapsedTimer timer;
    timer.start();
    const ServerBackup::Written w = ServerBackup::create(dumpFrom, *record, tmp.path() + QStringLiteral("/backups"));
    const double mb = double(w.bytes) / (1024.0 * 1024.0);
    std::printf("backup of %lld patients: %.1f MiB in %.1f s, dumped, encrypted and verified (%.1f MiB/s)\n",
                static_cast<long long>(patients), mb, double(w.milliseconds) / 1000.0,
                mb / std::max(0.001, double(w.milliseconds) / 1000.0));
    timer.restart();
    ServerBackup::verify(w.path, user, password);
    std::printf("verify again: %.1f s\n", double(timer.elapsed()) / 1000.0);
    if (args.contains(QStringLiteral("--no-restore"))) {
        if (source) {
            source->stop();
        }
        return 0;
    }
    auto into = newServer(tmp.path() + QStringLiteral("/restored"), false);
    if (!into) {
        return 1;
    }
    timer.restart();
    ServerBackup::restore(w.path, user, password, *into, SystemClock::instance());
    std::printf("restore onto a new server (one transaction, trail checked): %.1f s\n",
                double(timer.elapsed()) / 1000.0);
    const qint64 restored =
        ClinicRecord::open(into->ownerLocation(), user, password, SystemClock::instance())->patients().count();
    std::printf("patients after restore: %lld (%s)\n", static_cast<long long>(restored),
                restored == patients ? "same" : "DIFFERENT");
    into->stop();
    if (source) {
        source->stop();
    }
    return restored == patients ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    try {
        return run(app.arguments());
    } catch (const Error& e) {
        std::fprintf(stderr, "error: %s\n", qPrintable(e.message()));
        return 1;
    }
}
