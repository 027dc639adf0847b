#pragma once

#include <functional>
#include <vector>

namespace tsumugi::bench {

// Percentiles of a timed operation, printed the same way by every benchmark.
struct LatencyStats {
    double min = 0; // the run with least interference from the rest of the machine: the operation's own cost
    double p50 = 0;
    double p95 = 0;
    double max = 0;

    // Times fn(0) … fn(n-1) one by one, in milliseconds.
    static LatencyStats measure(int n, const std::function<void(int)>& fn);
    // Of samples taken elsewhere (milliseconds; at least one).
    static LatencyStats of(std::vector<double> ms);
    void print(const char* what) const;
    // Also says whether the p95 meets its target.
    void print(const char* what, double targetP95Ms) const;
};

} // namespace tsumugi::bench
