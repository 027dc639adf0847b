#pragma once

#include <QMutex>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tsumugi::sim {

// Scripted faults for reliability tests. Each fault applies to the next `count` matching requests (or all, with
// count -1). Only active when the server runs with --faults; control endpoints (/_sim/...) are never faulted.
class FaultInjector {
public:
    struct Fault {
        std::string mode;   // latency | drop-before-commit | drop-after-commit | error | slow-body
        int count = 1;      // -1: every matching request
        std::string path;   // path prefix; empty: every path
        std::string method; // empty: any
        int ms = 0;         // latency, or interval between slow-body chunks
        int status = 503;   // error
        int chunk = 16;     // slow-body bytes per chunk
    };
    // What to do to one request, merged from every matching fault.
    struct Plan {
        int latencyMs = 0;
        bool dropBeforeCommit = false;
        bool dropAfterCommit = false;
        int errorStatus = 0;
        int slowChunk = 0;
        int slowIntervalMs = 0;
    };

    void setEnabled(bool on) { enabled_ = on; }
    bool enabled() const { return enabled_; }

    // "mode[,key=value...]" with keys count, path, method, ms, status, chunk; e.g.
    // "drop-after-commit,count=1,path=/clins/bundles".
    bool addSpec(const QString& spec, QString* error);
    bool add(const nlohmann::json& fault, QString* error);
    void clear();
    nlohmann::json toJson() const;
    Plan take(const std::string& method, const std::string& path);

private:
    static bool validMode(const std::string& mode);

    bool enabled_ = false;
    mutable QMutex mutex_;
    std::vector<Fault> faults_;
    std::vector<std::pair<std::string, int>> fired_; // mode → times applied, for the control endpoint
};

} // namespace tsumugi::sim
