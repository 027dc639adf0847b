// JP-CLINS 1.11 (../shared/fhir/clins-1.11.md) on everything the app writes: a chart with every kind of item, its
// three CLINS bundles and its two documents, read here rule by rule (not only by a validator), passed by the official
// validator, and sent over a real socket to the stand-in checking by 1.11, which accepts each whole.
#include "sim/tests/SimTestSupport.h"
#include "support/OfficialValidator.h"
#include "support/TestRegistry.h"
#include "test_referral_scenario.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/ConditionReader.h"
#include "sync/fhir/DocumentBundleExporter.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/ImportNotes.h"
#include "sync/fhir/LabObservationReader.h"

#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"

#include <QTest>

#include <functional>
#include <set>

using namespace tsumugi;
using tsumugi::fhir::Json;
using tsumugi::test::ReferralScenario;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);

std::string s(const Json& j) {
    return j.is_string() ? j.get<std::string>() : std::string();
}

bool versioned(const Json& resource) {
    return s(resource["meta"]["profile"][0]).find("|1.11.0") != std::string::npos;
}

bool complete(const Json& coding) {
    return !s(coding["system"]).empty() && !s(coding["code"]).empty() && !s(coding["display"]).empty();
}

// Every rule of clins-1.11.md that applies to what the app writes, read off the bundle; the broken ones by path.
QStringList brokenRules(const Json& b) {
    QStringList out;
    const auto fail = [&out](const std::string& where, const char* rule) {
        out << QString::fromStdString(where) + QStringLiteral(": ") + QString::fromUtf8(rule);
    };
    if (!versioned(b) || s(b["meta"]["lastUpdated"]).empty()) {
        fail("Bundle.meta", "meta 1..1 with lastUpdated; profile names |1.11.0");
    }
    const Json& entries = b["entry"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Json& r = entries[i]["resource"];
        const std::string type = s(r["resourceType"]);
        const std::string at = "entry[" + std::to_string(i) + "] " + type;
        const std::string profile = s(r["meta"]["profile"][0]);
        if (type == "Condition" || type == "AllergyIntolerance" || type == "Observation" ||
            type == "MedicationRequest") {
            // The bundles' validEntryProfile-* invariants (1.5.2) refuse a versioned entry profile.
            if (profile.empty() || profile.find('|') != std::string::npos) {
                fail(at, "entry profile given, unversioned");
            }
        } else if (!versioned(r) || s(r["meta"]["lastUpdated"]).empty()) {
            fail(at, "meta.lastUpdated and meta.profile |1.11.0 (Patient, Composition, supporting resources)");
        }
        if (type == "Condition") {
            const Json& clinical = r["clinicalStatus"]["coding"];
            const std::string status = s(clinical[0]["code"]);
            if (clinical.size() != 1 || !complete(clinical[0])) {
                fail(at, "clinicalStatus.coding 1..1 with system, code, display");
            }
            if (r["verificationStatus"]["coding"].size() != 1 || !complete(r["verificationStatus"]["coding"][0])) {
                fail(at, "verificationStatus.coding 1..1 with system, code, display");
            }
            if (status != "active" && status != "remission" && status != "resolved") {
                fail(at, "clinicalStatus never recurrence, relapse or inactive");
            }
            if (r.contains("abatementDateTime") && status == "active") {
                fail(at, "abatementDateTime only with remission or resolved");
            }
            for (const Json& c : r["code"]["coding"]) {
                if (!complete(c)) {
                    fail(at, "code.coding system, code, display");
                }
            }
            for (const Json& e : r["code"].value("extension", Json::array())) {
                for (const Json& c : e["valueCodeableConcept"]["coding"]) {
                    if (!complete(c)) {
                        fail(at, "modifier valueCodeableConcept.coding system, code, display");
                    }
                }
            }
        } else if (type == "AllergyIntolerance") {
            for (const char* k : {"clinicalStatus", "verificationStatus"}) {
                if (r[k]["coding"].size() != 1 || !complete(r[k]["coding"][0])) {
                    fail(at, "status coding 1..1 with system, code, display");
                }
            }
            for (const Json& reaction : r.value("reaction", Json::array())) {
                for (const Json& m : reaction["manifestation"]) {
                    if (s(m["text"]).empty()) {
                        fail(at, "reaction.manifestation.text 1..1");
                    }
                }
            }
        } else if (type == "Observation") {
            const std::string status = s(r["status"]);
            if (status == "amended" || status == "entered-in-error" || status == "unknown") {
                fail(at, "status never amended, entered-in-error or unknown");
            }
            const bool value =
                r.contains("valueQuantity") || r.contains("valueString") || r.contains("valueCodeableConcept");
            if (!value && s(r["dataAbsentReason"]["text"]).empty()) {
                fail(at, "no value: dataAbsentReason with text");
            }
            if (value && r.contains("dataAbsentReason")) {
                fail(at, "dataAbsentReason only without a value");
            }
            for (const Json& range : r.value("referenceRange", Json::array())) {
                for (const char* bound : {"low", "high"}) {
                    if (!range.contains(bound)) {
                        continue;
                    }
                    if (!range[bound].contains("value")) {
                        fail(at, "referenceRange low/high value 1..1");
                    }
                    for (const char* part : {"unit", "system", "code"}) {
                        if (range[bound].contains(part) && range[bound][part] != r["valueQuantity"][part]) {
                            fail(at, "referenceRange unit equal to the result's");
                        }
                    }
                }
            }
            for (const Json& tag : r["meta"].value("tag", Json::array())) {
                if (s(tag["code"]) == "LTS") {
                    fail(at, "LTS only on the designated infection results");
                }
            }
            if (s(b["type"]) == "collection") { // in JP_Bundle_CLINS
                if (s(r["performer"][0]["reference"]).empty()) {
                    fail(at, "CLINS: performer required (1.6)");
                }
                bool local = false;
                for (const Json& c : r["code"]["coding"]) {
                    local = local || s(c["system"]) == fhir::uri::LabLocalCode;
                }
                if (!local) {
                    fail(at, "CLINS: the clinic's local code beside the JLAC code (1.9)");
                }
            }
        } else if (type == "MedicationRequest") {
            std::set<std::string> systems;
            for (const Json& id : r["identifier"]) {
                systems.insert(s(id["system"]));
            }
            if (r["identifier"].size() < 3 || !systems.count(fhir::uri::ResourceInstance) ||
                !systems.count("http://jpfhir.jp/fhir/core/mhlw/IdSystem/Medication-RPGroupNumber") ||
                !systems.count("http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicationAdministrationIndex")) {
                fail(at, "identifier 3..*: request, Rp number, index within the Rp");
            }
            for (const Json& d : r["dosageInstruction"]) {
                if (!d.contains("timing") || d["timing"]["code"]["coding"].empty()) {
                    fail(at, "dosage timing 1..1 with timing.code.coding 1..*");
                }
                for (const Json& c : d["timing"]["code"]["coding"]) {
                    if (!complete(c)) {
                        fail(at, "timing.code.coding system, code, display");
                    }
                }
                for (const Json& rate : d.value("doseAndRate", Json::array())) {
                    if (rate["type"]["coding"].size() != 1) {
                        fail(at, "doseAndRate.type.coding 1..1");
                    }
                }
            }
            if (r.contains("dispenseRequest") && r["dispenseRequest"].contains("quantity") &&
                s(r["dispenseRequest"]["quantity"]["unit"]).empty()) {
                fail(at, "dispenseRequest.quantity.unit 1..1");
            }
            for (const Json& c : r.value("category", Json::array())) {
                if (c["coding"].empty() || !complete(c["coding"][0])) {
                    fail(at, "category.coding 1..* with system, code, display");
                }
            }
            if (r["meta"].contains("tag")) {
                fail(at, "prescriptions never carry LTS");
            }
        } else if (type == "Composition") {
            const std::string code = s(r["type"]["coding"][0]["code"]);
            const std::size_t authors = r["author"].size();
            if (code == "57133-1" && (authors < 2 || authors > 3)) {
                fail(at, "referral author 2..3");
            }
            if (code == "18842-5" && authors != 2) {
                fail(at, "discharge summary author 2..2");
            }
            std::function<void(const Json&)> walk = [&](const Json& sections) {
                for (const Json& sec : sections) {
                    const std::string sc = s(sec["code"]["coding"][0]["code"]);
                    if (sc == "362" || sc == "372" || sc == "552" || sc == "642") {
                        fail(at, "discharge sections 360, 370, 550, 640 (not 362, 372, 552, 642)");
                    }
                    if (code == "57133-1" && !sec.contains("entry") && !sec.contains("section") &&
                        s(sec["emptyReason"]["coding"][0]["code"]) != "unavailable") {
                        fail(at, "referral: a text-only section says emptyReason unavailable");
                    }
                    if (sec.contains("section")) {
                        walk(sec["section"]);
                    }
                }
            };
            walk(r["section"]);
        }
    }
    return out;
}
} // namespace

