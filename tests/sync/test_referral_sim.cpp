// The referral and the discharge summary as the stand-in service sees them: registered over a real socket with the
// simulator's own validator (tsumugi_sim_lib, linked into this test only, never into the client), the referral
// delivered to its addressee's mailbox, a resend idempotent and a corrected version replacing the first.
#include "sim/tests/SimTestSupport.h"
#include "support/TestRegistry.h"
#include "test_referral_scenario.h"

#include "sync/fhir/DocumentBundleExporter.h"

#include "core/documents/DocumentRepository.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::ReferralScenario;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);

QString outcomeText(const simtest::HttpClient::Result& r) {
    return QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(3000)));
}
} // namespace

class TestReferralSim : public QObject {
    Q_OBJECT
    std::unique_ptr<ReferralScenario> s;
    QTemporaryDir dir;
    std::unique_ptr<simtest::ServerThread> server;

    fhir::Json exported(qint64 id) {
        return fhir::DocumentBundleExporter(*s->t.record).exportDocument(id, {Now, 3}).json;
    }
    simtest::HttpClient client() { return simtest::HttpClient(QStringLiteral("127.0.0.1"), server->port()); }
    static QByteArray body(const fhir::Json& j) { return QByteArray::fromStdString(j.dump()); }

private slots:
    void init() {
        s = std::make_unique<ReferralScenario>();
        server = std::make_unique<simtest::ServerThread>(simtest::httpOptions(dir));
        QString error;
        QVERIFY2(server->startServer(&error), qPrintable(error));
    }
    void cleanup() {
        server.reset();
        s.reset();
    }

    void referralIsAcceptedAndDelivered() {
        simtest::HttpClient c = client();
        const fhir::Json referral = exported(s->referralId);
        const std::string identifier = referral["identifier"]["value"];
        auto r = c.request("POST", "/clins/bundles", body(referral), "application/fhir+json");
        QVERIFY2(r.status == 201, qPrintable(outcomeText(r)));
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("created"));

        auto box = c.request("GET", "/mailbox/" + ReferralScenario::Addressee.toLatin1() + "/referrals");
        QCOMPARE(box.status, 200);
        const auto mailbox = simtest::parse(box.body);
        QCOMPARE(mailbox["referrals"].size(), std::size_t(1));
        QCOMPARE(mailbox["referrals"][0]["bundleIdentifier"].get<std::string>(), identifier);
        QCOMPARE(mailbox["referrals"][0]["sender"].get<std::string>(), std::string("1310000001"));
        // Nobody else gets it.
        auto other = c.request("GET", "/mailbox/1311234567/referrals");
        QCOMPARE(simtest::parse(other.body)["referrals"].size(), std::size_t(0));

        // The same bundle again (a retried send) changes nothing.
        r = c.request("POST", "/clins/bundles", body(referral), "application/fhir+json");
        QVERIFY2(r.status == 200, qPrintable(outcomeText(r)));
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("unchanged"));

        // A corrected version keeps the identifier and replaces the first.
        DocumentRepository& docs = s->t.record->documents();
        Document v2 = docs.startNewVersion(s->referralId, QStringLiteral("紹介目的の追記"));
        v2.purpose += QStringLiteral("\n併せて心エコーもお願いいたします。");
        docs.finalize(docs.updateDraft(v2).id);
        const fhir::Json corrected = exported(s->referralId);
        QCOMPARE(corrected["identifier"]["value"].get<std::string>(), identifier);
        r = c.request("POST", "/clins/bundles", body(corrected), "application/fhir+json");
        QVERIFY2(r.status == 200, qPrintable(outcomeText(r)));
        QCOMPARE(r.headers.value("x-sim-result"), QByteArray("replaced"));
        box = c.request("GET", "/mailbox/" + ReferralScenario::Addressee.toLatin1() + "/referrals");
        QCOMPARE(simtest::parse(box.body)["referrals"].size(), std::size_t(1));
    }

    void dischargeSummaryIsAccepted() {
        simtest::HttpClient c = client();
        const auto r = c.request("POST", "/clins/bundles", body(exported(s->dischargeId)), "application/fhir+json");
        QVERIFY2(r.status == 201, qPrintable(outcomeText(r)));
    }

    void theSimulatorRejectsAReferralWithoutAddressee() {
        // The same export with the 910 Organization's identifier taken out: the service must refuse it (SIM-D10).
        fhir::Json referral = exported(s->referralId);
        for (auto& e : referral["entry"]) {
            auto& res = e["resource"];
            if (res["resourceType"] == "Organization" && res["identifier"][0]["value"] == "1312345675") {
                res.erase("identifier");
            }
        }
        simtest::HttpClient c = client();
        const auto r = c.request("POST", "/clins/bundles", body(referral), "application/fhir+json");
        QCOMPARE(r.status, 422);
        QVERIFY2(simtest::rulesOf(simtest::parse(r.body)).contains(QStringLiteral("SIM-D10")), r.body.constData());
    }
};

TSUMUGI_TEST_CLASS(TestReferralSim)
#include "test_referral_sim.moc"
