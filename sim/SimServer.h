#pragma once

#include "sim/Clock.h"
#include "sim/FaultInjector.h"
#include "sim/HttpServer.h"
#include "sim/Options.h"
#include "sim/Seed.h"
#include "sim/SimService.h"
#include "sim/Store.h"

#include <QObject>

#include <memory>

namespace tsumugi::sim {

// Everything one running simulator needs, wired from Options. Lives on the thread that calls start(); the
// executable and the tests (which run it on a worker thread) use it the same way.
class SimServer : public QObject {
    Q_OBJECT
public:
    explicit SimServer(Options options, QObject* parent = nullptr);
    ~SimServer() override;

    bool start(QString* error);
    quint16 port() const;
    QString url() const;
    Clock& clock() { return clock_; }
    FaultInjector& faults() { return faults_; }

    static QString builtInSeed() { return QStringLiteral(":/tsumugi-sim/demo-seed.json"); }

private:
    Options options_;
    Clock clock_;
    Seed seed_;
    FaultInjector faults_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<SimService> service_;
    std::unique_ptr<HttpServer> http_;
};

} // namespace tsumugi::sim
