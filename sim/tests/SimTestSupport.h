#pragma once

// Shared helpers of the sim tests: a simulator running on its own thread (so the blocking test client can talk
// to it over a real socket), the official examples, and small JSON helpers.

#include "sim/BundleValidator.h"
#include "sim/HttpClient.h"
#include "sim/SimServer.h"
#include "sim/tests/Guide111Examples.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <future>
#include <vector>

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

inline json example152(const char* name) {
    return readJson(examplesDir() + "/" + name);
}
inline json example(const char* name) {
    json j = example152(name);
    asGuide111(j);
    return j;
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
        json::array({"http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary|1.11.0"});
    b["identifier"]["value"] = "1318814790^2024^DIS-0001";
    json& comp = b["entry"][0]["resource"];
    comp["meta"]["profile"] = json::array(
        {"http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary|1.11.0"});
    comp["type"]["coding"][0]["code"] = "18842-5";
    json sections = json::array();
    for (const char* code : {"322", "342", "352", "312", "360", "333", "324", "344", "444", "424"})
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

// The referral with a prescription in it (the referral example has none; the MedicationRequest example joins it).
inline json referralWithPrescription() {
    json b = referralBundle();
    json rx = example("MedicationRequest-Example-JP-MedReq-PO-SID-28days.json");
    for (const json& e : b["entry"])
        if (e["resource"]["resourceType"] == "Patient")
            rx["subject"] = {{"reference", e["fullUrl"]}};
    b["entry"].push_back({{"fullUrl", "urn:uuid:0b5c7a9e-2222-4c1e-9a2b-000000000001"}, {"resource", rx}});
    return b;
}

// The first entry's resource of a type.
inline json& firstOf(json& b, const char* type) {
    for (json& e : b["entry"])
        if (e["resource"]["resourceType"] == type)
            return e["resource"];
    static json none;
    none = json::object();
    return none;
}

// One way to break each rule 1.11 added (ClinsRules111, V111-xx; R0213 for a bundle naming the 1.5.2 version), on a
// base bundle that is otherwise valid: obs (CLINS labs), cond (CLINS Condition), ref (referral), refrx (referral
// with a prescription), dis (discharge summary).
struct Rule111Break {
    const char* name;
    const char* base;
    const char* rule;
    std::function<void(json&)> apply;
};
inline const std::vector<Rule111Break>& rule111Breaks() {
    static const std::vector<Rule111Break> breaks = {
        {"1.11: bundle names the 1.5.2 version", "obs", "R0213",
         [](json& b) {
             b["meta"]["profile"] = json::array({"http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS|1"});
         }},
        {"1.11: clinicalStatus without display", "cond", "V111-C01",
         [](json& b) { firstOf(b, "Condition")["clinicalStatus"]["coding"][0].erase("display"); }},
        {"1.11: verificationStatus without display", "cond", "V111-C01",
         [](json& b) { firstOf(b, "Condition")["verificationStatus"]["coding"][0].erase("display"); }},
        {"1.11: clinicalStatus inactive", "cond", "V111-C02",
         [](json& b) {
             firstOf(b, "Condition")["clinicalStatus"]["coding"][0]["code"] = "inactive";
             firstOf(b, "Condition")["clinicalStatus"]["coding"][0]["display"] = "Inactive";
         }},
        {"1.11: abatement on an active name", "cond", "V111-C03",
         [](json& b) {
             firstOf(b, "Condition")["clinicalStatus"]["coding"][0]["code"] = "active";
             firstOf(b, "Condition")["clinicalStatus"]["coding"][0]["display"] = "Active";
             firstOf(b, "Condition")["abatementDateTime"] = "2024-01-01";
         }},
        {"1.11: disease coding without display", "cond", "V111-C04",
         [](json& b) { firstOf(b, "Condition")["code"]["coding"][0].erase("display"); }},
        {"1.11: unknown service flag on a Condition", "cond", "V111-T01",
         [](json& b) {
             firstOf(b, "Condition")["meta"]["tag"] = json::array(
                 {{{"system", "http://jpfhir.jp/fhir/clins/CodeSystem/JP_ehrshrs_indication"}, {"code", "SECRET"}}});
         }},
        {"1.11: allergy status without display", "ref", "V111-A01",
         [](json& b) { firstOf(b, "AllergyIntolerance")["clinicalStatus"]["coding"][0].erase("display"); }},
        {"1.11: reaction without text", "ref", "V111-A02",
         [](json& b) {
             firstOf(b, "AllergyIntolerance")["reaction"] =
                 json::array({{{"manifestation",
                                json::array({{{"coding", json::array({{{"system", "urn:x"}, {"code", "1"}}})}}})}}});
         }},
        {"1.11: lab status amended", "obs", "V111-O01",
         [](json& b) { firstOf(b, "Observation")["status"] = "amended"; }},
        {"1.11: lab without value or dataAbsentReason", "obs", "V111-O02",
         [](json& b) { firstOf(b, "Observation").erase("valueQuantity"); }},
        {"1.11: coded value with two codings", "obs", "V111-O03",
         [](json& b) {
             json& o = firstOf(b, "Observation");
             o.erase("valueQuantity");
             o["valueCodeableConcept"] = {
                 {"coding", json::array({{{"system", "urn:x"}, {"code", "1"}}, {{"system", "urn:x"}, {"code", "2"}}})}};
         }},
        {"1.11: reference range in another unit", "obs", "V111-O04",
         [](json& b) {
             firstOf(b, "Observation")["referenceRange"] = json::array({{{"low", {{"value", 3.8}, {"unit", "g/dL"}}}}});
         }},
        {"1.11: reference range bound without value", "obs", "V111-O04",
         [](json& b) {
             firstOf(b, "Observation")["referenceRange"] = json::array({{{"high", {{"unit", "mg/L"}}}}});
         }},
        {"1.11: LTS on a result that is not an infection", "obs", "V111-T01",
         [](json& b) {
             firstOf(b, "Observation")["meta"]["tag"] = json::array(
                 {{{"system", "http://jpfhir.jp/fhir/clins/CodeSystem/JP_ehrshrs_indication"}, {"code", "LTS"}}});
         }},
        {"1.11: lab result without performer", "obs", "V111-O05",
         [](json& b) { firstOf(b, "Observation").erase("performer"); }},
        {"1.11: lab result without the local code", "obs", "V111-O06",
         [](json& b) {
             json keep = json::array();
             for (const json& c : firstOf(b, "Observation")["code"]["coding"])
                 if (c.value("system", "") !=
                     "http://jpfhir.jp/fhir/clins/CodeSystem/JP_CLINS_ObsLabResult_LocalCode_CS")
                     keep.push_back(c);
             firstOf(b, "Observation")["code"]["coding"] = keep;
         }},
        {"1.11: prescription without Rp number", "refrx", "V111-M01",
         [](json& b) { firstOf(b, "MedicationRequest")["identifier"].erase(0); }},
        {"1.11: 規格別薬剤成分コード", "refrx", "V111-M02",
         [](json& b) {
             firstOf(b, "MedicationRequest")["medicationCodeableConcept"]["coding"].push_back(
                 {{"system", "http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"}, {"code", "2171022F1ZZZ"}});
         }},
        {"1.11: dispensed quantity without unit", "refrx", "V111-M03",
         [](json& b) {
             firstOf(b, "MedicationRequest")["dispenseRequest"]["quantity"] = {{"value", 28}, {"code", "TAB"}};
         }},
        {"1.11: category without display", "refrx", "V111-M04",
         [](json& b) {
             firstOf(b, "MedicationRequest")["category"] =
                 json::array({{{"coding", json::array({{{"system", "http://jpfhir.jp/fhir/core/CodeSystem/"
                                                                   "JP_MedicationCategoryMERIT9_CS"},
                                                        {"code", "OHO"}}})}}});
         }},
        {"1.11: dosage without timing", "refrx", "V111-M05",
         [](json& b) { firstOf(b, "MedicationRequest")["dosageInstruction"][0].erase("timing"); }},
        {"1.11: dose type with two codings", "refrx", "V111-M06",
         [](json& b) {
             json& coding = firstOf(b, "MedicationRequest")["dosageInstruction"][0]["doseAndRate"][0]["type"]["coding"];
             coding.push_back(coding[0]);
         }},
        {"1.11: Organization without lastUpdated", "ref", "V111-S01",
         [](json& b) { firstOf(b, "Organization")["meta"].erase("lastUpdated"); }},
        {"1.11: Encounter reason coded without display", "ref", "V111-S02",
         [](json& b) {
             firstOf(b, "Encounter")["reasonCode"] =
                 json::array({{{"coding", json::array({{{"system", "urn:x"}, {"code", "1"}}})}}});
         }},
        {"1.11: referral with one author", "ref", "V111-D01",
         [](json& b) { b["entry"][0]["resource"]["author"].erase(1); }},
        {"1.11: discharge summary with three authors", "dis", "V111-D01",
         [](json& b) {
             json& authors = b["entry"][0]["resource"]["author"];
             authors.push_back(authors[0]);
         }},
        {"1.11: discharge summary 現病歴 under 362", "dis", "V111-D22",
         [](json& b) {
             for (json& s : b["entry"][0]["resource"]["section"][0]["section"])
                 if (s["code"]["coding"][0]["code"] == "360")
                     s["code"]["coding"][0]["code"] = "362";
         }},
    };
    return breaks;
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

// The findings of a validation, one per line, for a failure message.
inline QString issuesOf(const tsumugi::sim::ValidationResult& r) {
    QStringList lines;
    for (const auto& i : r.issues)
        lines << QString::fromStdString(i.rule + " " + i.expression + " " + i.text);
    return lines.join('\n');
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
