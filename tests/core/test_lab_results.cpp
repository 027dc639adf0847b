#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/LabCsvReader.h"
#include "core/chart/LabItemUnits.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"
#include "core/chart/LabUnits.h"
#include "core/masters/JlacCoreCodes.h"
#include "core/users/UserDirectory.h"

#include <QSet>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

class TestLabResults : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    LabResult alt(double value, const QDateTime& at) {
        LabResult r;
        r.patientId = f->patientId;
        r.codeSystem = LabResult::CodeSystem::Jlac10;
        r.code = QStringLiteral("3B045000002327201");
        r.itemKey = QStringLiteral("ALT");
        r.name = QStringLiteral("ALT(GPT)");
        r.valueNumber = value;
        r.unit = QStringLiteral("U/L");
        r.referenceLow = 7;
        r.referenceHigh = 42;
        r.specimen = QStringLiteral("血清");
        r.collectedAt = at;
        return r;
    }
    // Another user, added by the administrator; the doctor is signed in again afterwards.
    void addUser(const QString& login, Role role) {
        f->t.reopen();
        f->t.record->users().add(login, login, role, QStringLiteral("another pass 1"));
        f->t.reopen(ChartFixture::DoctorName, ChartFixture::DoctorPassword);
    }
    QDateTime at(int day, int hour = 9) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC); }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    // The lifecycle every versioned item shares (ChartItemLifecycle), through the lab results: a stale version is
    // refused, the patient stays the current version's, a withdrawn result is neither edited nor withdrawn again,
    // an unknown id is not found; each refusal leaves the result as it was.
    void versionedChangesFollowTheSharedLifecycle() {
        LabResultRepository& labs = f->chart().labs();
        const LabResult v1 = labs.create(alt(30, at(19)));
        QCOMPARE(v1.version, 1);
        LabResult edit = v1;
        edit.valueNumber = 31;
        edit.patientId = v1.patientId + 1000; // an update never moves a result to another patient
        const LabResult v2 = labs.update(edit, QStringLiteral("転記ミス"));
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.patientId, v1.patientId);
        QCOMPARE(*v2.valueNumber, 31.0);
        edit.valueNumber = 99; // still edited from version 1
        TSUMUGI_VERIFY_ERROR(labs.update(edit), Error::Kind::Conflict);
        QCOMPARE(*labs.find(v1.id)->valueNumber, 31.0);

        const LabResult withdrawn = labs.withdraw(v1.id, QStringLiteral("別の患者の検体"));
        QVERIFY(withdrawn.withdrawn);
        QCOMPARE(withdrawn.version, 3);
        LabResult late = withdrawn;
        late.valueNumber = 32;
        TSUMUGI_VERIFY_ERROR(labs.update(late), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(labs.withdraw(v1.id, QStringLiteral("again")), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(labs.withdraw(v1.id + 1000, QStringLiteral("none")), Error::Kind::NotFound);
        QCOMPARE(labs.find(v1.id)->version, 3);
        QCOMPARE(labs.history(v1.id).size(), 3);
    }

    void validation() {
        const QDateTime now = at(20);
        LabResult r = alt(30, at(19));
        QVERIFY(LabResultRepository::problems(r, now).isEmpty());
        r.code = QStringLiteral("3B045");
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("JLAC10")));
        r = alt(30, at(19));
        r.unit.clear();
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("unit")));
        r.unit = QStringLiteral("U / L");
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("not usable")));
        r = alt(30, at(19));
        r.referenceLow = 50;
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("reversed")));
        r = alt(30, at(19));
        r.specimen.clear();
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("specimen")));
        r = alt(30, at(21));
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("future")));
        r = alt(30, at(19));
        r.abnormalFlag = QStringLiteral("X");
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("flag")));
        r = alt(30, at(19));
        r.valueNumber.reset();
        QVERIFY(LabResultRepository::problems(r, now).join(' ').contains(QStringLiteral("value")));
    }
    void unitsMapToUcum() {
        QCOMPARE(LabUnits::ucumOf(QStringLiteral("mg/dL")), QStringLiteral("mg/dL"));
        QCOMPARE(LabUnits::ucumOf(QStringLiteral("ｍｇ／ｄＬ")), QStringLiteral("mg/dL"));
        QCOMPARE(LabUnits::ucumOf(QStringLiteral("×10^4/µL")), QStringLiteral("10*4/uL"));
        QCOMPARE(LabUnits::ucumOf(QStringLiteral("IU/L")), QStringLiteral("[IU]/L"));
        QVERIFY(LabUnits::ucumOf(QStringLiteral("bananas")).isEmpty());
    }
    void everyCoreItemHasAUnitThatMapsToUcum() {
        QSet<QString> withUnit;
        for (const MasterEntry& e : JlacCoreCodes::entries()) {
            const QString unit = LabItemUnits::of(e.groupCode);
            if (!unit.isEmpty()) {
                withUnit.insert(e.groupCode);
                QVERIFY2(!LabUnits::ucumOf(unit).isEmpty(), qPrintable(e.groupCode + QLatin1Char(' ') + unit));
            }
        }
        QVERIFY2(withUnit.size() >= 38, qPrintable(QString::number(withUnit.size())));
        QCOMPARE(LabItemUnits::of(QStringLiteral("HbA1c-NGSP")), QStringLiteral("%"));
        QVERIFY(LabItemUnits::of(QStringLiteral("PT-INR")).isEmpty()); // a ratio has no unit
    }
    void lastOfItemIsThisClinicsNewest() {
        LabResultRepository& labs = f->chart().labs();
        QVERIFY(!labs.lastOfItem(QStringLiteral("ALT")).has_value());
        labs.create(alt(30, at(10)));
        LabResult newer = alt(31, at(12));
        newer.referenceLow = 10;
        newer.referenceHigh = 40;
        newer = labs.create(newer);
        labs.create(alt(32, at(11))); // entered later, collected earlier
        auto last = labs.lastOfItem(QStringLiteral("ALT"));
        QVERIFY(last.has_value());
        QCOMPARE(last->id, newer.id);
        QCOMPARE(last->referenceLow, std::optional<double>(10));
        labs.withdraw(newer.id, QStringLiteral("取り違え"));
        QCOMPARE(*labs.lastOfItem(QStringLiteral("ALT"))->valueNumber, 32.0);
    }
    void flagFromRangeAndSeriesOverTime() {
        auto& labs = f->chart().labs();
        const LabResult high = labs.create(alt(58, at(1)));
        QCOMPARE(high.abnormalFlag, QStringLiteral("H"));
        QCOMPARE(high.ucumUnit, QStringLiteral("U/L"));
        QCOMPARE(labs.create(alt(35, at(10))).abnormalFlag, QStringLiteral("N"));
        QCOMPARE(labs.create(alt(5, at(19))).abnormalFlag, QStringLiteral("L"));
        LabResult hbs;
        hbs.patientId = f->patientId;
        hbs.code = QStringLiteral("5F016141002399951");
        hbs.itemKey = QStringLiteral("HBs-AG-RESULT");
        hbs.name = QStringLiteral("HBs抗原(判定)");
        hbs.infection = true;
        hbs.valueText = QStringLiteral("陰性");
        hbs.abnormalFlag = QStringLiteral("NEG");
        hbs.specimen = QStringLiteral("血清");
        hbs.collectedAt = at(19);
        labs.create(hbs);
        const QList<LabResult> series = labs.series(f->patientId, QStringLiteral("ALT"));
        QCOMPARE(series.size(), 3);
        QCOMPARE(*series.first().valueNumber, 58.0);
        QCOMPARE(*series.last().valueNumber, 5.0);
        const QList<LabItemSummary> items = labs.items(f->patientId);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).itemKey, QStringLiteral("ALT"));
        QCOMPARE(items.at(0).count, 3);
        QCOMPARE(items.at(0).latestValue, QStringLiteral("5"));
        QVERIFY(items.at(1).infection);
        QCOMPARE(items.at(1).latestValue, QStringLiteral("陰性"));
        QCOMPARE(f->auditRows(QStringLiteral("view"), QStringLiteral("lab-series")), 1);
        // Correction is a new version; withdrawal leaves the row, out of the series.
        LabResult fix = series.last();
        fix.valueNumber = 50;
        fix.abnormalFlag.clear();
        fix = labs.update(fix, QStringLiteral("転記誤り"));
        QCOMPARE(fix.version, 2);
        QCOMPARE(fix.abnormalFlag, QStringLiteral("H"));
        labs.withdraw(fix.id, QStringLiteral("検体取り違え"));
        QCOMPARE(labs.series(f->patientId, QStringLiteral("ALT")).size(), 2);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM lab_results;"), Error::Kind::Conflict);
    }
    void csvImportSavesEveryRow() {
        const QByteArray csv =
            "patient_number,collected_at,code_system,code,name,value,unit,reference_low,reference_high,"
            "reference_text,abnormal_flag,specimen,comment\n"
            "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT(GPT),45,U/L,7,42,,,血清,\n"
            "1,2026-11-18 08:30,jlac10,3D046000001906202,HbA1c(NGSP),6.9,%,4.6,6.2,,H,全血,\"空腹時, 再検\"\n"
            "1,2026-11-18 08:30,jlac10,5F016141002399951,HBs抗原(判定),陰性,,,,陰性,,血清,\n";
        const auto summary = f->chart().labs().importCsv(csv, QStringLiteral("lab.csv"));
        QCOMPARE(summary.results, 3);
        QCOMPARE(summary.patients, 1);
        const auto items = f->chart().labs().items(f->patientId);
        QCOMPARE(items.size(), 3);
        const QList<LabResult> recent = f->chart().labs().recent(f->patientId, 10);
        QVERIFY(recent.first().fromCsv);
        bool sawComment = false;
        for (const LabResult& r : recent) {
            sawComment = sawComment || r.comment == QStringLiteral("空腹時, 再検");
        }
        QVERIFY(sawComment);
    }
    // What JP-CLINS 1.9 and 1.6 ask of a shared result, the clinic's local code of the item and the ordering doctor:
    // defaulted where the record knows them, kept back (with the reason) where it does not, and completed by a doctor.
    void aSharedResultNeedsTheLocalCodeAndTheOrderingDoctor() {
        addUser(QStringLiteral("clerk.ito"), Role::Clerk);
        LabResultRepository& labs = f->chart().labs();
        const LabResult first = labs.create(alt(30, at(10)));
        QCOMPARE(first.orderedByLogin, ChartFixture::DoctorName); // the doctor recording it ordered it
        QCOMPARE(first.orderedByName, QStringLiteral("佐藤 医師"));
        QVERIFY(first.localCode.isEmpty());
        QCOMPARE(labs.sharingOf(first), LabSharing::Reason::NoLocalItemCode);
        QVERIFY(
            LabSharing::explanation(LabSharing::Reason::NoLocalItemCode).contains(QStringLiteral("院内項目コード")));
        QCOMPARE(labs.unshareableCounts().value(LabSharing::Reason::NoLocalItemCode), 1);
        const auto item = labs.items(f->patientId).first();
        QVERIFY(!item.shareable);
        QVERIFY(item.canBeCompleted);

        LabResult second = alt(31, at(11));
        second.localCode = QStringLiteral("L-ALT");
        QCOMPARE(labs.sharingOf(labs.create(second)), LabSharing::Reason::Shared);
        // The next result of the item takes the clinic's code from the last one.
        const LabResult third = labs.create(alt(32, at(12)));
        QCOMPARE(third.localCode, QStringLiteral("L-ALT"));
        QCOMPARE(labs.sharingOf(third), LabSharing::Reason::Shared);

        // A code that is not a code, and an ordering doctor who is not a doctor, are refused in words.
        LabResult bad = alt(33, at(13));
        bad.localCode = QStringLiteral("L ALT");
        TSUMUGI_VERIFY_ERROR(labs.create(bad), Error::Kind::Validation);
        bad = alt(33, at(13));
        bad.orderedByLogin = QStringLiteral("clerk.ito");
        try {
            labs.create(bad);
            QFAIL("a clerk was taken as the ordering doctor");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("clerk.ito")), qPrintable(e.message()));
        }

        // A result from before the record knew the ordering doctor (an upgraded record): kept back until completed.
        f->record().db().exec(QStringLiteral("UPDATE lab_results SET ordered_by = NULL WHERE id = %1;")
                                  .arg(first.id)
                                  .toUtf8()
                                  .constData());
        QCOMPARE(labs.sharingOf(*labs.find(first.id)), LabSharing::Reason::NoLocalItemCode);
        QCOMPARE(labs.completeForSharing(f->patientId, QStringLiteral("ALT"), QStringLiteral("L-ALT")), 1);
        const LabResult completed = *labs.find(first.id);
        QCOMPARE(completed.localCode, QStringLiteral("L-ALT"));
        QCOMPARE(completed.orderedByLogin, ChartFixture::DoctorName);
        QCOMPARE(completed.version, 2);
        QCOMPARE(labs.sharingOf(completed), LabSharing::Reason::Shared);
        QVERIFY(labs.unshareableCounts().isEmpty());
        QCOMPARE(labs.completeForSharing(f->patientId, QStringLiteral("ALT"), QStringLiteral("L-ALT")), 0);
        TSUMUGI_VERIFY_ERROR(labs.completeForSharing(f->patientId, QStringLiteral("ALT"), QStringLiteral("L ALT")),
                             Error::Kind::Validation);
    }
    void csvCarriesTheLocalCodeAndTheOrderingDoctor() {
        addUser(QStringLiteral("dr.kato"), Role::Doctor);
        const QByteArray csv = "patient_number,collected_at,code_system,code,name,value,unit,specimen,local_code,"
                               "ordered_by\n"
                               "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,血清,0001234,dr.kato\n"
                               "1,2026-11-19 08:30,jlac10,3B045000002327201,ALT,40,U/L,血清,,\n";
        QCOMPARE(f->chart().labs().importCsv(csv, QStringLiteral("lab.csv")).results, 2);
        const QList<LabResult> series = f->chart().labs().series(f->patientId, QStringLiteral("ALT"));
        QCOMPARE(series.at(0).localCode, QStringLiteral("0001234"));
        QCOMPARE(series.at(0).orderedByLogin, QStringLiteral("dr.kato"));
        QCOMPARE(series.at(1).localCode, QStringLiteral("0001234"));     // the item's code, remembered
        QCOMPARE(series.at(1).orderedByLogin, ChartFixture::DoctorName); // the doctor importing it
        const QByteArray wrong = "patient_number,collected_at,code_system,code,name,value,unit,specimen,ordered_by\n"
                                 "1,2026-11-20 08:30,jlac10,3B045000002327201,ALT,45,U/L,血清,nobody\n";
        try {
            f->chart().labs().importCsv(wrong, QStringLiteral("wrong.csv"));
            QFAIL("an unknown ordering doctor was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 2")) && e.message().contains(QStringLiteral("nobody")),
                     qPrintable(e.message()));
        }
    }
    void csvWithBadRowsImportsNothingAndNamesTheLines() {
        const QByteArray csv =
            "patient_number,collected_at,code_system,code,name,value,unit,reference_low,reference_high,"
            "specimen\n"
            "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,7,42,血清\n"
            "1,yesterday,jlac10,3B045000002327201,ALT,45,U/L,7,42,血清\n"
            "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,7,42,\n"
            "77,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,7,42,血清\n";
        try {
            f->chart().labs().importCsv(csv, QStringLiteral("bad.csv"));
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3")), qPrintable(e.message()));
        }
        // Shape is fine but chart rules fail: the repository names those lines.
        const QByteArray csv2 = "patient_number,collected_at,code_system,code,name,value,unit,specimen\n"
                                "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,血清\n"
                                "1,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,\n"
                                "77,2026-11-18 08:30,jlac10,3B045000002327201,ALT,45,U/L,血清\n";
        try {
            f->chart().labs().importCsv(csv2, QStringLiteral("bad2.csv"));
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 3")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("line 4: there is no patient number 77")),
                     qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("line 2")));
        }
        QCOMPARE(f->count("SELECT count(*) FROM lab_results;"), 0);
        TSUMUGI_VERIFY_ERROR(LabCsvReader::read("patient_number,code\n1,x\n"), Error::Kind::Validation);
    }
};

TSUMUGI_TEST_CLASS(TestLabResults)
#include "test_lab_results.moc"
