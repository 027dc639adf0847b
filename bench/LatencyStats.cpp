#include "LatencyStats.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace tsumugi::bench {

LatencyStats LatencyStats::measure(int n, const std::function<void(int)>& fn) {
    std::vector<double> ms;
    ms.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return of(std::move(ms));
}

LatencyStats LatencyStats::of(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    LatencyStats stats;
    stats.min = ms.front();
    stats.p50 = ms[ms.size() / 2];
    stats.p95 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))];
    stats.max = ms.back();
    return stats;
}

void LatencyStats::print(const char* what) const {
    std::printf("%-46s min %7.3f ms   p50 %7.3f ms   p95 %7.3f ms   max %7.3f ms\n", what, min, p50, p95, max);
    std::fflush(stdout);
}

void LatencyStats::print(const char* what, double targetP95Ms) const {
    std::printf("%-46s min %7.3f ms   p50 %7.3f ms   p95 %7.3f ms   max %7.3f ms   (target p95 <= %.0f ms: %s)\n", what,
                min, p50, p95, max, targetP95Ms, p95 <= targetP95Ms ? "met" : "NOT met");
    std::fflush(stdout);
}

} // namespace tsumugi::bench
