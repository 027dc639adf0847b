#include "support/CtlRunner.h"
#include "support/OfficialValidator.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using tsumugi::test::CtlRunner;

// A clinic's first minute, scripted with the real tsumugictl: a record created a second ago charts with the
// official codes (a coded disease with a modifier, a 一般名 prescription, a core lab result by its JLAC10 code), and
// what goes out (the JP-CLINS bundles and a referral letter) passes the official validator and holds every item.
// A result the service will not take is said so at entry and counted in sync status.
class TestFirstDayCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_adminPw;
    QString m_doctorPw;
    QTemporaryDir m_out;
    QString m_today = QDate::currentDate().toString(Qt::ISODate);

    using Result = CtlRunner::Result;
    Result ctl(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }
    QString run(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        const Result r = ctl(args, user);
        if (r.code != 0) {
            qWarning("%s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
        }
        return r.code == 0 ? r.out : QString();
    }
    static QString firstField(const QString& out) { return out.section(QLatin1Char('\t'), 0, 0).trimmed(); }
    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        QVERIFY(!run({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                      QStringLiteral("--name"), QStringLiteral("つむぎクリニック")},
                     QStringLiteral("admin"))
                     .isEmpty());
        QVERIFY(
            !run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"), QStringLiteral("--role"),
                  QStringLiteral("doctor"), QStringLiteral("--password-file"), m_doctorPw},
                 QStringLiteral("admin"))
                 .isEmpty());
    }
    void aRecordMadeASecondAgoKnowsTheOfficialMasters() {
        const QString found = run({QStringLiteral("master"), QStringLiteral("search"), QStringLiteral("disease"),
                                   QStringLiteral("こうけつ")});
        const QString first = found.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("8833421\t高血圧症\t")), qPrintable(found));
        QVERIFY2(first.contains(QStringLiteral("\t20061593\tI10")), qPrintable(first));
        const QString drugs = run({QStringLiteral("master"), QStringLiteral("search"), QStringLiteral("drug"),
                                   QStringLiteral("アムロジピン")});
        QVERIFY2(drugs.startsWith(QStringLiteral("2171022F")), qPrintable(drugs)); // 【般】 first
        QVERIFY2(drugs.contains(QStringLiteral("ノルバスク錠５ｍｇ")), qPrintable(drugs));
        const QString info = run({QStringLiteral("master"), QStringLiteral("info")});
        QVERIFY2(info.contains(QStringLiteral("b_20240601.zip")) &&
                     info.contains(QStringLiteral("社会保険診療報酬支払基金")),
                 qPrintable(info));
    }
    void aScriptedChartExportsEveryItemValidly() {
        QVERIFY(!run({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                      QStringLiteral("渡辺"), QStringLiteral("--given"), QStringLiteral("直美"),
                      QStringLiteral("--family-kana"), QStringLiteral("わたなべ"), QStringLiteral("--given-kana"),
                      QStringLiteral("なおみ"), QStringLiteral("--sex"), QStringLiteral("female"),
                      QStringLiteral("--birth"), QStringLiteral("1960-06-01"), QStringLiteral("--insurer"),
                      QStringLiteral("39131016"), QStringLiteral("--number"), QStringLiteral("00012345")},
                     QStringLiteral("admin"))
                     .isEmpty());
        const QString visit = firstField(
            run({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--department"),
                 QStringLiteral("内科"), QStringLiteral("--date"), m_today}));
        QVERIFY(!visit.isEmpty());
        // 慢性 (修飾語 4043) + 高血圧症 (8833421), principal.
        const QString dx =
            run({QStringLiteral("diagnosis"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("8833421"), QStringLiteral("--modifiers"), QStringLiteral("4043"),
                 QStringLiteral("--start"), m_today, QStringLiteral("--principal")});
        QVERIFY2(dx.contains(QStringLiteral("慢性高血圧症")), qPrintable(dx));
        // 一般名処方 by the 一般名コード: the name and unit come from the master.
        const QString rx = run({QStringLiteral("rx"), QStringLiteral("add"), visit, QStringLiteral("--generic"),
                                QStringLiteral("2171022F2ZZZ"), QStringLiteral("--dose"), QStringLiteral("1"),
                                QStringLiteral("--unit"), QStringLiteral("錠"), QStringLiteral("--usage"),
                                QStringLiteral("1日1回朝食後"), QStringLiteral("--days"), QStringLiteral("28")});
        QVERIFY2(rx.contains(QStringLiteral("【般】アムロジピン錠５ｍｇ")), qPrintable(rx));
        // Potassium by its official JLAC10 code with the clinic's code of the item: shared, nothing says otherwise.
        const QString k =
            run({QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("3H015000002326101"), QStringLiteral("--value"), QStringLiteral("4.1"),
                 QStringLiteral("--unit"), QStringLiteral("mmol/L"), QStringLiteral("--specimen"),
                 QStringLiteral("血清"), QStringLiteral("--local-code"), QStringLiteral("0002001")});
        QVERIFY2(k.contains(QStringLiteral("\tK\t")) && !k.contains(QStringLiteral("Not shared")), qPrintable(k));
        // A clinic code is kept, and the doctor is told at entry that it stays in the chart.
        const QString local =
            run({QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("RAPIDFLU"), QStringLiteral("--system"), QStringLiteral("local"),
                 QStringLiteral("--name"), QStringLiteral("院内迅速検査"), QStringLiteral("--value"),
                 QStringLiteral("陰性"), QStringLiteral("--specimen"), QStringLiteral("鼻腔")});
        QVERIFY2(local.contains(QStringLiteral("Not shared")), qPrintable(local));
        const QString status = run({QStringLiteral("sync"), QStringLiteral("status")});
        QVERIFY2(status.contains(QStringLiteral("lab results with a local code 1")), qPrintable(status));
        const QString chart = run({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(chart.contains(QStringLiteral("[not shared")), qPrintable(chart));

        // The bundles: the Condition with its modifier, the core lab Observation; the clinic code is not in them.
        const QString dir = m_out.filePath(QStringLiteral("clins"));
        const QStringList files = run({QStringLiteral("export"), QStringLiteral("clins"), QStringLiteral("--patient"),
                                       QStringLiteral("1"), QStringLiteral("--out"), dir})
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        const QByteArray condition = read(QDir(dir).filePath(QStringLiteral("P0000001-Condition.json")));
        QVERIFY(condition.contains("\"20061593\""));
        QVERIFY(condition.contains("JP_Condition_DiseasePrefixModifier"));
        QVERIFY(condition.contains("\"27000249\"")); // 慢性, by its MEDIS 修飾語管理番号
        QVERIFY(condition.contains("慢性高血圧症"));
        const QByteArray labs = read(QDir(dir).filePath(QStringLiteral("P0000001-Observation.json")));
        QVERIFY(labs.contains("\"3H015000002326101\""));
        QVERIFY(!labs.contains("RAPIDFLU"));
        // The prescription travels only inside a letter: a referral holding every item.
        const QString dxId = firstField(dx);
        const QString rxId = firstField(rx);
        const QString kId = firstField(k);
        const Result created = ctl({QStringLiteral("document"),
                                    QStringLiteral("create"),
                                    QStringLiteral("referral"),
                                    QStringLiteral("--patient"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("1312345675"),
                                    QStringLiteral("--to-name"),
                                    QStringLiteral("つむぎ総合病院"),
                                    QStringLiteral("--purpose"),
                                    QStringLiteral("降圧薬調整のご相談"),
                                    QStringLiteral("--complaint"),
                                    QStringLiteral("血圧高値"),
                                    QStringLiteral("--illness"),
                                    QStringLiteral("家庭血圧160台が続く。"),
                                    QStringLiteral("--diagnosis"),
                                    dxId,
                                    QStringLiteral("--rx"),
                                    rxId,
                                    QStringLiteral("--lab"),
                                    kId});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString doc = created.out.section(QLatin1Char(' '), 1, 1);
        QVERIFY2(!run({QStringLiteral("document"), QStringLiteral("finalize"), doc}).isEmpty(), qPrintable(doc));
        const QString letter = m_out.filePath(QStringLiteral("referral.json"));
        QVERIFY(!run({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--document"), doc,
                      QStringLiteral("--out"), letter})
                     .isEmpty());
        const QByteArray referral = read(letter);
        QVERIFY(referral.contains("\"2171022F2ZZZ\""));
        QVERIFY(referral.contains("【般】アムロジピン錠５ｍｇ"));
        QVERIFY(referral.contains("\"20061593\""));
        QVERIFY(referral.contains("\"3H015000002326101\""));
        TSUMUGI_VALIDATE_OFFICIALLY(files + QStringList{letter});
    }
};

TSUMUGI_TEST_CLASS(TestFirstDayCli)
#include "test_first_day_cli.moc"
