#pragma once
// A clinic server set up by `tsumugictl server init`'s own code (ServerCluster::init) in a folder of the caller's, on
// a random free port: another port is tried when one is taken. For tests and benchmarks; stopped by the caller.

#include "core/Error.h"
#include "core/server/ServerCluster.h"

#include <QDir>
#include <QRandomGenerator>
#include <cstdio>
#include <memory>

namespace tsumugi::test {

// The folder's parents must let the cluster's user (postgres, when run as root) through.
inline std::unique_ptr<ServerCluster> startClinicServer(ServerCluster::Setup setup, const Clock& clock,
                                                        ServerCluster::Initialised* initialised = nullptr) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        setup.port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        try {
            ServerCluster::Initialised done = ServerCluster::init(setup, clock);
            if (initialised) {
                *initialised = std::move(done);
            }
            return std::make_unique<ServerCluster>(setup.folder);
        } catch (const Error& e) {
            std::fprintf(stderr, "server init on port %d: %s\n", setup.port, qPrintable(e.message()));
            if (ServerCluster::existsIn(setup.folder)) {
                ServerCluster(setup.folder).stop();
            }
            QDir(setup.folder).removeRecursively();
        }
    }
    return nullptr;
}

} // namespace tsumugi::test
