// tsumugictl eligibility / summary / inbox end to end against a real tsumugi-sim over HTTPS: the commands a script
// or a support person uses, with their output and exit codes, including 未確認 while the service is down.
#include "support/CtlRunner.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SharingFixture.h"
#include "sync/support/SimProcess.h"
#include "sync/transport/HttpClient.h"

#include <QRegularExpression>
#include <QTest>

using tsumugi::test::CtlRunner;
using tsumugi::test::SimProcess;

class TestSharingCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    SimProcess m_sim;
    QString m_adminPw;
    QString m_doctorPw;
    QString m_clerkPw;

    using Result = CtlRunner::Result;

    Result as(const QString& user, const QStringList& args) {
        const QString pw = user == QLatin1String("admin")     ? m_adminPw
                           : user == QLatin1String("dr.kato") ? m_doctorPw
                                                              : m_clerkPw;
        return m_ctl.run(user, pw, args);
    }
    Result clerk(const QStringList& args) { return as(QStringLiteral("clerk"), args); }
    Result doctor(const QStringList& args) { return as(QStringLiteral("dr.kato"), args); }
    static QString checkId(const Result& r) {
        return QRegularExpression(QStringLiteral("check: (\\d+)")).match(r.out).captured(1);
    }

private slots:
    void initTestCase() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built");
        }
        QString error;
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        m_clerkPw = m_ctl.writeFile(QStringLiteral("clerk.pw"), "clerk password 1\n");
        const QList<QStringList> setup = {
            {"init", "--institution", "1310000001", "--name", "つむぎクリニック"},
            {"user", "add", "dr.kato", "--role", "doctor", "--password-file", m_doctorPw},
            {"user", "add", "clerk", "--role", "clerk", "--password-file", m_clerkPw},
            {"demo"},
            {"config", "set", "server-url", m_sim.baseUrl()},
            {"config", "set", "ca-file", m_sim.caFile()},
        };
        for (const QStringList& args : setup) {
            const Result r = as(QStringLiteral("admin"), args);
            QVERIFY2(r.code == 0, qPrintable(args.join(' ') + ": " + r.err));
        }
    }

    void cardCheckPrintsTheAnswer() {
        const Result r = clerk({"eligibility", "check", "--card", "MN-0001", "--method", "pin", "--patient", "1"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("result: 有効 (valid)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("全国健康保険協会 北海道支部")));
        QVERIFY(r.out.contains(QStringLiteral("copay: 3割, 本人, 区分ウ")));
        QVERIFY(r.out.contains(QStringLiteral("consents: clinical medication checkup surgery")));
        QVERIFY(!r.out.contains(QStringLiteral("differs")));
        const Result bad = clerk({"eligibility", "check", "--card", "MN-0001", "--method", "iris"});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("face, pin or visual")));
    }

    void cardDataCheckDigitAndMultiple() {
        const Result digit = clerk({"eligibility", "check", "--insurer", "01130013", "--symbol", "1234", "--number",
                                    "567", "--branch", "00", "--birth", "1975-04-12"});
        QCOMPARE(digit.code, 1);
        QVERIFY(digit.out.contains(QStringLiteral("refused (invalid-check-digit)")));
        QVERIFY2(digit.err.contains(QStringLiteral("wrong check digit")), qPrintable(digit.err));
        const Result twins = clerk({"eligibility", "check", "--insurer", "27130012", "--symbol", "55", "--number",
                                    "900", "--branch", "00", "--birth", "1970-05-05"});
        QCOMPARE(twins.code, 0);
        QVERIFY(twins.out.contains(QStringLiteral("複数該当 (multiple)")));
        QVERIFY(twins.out.contains(QStringLiteral("matches: 2")));
    }

    void newQualificationIsOfferedThenAccepted() {
        const Result r = clerk({"eligibility", "check", "--patient", "4"}); // 高橋 美咲, registered 138040
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("新しい資格あり (new-qualification)")));
        QVERIFY(r.out.contains(QStringLiteral("new insurance: 06270011")));
        QVERIFY(r.out.contains(QStringLiteral("differs: Insurer number: registered '138040', reported '06270011'")));
        QVERIFY(clerk({"patient", "show", "4"}).out.contains(QStringLiteral("138040")));
        const Result accept = clerk({"eligibility", "accept-insurance", checkId(r)});
        QVERIFY2(accept.code == 0, qPrintable(accept.err));
        QVERIFY(accept.out.contains(QStringLiteral("06270011:5:77:03")));
        QVERIFY(clerk({"patient", "show", "4"}).out.contains(QStringLiteral("06270011")));
    }

    void summaryNeedsConsentOrAnEmergencyReason() {
        QCOMPARE(clerk({"eligibility", "check", "--card", "MN-0005", "--patient", "5"}).code, 0);
        const Result refused = doctor({"summary", "pull", "--patient", "5"});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("emergency")), qPrintable(refused.err));
        const Result noReason = doctor({"summary", "pull", "--patient", "5", "--emergency"});
        QCOMPARE(noReason.code, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("reason")));
        const Result ok =
            doctor({"summary", "pull", "--patient", "5", "--emergency", "--reason", "救急搬送・意識障害"});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("Mode: emergency (reason: 救急搬送・意識障害)")));
        QVERIFY(ok.out.contains(QStringLiteral("== Visits (3 months) ==")));
        const Result audit = as(QStringLiteral("admin"), {"audit", "list", "--limit", "20"});
        QVERIFY(audit.out.contains(QStringLiteral("救急搬送・意識障害")));

        QCOMPARE(doctor({"summary", "pull", "--patient", "1"}).code, 0); // MN-0001 checked above, all consents
        const Result shown = doctor({"summary", "show", "--patient", "1"});
        QVERIFY(shown.out.contains(QStringLiteral("Mode: with consent")));
        QVERIFY(shown.out.contains(QStringLiteral("さくら薬局")));
    }

    void inboxFetchAndList() {
        const Result fetched = clerk({"inbox", "fetch"});
        QVERIFY2(fetched.code == 0, qPrintable(fetched.err));
        QVERIFY(fetched.out.contains(QStringLiteral("listed: 0")));
        QVERIFY(clerk({"inbox", "list"}).out.contains(QStringLiteral("0 letters")));
    }

    // Another clinic's letter: fetched by the clerk (linked only), filed into the chart by a doctor.
    void inboxLetterIsFiledByADoctor() {
        const QByteArray letter = tsumugi::test::SharingFixture::referralExampleTo(
            QStringLiteral("1310000001"), QStringLiteral("1319876543^2026^CLI-1"));
        if (letter.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("the guide's referral example is not in ../shared/fhir/examples");
        }
        tsumugi::sync::HttpClient http(m_sim.settings());
        const auto posted = http.post(QStringLiteral("/clins/bundles"), letter, "application/fhir+json");
        QVERIFY2(posted.status == 201, posted.body.constData());
        QVERIFY(clerk({"inbox", "fetch"}).out.contains(QStringLiteral("stored: 1")));
        const QString id = clerk({"inbox", "list"}).out.section(QLatin1Char('\t'), 0, 0).trimmed();
        QVERIFY(!id.isEmpty());

        const Result byClerk = clerk({"inbox", "import", id});
        QCOMPARE(byClerk.code, 1); // filing into a chart is a doctor's
        const Result filed = doctor({"inbox", "import", id});
        QVERIFY2(filed.code == 0, qPrintable(filed.err));
        QVERIFY2(filed.out.contains(QStringLiteral("filed as document")), qPrintable(filed.out));
        const Result list = doctor({"document", "list", "--patient", "1"});
        QVERIFY2(list.out.contains(QStringLiteral("1319876543")), qPrintable(list.out));
        const Result again = doctor({"inbox", "import", id});
        QCOMPARE(again.code, 0);
        QVERIFY(!again.out.contains(QStringLiteral("filed as document")));
        QVERIFY(doctor({"inbox", "import", "999"}).code != 0);
    }

    void offlineIsNotCheckedThenRetried() {
        m_sim.stop();
        const Result offline = clerk({"eligibility", "check", "--card", "MN-0006", "--patient", "6"});
        QCOMPARE(offline.code, 1);
        QVERIFY(offline.out.contains(QStringLiteral("NOT CHECKED")));
        QVERIFY(offline.err.contains(QStringLiteral("eligibility retry")));
        QString error;
        QVERIFY2(m_sim.restart(&error), qPrintable(error));
        const Result retried = clerk({"eligibility", "retry", checkId(offline)});
        QVERIFY2(retried.code == 0, qPrintable(retried.err));
        QVERIFY(retried.out.contains(QStringLiteral("result: 有効 (valid)")));
    }
};

TSUMUGI_TEST_CLASS(TestSharingCli)
#include "test_sharing_cli.moc"
