// CLINS registration over real sockets: accept, idempotency by Bundle.identifier, replace, delete, every
// rejection rule with a deliberately broken bundle, HTTP-level refusals (411, 413, 415), and restart persistence.
#include "SimTestSupport.h"

#include <functional>

using namespace simtest;

namespace {

using Mutation = std::function<void(json&)>;

json& obs(json& b) {
    return b["entry"][1]["resource"];
}

json removeExt(const json& exts, const std::string& urlPart) {
    json out = json::array();
    for (const json& e : exts)
        if (e.value("url", "").find(urlPart) == std::string::npos)
            out.push_back(e);
    return out;
}

json& section(json& comp, const std::string& code) {
    for (json& s : comp["section"])
        if (s["code"]["coding"][0]["code"] == code)
            return s;
    throw std::runtime_error("no section " + code);
}

} // namespace

class TestRegistration : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ServerThread> server_;
    std::unique_ptr<HttpClient> client_;

    json dump() {
        const auto r = client_->request("GET", "/_sim/dump");
        return parse(r.body);
    }
    json registration(const std::string& identifier) {
        const json all = dump(); // keep the document alive while iterating
        for (const json& r : all["registrations"])
            if (r["bundleIdentifier"] == identifier)
                return r;
        return json();
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        server_ = std::make_unique<ServerThread>(httpOptions(dir_));
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        QVERIFY(server_->port() != 0);
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
    }

    void health() {
        const auto r = client_->request("GET", "/healthz");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromStdString(parse(r.body)["status"]), QStringLiteral("ok"));
        QCOMPARE(client_->request("GET", "/nope").status, 404);
    }

    void acceptsOfficialExamplesExactlyOnce_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("observations") << "Bundle-Bundle-CLINS-Observations-Example-01.json";
        QTest::newRow("referral") << "Bundle-Bundle-CLINS-Referral-Example-01.json";
        QTest::newRow("pcs") << "Bundle-Bundle-CLINS-PCS-Example-01.json";
    }
    void acceptsOfficialExamplesExactlyOnce() {
        SIM_REQUIRE_EXAMPLES();
        QFETCH(QString, file);
        const json b = example(file.toLatin1().constData());
        const std::string id = b["identifier"]["value"];
        const auto first = postFhir(*client_, b);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.headers.value("x-sim-result"), QByteArray("created"));
        QCOMPARE(resultOf(parse(first.body)), QStringLiteral("created"));
        QVERIFY(first.headers.value("content-type").startsWith("application/fhir+json"));
        // The same identifier and content again, twice: success, no new record.
        for (int i = 0; i < 2; ++i) {
            const auto again = postFhir(*client_, b);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.headers.value("x-sim-result"), QByteArray("unchanged"));
            QCOMPARE(again.headers.value("x-sim-content-sha256"), first.headers.value("x-sim-content-sha256"));
        }
        const json reg = registration(id);
        QCOMPARE(reg["createdCount"].get<int>(), 1);
        QCOMPARE(reg["unchangedCount"].get<int>(), 2);
        QCOMPARE(reg["replaceCount"].get<int>(), 0);
        QCOMPARE(reg["acceptedCount"].get<int>(), 3);
        QCOMPARE(QByteArray::fromStdString(reg["sha256"]), first.headers.value("x-sim-content-sha256"));
    }

    void sameIdentifierNewContentReplaces() {
        SIM_REQUIRE_EXAMPLES();
        json b = conditionBundle();
        b["identifier"]["value"] = "1318814790^2025^replace-1";
        QCOMPARE(postFhir(*client_, b).status, 201);
        b["entry"][1]["resource"]["onsetDateTime"] = "2021-01-01";
        const auto r = postFhir(*client_, b);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("replaced"));
        const json reg = registration("1318814790^2025^replace-1");
        QCOMPARE(reg["createdCount"].get<int>(), 1);
        QCOMPARE(reg["replaceCount"].get<int>(), 1);
        QCOMPARE(QByteArray::fromStdString(reg["sha256"]), r.headers.value("x-sim-content-sha256"));
        QCOMPARE(QString::fromStdString(reg["resourceType"]), QStringLiteral("Condition"));
    }

    void deleteCommand() {
        SIM_REQUIRE_EXAMPLES();
        json b = conditionBundle();
        b["identifier"]["value"] = "1318814790^2025^delete-1";
        const std::string member = b["entry"][0]["resource"]["identifier"][1]["value"];
        QCOMPARE(postFhir(*client_, b).status, 201);
        // The wrong patient cannot delete it.
        auto r = postJson(*client_, "/clins/delete",
                          {{"memberId", "01130012:1234:567:00"}, {"bundleIdentifier", "1318814790^2025^delete-1"}});
        QCOMPARE(r.status, 422);
        QVERIFY(rulesOf(parse(r.body)).contains("SIM-H04"));
        r = postJson(*client_, "/clins/delete",
                     {{"memberId", member}, {"bundleIdentifier", "1318814790^2025^delete-1"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(resultOf(parse(r.body)), QStringLiteral("deleted"));
        // A retried delete succeeds without changing anything.
        r = postJson(*client_, "/clins/delete",
                     {{"memberId", member}, {"bundleIdentifier", "1318814790^2025^delete-1"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(resultOf(parse(r.body)), QStringLiteral("already-deleted"));
        json reg = registration("1318814790^2025^delete-1");
        QCOMPARE(QString::fromStdString(reg["status"]), QStringLiteral("deleted"));
        QCOMPARE(reg["deleteCount"].get<int>(), 2);
        r = postJson(*client_, "/clins/delete", {{"memberId", member}, {"bundleIdentifier", "1318814790^2025^never"}});
        QCOMPARE(r.status, 404);
        r = postJson(*client_, "/clins/delete", {{"bundleIdentifier", "1318814790^2025^never"}});
        QCOMPARE(r.status, 400);
        // Update = delete + register: registering again after a delete creates it anew.
        QCOMPARE(postFhir(*client_, b).status, 201);
        reg = registration("1318814790^2025^delete-1");
        QCOMPARE(QString::fromStdString(reg["status"]), QStringLiteral("active"));
        QCOMPARE(reg["createdCount"].get<int>(), 2);
    }

    void rejections_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<void*>("mutation");
        static std::vector<std::unique_ptr<Mutation>> keep;
        auto row = [](const char* name, const char* base, const char* rule, Mutation m) {
            keep.push_back(std::make_unique<Mutation>(std::move(m)));
            QTest::newRow(name) << QString::fromLatin1(base) << QString::fromLatin1(rule)
                                << static_cast<void*>(keep.back().get());
        };
        const char* profileUrl = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS";
        row("not a bundle", "obs", "SIM-B00", [](json& b) { b["resourceType"] = "Patient"; });
        row("unknown profile", "obs", "R0213",
            [](json& b) { b["meta"]["profile"] = json::array({"http://example.org/Bundle"}); });
        row("profile version 2", "obs", "R0213",
            [=](json& b) { b["meta"]["profile"] = json::array({std::string(profileUrl) + "|2"}); });
        row("no profile", "obs", "R0213", [](json& b) { b["meta"].erase("profile"); });
        row("type document", "obs", "SIM-B01", [](json& b) { b["type"] = "document"; });
        row("no timestamp", "obs", "SIM-B02", [](json& b) { b.erase("timestamp"); });
        row("no lastUpdated", "obs", "SIM-B02", [](json& b) { b["meta"].erase("lastUpdated"); });
        row("identifier system", "obs", "R02151", [](json& b) { b["identifier"]["system"] = "urn:example"; });
        row("identifier year", "obs", "R2152", [](json& b) { b["identifier"]["value"] = "1318814790^2019^abc"; });
        row("identifier charset", "obs", "R2152", [](json& b) { b["identifier"]["value"] = "1318814790^2024^a_b"; });
        row("identifier too long", "obs", "R2152",
            [](json& b) { b["identifier"]["value"] = "1318814790^2024^" + std::string(37, 'x'); });
        row("institution prefecture", "obs", "R2152",
            [](json& b) { b["identifier"]["value"] = "5018814790^2024^abc"; });
        row("institution 9 digits", "obs", "R2152", [](json& b) { b["identifier"]["value"] = "131881479^2024^abc"; });
        row("no entries", "obs", "SIM-B03", [](json& b) { b["entry"] = json::array(); });
        row("fullUrl not urn:uuid", "obs", "SIM-B04",
            [](json& b) { b["entry"][1]["fullUrl"] = "http://example.org/Observation/1"; });
        row("no resourceType tag", "obs", "R02141", [](json& b) { b["meta"].erase("tag"); });
        row("invalid resourceType tag", "obs", "R02142",
            [](json& b) { b["meta"]["tag"][0]["code"] = "MedicationRequest"; });
        row("two resourceType tags", "obs", "R02142", [](json& b) { b["meta"]["tag"].push_back(b["meta"]["tag"][0]); });
        row("tag without resources", "obs", "R02143", [](json& b) { b["meta"]["tag"][0]["code"] = "Condition"; });
        row("two resource types", "obs", "SIM-B07", [](json& b) {
            json cond = example("Condition-Example-JP-Condition-eCS-01.json");
            cond["subject"] = {{"reference", b["entry"][0]["fullUrl"]}};
            b["entry"].push_back({{"fullUrl", "urn:uuid:0b5c7a9e-1111-4c1e-9a2b-000000000009"}, {"resource", cond}});
        });
        row("first entry not Patient", "obs", "R0211", [](json& b) { std::swap(b["entry"][0], b["entry"][1]); });
        row("Patient profile", "obs", "R0212",
            [](json& b) { b["entry"][0]["resource"]["meta"]["profile"] = json::array({"http://example.org/P"}); });
        row("no memberID", "obs", "R1012", [](json& b) { b["entry"][0]["resource"]["identifier"].erase(1); });
        row("two memberIDs", "obs", "R1012", [](json& b) {
            auto& ids = b["entry"][0]["resource"]["identifier"];
            ids.push_back(ids[1]);
        });
        row("memberID 7-digit insurer", "obs", "R1013",
            [](json& b) { b["entry"][0]["resource"]["identifier"][1]["value"] = "0113001:1234:567:00"; });
        row("memberID branch 1 digit", "obs", "R1013",
            [](json& b) { b["entry"][0]["resource"]["identifier"][1]["value"] = "01130012:1234:567:0"; });
        row("name with full-width space", "obs", "R1113",
            [](json& b) { b["entry"][0]["resource"]["name"][0]["text"] = "牧野\u3000爛漫"; });
        row("Patient without birthDate", "obs", "SIM-E01",
            [](json& b) { b["entry"][0]["resource"].erase("birthDate"); });
        row("Observation without specimen", "obs", "SIM-E01", [](json& b) { obs(b).erase("specimen"); });
        row("Observation without effective", "obs", "SIM-E01", [](json& b) { obs(b).erase("effectiveDateTime"); });
        row("Observation profile", "obs", "SIM-P01", [](json& b) {
            obs(b)["meta"]["profile"] =
                json::array({"http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Observation_Common_eCS"});
        });
        row("no institution extension", "obs", "R9011",
            [](json& b) { obs(b)["extension"] = removeExt(obs(b)["extension"], "InstitutionNumber"); });
        row("institution not 10 digits", "obs", "R9012",
            [](json& b) { obs(b)["extension"][0]["valueIdentifier"]["value"] = "12345"; });
        row("institution differs from identifier", "obs", "SIM-B06",
            [](json& b) { obs(b)["extension"][0]["valueIdentifier"]["value"] = "1311234567"; });
        row("reference to non-Patient", "obs", "SIM-B05", [](json& b) {
            obs(b)["performer"] = json::array({{{"reference", "urn:uuid:aaaaaaaa-0000-0000-0000-000000000000"}}});
        });
        row("Observation without contained Encounter", "obs", "R9013O", [](json& b) {
            json keep = json::array();
            for (const json& c : obs(b)["contained"])
                if (c["resourceType"] != "Encounter")
                    keep.push_back(c);
            obs(b)["contained"] = keep;
            obs(b).erase("encounter");
        });
        row("Observation without department", "obs", "R9014O",
            [](json& b) { obs(b)["extension"] = removeExt(obs(b)["extension"], "Department"); });
        row("Condition without onsetDateTime", "cond", "R9013C", [](json& b) { obs(b).erase("onsetDateTime"); });
        row("Condition without contained Encounter", "cond", "R9013C", [](json& b) {
            obs(b).erase("contained");
            obs(b).erase("encounter");
        });
        row("Condition without department", "cond", "R9014C",
            [](json& b) { obs(b)["extension"] = removeExt(obs(b)["extension"], "Department"); });
        row("Condition without code", "cond", "SIM-E01", [](json& b) { obs(b).erase("code"); });
        row("referral type collection", "ref", "SIM-B01", [](json& b) { b["type"] = "collection"; });
        row("referral Composition profile", "ref", "SIM-D01",
            [](json& b) { b["entry"][0]["resource"]["meta"]["profile"] = json::array({"http://example.org/C"}); });
        row("referral Composition type", "ref", "SIM-D02",
            [](json& b) { b["entry"][0]["resource"]["type"]["coding"][0]["code"] = "18842-5"; });
        row("referral subject missing", "ref", "SIM-D03", [](json& b) {
            b["entry"][0]["resource"]["subject"]["reference"] = "urn:uuid:99999999-0000-0000-0000-000000000000";
        });
        row("referral dangling reference", "ref", "SIM-D04", [](json& b) {
            b["entry"][0]["resource"]["custodian"]["reference"] = "urn:uuid:99999999-0000-0000-0000-000000000001";
        });
        row("referral without 300/200", "ref", "SIM-D05", [](json& b) {
            json keep = json::array();
            for (const json& s : b["entry"][0]["resource"]["section"])
                if (s["code"]["coding"][0]["code"] != "300")
                    keep.push_back(s);
            b["entry"][0]["resource"]["section"] = keep;
        });
        row("referral without addressee", "ref", "SIM-D10", [](json& b) {
            json keep = json::array();
            for (const json& s : b["entry"][0]["resource"]["section"])
                if (s["code"]["coding"][0]["code"] != "910")
                    keep.push_back(s);
            b["entry"][0]["resource"]["section"] = keep;
        });
        row("referral addressee without institution number", "ref", "SIM-D10", [](json& b) {
            const std::string to = section(b["entry"][0]["resource"], "910")["entry"][0]["reference"];
            for (json& e : b["entry"])
                if (e["fullUrl"] == to)
                    e["resource"].erase("identifier");
        });
        row("referral without sender section", "ref", "SIM-D11", [](json& b) {
            json keep = json::array();
            for (const json& s : b["entry"][0]["resource"]["section"])
                if (s["code"]["coding"][0]["code"] != "920")
                    keep.push_back(s);
            b["entry"][0]["resource"]["section"] = keep;
        });
        row("referral without purpose 950", "ref", "SIM-D12", [](json& b) {
            json& structured = section(b["entry"][0]["resource"], "300");
            json keep = json::array();
            for (const json& s : structured["section"])
                if (s["code"]["coding"][0]["code"] != "950")
                    keep.push_back(s);
            structured["section"] = keep;
        });
        row("referral Patient memberID", "ref", "R1013", [](json& b) {
            for (json& e : b["entry"])
                if (e["resource"]["resourceType"] == "Patient")
                    e["resource"]["identifier"][1]["value"] = "bad";
        });
        // Each rule JP-CLINS 1.11 added, broken once (the stand-in checks by 1.11 unless told --clins-version 1.5.2).
        for (const Rule111Break& r : rule111Breaks())
            row(r.name, r.base, r.rule, r.apply);
        row("discharge without a required section", "dis", "SIM-D21",
            [](json& b) { section(b["entry"][0]["resource"], "300")["section"].erase(0); });
        row("discharge without dates", "dis", "SIM-D20", [](json& b) {
            const std::string enc = b["entry"][0]["resource"]["encounter"]["reference"];
            for (json& e : b["entry"])
                if (e["fullUrl"] == enc)
                    e["resource"]["period"].erase("end");
        });
    }
    void rejections() {
        SIM_REQUIRE_EXAMPLES();
        QFETCH(QString, base);
        QFETCH(QString, rule);
        QFETCH(void*, mutation);
        json b = base == "obs"     ? observationsBundle()
                 : base == "cond"  ? conditionBundle()
                 : base == "ref"   ? referralBundle()
                 : base == "refrx" ? referralWithPrescription()
                                   : dischargeBundle();
        // The unbroken base is accepted, so the rejection below is due to the mutation alone.
        const std::string id =
            "1318814790^2026^rej-" + std::to_string(qHash(QString::fromLatin1(QTest::currentDataTag())));
        b["identifier"]["value"] = id;
        QVERIFY(postFhir(*client_, b).status / 100 == 2);
        (*static_cast<Mutation*>(mutation))(b);
        const int before = dump()["totals"]["events"].get<int>();
        const auto r = postFhir(*client_, b);
        QCOMPARE(r.status, 422);
        const json outcome = parse(r.body);
        QCOMPARE(QString::fromStdString(outcome["resourceType"]), QStringLiteral("OperationOutcome"));
        QVERIFY2(rulesOf(outcome).contains(rule), qPrintable(QString::fromUtf8(r.body)));
        QCOMPARE(QString::fromStdString(outcome["issue"][0]["severity"]), QStringLiteral("error"));
        // A rejected bundle leaves no trace: no event, the earlier registration untouched.
        QCOMPARE(dump()["totals"]["events"].get<int>(), before);
    }

    void httpRefusals() {
        SIM_REQUIRE_EXAMPLES();
        // Wrong media type
        auto r = client_->request("POST", "/clins/bundles", body(observationsBundle()), "text/plain");
        QCOMPARE(r.status, 415);
        // Not JSON
        r = client_->request("POST", "/clins/bundles", "{not json", "application/fhir+json");
        QCOMPARE(r.status, 400);
        QVERIFY(rulesOf(parse(r.body)).contains("SIM-H02"));
        // Chunked: 411, connection closed
        r = client_->raw("POST /clins/bundles HTTP/1.1\r\nHost: x\r\nContent-Type: application/fhir+json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(r.status, 411);
        // No Content-Length on POST: 411
        r = client_->raw("POST /clins/bundles HTTP/1.1\r\nHost: x\r\nContent-Type: application/fhir+json\r\n\r\n");
        QCOMPARE(r.status, 411);
        // Over 10 MB: 413 from the head alone, before any body byte is sent.
        r = client_->raw("POST /clins/bundles HTTP/1.1\r\nHost: x\r\nContent-Type: application/fhir+json\r\n"
                         "Content-Length: 10485761\r\n\r\n");
        QCOMPARE(r.status, 413);
        QCOMPARE(QString::fromStdString(parse(r.body)["error"]["code"]), QStringLiteral("request-too-large"));
        // Exactly 10 MB is read (and then judged on its content).
        QByteArray big = body(observationsBundle());
        big.append(QByteArray(10 * 1024 * 1024 - big.size(), ' '));
        r = client_->request("POST", "/clins/bundles", big, "application/fhir+json");
        QCOMPARE(r.status, 200); // same content as the earlier registration once parsed: unchanged
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("unchanged"));
        // Over the limit with the body actually streaming: still a clean 413.
        QByteArray huge(10 * 1024 * 1024 + 100, ' ');
        r = client_->request("POST", "/clins/bundles", huge, "application/fhir+json");
        QCOMPARE(r.status, 413);
    }

    void keepAliveServesManyRequests() {
        for (int i = 0; i < 20; ++i)
            QCOMPARE(client_->request("GET", "/healthz").status, 200);
    }

    void restartKeepsEverything() {
        SIM_REQUIRE_EXAMPLES();
        const json before = dump();
        QVERIFY(before["totals"]["registrations"].get<int>() >= 3);
        client_.reset();
        server_->stop();
        server_ = std::make_unique<ServerThread>(httpOptions(dir_));
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
        QCOMPARE(dump(), before);
        // and idempotency still holds across the restart
        const auto r = postFhir(*client_, observationsBundle());
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("unchanged"));
    }

    void cleanupTestCase() {
        client_.reset();
        server_.reset();
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "test_registration.moc"
