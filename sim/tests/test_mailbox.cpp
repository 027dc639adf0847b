// The referral mailbox per addressee: list, fetch, acknowledge receipt; deletion a week after receipt and after
// six months unread, driven by the clock (directly and through the /_sim/clock control endpoint).
#include "SimTestSupport.h"

using namespace simtest;

namespace {
const QByteArray kBox = "/mailbox/1311234567/referrals";
}

class TestMailbox : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<ServerThread> server_;
    std::unique_ptr<HttpClient> client_;
    const QDateTime start_ = QDateTime(QDate(2026, 1, 10), QTime(1, 0), Qt::UTC);

    json referral(const std::string& id) {
        json b = referralBundle();
        b["identifier"]["value"] = id;
        return b;
    }
    json list() { return parse(client_->request("GET", kBox).body)["referrals"]; }
    QByteArray item(const std::string& id) { return kBox + "/" + HttpClient::encodePath(QString::fromStdString(id)); }
    json registration(const std::string& id) {
        const json all = parse(client_->request("GET", "/_sim/dump").body); // alive while iterating
        for (const json& r : all["registrations"])
            if (r["bundleIdentifier"] == id)
                return r;
        return json();
    }

private slots:
    void initTestCase() {
        Options o = httpOptions(dir_);
        o.testControl = true;
        o.clockStart = start_.toString(Qt::ISODate);
        server_ = std::make_unique<ServerThread>(o);
        QString error;
        QVERIFY2(server_->startServer(&error), qPrintable(error));
        client_ = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), server_->port());
    }

    void deliveredListedFetched() {
        SIM_REQUIRE_EXAMPLES();
        QCOMPARE(postFhir(*client_, referral("1318814790^2026^ref-1")).status, 201);
        const json l = list();
        QCOMPARE(l.size(), size_t(1));
        QCOMPARE(QString::fromStdString(l[0]["bundleIdentifier"]), QStringLiteral("1318814790^2026^ref-1"));
        QCOMPARE(QString::fromStdString(l[0]["status"]), QStringLiteral("unread"));
        QCOMPARE(QString::fromStdString(l[0]["sender"]), QStringLiteral("1318814790"));
        const auto doc = client_->request("GET", item("1318814790^2026^ref-1"));
        QCOMPARE(doc.status, 200);
        QVERIFY(doc.headers.value("content-type").startsWith("application/fhir+json"));
        QCOMPARE(parse(doc.body)["identifier"]["value"], json("1318814790^2026^ref-1"));
        // Another institution's mailbox does not see it.
        QCOMPARE(parse(client_->request("GET", "/mailbox/1319876543/referrals").body)["referrals"].size(), size_t(0));
        QCOMPARE(client_->request("GET", "/mailbox/12/referrals").status, 400);
        QCOMPARE(client_->request("GET", item("1318814790^2026^none")).status, 404);
    }

    void deletedAWeekAfterReceipt() {
        SIM_REQUIRE_EXAMPLES();
        auto r = client_->request("POST", item("1318814790^2026^ref-1") + "/receipt", "", "application/json");
        QCOMPARE(r.status, 200);
        json j = parse(r.body);
        QCOMPARE(QString::fromStdString(j["result"]), QStringLiteral("received"));
        QCOMPARE(QString::fromStdString(j["receivedAt"]), start_.toString(Qt::ISODate));
        QCOMPARE(QString::fromStdString(j["deleteAfter"]), start_.addDays(7).toString(Qt::ISODate));
        // Acknowledging twice is harmless.
        r = client_->request("POST", item("1318814790^2026^ref-1") + "/receipt", "", "application/json");
        QCOMPARE(QString::fromStdString(parse(r.body)["result"]), QStringLiteral("already-received"));
        QCOMPARE(QString::fromStdString(list()[0]["status"]), QStringLiteral("received"));
        server_->clock().advance(7 * 24 * 3600 - 1);
        QCOMPARE(list().size(), size_t(1));
        server_->clock().advance(1);
        QCOMPARE(list().size(), size_t(0));
        QCOMPARE(client_->request("GET", item("1318814790^2026^ref-1")).status, 404);
        QCOMPARE(QString::fromStdString(registration("1318814790^2026^ref-1")["status"]), QStringLiteral("expired"));
    }

    void unreadKeptSixMonthsThroughControlEndpoint() {
        SIM_REQUIRE_EXAMPLES();
        auto r = postJson(*client_, "/_sim/clock", {{"now", "2026-02-01T00:00:00Z"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromStdString(parse(r.body)["now"]), QStringLiteral("2026-02-01T00:00:00Z"));
        QCOMPARE(postFhir(*client_, referral("1318814790^2026^ref-2")).status, 201);
        r = postJson(*client_, "/_sim/clock", {{"now", "2026-07-31T23:59:59Z"}});
        QCOMPARE(list().size(), size_t(1));
        r = postJson(*client_, "/_sim/clock", {{"advanceSeconds", 1}});
        QCOMPARE(parse(r.body)["purged"].get<int>(), 1);
        QCOMPARE(list().size(), size_t(0));
        QCOMPARE(client_->request("POST", item("1318814790^2026^ref-2") + "/receipt", "", "application/json").status,
                 404);
    }

    void replacedReferralIsUnreadAgainAndDeleteRemovesIt() {
        SIM_REQUIRE_EXAMPLES();
        json b = referral("1318814790^2026^ref-3");
        QCOMPARE(postFhir(*client_, b).status, 201);
        client_->request("POST", item("1318814790^2026^ref-3") + "/receipt", "", "application/json");
        QCOMPARE(QString::fromStdString(list()[0]["status"]), QStringLiteral("received"));
        b["timestamp"] = "2026-08-02T10:00:00+09:00";
        QCOMPARE(postFhir(*client_, b).headers.value("x-sim-result"), QByteArray("replaced"));
        QCOMPARE(QString::fromStdString(list()[0]["status"]), QStringLiteral("unread"));
        const std::string member = b["entry"][1]["resource"]["identifier"][1]["value"];
        QCOMPARE(
            postJson(*client_, "/clins/delete", {{"memberId", member}, {"bundleIdentifier", "1318814790^2026^ref-3"}})
                .status,
            200);
        QCOMPARE(list().size(), size_t(0));
    }

    void controlEndpointValidation() {
        QCOMPARE(postJson(*client_, "/_sim/clock", {{"now", "yesterday"}}).status, 400);
        QCOMPARE(postJson(*client_, "/_sim/clock", {{"reset", true}}).status, 200);
        const json j = parse(client_->request("GET", "/_sim/clock").body);
        QVERIFY(qAbs(QDateTime::fromString(QString::fromStdString(j["now"]), Qt::ISODate)
                         .secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
};

QTEST_GUILESS_MAIN(TestMailbox)
#include "test_mailbox.moc"
