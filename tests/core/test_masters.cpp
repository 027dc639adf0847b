#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/masters/CommonDiseases.h"
#include "core/masters/CsvParser.h"
#include "core/masters/JlacCoreCodes.h"
#include "core/masters/JlacValueSetReader.h"
#include "core/masters/MasterArchive.h"
#include "core/masters/MasterCatalog.h"
#include "core/masters/ReceiptMasterReader.h"
#include "core/masters/ShippedMasters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

namespace {
// ../shared relative to the repository root: the official files are read in place.
QString sharedPath(const QString& relative) {
    return QDir(QStringLiteral(TSUMUGI_SOURCE_DIR)).filePath(QStringLiteral("../shared/") + relative);
}
QString sskZip(const QString& name) {
    return sharedPath(QStringLiteral("masters/ssk/") + name);
}
#define REQUIRE_SHARED(path)                                                                                           \
    if (!QFile::exists(path)) {                                                                                        \
        TSUMUGI_MISSING_PREREQUISITE(                                                                                  \
            qPrintable(QStringLiteral("%1 is not there (../shared beside the repository).").arg(path)));               \
    }

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList codesOf(const QList<MasterEntry>& entries) {
    QStringList out;
    for (const MasterEntry& e : entries) {
        out << e.code;
    }
    return out;
}

// The official file's rows, edited as SSK's next release would have them, written back in Shift_JIS.
QByteArray shiftJis(const QList<QStringList>& rows) {
    QStringList lines;
    for (const QStringList& r : rows) {
        QStringList quoted;
        for (const QString& f : r) {
            quoted << QLatin1Char('"') + f + QLatin1Char('"');
        }
        lines << quoted.join(QLatin1Char(','));
    }
    QStringEncoder sjis("Shift_JIS");
    return sjis(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
}

QList<QStringList> rowsOf(const QString& zip) {
    QList<QStringList> out;
    for (const CsvRow& r : CsvParser::parse(CsvParser::decode(MasterArchive::readFile(zip).content))) {
        out << r.fields;
    }
    return out;
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
    Diagnosis diagnosis(const QString& code) {
        Diagnosis d;
        d.patientId = f->patientId;
        d.receiptCode = code;
        d.startDate = QDate(2026, 11, 20);
        return f->chart().diagnoses().create(d);
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void shippedZipsAreTheOfficialFilesByteForByte() {
        for (MasterKind kind : {MasterKind::Disease, MasterKind::Modifier, MasterKind::Drug}) {
            const QString name = ShippedMasters::archiveName(kind);
            const QByteArray shipped = ShippedMasters::archiveBytes(kind);
            QVERIFY2(shipped.size() > 50000, qPrintable(name));
            // The copy in the source tree (installed with the package) is the one compiled in.
            QCOMPARE(shipped, readAll(QStringLiteral(TSUMUGI_SOURCE_DIR "/resources/masters/ssk/") + name));
            REQUIRE_SHARED(sskZip(name));
            QCOMPARE(shipped, readAll(sskZip(name)));
        }
    }
    void aNewRecordHasTheOfficialMasters() {
        // Row counts of the published files (../shared/masters/ssk/README.md).
        QCOMPARE(masters().count(MasterKind::Disease), qint64(27437));
        QCOMPARE(masters().count(MasterKind::Modifier), qint64(2375));
        QCOMPARE(masters().count(MasterKind::Drug), qint64(19748));
        QVERIFY(masters().count(MasterKind::GenericDrug) > 1000);
        QCOMPARE(masters().count(MasterKind::Jlac), qint64(JlacCoreCodes::entries().size()));
        const auto hypertension = masters().find(MasterKind::Disease, QStringLiteral("8833421"));
        QVERIFY(hypertension);
        QCOMPARE(hypertension->name, QStringLiteral("高血圧症"));
        QCOMPARE(hypertension->medisCode, QStringLiteral("20061593"));
        QCOMPARE(hypertension->icd10, QStringLiteral("I10"));
        const auto appendicitis = masters().find(MasterKind::Disease, QStringLiteral("5409004"));
        QCOMPARE(appendicitis->medisCode, QStringLiteral("20058257"));
        QCOMPARE(appendicitis->icd10, QStringLiteral("K358"));
        QCOMPARE(masters().find(MasterKind::Drug, QStringLiteral("611120055"))->yjCode, QStringLiteral("1124007F2026"));
        QCOMPARE(masters().find(MasterKind::Drug, QStringLiteral("620000033"))->yjCode, QStringLiteral("1141007F2027"));
        QVERIFY(masters()
                    .find(MasterKind::Drug, QStringLiteral("620000033"))
                    ->name.startsWith(QStringLiteral("カロナール錠３００")));
        const auto suspected = masters().find(MasterKind::Modifier, QStringLiteral("8002"));
        QCOMPARE(suspected->name, QStringLiteral("の疑い"));
        QCOMPARE(suspected->category, QStringLiteral("suffix"));
        QCOMPARE(suspected->medisCode, QStringLiteral("27000001"));
        const auto potassium = masters().find(MasterKind::Jlac, QStringLiteral("3H015000002326101"));
        QVERIFY(potassium);
        QCOMPARE(potassium->groupCode, QStringLiteral("K"));
        QCOMPARE(potassium->category, QStringLiteral("core"));
        // Where the masters came from, as `master info` prints it.
        QStringList sources;
        for (const auto& s : masters().sources()) {
            sources << s.source;
        }
        QVERIFY2(sources.contains(QStringLiteral("b_20240601.zip")), qPrintable(sources.join(' ')));
        QVERIFY(ShippedMasters::attribution().contains(QStringLiteral("社会保険診療報酬支払基金")));
    }
    void createFillsTheMastersAtOnce() {
        // The setup wizard's and `tsumugictl init`'s path: the masters are in before anyone searches.
        QTemporaryDir dir;
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("つむぎ内科"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = QStringLiteral("admin");
        setup.adminPassword = QStringLiteral("correct horse 1");
        auto record = ClinicRecord::create(dir.filePath(QStringLiteral("r.tsumugi")), setup, f->t.clock);
        QStringList sources;
        for (const auto& s : record->masters().sources()) {
            sources << masterKindToString(s.kind) + QLatin1Char('=') + s.source;
        }
        sources.sort();
        QCOMPARE(sources,
                 (QStringList{QStringLiteral("disease=b_20240601.zip"), QStringLiteral("drug=y_ALL20240531.zip"),
                              QStringLiteral("generic=y_ALL20240531.zip"), QStringLiteral("jlac=jp-clins.r4-1.5.2"),
                              QStringLiteral("modifier=z_20250601.zip")}));
        Statement st(record->db(), "SELECT count(*) FROM master_entries WHERE kind = 'disease';");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(27437));
    }
    void kanaSearchRanksCommonNamesFirst() {
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("こうけつ"));
        const QStringList codes = codesOf(found);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().name, QStringLiteral("高血圧症"));
        QCOMPARE(found.first().medisCode, QStringLiteral("20061593"));
        QVERIFY2(codes.contains(QStringLiteral("7828003")), qPrintable(codes.join(' '))); // 硬結, later
        QVERIFY(codes.indexOf(QStringLiteral("8833421")) < codes.indexOf(QStringLiteral("7828003")));
        // Kanji, ICD-10 and code find it too.
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("高血圧")).first().code,
                 QStringLiteral("8833421"));
        QVERIFY(
            codesOf(masters().search(MasterKind::Disease, QStringLiteral("I10"))).contains(QStringLiteral("8833421")));
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("8833421")).first().name,
                 QStringLiteral("高血圧症"));
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("20061593")).first().code,
                 QStringLiteral("8833421"));
    }
    // Another desk's import is under way (its transaction has emptied the disease master and not committed yet):
    // this desk's search answers at once from the masters as they were, on either driver; no lock is waited for.
    void aSearchDoesNotWaitForAnImportUnderWay() {
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("こうけつ")).first().code,
                 QStringLiteral("8833421"));
        auto importer = f->record().openCompanion();
        importer->db().beginWrite();
        Statement(importer->db(), "DELETE FROM master_entries WHERE kind = 'disease';").run();
        QElapsedTimer timer;
        timer.start();
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("こうけつ"));
        const qint64 ms = timer.elapsed();
        importer->db().rollback();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().code, QStringLiteral("8833421"));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }
    void searchFindsInsideNamesAfterPrefixes() {
        // 本態性高血圧症 has 高血圧 inside its name (and コウケツアツ inside its reading): offered, after 高血圧症.
        for (const char* query : {"高血圧", "こうけつあつ"}) {
            const QList<MasterEntry> found = masters().search(MasterKind::Disease, QString::fromUtf8(query));
            QStringList names;
            for (const MasterEntry& e : found) {
                names << e.name;
            }
            QVERIFY2(names.contains(QStringLiteral("本態性高血圧症")), qPrintable(names.join(' ')));
            QCOMPARE(names.first(), QStringLiteral("高血圧症"));
            for (int i = 0; i < names.size(); ++i) {
                // every name starting with the query comes before every name that only holds it
                if (!names.at(i).startsWith(QStringLiteral("高血圧")) && query == std::string("高血圧")) {
                    for (int j = i + 1; j < names.size(); ++j) {
                        QVERIFY2(!names.at(j).startsWith(QStringLiteral("高血圧")), qPrintable(names.at(j)));
                    }
                    break;
                }
            }
        }
        // One character is a prefix search only: a scan of every name for it would find half the master.
        for (const MasterEntry& e : masters().search(MasterKind::Disease, QStringLiteral("炎"))) {
            QVERIFY2(e.name.startsWith(QStringLiteral("炎")), qPrintable(e.name));
        }
    }
    void searchLearnsWhatThisClinicUses() {
        for (int i = 0; i < 2; ++i) {
            diagnosis(QStringLiteral("7828003")); // 硬結
        }
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("こうけつ"));
        QCOMPARE(found.first().code, QStringLiteral("7828003"));
    }
    void commonDiseasesAreCurrentOfficialNames() {
        for (const auto& c : CommonDiseases::all()) {
            const QString code = QString::fromUtf16(c.code);
            const auto e = masters().find(MasterKind::Disease, code);
            QVERIFY2(e, qPrintable(code));
            QCOMPARE(e->name, QString::fromUtf16(c.name));
            QVERIFY2(e->isOffered(QStringLiteral("20261120")), qPrintable(code));
        }
    }
    void drugsAreFoundByBrandAndByGenericName() {
        const auto found = masters().search(MasterKind::Drug, QStringLiteral("あむろじぴん"));
        const QStringList codes = codesOf(found);
        // The 一般名 wording comes first, for 一般名処方.
        QCOMPARE(found.first().kind, MasterKind::GenericDrug);
        QVERIFY(found.first().name.startsWith(QStringLiteral("【般】アムロジピン")));
        QVERIFY2(codes.contains(QStringLiteral("2171022F2ZZZ")), qPrintable(codes.join(' '))); // 【般】…錠５ｍｇ
        QVERIFY2(codes.contains(QStringLiteral("612170710")), qPrintable(codes.join(' '))); // ノルバスク錠５ｍｇ
        QVERIFY2(codes.contains(QStringLiteral("620005905")), qPrintable(codes.join(' '))); // アムロジン錠５ｍｇ
        bool generic = false;
        for (const auto& e : found) {
            generic = generic || (e.kind == MasterKind::Drug && e.name.startsWith(QStringLiteral("アムロジピン")));
        }
        QVERIFY2(generic, "the generics (後発品) named アムロジピン…");
        // By brand, by YJ code and by receipt code.
        QVERIFY(codesOf(masters().search(MasterKind::Drug, QStringLiteral("のるばすく")))
                    .contains(QStringLiteral("612170710")));
        QCOMPARE(masters().search(MasterKind::Drug, QStringLiteral("2171022F2025")).first().code,
                 QStringLiteral("612170710"));
        QCOMPARE(masters().search(MasterKind::Drug, QStringLiteral("612170710")).first().code,
                 QStringLiteral("612170710"));
        const auto g = masters().find(MasterKind::GenericDrug, QStringLiteral("2171022F2ZZZ"));
        QCOMPARE(g->name, QStringLiteral("【般】アムロジピン錠５ｍｇ"));
        QCOMPARE(g->unit, QStringLiteral("錠"));
    }
    void drugsPastTheirTransitionAreNotOffered() {
        // フェアストン錠６０ (610407023): 経過措置 until 2025-03-31 in the 2024-05 file; the test clock is 2026-11.
        const auto ended = masters().find(MasterKind::Drug, QStringLiteral("610407023"));
        QVERIFY(ended);
        QCOMPARE(ended->validUntil, QStringLiteral("20250331"));
        QVERIFY(!ended->isOffered(QStringLiteral("20261120")));
        QVERIFY(!codesOf(masters().search(MasterKind::Drug, QStringLiteral("ふぇあすとん")))
                     .contains(QStringLiteral("610407023")));
    }
    void officialZipImportsAsPublished() {
        REQUIRE_SHARED(sskZip(QStringLiteral("b_20240601.zip")));
        for (const char* name : {"b_20240601.zip", "z_20250601.zip", "y_ALL20240531.zip"}) {
            // The record already has these: the same file again changes nothing.
            const auto results = masters().importArchive(sskZip(QLatin1String(name)));
            QVERIFY(!results.isEmpty());
            for (const auto& r : results) {
                QVERIFY2(r.added == 0 && r.changed == 0 && r.ended == 0,
                         qPrintable(QStringLiteral("%1 %2/%3/%4").arg(name).arg(r.added).arg(r.changed).arg(r.ended)));
            }
        }
        QCOMPARE(masters().count(MasterKind::Disease), qint64(27437));
        QVERIFY(f->auditRows(QStringLiteral("import"), QStringLiteral("master")) >= 3);
    }
    void anUpdateReportsWhatChangedAndKeepsEndedCodesReadable() {
        REQUIRE_SHARED(sskZip(QStringLiteral("b_20240601.zip")));
        const Diagnosis old = diagnosis(QStringLiteral("8833421")); // charted before the update
        QList<QStringList> rows = rowsOf(sskZip(QStringLiteral("b_20240601.zip")));
        QStringList added = rows.first();
        int changedName = -1;
        for (int i = 0; i < rows.size(); ++i) {
            QStringList& r = rows[i];
            if (r.at(2) == QStringLiteral("8833421")) { // 高血圧症 abolished, 移行先 本態性高血圧症
                r[0] = QStringLiteral("9");
                r[3] = QStringLiteral("8840107");
                r[23] = QStringLiteral("20260401");
            } else if (r.at(2) == QStringLiteral("5409004") && changedName < 0) {
                r[7] = QStringLiteral("急性化膿性虫垂炎（略）"); // the 省略名称 changes
                changedName = i;
            }
        }
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [](const QStringList& r) { return r.at(2) == QStringLiteral("7828003"); }),
                   rows.end());
        added[0] = QStringLiteral("3");
        added[2] = QStringLiteral("9999991");
        added[3] = QStringLiteral("9999991");
        added[5] = QStringLiteral("試験用新規病名");
        added[9] = QStringLiteral("シケンヨウシンキビョウメイ");
        rows << added;
        const auto r = masters().importArchive(write(QStringLiteral("b_20260601.txt"), shiftJis(rows))).first();
        QCOMPARE(r.kind, MasterKind::Disease);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.changed, 1);
        QCOMPARE(r.ended, 2); // the abolished one and the one the file left out
        // Ended codes are still read by old charts...
        QCOMPARE(f->chart().diagnoses().find(old.id)->name, QStringLiteral("高血圧症"));
        QVERIFY(masters().find(MasterKind::Disease, QStringLiteral("7828003")));
        // ...but not offered; the successor is offered in the abolished one's place.
        const auto found = masters().search(MasterKind::Disease, QStringLiteral("こうけつあつしょう"));
        QVERIFY(!codesOf(found).contains(QStringLiteral("8833421")));
        const auto successor = std::find_if(found.cbegin(), found.cend(),
                                            [](const MasterEntry& e) { return e.code == QStringLiteral("8840107"); });
        QVERIFY2(successor != found.cend(), qPrintable(codesOf(found).join(' ')));
        QCOMPARE(successor->replaces, QStringLiteral("8833421"));
        QVERIFY(!codesOf(masters().search(MasterKind::Disease, QStringLiteral("こうけつ")))
                     .contains(QStringLiteral("7828003")));
        // A new entry with the ended code is refused, naming what to use instead.
        try {
            diagnosis(QStringLiteral("8833421"));
            QFAIL("an ended code was charted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(QStringLiteral("8840107")), qPrintable(e.message()));
        }
        QCOMPARE(masters().search(MasterKind::Disease, QStringLiteral("しけんよう")).first().code,
                 QStringLiteral("9999991"));
    }
    void bothDrugLayoutsAreRead() {
        REQUIRE_SHARED(sskZip(QStringLiteral("y_ALL20240531.zip")));
        // The 42-field layout SSK publishes since 2024–25: two fields more at the end of every row.
        QList<QStringList> rows = rowsOf(sskZip(QStringLiteral("y_ALL20240531.zip")));
        QCOMPARE(rows.first().size(), 40);
        for (QStringList& r : rows) {
            r << QStringLiteral("0") << QStringLiteral("0");
        }
        const auto results = masters().importArchive(write(QStringLiteral("y_ALL20250601.csv"), shiftJis(rows)));
        QCOMPARE(results.size(), 2); // drugs and their 一般名 entries, in one transaction
        QCOMPARE(results.first().entries, 19748);
        QCOMPARE(results.first().added, 0);
        QCOMPARE(masters().find(MasterKind::Drug, QStringLiteral("620000033"))->yjCode, QStringLiteral("1141007F2027"));
    }
    void aDamagedZipChangesNothing() {
        REQUIRE_SHARED(sskZip(QStringLiteral("b_20240601.zip")));
        QByteArray zip = readAll(sskZip(QStringLiteral("b_20240601.zip")));
        const qint64 before = masters().count(MasterKind::Disease);
        for (const QByteArray& damaged :
             {zip.left(zip.size() / 2), QByteArray(zip).replace(5000, 64, QByteArray(64, 'x'))}) {
            try {
                masters().importArchive(write(QStringLiteral("b_20260601.zip"), damaged));
                QFAIL("a damaged zip was imported");
            } catch (const Error& e) {
                QCOMPARE(e.kind(), Error::Kind::Validation);
                QVERIFY2(e.message().contains(QStringLiteral("b_20260601.zip")), qPrintable(e.message()));
            }
        }
        QCOMPARE(masters().count(MasterKind::Disease), before);
    }
    void aBadRowLeavesTheMasterAsItWas() {
        REQUIRE_SHARED(sskZip(QStringLiteral("z_20250601.zip")));
        QList<QStringList> rows = rowsOf(sskZip(QStringLiteral("z_20250601.zip")));
        rows[1000] = QStringList{QStringLiteral("0"), QStringLiteral("Y"), QStringLiteral("610406079")};
        try {
            masters().importArchive(write(QStringLiteral("z_20260601.txt"), shiftJis(rows)));
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(QStringLiteral("Line 1001")), qPrintable(e.message()));
        }
        QCOMPARE(masters().count(MasterKind::Modifier), qint64(2375));
        // The wrong master for the kind asked is refused before anything is read.
        TSUMUGI_VERIFY_ERROR(masters().importFile(MasterKind::Drug, sskZip(QStringLiteral("z_20250601.zip"))),
                             Error::Kind::Validation);
    }
    void clerksDoNotImport() {
        REQUIRE_SHARED(sskZip(QStringLiteral("z_20250601.zip")));
        f->t.reopen();
        f->record().users().add(QStringLiteral("clerk"), QStringLiteral("受付"), Role::Clerk,
                                QStringLiteral("clerk pass 1"));
        f->t.reopen(QStringLiteral("clerk"), QStringLiteral("clerk pass 1"));
        try {
            masters().importArchive(sskZip(QStringLiteral("z_20250601.zip")));
            QFAIL("a clerk imported a master");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        }
    }
    void modifiersComposeAsTheReceiptRulesAllow() {
        Diagnosis d;
        d.patientId = f->patientId;
        d.receiptCode = QStringLiteral("8833421");
        d.startDate = QDate(2026, 11, 20);
        // 8002 の疑い becomes the 疑い flag; a suffix chosen first still goes after the name.
        d.modifiers = {{QStringLiteral("8002"), {}, false, {}}, {QStringLiteral("4043"), {}, false, {}}};
        const auto chronic = masters().find(MasterKind::Modifier, QStringLiteral("4043"));
        QVERIFY(chronic);
        d = f->chart().diagnoses().create(d);
        QVERIFY(d.suspected);
        QCOMPARE(d.modifiers.size(), 1);
        QCOMPARE(d.modifiers.first().name, chronic->name);
        QCOMPARE(d.modifiers.first().medisCode, chronic->medisCode);
        QCOMPARE(d.displayName(), chronic->name + QStringLiteral("高血圧症の疑い"));
        // More than the receipt's 20, twice the same, or on a 未コード化 name: refused with the reason.
        Diagnosis many = d;
        many.id = 0;
        many.modifiers.clear();
        for (int i = 0; i < Diagnosis::MaxModifiers + 1; ++i) {
            many.modifiers.append({QStringLiteral("4043"), chronic->name, false, {}});
        }
        TSUMUGI_VERIFY_ERROR(f->chart().diagnoses().create(many), Error::Kind::Validation);
        Diagnosis uncoded;
        uncoded.patientId = f->patientId;
        uncoded.name = QStringLiteral("院内独自の病名");
        uncoded.startDate = QDate(2026, 11, 20);
        uncoded.modifiers = {{QStringLiteral("4043"), {}, false, {}}};
        TSUMUGI_VERIFY_ERROR(f->chart().diagnoses().create(uncoded), Error::Kind::Validation);
    }
    void diagnosisTakesItsCodesFromTheMaster() {
        const Diagnosis d = diagnosis(QStringLiteral("5409004"));
        QCOMPARE(d.name, QStringLiteral("急性化膿性虫垂炎"));
        QCOMPARE(d.medisCode, QStringLiteral("20058257"));
        QCOMPARE(d.icd10, QStringLiteral("K358"));
        const Diagnosis h = diagnosis(QStringLiteral("8833421"));
        QCOMPARE(h.medisCode, QStringLiteral("20061593"));
    }
    void compiledLabCodesAreThePackagesCodes() {
        const QString tgz = sharedPath(QStringLiteral("fhir/packages/jp-clins.r4-1.5.2-snap.tgz"));
        REQUIRE_SHARED(tgz);
        const QString folder = f->t.dir.filePath(QStringLiteral("jpclins"));
        QDir().mkpath(folder);
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("xzf"), tgz, QStringLiteral("-C"), folder});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        QHash<QString, MasterEntry> read;
        for (const MasterEntry& e : JlacValueSetReader::read(folder).entries) {
            read.insert(e.code, e);
        }
        const QList<MasterEntry> compiled = JlacCoreCodes::entries();
        QCOMPARE(compiled.size(), read.size());
        for (const MasterEntry& e : compiled) {
            const auto it = read.constFind(e.code);
            QVERIFY2(it != read.cend(), qPrintable(e.code));
            QCOMPARE(e.groupCode, it->groupCode);
            QCOMPARE(e.category, it->category);
            QCOMPARE(e.name, it->name);
            QCOMPARE(e.detail, it->detail);
        }
        // Importing the package over a new record changes nothing: both say the same.
        const auto r = masters().importFile(MasterKind::Jlac, folder).first();
        QCOMPARE(r.added + r.changed + r.ended, 0);
    }
    void aCoreLabCodeIsSharedOnANewRecord() {
        LabResult k;
        k.patientId = f->patientId;
        k.code = QStringLiteral("3H015000002326101"); // potassium, typed with its official JLAC10 code
        k.localCode = QStringLiteral("0002001");     // with the clinic's code of the item (JP-CLINS 1.9)
        k.valueNumber = 4.1;
        k.unit = QStringLiteral("mmol/L");
        k.specimen = QStringLiteral("血清");
        k.collectedAt = QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC);
        const LabResult saved = f->chart().labs().create(k);
        QCOMPARE(saved.itemKey, QStringLiteral("K"));
        QCOMPARE(f->chart().labs().sharingOf(saved), LabSharing::Reason::Shared);
        LabResult local = k;
        local.codeSystem = LabResult::CodeSystem::Local;
        local.code = QStringLiteral("HBA1C-IN");
        local.name = QStringLiteral("院内HbA1c");
        const LabResult own = f->chart().labs().create(local);
        QCOMPARE(f->chart().labs().sharingOf(own), LabSharing::Reason::LocalCode);
        LabResult other = k;
        other.code = QStringLiteral("3D015000002227101"); // アンモニア: JLAC10, not a JP-CLINS core item
        other.name = QStringLiteral("アンモニア");
        const LabResult notCore = f->chart().labs().create(other);
        QCOMPARE(f->chart().labs().sharingOf(notCore), LabSharing::Reason::NotCoreItem);
        QVERIFY(!LabSharing::explanation(LabSharing::Reason::NotCoreItem).isEmpty());
        const auto counts = f->chart().labs().unshareableCounts();
        QCOMPARE(counts.value(LabSharing::Reason::LocalCode), qint64(1));
        QCOMPARE(counts.value(LabSharing::Reason::NotCoreItem), qint64(1));
    }
    void officialJfagyFile() {
        const QString path = sharedPath(QStringLiteral("masters/jfagy/JFAGY_J9FN_20250401_R01.csv"));
        REQUIRE_SHARED(path);
        const auto r = masters().importFile(MasterKind::Jfagy, path).first();
        QVERIFY2(r.entries > 1500, qPrintable(QString::number(r.entries)));
        const auto wheat = masters().find(MasterKind::Jfagy, QStringLiteral("J9FA15000000"));
        QVERIFY(wheat);
        QCOMPARE(wheat->name, QStringLiteral("小麦"));
        QCOMPARE(wheat->category, QStringLiteral("food"));
        QVERIFY(codesOf(masters().search(MasterKind::Jfagy, QStringLiteral("こむぎ")))
                    .contains(QStringLiteral("J9FA15000000")));
        QVERIFY(!masters().search(MasterKind::Jfagy, QStringLiteral("小麦")).isEmpty());
    }
};

TSUMUGI_TEST_CLASS(TestMasters)
#include "test_masters.moc"
