#include "ImportCliFixtures.h"
#include "support/CtlRunner.h"
#include "support/TestRegistry.h"

#include <QTest>

using tsumugi::test::CtlRunner;

using namespace import_cli_fixtures;

// tsumugictl import end to end: a per-file report, read-only items, no duplicates on a second run, the name
// match that needs --accept-match, and a non-zero exit when a file fails (the others still imported).
class TestImportCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_adminPw;
    QString m_doctorPw;
    QString m_bundle;
    QString m_named;
    QString m_broken;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }

private slots:
    void initTestCase() {
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        Result r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                        QStringLiteral("--name"), QStringLiteral("つむぎクリニック")},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"), QStringLiteral("--role"),
                 QStringLiteral("doctor"), QStringLiteral("--password-file"), m_doctorPw},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_bundle =
            m_ctl.writeFile(QStringLiteral("hanako-Condition.json"),
                            conditionBundle(patient("佐藤", "花子", "サトウ", "ハナコ", "1948-11-03", HanakoMember),
                                            "十二指腸潰瘍", "20064049"));
        m_named =
            m_ctl.writeFile(QStringLiteral("ichiro-Condition.json"),
                            conditionBundle(patient("鈴木", "一郎", "スズキ", "イチロウ", "1960-01-15", IchiroAtSender),
                                            "狭心症", "20058911"));
        QByteArray broken =
            conditionBundle(patient("佐藤", "花子", "サトウ", "ハナコ", "1948-11-03", ""), "胃炎", "20061234");
        broken.replace(GoodOnset, BadOnset);
        m_broken = m_ctl.writeFile(QStringLiteral("broken-Condition.json"), broken);
    }

    void importsAFileAndReportsIt() {
        const Result r = ctl({QStringLiteral("import"), m_bundle});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("hanako-Condition.json: imported")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("new patient registered")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("from institution 1319990002: 1 added")), qPrintable(r.out));
        // The element we do not read is reported, not dropped.
        QVERIFY2(r.out.contains(QStringLiteral("Condition.evidence")), qPrintable(r.out));
        const Result chart = ctl({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(chart.out.contains(QStringLiteral("十二指腸潰瘍")), qPrintable(chart.out + chart.err));
    }

    void theSecondRunAddsNothing() {
        const Result r = ctl({QStringLiteral("import"), m_bundle});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("0 added, 0 updated, 1 unchanged")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("insured-person identifier")), qPrintable(r.out));
    }

    void importedItemsCannotBeWithdrawnHere() {
        const Result r = ctl({QStringLiteral("diagnosis"), QStringLiteral("withdraw"), QStringLiteral("1"),
                              QStringLiteral("--reason"), QStringLiteral("test")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("another institution (1319990002)")), qPrintable(r.err));
    }

    void aNameOnlyMatchNeedsAcceptMatch() {
        Result r = ctl({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                        QStringLiteral("鈴木"), QStringLiteral("--given"), QStringLiteral("一郎"),
                        QStringLiteral("--family-kana"), QStringLiteral("すずき"), QStringLiteral("--given-kana"),
                        QStringLiteral("いちろう"), QStringLiteral("--sex"), QStringLiteral("male"),
                        QStringLiteral("--birth"), QStringLiteral("1960-01-15")},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("import"), m_named});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("needs confirmation")) &&
                     r.err.contains(QStringLiteral("--accept-match")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 of 1 files imported; 0 failed; 1 need confirmation")),
                 qPrintable(r.out));
        r = ctl(
            {QStringLiteral("import"), m_named, QStringLiteral("--accept-match"), QStringLiteral("--create-patient")});
        QVERIFY(r.code != 0);
        r = ctl({QStringLiteral("import"), m_named, QStringLiteral("--accept-match")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("patient 2 鈴木　一郎")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("match accepted")), qPrintable(r.out));
    }

    void aFailingFileGivesANonZeroExitAndTheOthersStillImport() {
        const QString fresh =
            m_ctl.writeFile(QStringLiteral("hanako-2.json"),
                            conditionBundle(patient("佐藤", "花子", "サトウ", "ハナコ", "1948-11-03", HanakoMember),
                                            "高血圧症", "20059580"));
        const Result r = ctl({QStringLiteral("import"), m_broken, fresh});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken-Condition.json: failed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Bundle.entry[1].resource.onsetDateTime")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("hanako-2.json: imported")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 of 2 files imported; 1 failed")), qPrintable(r.out));
        const Result chart = ctl({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(!chart.out.contains(QStringLiteral("胃炎")));
    }
};

TSUMUGI_TEST_CLASS(TestImportCli)
#include "test_import_cli.moc"
