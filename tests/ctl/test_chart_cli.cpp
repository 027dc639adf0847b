#include "support/CtlRunner.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tsumugi::test::CtlRunner;

// Drives the real tsumugictl through a whole chart: visit, note with versions, diagnosis, allergy, labs,
// prescriptions with warnings and Do処方, masters, and the plain-text chart.
class TestChartCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_db;
    QString m_adminPw;
    QString m_doctorPw;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }
    QString writeFile(const QString& name, const QByteArray& content) { return m_ctl.writeFile(name, content); }
    static QString firstField(const QString& out) { return out.section(QLatin1Char('\t'), 0, 0).trimmed(); }

    QString m_visit;
    QString m_note;

private slots:
    void initTestCase() {
        m_db = m_ctl.recordPath();
        m_adminPw = writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        Result r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                        QStringLiteral("--name"), QStringLiteral("つむぎクリニック")},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"), QStringLiteral("--role"),
                 QStringLiteral("doctor"), QStringLiteral("--display-name"), QStringLiteral("加藤"),
                 QStringLiteral("--password-file"), m_doctorPw},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"), QStringLiteral("渡辺"),
                 QStringLiteral("--given"), QStringLiteral("直美"), QStringLiteral("--family-kana"),
                 QStringLiteral("わたなべ"), QStringLiteral("--given-kana"), QStringLiteral("なおみ"),
                 QStringLiteral("--sex"), QStringLiteral("female"), QStringLiteral("--birth"),
                 QStringLiteral("1980-06-01")},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    void onlyDoctorsWriteCharts() {
        const Result r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
                              QStringLiteral("--department"), QStringLiteral("内科")},
                             QStringLiteral("admin"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Only doctors")), qPrintable(r.err));
    }
    void visitAndNoteWithVersions() {
        Result r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("--department"), QStringLiteral("内科"), QStringLiteral("--date"),
                        QDate::currentDate().addDays(-30).toString(Qt::ISODate)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_visit = firstField(r.out);
        QVERIFY(r.out.contains(QStringLiteral("加藤")));
        r = ctl({QStringLiteral("note"), QStringLiteral("add"), m_visit, QStringLiteral("--findings"),
                 QStringLiteral("S) 咳\\nO) 胸部 清"), QStringLiteral("--orders"), QStringLiteral("Rp) 経過観察"),
                 QStringLiteral("--finalize")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_note = firstField(r.out);
        QVERIFY(r.out.contains(QStringLiteral("version 1\tfinal")));
        r = ctl({QStringLiteral("note"), QStringLiteral("edit"), m_note, QStringLiteral("--findings"),
                 QStringLiteral("S) 咳\\nO) 胸部 wheeze"), QStringLiteral("--reason"), QStringLiteral("聴診所見の訂正"),
                 QStringLiteral("--finalize")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("version 2\tfinal")));
        r = ctl({QStringLiteral("note"), QStringLiteral("history"), m_note});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("- O) 胸部 清\n+ O) 胸部 wheeze")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("聴診所見の訂正")));
        // Finalising twice is refused and changes nothing.
        r = ctl({QStringLiteral("note"), QStringLiteral("finalize"), m_note});
        QCOMPARE(r.code, 1);
    }
    void noteTextComesFromAFileNotTheProcessList() {
        Result r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("--department"), QStringLiteral("内科")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString visit = firstField(r.out);
        const QString findings = writeFile(QStringLiteral("findings.txt"), "S) 頭痛\nO) 項部硬直なし\n");
        r = ctl({QStringLiteral("note"), QStringLiteral("add"), visit, QStringLiteral("--findings-file"), findings,
                 QStringLiteral("--finalize")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString note = firstField(r.out);
        const QString more = writeFile(QStringLiteral("more.txt"), "S) 頭痛 軽快\nO) 項部硬直なし\n");
        r = ctl({QStringLiteral("note"), QStringLiteral("edit"), note, QStringLiteral("--findings-file"), more,
                 QStringLiteral("--reason"), QStringLiteral("経過"), QStringLiteral("--finalize")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("note"), QStringLiteral("history"), note});
        QVERIFY2(r.out.contains(QStringLiteral("- S) 頭痛\n+ S) 頭痛 軽快")), qPrintable(r.out));
        r = ctl({QStringLiteral("note"), QStringLiteral("edit"), note, QStringLiteral("--findings-file"),
                 QStringLiteral("/nonexistent/file.txt")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/file.txt")), qPrintable(r.err));
    }
    void diagnosisAndAllergy() {
        Result r = ctl({QStringLiteral("diagnosis"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("--name"), QStringLiteral("原因不明の皮疹"), QStringLiteral("--suspected")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("原因不明の皮疹の疑い\t99999999\t0000999")));
        r = ctl({QStringLiteral("diagnosis"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--name"),
                 QStringLiteral("x"), QStringLiteral("--icd10"), QStringLiteral("bad")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("ICD-10")));
        r = ctl({QStringLiteral("allergy"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--category"),
                 QStringLiteral("medication"), QStringLiteral("--yj"), QStringLiteral("2325003B2029"),
                 QStringLiteral("--name"), QStringLiteral("ファモチジン"), QStringLiteral("--severity"),
                 QStringLiteral("severe")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    void prescriptionWarnsAndRepeats() {
        const QStringList famotidine = {QStringLiteral("--yj"),    QStringLiteral("2325003B2029"),
                                        QStringLiteral("--name"),  QStringLiteral("ガスター散２％"),
                                        QStringLiteral("--dose"),  QStringLiteral("1"),
                                        QStringLiteral("--unit"),  QStringLiteral("g"),
                                        QStringLiteral("--usage"), QStringLiteral("1日2回朝夕食後"),
                                        QStringLiteral("--days"),  QStringLiteral("14")};
        Result r = ctl(QStringList{QStringLiteral("rx"), QStringLiteral("add"), m_visit} + famotidine);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("contraindication")), qPrintable(r.err));
        r = ctl(QStringList{QStringLiteral("rx"), QStringLiteral("add"), m_visit, QStringLiteral("--acknowledge")} +
                famotidine);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("acknowledged:")));
        r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--department"),
                 QStringLiteral("内科")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString today = firstField(r.out);
        r = ctl({QStringLiteral("rx"), QStringLiteral("repeat"), today});
        QCOMPARE(r.code, 1); // the contraindication still applies
        r = ctl({QStringLiteral("rx"), QStringLiteral("repeat"), today, QStringLiteral("--acknowledge")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ガスター散２％")));
    }
    void drugClassAndIngredientAllergiesStopThePrescription() {
        Result r = ctl({QStringLiteral("allergy"), QStringLiteral("classes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("penicillin\tペニシリン系抗菌薬\t")));
        QVERIFY(r.out.contains(QStringLiteral("nsaid\t")));
        r = ctl({QStringLiteral("allergy"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--category"),
                 QStringLiteral("medication"), QStringLiteral("--drug-class"), QStringLiteral("penicillin"),
                 QStringLiteral("--reaction"), QStringLiteral("アナフィラキシー")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("ペニシリン系抗菌薬\tpenicillin")));
        r = ctl({QStringLiteral("allergy"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--category"),
                 QStringLiteral("medication"), QStringLiteral("--ingredient"), QStringLiteral("1149019F1560")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ロキソプロフェン\t1149019")),
                 qPrintable(r.out)); // named from the master
        r = ctl({QStringLiteral("allergy"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--category"),
                 QStringLiteral("medication"), QStringLiteral("--drug-class"), QStringLiteral("antibiotics")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("antibiotics")), qPrintable(r.err));
        const auto rx = [&](const char* yj, const char* unit, bool acknowledge) {
            QStringList args = {QStringLiteral("rx"),      QStringLiteral("add"),          m_visit,
                                QStringLiteral("--yj"),    QString::fromLatin1(yj),        QStringLiteral("--dose"),
                                QStringLiteral("3"),       QStringLiteral("--unit"),       QString::fromUtf8(unit),
                                QStringLiteral("--usage"), QStringLiteral("1日3回毎食後"), QStringLiteral("--days"),
                                QStringLiteral("5")};
            if (acknowledge) {
                args << QStringLiteral("--acknowledge");
            }
            return ctl(args);
        };
        r = rx("6131001M2300", "カプセル", false); // サワシリン: amoxicillin
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ペニシリン系抗菌薬")) &&
                     r.err.contains(QStringLiteral("アナフィラキシー")),
                 qPrintable(r.err));
        r = rx("2649735S2024", "枚", false); // ロキソニンテープ: the ingredient in a tape
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ロキソプロフェン")), qPrintable(r.err));
        r = rx("6131001M2300", "カプセル", true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("acknowledged:")));
        r = rx("1141007F1063", "錠", false); // カロナール: neither
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    void usualDosageAndUsages() {
        Result r = ctl({QStringLiteral("rx"), QStringLiteral("usages")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1日3回毎食後\t1013044400000000\tregular")));
        QVERIFY(r.out.contains(QStringLiteral("頓用 疼痛時\t-\tas-needed")));
        QVERIFY(r.out.count(QLatin1Char('\n')) >= 20);
        // ガスター was prescribed to patient 1 above: its last line is what a new one starts from.
        r = ctl({QStringLiteral("rx"), QStringLiteral("usual"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("2325003B2029")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("patient\t1g\t1日2回朝夕食後")), qPrintable(r.out));
        r = ctl({QStringLiteral("rx"), QStringLiteral("usual"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("6149003F2038")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("6149003F2038")), qPrintable(r.out)); // never prescribed: said so
    }
    void labsManualAndCsv() {
        Result r = ctl({QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                        QStringLiteral("3B045000002327201"), QStringLiteral("--name"), QStringLiteral("ALT(GPT)"),
                        QStringLiteral("--value"), QStringLiteral("58"), QStringLiteral("--unit"),
                        QStringLiteral("U/L"), QStringLiteral("--low"), QStringLiteral("7"), QStringLiteral("--high"),
                        QStringLiteral("42"), QStringLiteral("--specimen"), QStringLiteral("血清"),
                        QStringLiteral("--at"), QStringLiteral("2025-01-10 09:00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("H")));
        // Said at entry: without this clinic's code of the item the sharing service would refuse it (JP-CLINS 1.9).
        QVERIFY2(r.out.contains(QStringLiteral("院内項目コード")), qPrintable(r.out));
        const QString good = writeFile(QStringLiteral("good.csv"),
                                       "patient_number,collected_at,code_system,code,name,value,unit,reference_low,"
                                       "reference_high,specimen\n"
                                       "1,2025-02-10 09:00,jlac10,3B045000002327201,ALT(GPT),40,U/L,7,42,血清\n");
        r = ctl({QStringLiteral("lab"), QStringLiteral("import"), good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString bad = writeFile(QStringLiteral("bad.csv"),
                                      "patient_number,collected_at,code_system,code,name,value,unit,specimen\n"
                                      "1,2025-03-10 09:00,jlac10,3B045000002327201,ALT(GPT),33,U/L,血清\n"
                                      "1,2025-03-10 09:00,jlac10,3B045,ALT(GPT),33,U/L,血清\n");
        r = ctl({QStringLiteral("lab"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")), qPrintable(r.err));
        // A new record knows the JP-CLINS items: the official ALT code joins the ALT series.
        r = ctl({QStringLiteral("lab"), QStringLiteral("series"), QStringLiteral("1"), QStringLiteral("ALT")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 2); // the bad file added nothing
        // A doctor adds the code once for the item: both results are completed, and later ones take it.
        r = ctl({QStringLiteral("lab"), QStringLiteral("complete"), QStringLiteral("1"), QStringLiteral("ALT"),
                 QStringLiteral("--local-code"), QStringLiteral("0001234")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("2 ")), qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // nothing left kept back
        r = ctl({QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("3B045000002327201"), QStringLiteral("--value"), QStringLiteral("30"),
                 QStringLiteral("--unit"), QStringLiteral("U/L"), QStringLiteral("--specimen"), QStringLiteral("血清"),
                 QStringLiteral("--ordered-by"), QStringLiteral("nobody")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nobody")), qPrintable(r.err));
        r = ctl({QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--code"),
                 QStringLiteral("3B045000002327201"), QStringLiteral("--value"), QStringLiteral("30"),
                 QStringLiteral("--unit"), QStringLiteral("U/L"), QStringLiteral("--specimen"),
                 QStringLiteral("血清")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("院内項目コード")), qPrintable(r.out)); // the item's code remembered
    }
    void mastersImportAndSearch() {
        // Two rows in the published 医薬品マスター layout (values as in the official y file).
        const QString y =
            writeFile(QStringLiteral("y_sample.txt"),
                      "0,Y,610406079,7,ガスター散２％,09,ｶﾞｽﾀｰｻﾝ2%,33,1,ｇ,1,15.10,0,0,0,0,0,0,0,0,0,1,0,1,16.50,0,0,1,"
                      ",20250401,99999999,"
                      "2325003B2029,001425000,0,ガスター散２％,0,2325003B2ZZZ,【般】ファモチジン散２％,2,0,0,1\n"
                      "0,Y,610407447,11,ムコダイン錠５００ｍｇ,15,ﾑｺﾀﾞｲﾝｼﾞｮｳ500MG,16,1,錠,1,10.40,0,0,0,0,0,0,0,0,0,1,"
                      "0,1,10.10,0,0,1,,"
                      "20250401,99999999,2233002F2022,005816000,0,ムコダイン錠５００ｍｇ,0,,,0,0,0,0\n");
        // Two rows are not an SSK master (which is always the whole list): ending 19,746 drugs is refused whole.
        Result r = ctl({QStringLiteral("master"), QStringLiteral("import"), QStringLiteral("drug"), y});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        r = ctl({QStringLiteral("master"), QStringLiteral("search"), QStringLiteral("drug"), QStringLiteral("むこ")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("610407447\tムコダイン錠５００ｍｇ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("ムコダインシロップ")), qPrintable(r.out)); // the rest is still there
        r = ctl({QStringLiteral("master"), QStringLiteral("search"), QStringLiteral("nothing"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
    }
    void chartShowsEverything() {
        const Result r = ctl({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("渡辺")));
        QVERIFY(r.out.contains(QStringLiteral("ファモチジン")));
        QVERIFY(r.out.contains(QStringLiteral("原因不明の皮疹の疑い")));
        QVERIFY(r.out.contains(QStringLiteral("O) 胸部 wheeze")));
        QVERIFY(r.out.contains(QStringLiteral("ALT")));
        QVERIFY(r.out.contains(QStringLiteral("Rp1 ガスター散２％")));
        const Result audit = ctl({QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("admin"));
        QCOMPARE(audit.code, 0);
    }
};

TSUMUGI_TEST_CLASS(TestChartCli)
#include "test_chart_cli.moc"
