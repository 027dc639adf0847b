#include "ChartFixture.h"

#include "core/Error.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/masters/JfagyMasterReader.h"
#include "core/masters/MasterCatalog.h"
#include "core/masters/ReceiptMasterReader.h"
#include "core/masters/StarterMasters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

namespace {
// ../shared relative to the repository root: the official files are read in place, never copied into the repo.
QString sharedPath(const QString& relative) {
    return QDir(QStringLiteral(TSUMUGI_SOURCE_DIR)).filePath(QStringLiteral("../shared/") + relative);
}

// A small file in the published 傷病名マスター layout (46 fields), written for this test.
QByteArray diseaseRow(const QString& code, const QString& name, const QString& kana, const QString& medis,
                      const QString& icd10, const QString& abolished = QStringLiteral("99999999")) {
    QStringList f(46);
    f[0] = QStringLiteral("0");
    f[1] = QStringLiteral("B");
    f[2] = code;
    f[4] = QString::number(name.size());
    f[5] = name;
    f[7] = name;
    f[9] = kana;
    f[10] = medis;
    f[15] = icd10;
    f[23] = abolished;
    return f.join(QLatin1Char(',')).toUtf8() + "\r\n";
}
} // namespace

class TestMasters : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    MasterCatalog& masters() { return f->record().masters(); }
    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = f->t.dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void starterMastersMatchTheShippedFiles() {
        const struct {
            MasterKind kind;
            const char* file;
        } files[] = {{MasterKind::Disease, "starter_b.txt"},
                     {MasterKind::Modifier, "starter_z.txt"},
                     {MasterKind::Drug, "starter_y.txt"}};
        for (const auto& s : files) {
            QFile file(QStringLiteral(TSUMUGI_SOURCE_DIR "/resources/masters/") + QLatin1String(s.file));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(StarterMasters::text(s.kind), file.readAll());
        }
    }
    void aNewRecordSearchesTheStarterMasters() {
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("こうけつ"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("8833421"));
        QCOMPARE(found.first().name, QStringLiteral("高血圧症"));
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("急性")).first().medisCode,
                 QStringLiteral("20058257"));
        const auto drug = masters().find(MasterKind::Drug, QStringLiteral("610406079"));
        QVERIFY(drug);
        QCOMPARE(drug->yjCode, QStringLiteral("2325003B2029"));
        QCOMPARE(drug->genericName, QStringLiteral("【般】ファモチジン散２％"));
        QCOMPARE(masters().find(MasterKind::Modifier, QStringLiteral("8002"))->category, QStringLiteral("suffix"));
        QVERIFY(masters()
                    .search(MasterKind::Jfagy, QStringLiteral("こむぎ"))
                    .isEmpty()); // no starter: import the official file
    }
    void starterDrugMasterCoversCommonOutpatientDrugs() {
        // Rows taken verbatim from the published 医薬品マスター (see resources/masters/SOURCES.md).
        QCOMPARE(masters().count(MasterKind::Drug), qint64(133));
        QCOMPARE(masters().count(MasterKind::Disease), qint64(8));
        QCOMPARE(masters().count(MasterKind::Modifier), qint64(2));
        const auto amlodipine = masters().find(MasterKind::Drug, QStringLiteral("612170710"));
        QVERIFY(amlodipine);
        QCOMPARE(amlodipine->name, QStringLiteral("ノルバスク錠５ｍｇ"));
        QCOMPARE(amlodipine->yjCode, QStringLiteral("2171022F2025"));
        QCOMPARE(amlodipine->genericName, QStringLiteral("【般】アムロジピン錠５ｍｇ"));
        QCOMPARE(amlodipine->unit, QStringLiteral("錠"));
        // Cross-checked against the MEDIS HOT9 master (same レセ電 code and YJ code).
        const auto triazolam = masters().find(MasterKind::Drug, QStringLiteral("611120055"));
        QVERIFY(triazolam);
        QCOMPARE(triazolam->yjCode, QStringLiteral("1124007F2026"));
        // Kana search (hiragana typed, half-width kana stored) finds the common entries.
        const auto famotidine = masters().search(MasterKind::Drug, QStringLiteral("がすたー"));
        QStringList codes;
        for (const auto& e : famotidine) {
            codes << e.code;
        }
        codes.sort();
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("610406079"), QStringLiteral("612320350"), QStringLiteral("612320417")}));
        QCOMPARE(masters().search(MasterKind::Drug, QStringLiteral("のるばすく")).size(), 2);
        QCOMPARE(masters().search(MasterKind::Drug, QStringLiteral("つむら")).size(), 15);
        QCOMPARE(masters().search(MasterKind::Drug, QStringLiteral("ﾏｸﾞﾐｯﾄ")).size(), 2);
        QVERIFY(!masters().search(MasterKind::Drug, QStringLiteral("タケプロン")).isEmpty());
        // Every shipped drug row is current (no 廃止年月日) and has a 12-character YJ code.
        const auto parsed =
            ReceiptMasterReader::readDrugs(StarterMasters::text(MasterKind::Drug), QStringLiteral("20261121"));
        QCOMPARE(parsed.abolished, 0);
        QCOMPARE(parsed.entries.size(), 133);
        for (const auto& e : parsed.entries) {
            QVERIFY2(e.yjCode.size() == 12 && e.code.size() == 9, qPrintable(e.code));
        }
    }
    void diagnosisTakesItsCodesFromTheMaster() {
        Diagnosis d;
        d.patientId = f->patientId;
        d.receiptCode = QStringLiteral("5409004");
        d.startDate = QDate(2026, 11, 20);
        d = f->chart().diagnoses().create(d);
        QCOMPARE(d.name, QStringLiteral("急性化膿性虫垂炎"));
        QCOMPARE(d.medisCode, QStringLiteral("20058257"));
        QCOMPARE(d.icd10, QStringLiteral("K358"));
        // A receipt code whose master row has no MEDIS number keeps its code and gets the all-9s MEDIS code.
        Diagnosis h;
        h.patientId = f->patientId;
        h.receiptCode = QStringLiteral("8833421");
        h.startDate = QDate(2026, 11, 20);
        h = f->chart().diagnoses().create(h);
        QCOMPARE(h.name, QStringLiteral("高血圧症"));
        QCOMPARE(h.receiptCode, QStringLiteral("8833421"));
        QCOMPARE(h.medisCode, QStringLiteral("99999999"));
    }
    void receiptLayoutFilesInShiftJis() {
        QByteArray b = diseaseRow(QStringLiteral("1234567"), QStringLiteral("テスト病"), QStringLiteral("ﾃｽﾄﾋﾞｮｳ"),
                                  QStringLiteral("20000001"), QStringLiteral("A000"));
        b += diseaseRow(QStringLiteral("1234568"), QStringLiteral("廃止病"), QStringLiteral("ﾊｲｼﾋﾞｮｳ"),
                        QStringLiteral("20000002"), QString(), QStringLiteral("20200331"));
        QStringEncoder sjis("Shift_JIS");
        QVERIFY(sjis.isValid());
        const QByteArray encoded = sjis(QString::fromUtf8(b));
        const auto r = masters().importFile(MasterKind::Disease, write(QStringLiteral("b_test.txt"), encoded));
        QCOMPARE(r.entries, 1);
        QVERIFY(r.notes.join(' ').contains(QStringLiteral("abolished")));
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("てすと"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().medisCode, QStringLiteral("20000001"));
        QCOMPARE(found.first().icd10, QStringLiteral("A000"));
        // The import replaced the starter master.
        QVERIFY(masters().search(MasterKind::Disease, QStringLiteral("こうけつ")).isEmpty());
    }
    void badReceiptFileChangesNothing() {
        const QByteArray bad = diseaseRow(QStringLiteral("1234567"), QStringLiteral("テスト病"), QStringLiteral("ﾃｽﾄ"),
                                          QStringLiteral("20000001"), QString()) +
                               "0,Y,610406079,7,ガスター散\n";
        try {
            masters().importFile(MasterKind::Disease, write(QStringLiteral("b_bad.txt"), bad));
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("Line 2")), qPrintable(e.message()));
        }
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("こうけつ")).size(), 1);
    }
    void clerksDoNotImport() {
        f->t.reopen();
        f->record().users().add(QStringLiteral("clerk"), QStringLiteral("受付"), Role::Clerk,
                                QStringLiteral("clerk pass 1"));
        f->t.reopen(QStringLiteral("clerk"), QStringLiteral("clerk pass 1"));
        QVERIFY_THROWS_EXCEPTION(
            Error, masters().importFile(MasterKind::Drug,
                                        QStringLiteral(TSUMUGI_SOURCE_DIR "/resources/masters/starter_y.txt")));
    }
    void officialJfagyFile() {
        const QString path = sharedPath(QStringLiteral("masters/jfagy/JFAGY_J9FN_20250401_R01.csv"));
        if (!QFile::exists(path)) {
            QSKIP(qPrintable(
                QStringLiteral("The official J-FAGY file is not at %1 (../shared beside the repository).").arg(path)));
        }
        const auto r = masters().importFile(MasterKind::Jfagy, path);
        QVERIFY2(r.entries > 1500, qPrintable(QString::number(r.entries)));
        const auto wheat = masters().find(MasterKind::Jfagy, QStringLiteral("J9FA15000000"));
        QVERIFY(wheat);
        QCOMPARE(wheat->name, QStringLiteral("小麦"));
        QCOMPARE(wheat->category, QStringLiteral("food"));
        QCOMPARE(masters().find(MasterKind::Jfagy, QStringLiteral("D9M000000000"))->category,
                 QStringLiteral("medicine"));
        bool sawWheat = false;
        for (const auto& e : masters().search(MasterKind::Jfagy, QStringLiteral("こむぎ"))) {
            sawWheat = sawWheat || e.code == QStringLiteral("J9FA15000000");
        }
        QVERIFY(sawWheat);
        QVERIFY(!masters().search(MasterKind::Jfagy, QStringLiteral("小麦")).isEmpty());
    }
    void jlacValueSetsFromThePackage() {
        const QString tgz = sharedPath(QStringLiteral("fhir/packages/jp-clins.r4-1.5.2-snap.tgz"));
        if (!QFile::exists(tgz)) {
            QSKIP(qPrintable(
                QStringLiteral("The JP-CLINS package is not at %1 (../shared beside the repository).").arg(tgz)));
        }
        const QString folder = f->t.dir.filePath(QStringLiteral("jpclins"));
        QDir().mkpath(folder);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("xzf"), tgz, QStringLiteral("-C"), folder});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        const auto r = masters().importFile(MasterKind::Jlac, folder);
        QVERIFY2(r.entries > 300, qPrintable(QString::number(r.entries)));
        const auto alt = masters().find(MasterKind::Jlac, QStringLiteral("3B045000002327201"));
        QVERIFY(alt);
        QCOMPARE(alt->groupCode, QStringLiteral("ALT"));
        QCOMPARE(alt->category, QStringLiteral("core"));
        const auto hbs = masters().find(MasterKind::Jlac, QStringLiteral("5F016141002399951"));
        QVERIFY(hbs);
        QCOMPARE(hbs->category, QStringLiteral("infection"));
        QVERIFY(!masters().search(MasterKind::Jlac, QStringLiteral("ALT")).isEmpty());
        // A manual result then joins the item's series and is marked as an infection result by the master.
        LabResult res;
        res.patientId = f->patientId;
        res.code = QStringLiteral("5F016141002399951");
        res.valueText = QStringLiteral("陰性");
        res.specimen = QStringLiteral("血清");
        res.collectedAt = QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC);
        res.name = QStringLiteral("HBs抗原");
        const LabResult saved = f->chart().labs().create(res);
        QVERIFY(saved.infection);
        QCOMPARE(saved.itemKey, hbs->groupCode);
    }
    void kanaSearchIsFastOnALargeMaster() {
        QList<MasterEntry> entries;
        const QString kana =
            QStringLiteral("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ");
        for (int i = 0; i < 30000; ++i) {
            MasterEntry e;
            e.kind = MasterKind::Disease;
            e.code = QStringLiteral("%1").arg(1000000 + i);
            e.kana = QString(kana.at(i % kana.size())) + kana.at((i / 7) % kana.size()) +
                     kana.at((i / 53) % kana.size()) + QString::number(i);
            e.name = QStringLiteral("病名%1").arg(i);
            entries.append(e);
        }
        masters().replace(MasterKind::Disease, entries, QStringLiteral("synthetic"));
        masters().search(MasterKind::Disease, QStringLiteral("あい")); // warm
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (int i = 0; i < 100; ++i) {
            found +=
                int(masters()
                        .search(MasterKind::Disease, QString(kana.at(i % kana.size())) + kana.at((i * 3) % kana.size()))
                        .size());
        }
        const double perQuery = double(t.nsecsElapsed()) / 1e6 / 100;
        qInfo("kana search on 30,000 entries: %.3f ms per query", perQuery);
        QVERIFY(found > 0);
        QVERIFY2(perQuery < 10.0, qPrintable(QString::number(perQuery)));
    }
};

QTEST_GUILESS_MAIN(TestMasters)
#include "test_masters.moc"