class TestClins111 : public QObject {
    Q_OBJECT
    std::unique_ptr<ReferralScenario> sc;
    QTemporaryDir dir;

    // Everything the app writes for the scenario patient: the 5 情報 bundles and the two documents.
    QList<Json> everyBundle() {
        QList<Json> out;
        for (const auto& b : fhir::ClinsExporter(*sc->t.record).exportPatient(sc->patientId, {2026, Now, 5})) {
            out << b.json();
        }
        fhir::DocumentBundleExporter documents(*sc->t.record);
        out << documents.exportDocument(sc->referralId, {Now, 6}).json;
        out << documents.exportDocument(sc->dischargeId, {Now, 7}).json;
        return out;
    }
    const Json* resourceWhere(const QList<Json>& bundles, const char* type, const std::function<bool(const Json&)>& f) {
        for (const Json& b : bundles) {
            for (const Json& e : b["entry"]) {
                if (s(e["resource"]["resourceType"]) == type && f(e["resource"])) {
                    return &e["resource"];
                }
            }
        }
        return nullptr;
    }

private slots:
    void init() {
        sc = std::make_unique<ReferralScenario>();
        Chart& chart = sc->t.record->chart();
        // The kinds of item the scenario lacks: names ended other than by cure, with a 修飾語; an allergy without a
        // reaction; a result that could not be measured; a result without a range.
        Diagnosis died;
        died.patientId = sc->patientId;
        died.name = QStringLiteral("脳梗塞");
        died.medisCode = QStringLiteral("20063383");
        died.startDate = QDate(2025, 1, 10);
        died.outcome = Diagnosis::Outcome::Transferred;
        died.endDate = QDate(2026, 2, 1);
        died.comment = QStringLiteral("リハビリ病院へ");
        chart.diagnoses().create(died);
        Allergy pollen;
        pollen.patientId = sc->patientId;
        pollen.category = Allergy::Category::Environment;
        pollen.codeSystem = Allergy::CodeSystem::None;
        pollen.name = QStringLiteral("スギ花粉");
        chart.allergies().create(pollen);
        LabResult hemolysed;
        hemolysed.patientId = sc->patientId;
        hemolysed.code = QStringLiteral("3B035000002327201");
        hemolysed.itemKey = QStringLiteral("AST");
        hemolysed.name = QStringLiteral("AST");
        hemolysed.valueText = QStringLiteral("測定不能（溶血）");
        hemolysed.localCode = QStringLiteral("0001100");
        hemolysed.specimen = QStringLiteral("血清");
        hemolysed.collectedAt = QDateTime(QDate(2026, 11, 19), QTime(0, 30), Qt::UTC);
        chart.labs().create(hemolysed);
        LabResult noRange = hemolysed;
        noRange.valueText.clear();
        noRange.code = QStringLiteral("3C015000002327101");
        noRange.itemKey = QStringLiteral("Cre");
        noRange.localCode = QStringLiteral("0001200");
        noRange.name = QStringLiteral("クレアチニン");
        noRange.valueNumber = 0.92;
        noRange.unit = QStringLiteral("mg/dL");
        chart.labs().create(noRange);
    }
    void cleanup() { sc.reset(); }

