// Eligibility (card and card data) for every demo person and the sim-only cases, tokens, consent expiry, and the
// summary pull with its windows, consent gating and emergency mode.
#include "SimTestSupport.h"

using namespace simtest;

namespace {

json card(const char* id, const char* result = "success") {
    return {{"cardId", id}, {"verification", {{"method", "face"}, {"result", result}}}};
}

json cardData(const char* insurer, const char* symbol, const char* number, const char* branch, const char* birth) {
    return {
        {"insurerNumber", insurer}, {"symbol", symbol}, {"number", number}, {"branch", branch}, {"birthDate", birth}};
}

QStringList sectionDates(const json& bundle, const char* section) {
    QStringList dates;
    for (const json& e : bundle["entry"]) {
        const json& r = e["resource"];
        if (!r.contains("meta") || !r["meta"].contains("tag"))
            continue;
        bool match = false;
        for (const json& t : r["meta"]["tag"])
            match =
                match || (t.value("system", "") == "urn:tsumugi-sim:summary-section" && t.value("code", "") == section);
        if (!match)
            continue;
        for (const char* k : {"whenHandedOver", "effectiveDateTime", "performedDateTime"})
            if (r.contains(k))
                dates << QString::fromStdString(r[k]);
        if (r.contains("period"))
            dates << QString::fromStdString(r["period"]["start"]);
    }
    return dates;
}

bool hasTag(const json& bundle, const char* system, const char* code) {
    for (const json& t : bundle["meta"]["tag"])
        if (t["system"] == system && t["code"] == code)
            return true;
    return false;
}

} // namespace

class TestEligibility : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ServerThread> server_;
    std::unique_ptr<HttpClient> client_;
    // Noon in Japan on 2026-11-21: the demo seed's dates are relative to it.
    const QDateTime now_ = QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);

    json summary(const std::string& token, bool emergency, int* status) {
        const auto r = client_->request("GET", emergency ? "/summary?emergency=true" : "/summary", {}, {},
                                        {{"Authorization", "Bearer " + QByteArray::fromStdString(token)}});
        *status = r.status;
        return parse(r.body);
    }

