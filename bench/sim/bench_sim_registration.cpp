// CLINS registrations per second: validation, canonical hash and the SQLite commit, in-process and over HTTP
// with keep-alive. Every registration carries a new Bundle.identifier, so each one is a real insert + commit.
#include "sim/BundleValidator.h"
#include "sim/HttpClient.h"
#include "sim/SimServer.h"
#include "sim/SimService.h"
#include "sim/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <future>

using namespace tsumugi::sim;

namespace {

const QString kExample = QStringLiteral(TSUMUGI_SHARED_DIR) +
                         QStringLiteral("/fhir/examples/Bundle-Bundle-CLINS-Observations-Example-01.json");
const QByteArray kIdentifier = "1318814790^2024^0123-IDa-203949583949";

// The official Observation bundle with a placeholder identifier, serialised once.
QByteArray templateBody() {
    QFile f(kExample);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray withIdentifier(const QByteArray& body, qint64 n) {
    QByteArray copy = body;
    copy.replace(kIdentifier, "1318814790^2026^bench-" + QByteArray::number(n));
    return copy;
}

class ServerThread : public QThread {
public:
    explicit ServerThread(Options o)
        : options_(std::move(o)) {}
    quint16 startServer() {
        auto f = port_.get_future();
        start();
        return f.get();
    }

protected:
    void run() override {
        SimServer server(options_);
        QString error;
        const bool ok = server.start(&error);
        port_.set_value(ok ? server.port() : 0);
        if (ok)
            exec();
    }

private:
    Options options_;
    std::promise<quint16> port_;
};

void BM_ValidateHashCommit(benchmark::State& state) {
    const QByteArray body = templateBody();
    if (body.isEmpty()) {
        state.SkipWithError("official examples not found (../shared/fhir/examples)");
        return;
    }
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    store.open(&error);
    BundleValidator validator;
    qint64 n = 0;
    for (auto _ : state) {
        const QByteArray b = withIdentifier(body, ++n);
        const nlohmann::json j = nlohmann::json::parse(b.constBegin(), b.constEnd());
        const ValidationResult v = validator.validate(j);
        if (!v.ok()) {
            state.SkipWithError("example did not validate");
            return;
        }
        const std::string canon = SimService::canonical(j);
        store.registerBundle(v.info, canon, SimService::sha256Hex(canon), QDateTime::currentDateTimeUtc());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel("registrations/s = items_per_second");
}

void BM_RegisterOverHttp(benchmark::State& state) {
    const QByteArray body = templateBody();
    if (body.isEmpty()) {
        state.SkipWithError("official examples not found (../shared/fhir/examples)");
        return;
    }
    QTemporaryDir dir;
    Options o;
    o.allowHttp = true;
    o.dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    ServerThread server(o);
    const quint16 port = server.startServer();
    if (!port) {
        state.SkipWithError("server did not start");
        return;
    }
    {
        HttpClient client(QStringLiteral("127.0.0.1"), port);
        qint64 n = 0;
        for (auto _ : state) {
            const auto r = client.request("POST", "/clins/bundles", withIdentifier(body, ++n), "application/fhir+json");
            if (r.status != 201) {
                state.SkipWithError("registration failed");
                break;
            }
        }
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel("registrations/s = items_per_second (server thread: one core)");
    server.quit();
    server.wait();
}

BENCHMARK(BM_ValidateHashCommit)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(BM_RegisterOverHttp)->Unit(benchmark::kMicrosecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
