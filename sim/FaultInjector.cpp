#include "sim/FaultInjector.h"

#include <QMutexLocker>
#include <QStringList>

namespace tsumugi::sim {

bool FaultInjector::validMode(const std::string& m) {
    return m == "latency" || m == "drop-before-commit" || m == "drop-after-commit" || m == "error" || m == "slow-body";
}

bool FaultInjector::addSpec(const QString& spec, QString* error) {
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = QStringLiteral("empty fault spec");
        return false;
    }
    nlohmann::json j = {{"mode", parts.front().trimmed().toStdString()}};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts[i].indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("fault option '%1' is not key=value").arg(parts[i]);
            return false;
        }
        const std::string key = parts[i].left(eq).trimmed().toStdString();
        const QString value = parts[i].mid(eq + 1).trimmed();
        if (key == "path" || key == "method") {
            j[key] = value.toStdString();
        } else {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok) {
                *error = QStringLiteral("fault option '%1' needs a number").arg(parts[i]);
                return false;
            }
            j[key] = n;
        }
    }
    return add(j, error);
}

bool FaultInjector::add(const nlohmann::json& j, QString* error) {
    Fault f;
    if (!j.is_object() || !j.contains("mode") || !j["mode"].is_string() || !validMode(j["mode"].get<std::string>())) {
        *error =
            QStringLiteral("fault mode must be latency, drop-before-commit, drop-after-commit, error or slow-body");
        return false;
    }
    f.mode = j["mode"].get<std::string>();
    f.count = j.value("count", f.mode == "latency" ? -1 : 1);
    f.path = j.value("path", std::string());
    f.method = j.value("method", std::string());
    f.ms = j.value("ms", f.mode == "slow-body" ? 100 : 0);
    f.status = j.value("status", 503);
    f.chunk = j.value("chunk", 16);
    if (f.status < 500 || f.status > 599 || f.chunk <= 0 || f.ms < 0 || f.count == 0 || f.count < -1) {
        *error = QStringLiteral("fault values out of range (status 5xx, chunk > 0, ms >= 0, count -1 or > 0)");
        return false;
    }
    QMutexLocker lock(&mutex_);
    faults_.push_back(f);
    return true;
}

void FaultInjector::clear() {
    QMutexLocker lock(&mutex_);
    faults_.clear();
}

nlohmann::json FaultInjector::toJson() const {
    QMutexLocker lock(&mutex_);
    nlohmann::json list = nlohmann::json::array();
    for (const Fault& f : faults_)
        list.push_back({{"mode", f.mode},
                        {"count", f.count},
                        {"path", f.path},
                        {"method", f.method},
                        {"ms", f.ms},
                        {"status", f.status},
                        {"chunk", f.chunk}});
    nlohmann::json fired = nlohmann::json::object();
    for (const auto& [mode, n] : fired_)
        fired[mode] = n;
    return {{"enabled", enabled_}, {"faults", list}, {"fired", fired}};
}

FaultInjector::Plan FaultInjector::take(const std::string& method, const std::string& path) {
    Plan plan;
    if (!enabled_)
        return plan;
    QMutexLocker lock(&mutex_);
    bool terminal = false; // one drop or error per request; latency and slow-body combine with it
    for (auto it = faults_.begin(); it != faults_.end();) {
        Fault& f = *it;
        const bool matches = (f.path.empty() || path.rfind(f.path, 0) == 0) && (f.method.empty() || f.method == method);
        const bool isTerminal = f.mode == "drop-before-commit" || f.mode == "drop-after-commit" || f.mode == "error";
        if (!matches || (isTerminal && terminal)) {
            ++it;
            continue;
        }
        if (f.mode == "latency")
            plan.latencyMs += f.ms;
        else if (f.mode == "slow-body") {
            plan.slowChunk = f.chunk;
            plan.slowIntervalMs = f.ms;
        } else if (f.mode == "error")
            plan.errorStatus = f.status;
        else if (f.mode == "drop-before-commit")
            plan.dropBeforeCommit = true;
        else
            plan.dropAfterCommit = true;
        terminal = terminal || isTerminal;
        bool counted = false;
        for (auto& [mode, n] : fired_)
            if (mode == f.mode) {
                ++n;
                counted = true;
            }
        if (!counted)
            fired_.emplace_back(f.mode, 1);
        if (f.count > 0 && --f.count == 0)
            it = faults_.erase(it);
        else
            ++it;
    }
    return plan;
}

} // namespace tsumugi::sim