private slots:
    void initTestCase() {
        Options o = httpOptions(dir_);
        o.clockStart = now_.toString(Qt::ISODate);
        server_ = std::make_unique<ServerThread>(o);
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
    }
    void init() { server_->clock().set(now_); }

    void byCard_data() {
        QTest::addColumn<QString>("cardId");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("memberId");
        QTest::newRow("1 yamada") << "MN-0001"
                                  << "有効"
                                  << "山田 太郎"
                                  << "01130012:1234:567:00";
        QTest::newRow("2 sato") << "MN-0002"
                                << "有効"
                                << "佐藤 花子"
                                << "39131016::00012345:";
        QTest::newRow("3 suzuki lost") << "MN-0003"
                                       << "無効"
                                       << "鈴木 一郎"
                                       << "06139992:88:1001:01";
        QTest::newRow("4 takahashi current") << "MN-0004"
                                             << "有効"
                                             << "高橋 美咲"
                                             << "06270011:5:77:03";
        QTest::newRow("5 tanaka") << "MN-0005"
                                  << "有効"
                                  << "田中 健"
                                  << "31130016:7:42:00";
        QTest::newRow("6 ito") << "MN-0006"
                               << "有効"
                               << "伊藤 さくら"
                               << "01130012:1234:890:00";
        QTest::newRow("unknown card") << "MN-9999"
                                      << "該当なし"
                                      << ""
                                      << "";
    }
    void byCard() {
        QFETCH(QString, cardId);
        QFETCH(QString, result);
        QFETCH(QString, name);
        QFETCH(QString, memberId);
        const auto r = postJson(*client_, "/eligibility/card", card(cardId.toUtf8().constData()));
        QCOMPARE(r.status, 200);
        const json j = parse(r.body);
        QCOMPARE(QString::fromStdString(j["result"]), result);
        if (name.isEmpty()) {
            QVERIFY(!j.contains("accessToken"));
            return;
        }
        QCOMPARE(QString::fromStdString(j["person"]["name"]), name);
        QCOMPARE(QString::fromStdString(j["insurance"]["memberId"]), memberId);
        QVERIFY(j["accessToken"].get<std::string>().size() == 64);
        QCOMPARE(QString::fromStdString(j["consents"]["expiresAt"]), now_.addDays(1).toString(Qt::ISODate));
    }

    void consentFlagsFromSeedAndReader() {
        json j = parse(postJson(*client_, "/eligibility/card", card("MN-0002")).body);
        QCOMPARE(j["consents"]["clinical"].get<bool>(), true);
        QCOMPARE(j["consents"]["medication"].get<bool>(), true);
        QCOMPARE(j["consents"]["checkup"].get<bool>(), false);
        QCOMPARE(j["consents"]["surgery"].get<bool>(), false);
        j = parse(postJson(*client_, "/eligibility/card", card("MN-0005")).body);
        QCOMPARE(j["consents"]["clinical"].get<bool>(), false);
        // What the patient chose at the reader overrides the seed default.
        json req = card("MN-0005");
        req["consents"] = {{"medication", true}};
        j = parse(postJson(*client_, "/eligibility/card", req).body);
        QCOMPARE(j["consents"]["medication"].get<bool>(), true);
        QCOMPARE(j["consents"]["clinical"].get<bool>(), false);
    }

    void verificationFailureAndBadRequests() {
        auto r = postJson(*client_, "/eligibility/card", card("MN-0001", "failure"));
        QCOMPARE(r.status, 403);
        QCOMPARE(QString::fromStdString(parse(r.body)["error"]["code"]), QStringLiteral("verification-failed"));
        r = postJson(*client_, "/eligibility/card", {{"cardId", "MN-0001"}});
        QCOMPARE(r.status, 400);
        r = client_->request("POST", "/eligibility/card", "[]", "application/json");
        QCOMPARE(r.status, 400);
        r = client_->request("POST", "/eligibility/card", body(card("MN-0001")), "text/plain");
        QCOMPARE(r.status, 415);
    }

    void byCardData_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("newMemberId");
        auto row = [](const char* name, const json& j, const char* result, const char* newMember = "") {
            QTest::newRow(name) << QByteArray::fromStdString(j.dump()) << QString::fromUtf8(result)
                                << QString::fromLatin1(newMember);
        };
        row("1 valid", cardData("01130012", "1234", "567", "00", "1975-04-12"), "有効");
        row("2 koki no symbol", cardData("39131016", "", "00012345", "", "1948-11-03"), "有効");
        row("3 lost", cardData("06139992", "88", "1001", "01", "1990-01-20"), "無効");
        row("4 new qualification", cardData("138040", "12-34", "5678", "03", "2015-07-07"), "新しい資格あり",
            "06270011:5:77:03");
        row("4 6-digit zero padded", cardData("00138040", "12-34", "5678", "03", "2015-07-07"), "新しい資格あり",
            "06270011:5:77:03");
        row("5 valid", cardData("31130016", "7", "42", "00", "1962-02-28"), "有効");
        row("6 valid", cardData("01130012", "1234", "890", "00", "1985-03-03"), "有効");
        row("multiple", cardData("27130012", "55", "900", "00", "1970-05-05"), "複数該当");
        row("unknown number", cardData("01130012", "1234", "999", "00", "1975-04-12"), "該当なし");
        row("wrong birth date", cardData("01130012", "1234", "567", "00", "1975-04-13"), "該当なし");
    }
    void byCardData() {
        QFETCH(QByteArray, request);
        QFETCH(QString, result);
        QFETCH(QString, newMemberId);
        const auto r = client_->request("POST", "/eligibility/card-data", request, "application/json");
        QCOMPARE(r.status, 200);
        const json j = parse(r.body);
        QCOMPARE(QString::fromStdString(j["result"]), result);
        if (!newMemberId.isEmpty())
            QCOMPARE(QString::fromStdString(j["newInsurance"]["memberId"]), newMemberId);
        if (result == QStringLiteral("複数該当"))
            QCOMPARE(j["matches"].get<int>(), 2);
        // Card data carries no consent.
        if (j.contains("consents"))
            QCOMPARE(j["consents"]["clinical"].get<bool>(), false);
    }

    void wrongCheckDigitIsItsOwnError() {
        auto r = postJson(*client_, "/eligibility/card-data", cardData("01130013", "1234", "567", "00", "1975-04-12"));
        QCOMPARE(r.status, 422);
        QCOMPARE(QString::fromStdString(parse(r.body)["error"]["code"]), QStringLiteral("invalid-check-digit"));
        r = postJson(*client_, "/eligibility/card-data", cardData("0113001", "1234", "567", "00", "1975-04-12"));
        QCOMPARE(r.status, 400);
        r = postJson(*client_, "/eligibility/card-data", cardData("01130012", "1234", "567", "0", "1975-04-12"));
        QCOMPARE(r.status, 400);
    }

    void validityFollowsTheClock() {
        // Before 2026-10-01 高橋's old 国保 qualification was still valid.
        server_->clock().set(QDateTime(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC));
        json j = parse(
            postJson(*client_, "/eligibility/card-data", cardData("138040", "12-34", "5678", "03", "2015-07-07")).body);
        QCOMPARE(QString::fromStdString(j["result"]), QStringLiteral("有効"));
        // 鈴木 was valid until 2026-03-31 (JST).
        server_->clock().set(QDateTime(QDate(2026, 3, 31), QTime(14, 0), Qt::UTC)); // 23:00 JST on the 31st
        j = parse(postJson(*client_, "/eligibility/card", card("MN-0003")).body);
        QCOMPARE(QString::fromStdString(j["result"]), QStringLiteral("有効"));
        server_->clock().set(QDateTime(QDate(2026, 3, 31), QTime(15, 0), Qt::UTC)); // 00:00 JST on 04-01
        j = parse(postJson(*client_, "/eligibility/card", card("MN-0003")).body);
        QCOMPARE(QString::fromStdString(j["result"]), QStringLiteral("無効"));
    }

    void summaryWindowsCutTheHistory() {
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0001")).body);
        int status = 0;
        const json s = summary(e["accessToken"], false, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QString::fromStdString(s["resourceType"]), QStringLiteral("Bundle"));
        QCOMPARE(QString::fromStdString(s["entry"][0]["resource"]["resourceType"]), QStringLiteral("Patient"));
        // visits 7, 35, 80 days kept; 130 and 400 cut (3 months)
        QCOMPARE(sectionDates(s, "visits"), QStringList({"2026-11-14", "2026-10-17", "2026-09-02"}));
        // dispensing 7, 35 kept; 60 cut (45 days)
        QCOMPARE(sectionDates(s, "dispensing"), QStringList({"2026-11-14", "2026-10-17"}));
        // medications 7, 60 kept; 120 cut (3 months)
        QCOMPARE(sectionDates(s, "medications").size(), 2);
        // surgery 900 days kept; 2400 cut (5 years)
        QCOMPARE(sectionDates(s, "surgery").size(), 1);
        QCOMPARE(sectionDates(s, "treatments").size(), 1);
        // health checks: all dates
        QCOMPARE(sectionDates(s, "healthChecks").size(), 2);
        QVERIFY(hasTag(s, "urn:tsumugi-sim:summary-mode", "consented"));
    }

    void summaryDialysisAndConsentGating() {
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0002")).body);
        int status = 0;
        const json s = summary(e["accessToken"], false, &status);
        QCOMPARE(status, 200);
        QCOMPARE(sectionDates(s, "dialysis").size(), 3);   // 2, 4, 85 days; 95 cut
        QCOMPARE(sectionDates(s, "dispensing").size(), 2); // 2, 44 kept; 46 cut
        // 佐藤 gave no surgery or checkup consent: withheld, not silently empty.
        QCOMPARE(sectionDates(s, "surgery").size(), 0);
        QVERIFY(hasTag(s, "urn:tsumugi-sim:summary-withheld", "surgery"));
        QVERIFY(hasTag(s, "urn:tsumugi-sim:summary-withheld", "healthChecks"));
        // In an emergency they are shown.
        const json em = summary(e["accessToken"], true, &status);
        QCOMPARE(status, 200);
        QCOMPARE(sectionDates(em, "surgery").size(), 1); // 1500 days kept, 1900 days beyond 5 years
        QVERIFY(hasTag(em, "urn:tsumugi-sim:summary-mode", "emergency"));
    }

    void noConsentNeedsEmergency() {
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0005")).body);
        int status = 0;
        json s = summary(e["accessToken"], false, &status);
        QCOMPARE(status, 403);
        QCOMPARE(QString::fromStdString(s["error"]["code"]), QStringLiteral("consent-required"));
        s = summary(e["accessToken"], true, &status);
        QCOMPARE(status, 200);
        QCOMPARE(sectionDates(s, "visits").size(), 1);   // 1 day; 91 and 180 cut
        QCOMPARE(sectionDates(s, "dialysis").size(), 0); // 120 days: cut
        QCOMPARE(sectionDates(s, "medications").size(), 1);
    }

    void tokensAndConsentExpire() {
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0001")).body);
        int status = 0;
        summary("nonsense", false, &status);
        QCOMPARE(status, 401);
        const auto r = client_->request("GET", "/summary");
        QCOMPARE(r.status, 401);
        server_->clock().advance(24 * 3600 - 60);
        summary(e["accessToken"], false, &status);
        QCOMPARE(status, 200);
        server_->clock().advance(120);
        const json s = summary(e["accessToken"], false, &status);
        QCOMPARE(status, 401);
        QCOMPARE(QString::fromStdString(s["error"]["code"]), QStringLiteral("token-expired"));
    }

    void sharedItemsFromEveryInstitution() {
        SIM_REQUIRE_EXAMPLES();
        // Two institutions register 6-item bundles for 山田; both appear in his summary.
        json a = conditionBundle();
        a["entry"][0]["resource"]["identifier"][1]["value"] = "01130012:1234:567:00";
        a["identifier"]["value"] = "1318814790^2026^yamada-cond";
        json b = a;
        b["identifier"]["value"] = "1311234567^2026^yamada-cond";
        b["entry"][1]["resource"]["extension"][0]["valueIdentifier"]["value"] = "1311234567";
        QCOMPARE(postFhir(*client_, a).status, 201);
        QCOMPARE(postFhir(*client_, b).status, 201);
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0001")).body);
        int status = 0;
        const json s = summary(e["accessToken"], false, &status);
        QCOMPARE(status, 200);
        int shared = 0;
        for (const json& entry : s["entry"])
            for (const json& t : entry["resource"].value("meta", json::object()).value("tag", json::array()))
                if (t.value("code", "") == "shared") {
                    ++shared;
                    // re-pointed at the summary's Patient
                    QCOMPARE(entry["resource"]["subject"]["reference"], s["entry"][0]["fullUrl"]);
                }
        QCOMPARE(shared, 2);
    }

    void tokensSurviveRestart() {
        const json e = parse(postJson(*client_, "/eligibility/card", card("MN-0001")).body);
        client_.reset();
        server_->stop();
        Options o = httpOptions(dir_);
        o.clockStart = now_.toString(Qt::ISODate);
        server_ = std::make_unique<ServerThread>(o);
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
        int status = 0;
        summary(e["accessToken"], false, &status);
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "test_eligibility.moc"