    void everyBundleKeepsEveryRule() {
        const QList<Json> bundles = everyBundle();
        QCOMPARE(bundles.size(), 5);
        for (const Json& b : bundles) {
            const QStringList broken = brokenRules(b);
            QVERIFY2(broken.isEmpty(), qPrintable(QString::fromStdString(s(b["identifier"]["value"])) +
                                                  QStringLiteral("\n") + broken.join(QLatin1Char('\n'))));
        }
    }

    // The reader above is itself checked: each break of a rule in a real export is found, by its path.
    void theRuleReaderFindsEachBreak() {
        const QList<Json> bundles = everyBundle();
        Json discharge = bundles.at(4);
        QVERIFY(brokenRules(discharge).isEmpty());
        for (Json& e : discharge["entry"]) {
            Json& r = e["resource"];
            if (r["resourceType"] == "Composition") {
                for (Json& sec : r["section"][0]["section"]) {
                    if (sec["code"]["coding"][0]["code"] == "360") {
                        sec["code"]["coding"][0]["code"] = "362";
                    }
                }
            } else if (r["resourceType"] == "Condition") {
                r["clinicalStatus"]["coding"][0]["code"] = "inactive";
            } else if (r["resourceType"] == "MedicationRequest") {
                r["identifier"].erase(0);
            } else if (r["resourceType"] == "Organization") {
                r["meta"].erase("lastUpdated");
            }
        }
        const QString found = brokenRules(discharge).join(QLatin1Char('\n'));
        for (const char* rule :
             {"not 362", "never recurrence, relapse or inactive", "identifier 3..*", "supporting resources"}) {
            QVERIFY2(found.contains(QString::fromUtf8(rule)), qPrintable(found));
        }
    }

