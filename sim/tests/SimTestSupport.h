#pragma once

// Shared helpers of the sim tests: a simulator running on its own thread (so the blocking test client can talk
// to it over a real socket), the official examples, and small JSON helpers.

#include "sim/HttpClient.h"
#include "sim/SimServer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <future>

namespace simtest {

using nlohmann::json;
using tsumugi::sim::HttpClient;
using tsumugi::sim::Options;

inline QString sharedDir() {
    return QStringLiteral(TSUMUGI_SHARED_DIR);
}
inline QString examplesDir() {
    return sharedDir() + QStringLiteral("/fhir/examples");
}
inline bool haveExamples() {
    return QFileInfo::exists(examplesDir() + "/Bundle-Bundle-CLINS-Observations-Example-01.json");
}

#define SIM_REQUIRE_EXAMPLES()                                                                                         \
    do {                                                                                                               \
        if (!simtest::haveExamples()) {                                                                                \
            /* Under CI=true a missing prerequisite fails: a green run must not hide a skipped check. */               \
            if (!qEnvironmentVariableIsEmpty("CI") && qgetenv("CI") != "false")                                        \
                QFAIL("missing prerequisite under CI=true: official FHIR examples not found at "                       \
                      "../shared/fhir/examples");                                                                      \
            QSKIP("official FHIR examples not found at ../shared/fhir/examples (relative to the repository root)");    \
        }                                                                                                              \
    } while (0)

inline json readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return json();
    return json::parse(f.readAll().toStdString(), nullptr, false);
}

inline json example(const char* name) {
    return readJson(examplesDir() + "/" + name);
}
inline json observationsBundle() {
    return example("Bundle-Bundle-CLINS-Observations-Example-01.json");
}
inline json referralBundle() {
    return example("Bundle-Bundle-CLINS-Referral-Example-01.json");
}

// A valid Condition bundle: the Observation bundle's Patient plus the official Condition example.
inline json conditionBundle() {
    json b = observationsBundle();
    json cond = example("Condition-Example-JP-Condition-eCS-01.json");
    cond["subject"] = {{"reference", b["entry"][0]["fullUrl"]}};
    b["meta"]["tag"][0]["code"] = "Condition";
    b["identifier"]["value"] = "1318814790^2024^COND-0001";
    b["entry"] = json::array(
        {b["entry"][0], {{"fullUrl", "urn:uuid:0b5c7a9e-1111-4c1e-9a2b-000000000001"}, {"resource", cond}}});
    return b;
}

// A valid discharge summary built from the referral: the guide ships no bundle example of it.
inline json dischargeBundle() {
    json b = referralBundle();
    b["meta"]["profile"] =
        json::array({"http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary|1"});
    b["identifier"]["value"] = "1318814790^2024^DIS-0001";
    json& comp = b["entry"][0]["resource"];
    comp["meta"]["profile"] =
        json::array({"http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary|1"});
    comp["type"]["coding"][0]["code"] = "18842-5";
    json sections = json::array();
    for (const char* code : {"322", "342", "352", "312", "362", "333", "324", "344", "444", "424"})
        sections.push_back(
            {{"title", code},
             {"code",
              {{"coding", json::array({{{"system", "http://jpfhir.jp/fhir/clins/CodeSystem/document-section"},
                                        {"code", code}}})}}}});
    comp["section"] = json::array(
        {{{"title", "構造情報"}, {"code", {{"coding", json::array({{{"code", "300"}}})}}}, {"section", sections}}});
    // The Composition's encounter is the admission: it needs admission and discharge dates.
    const std::string enc = comp["encounter"]["reference"];
    for (json& e : b["entry"])
        if (e["fullUrl"] == enc)
            e["resource"]["period"] = {{"start", "2024-01-05"}, {"end", "2024-01-20"}};
    return b;
}

inline QByteArray body(const json& j) {
    return QByteArray::fromStdString(j.dump());
}
inline json parse(const QByteArray& b) {
    return json::parse(b.toStdString(), nullptr, false);
}

// All rule codes an OperationOutcome cites.
inline QStringList rulesOf(const json& outcome) {
    QStringList rules;
    if (!outcome.contains("issue"))
        return rules;
    for (const json& i : outcome["issue"])
        for (const json& c : i["details"]["coding"])
            if (c.value("system", "") == "http://jpfhir.jp/fhir/clins/rules")
                rules << QString::fromStdString(c.value("code", ""));
    return rules;
}

inline QString resultOf(const json& outcome) {
    return QString::fromStdString(outcome["issue"][0]["details"]["coding"][0].value("code", ""));
}

// One simulator on a worker thread with its own event loop; destroyed (and its DB closed) by stop().
class ServerThread : public QThread {
public:
    explicit ServerThread(Options options)
        : options_(std::move(options)) {}
    ~ServerThread() override { stop(); }

    bool startServer(QString* error) {
        std::future<QString> result = started_.get_future();
        start();
        *error = result.get();
        return error->isEmpty();
    }
    void stop() {
        if (isRunning()) {
            quit();
            wait();
        }
    }
    quint16 port() const { return port_; }
    tsumugi::sim::Clock& clock() { return *clock_; }

protected:
    void run() override {
        tsumugi::sim::SimServer server(options_);
        QString error;
        const bool ok = server.start(&error);
        port_ = server.port();
        clock_ = &server.clock();
        started_.set_value(ok ? QString() : (error.isEmpty() ? QStringLiteral("start failed") : error));
        if (ok)
            exec();
    }

private:
    Options options_;
    std::promise<QString> started_;
    quint16 port_ = 0;
    tsumugi::sim::Clock* clock_ = nullptr;
};

// Plain-HTTP options on an ephemeral port with a fresh database in dir.
inline Options httpOptions(const QTemporaryDir& dir) {
    Options o;
    o.allowHttp = true;
    o.port = 0;
    o.dbPath = dir.filePath(QStringLiteral("sim.sqlite"));
    return o;
}

inline HttpClient::Result postFhir(HttpClient& c, const json& bundle) {
    return c.request("POST", "/clins/bundles", body(bundle), "application/fhir+json");
}

inline HttpClient::Result postJson(HttpClient& c, const QByteArray& path, const json& j) {
    return c.request("POST", path, body(j), "application/json");
}

} // namespace simtest