    void everyBundlePassesTheOfficialValidator() {
        QStringList files;
        int n = 0;
        for (const Json& b : everyBundle()) {
            const QString path = dir.filePath(QStringLiteral("bundle-%1.json").arg(++n));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(b.dump()));
            files << path;
        }
        TSUMUGI_VALIDATE_OFFICIALLY(files);
    }

    void theStandInCheckingBy111AcceptsEachWhole() {
        QTemporaryDir simDir;
        simtest::ServerThread server(simtest::httpOptions(simDir));
        QString error;
        QVERIFY2(server.startServer(&error), qPrintable(error));
        simtest::HttpClient client(QStringLiteral("127.0.0.1"), server.port());
        for (const Json& b : everyBundle()) {
            const auto checked = sim::BundleValidator().validate(b);
            QVERIFY2(checked.ok(), qPrintable(simtest::issuesOf(checked)));
            const auto r = simtest::postFhir(client, b);
            QVERIFY2(r.status == 201,
                     qPrintable(QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(2000)))));
        }
    }

    void anEndOtherThanCureTravelsAsResolvedWithItsOutcome() {
        const QList<Json> bundles = everyBundle();
        const Json* c =
            resourceWhere(bundles, "Condition", [](const Json& r) { return s(r["code"]["text"]) == "脳梗塞"; });
        QVERIFY(c);
        QCOMPARE(s((*c)["clinicalStatus"]["coding"][0]["code"]), std::string("resolved"));
        QCOMPARE(s((*c)["abatementDateTime"]), std::string("2026-02-01"));
        QCOMPARE(s((*c)["note"][0]["text"]), std::string("転帰：転医"));
        // Read back (another clinic's import): the outcome and the doctor's comment, apart.
        fhir::ImportNotes notes;
        const Diagnosis back = fhir::ConditionReader::read(*c, QStringLiteral("Condition"), notes);
        QCOMPARE(back.outcome, Diagnosis::Outcome::Transferred);
        QCOMPARE(back.comment, QStringLiteral("リハビリ病院へ"));
        QCOMPARE(back.endDate, QDate(2026, 2, 1));
        // A 1.5.x sender's inactive still reads as an ended name.
        Json old = *c;
        old["clinicalStatus"]["coding"][0]["code"] = "inactive";
        old["note"] = Json::array();
        QCOMPARE(fhir::ConditionReader::read(old, QStringLiteral("Condition"), notes).outcome,
                 Diagnosis::Outcome::Discontinued);
    }

    void aResultThatCouldNotBeMeasuredSaysWhy() {
        const QList<Json> bundles = everyBundle();
        const Json* o =
            resourceWhere(bundles, "Observation", [](const Json& r) { return s(r["code"]["text"]) == "AST"; });
        QVERIFY(o);
        QVERIFY(!o->contains("valueString"));
        QCOMPARE(s((*o)["dataAbsentReason"]["coding"][0]["code"]), std::string("error"));
        QCOMPARE(s((*o)["dataAbsentReason"]["text"]), std::string("測定不能（溶血）"));
        fhir::ImportNotes notes;
        QCOMPARE(fhir::LabObservationReader::read(*o, QStringLiteral("Observation"), notes).valueText,
                 QStringLiteral("測定不能（溶血）"));
        // A measured result beside it keeps its value and has no dataAbsentReason.
        const Json* cre =
            resourceWhere(bundles, "Observation", [](const Json& r) { return s(r["code"]["text"]) == "クレアチニン"; });
        QVERIFY(cre);
        QCOMPARE((*cre)["valueQuantity"]["value"].get<double>(), 0.92);
        QVERIFY(!cre->contains("dataAbsentReason"));
    }

    // A result the sharing service would refuse (no local code of the item: JP-CLINS 1.9) is kept back, never sent
    // broken; the chart says why; once a doctor adds the code it goes, with its performer, and the stand-in takes it.
    void aResultWithoutTheLocalCodeIsKeptBackUntilADoctorCompletesIt() {
        Chart& chart = sc->t.record->chart();
        LabResult tg;
        tg.patientId = sc->patientId;
        tg.code = QStringLiteral("3F015000002327101");
        tg.name = QStringLiteral("中性脂肪");
        tg.valueNumber = 182;
        tg.unit = QStringLiteral("mg/dL");
        tg.specimen = QStringLiteral("血清");
        tg.collectedAt = QDateTime(QDate(2026, 11, 19), QTime(0, 30), Qt::UTC);
        const LabResult saved = chart.labs().create(tg);
        const auto observations = [this] {
            QStringList names;
            for (const auto& b : fhir::ClinsExporter(*sc->t.record).exportPatient(sc->patientId, {2026, Now, 5})) {
                const Json bundle = b.json();
                for (const Json& e : bundle["entry"]) {
                    if (s(e["resource"]["resourceType"]) == "Observation") {
                        names << QString::fromStdString(s(e["resource"]["code"]["text"]));
                    }
                }
            }
            return names;
        };
        QVERIFY(observations().contains(QStringLiteral("ALT"))); // the scenario's complete results go
        QVERIFY(!observations().contains(QStringLiteral("中性脂肪")));
        QCOMPARE(chart.labs().sharingOf(saved), LabSharing::Reason::NoLocalItemCode);
        bool shown = false;
        for (const LabItemSummary& item : chart.labs().items(sc->patientId)) {
            if (item.itemKey == saved.itemKey) {
                shown =
                    !item.shareable && item.canBeCompleted && item.notShared.contains(QStringLiteral("院内項目コード"));
            }
        }
        QVERIFY(shown);

        QCOMPARE(chart.labs().completeForSharing(sc->patientId, saved.itemKey, QStringLiteral("0002100")), 1);
        QVERIFY(observations().contains(QStringLiteral("中性脂肪")));
        QTemporaryDir simDir;
        simtest::ServerThread server(simtest::httpOptions(simDir));
        QString error;
        QVERIFY2(server.startServer(&error), qPrintable(error));
        simtest::HttpClient client(QStringLiteral("127.0.0.1"), server.port());
        for (const auto& b : fhir::ClinsExporter(*sc->t.record).exportPatient(sc->patientId, {2026, Now, 5})) {
            const auto r = simtest::postFhir(client, b.json());
            QVERIFY2(r.status == 201, r.body.left(2000).constData());
        }
    }

    void theProfileVersionIsNamedInOnePlace() {
        QCOMPARE(QString::fromLatin1(fhir::profile::GuideVersion), QStringLiteral("1.11.0"));
        const QList<Json> bundles = everyBundle();
        for (const Json& b : bundles) {
            const std::string p = s(b["meta"]["profile"][0]);
            QCOMPARE(p.substr(p.find('|') + 1), std::string(fhir::profile::GuideVersion));
        }
    }
};

TSUMUGI_TEST_CLASS(TestClins111)
#include "test_clins_111.moc"
