#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/ClinsImporter.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/ReceivedItemStore.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;

namespace {
const QString Doctor = QStringLiteral("dr.sato");
const QString DoctorPassword = QStringLiteral("doctor pass 1");
const QString Sender = QStringLiteral("1319990002");

qint64 count(ClinicRecord& r, const char* sql) {
    Statement st(r.db(), sql);
    st.step();
    return st.int64(0);
}

Patient hanako() {
    Patient p;
    p.familyName = QStringLiteral("佐藤");
    p.givenName = QStringLiteral("花子");
    p.familyKana = QStringLiteral("サトウ");
    p.givenKana = QStringLiteral("ハナコ");
    p.sex = Sex::Female;
    p.birthDate = QDate(1948, 11, 3);
    p.insurance = {QStringLiteral("39131016"), QStringLiteral("記号1"), QStringLiteral("00012345"),
                   QStringLiteral("01")};
    return p;
}

// Another clinic with its own record: what it exports is what we receive.
struct SenderClinic {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 19), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ClinicRecord> record;
    qint64 patientId = 0;

    SenderClinic() {
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("よその内科"), Sender, {}, {}};
        setup.adminName = QStringLiteral("admin");
        setup.adminDisplayName = QStringLiteral("管理者");
        setup.adminPassword = QStringLiteral("correct horse 1");
        const QString path = dir.filePath(QStringLiteral("sender.tsumugi"));
        record = ClinicRecord::create(path, setup, clock);
        record->users().add(QStringLiteral("dr.other"), QStringLiteral("他院 医師"), Role::Doctor, DoctorPassword);
        patientId = record->patients().create(hanako()).id;
        record.reset();
        record = ClinicRecord::open(path, QStringLiteral("dr.other"), DoctorPassword, clock);

        Diagnosis d;
        d.patientId = patientId;
        d.name = QStringLiteral("十二指腸潰瘍");
        d.medisCode = QStringLiteral("20064049");
        d.icd10 = QStringLiteral("K269");
        d.startDate = QDate(2020, 4, 10);
        d.principal = true;
        d.longTerm = true;
        d.department = QStringLiteral("消化器内科");
        d.comment = QStringLiteral("内視鏡で確認");
        record->chart().diagnoses().create(d);
        Diagnosis s = d;
        s.name = QStringLiteral("急性化膿性虫垂炎");
        s.medisCode = QStringLiteral("20058257");
        s.icd10.clear();
        s.principal = false;
        s.suspected = true;
        s.outcome = Diagnosis::Outcome::Cured;
        s.endDate = QDate(2026, 3, 20);
        s.startDate = QDate(2026, 3, 1);
        s.comment.clear();
        record->chart().diagnoses().create(s);

        Allergy a;
        a.patientId = patientId;
        a.category = Allergy::Category::Food;
        a.codeSystem = Allergy::CodeSystem::Jfagy;
        a.code = QStringLiteral("J9FC11310000");
        a.name = QStringLiteral("さば");
        a.reaction = QStringLiteral("蕁麻疹");
        a.severity = Allergy::Severity::Moderate;
        a.criticality = Allergy::Criticality::High;
        a.longTerm = true;
        record->chart().allergies().create(a);
        Allergy drug;
        drug.patientId = patientId;
        drug.category = Allergy::Category::Medication;
        drug.codeSystem = Allergy::CodeSystem::Yj;
        drug.code = QStringLiteral("1149019F1560");
        drug.name = QStringLiteral("ロキソプロフェンナトリウム錠60mg");
        record->chart().allergies().create(drug);

        LabResult alt;
        alt.patientId = patientId;
        alt.code = QStringLiteral("3B045000002327201");
        alt.localCode = QStringLiteral("0001234");
        alt.itemKey = QStringLiteral("ALT");
        alt.name = QStringLiteral("ALT");
        alt.valueNumber = 41;
        alt.unit = QStringLiteral("U/L");
        alt.ucumUnit = QStringLiteral("U/L");
        alt.referenceLow = 7;
        alt.referenceHigh = 23;
        alt.specimen = QStringLiteral("血清");
        alt.collectedAt = QDateTime(QDate(2026, 11, 18), QTime(1, 0), Qt::UTC);
        record->chart().labs().create(alt);
        LabResult hbs = alt;
        hbs.code = QStringLiteral("5F016141002304101");
        hbs.localCode = QStringLiteral("0005001");
        hbs.itemKey = QStringLiteral("HBs-AG-RESULT");
        hbs.name = QStringLiteral("HBs抗原");
        hbs.infection = true;
        hbs.valueNumber.reset();
        hbs.valueText = QStringLiteral("陰性");
        hbs.unit.clear();
        hbs.ucumUnit.clear();
        hbs.referenceLow.reset();
        hbs.referenceHigh.reset();
        record->chart().labs().create(hbs);
    }

    // The three bundles as files in out; their paths.
    QStringList exportTo(const QTemporaryDir& out) {
        ClinsExporter::Options o;
        o.now = clock.now();
        o.seed = 11;
        QStringList paths;
        for (const auto& b : ClinsExporter(*record).exportPatient(patientId, o)) {
            const QString path = out.filePath(b.fileName);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(b.data);
            paths << path;
        }
        return paths;
    }
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(data);
}
} // namespace

class TestClinsImport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRecord> t;
    std::unique_ptr<SenderClinic> sender;
    QTemporaryDir files;
    QStringList bundles;

    Chart& chart() { return t->record->chart(); }
    ClinicRecord& record() { return *t->record; }

    QList<FhirImportResult> importAll(const QStringList& paths, const ClinsImporter::Options& o = {}) {
        ClinsImporter importer(record());
        QList<FhirImportResult> out;
        for (const QString& p : paths) {
            out << importer.importFile(p, o);
        }
        return out;
    }
    qint64 items() {
        return count(record(), "SELECT (SELECT COUNT(*) FROM diagnoses) + (SELECT COUNT(*) FROM allergies) + "
                               "(SELECT COUNT(*) FROM lab_results);");
    }
    // A bundle file's JSON, changed by edit, written beside the original; its path.
    QString edited(const QString& type, const std::function<void(Json&)>& edit) {
        QString path;
        for (const QString& b : bundles) {
            if (b.endsWith(QStringLiteral("-") + type + QStringLiteral(".json"))) {
                path = b;
            }
        }
        Json j = Json::parse(readAll(path).toStdString());
        edit(j);
        const QString out = files.filePath(QStringLiteral("edited-") + type + QStringLiteral(".json"));
        writeAll(out, QByteArray::fromStdString(j.dump()));
        return out;
    }

private slots:
    void init() {
        t = std::make_unique<test::TempRecord>();
        t->record->users().add(Doctor, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        t->reopen(Doctor, DoctorPassword);
        sender = std::make_unique<SenderClinic>();
        bundles = sender->exportTo(files);
        QCOMPARE(bundles.size(), 3);
    }

    void bundlesFromAnotherClinicBecomeReadOnlyItemsOfANewPatient() {
        const auto results = importAll(bundles);
        for (const auto& r : results) {
            QVERIFY2(r.ok(), qPrintable(r.text()));
            QCOMPARE(r.sourceInstitution, Sender);
        }
        QCOMPARE(results[0].patientFound, FhirImportResult::PatientFound::Created);
        // The second and third bundle carry the same patient: found by the insured identifier now on file.
        QCOMPARE(results[1].patientFound, FhirImportResult::PatientFound::InsuredIdentifier);
        QCOMPARE(record().patients().count(), 1);
        const qint64 pid = results[0].patientId;
        const Patient p = *record().patients().open(pid);
        QCOMPARE(p.fullName(), QStringLiteral("佐藤　花子"));
        QCOMPARE(p.familyKana, QStringLiteral("サトウ"));
        QCOMPARE(p.birthDate, QDate(1948, 11, 3));
        QCOMPARE(p.insurance.number, QStringLiteral("00012345"));

        const auto dx = chart().diagnoses().forPatient(pid);
        QCOMPARE(dx.size(), 2);
        const Diagnosis& ulcer = dx[0].principal ? dx[0] : dx[1];
        const Diagnosis& appendicitis = dx[0].principal ? dx[1] : dx[0];
        QCOMPARE(ulcer.name, QStringLiteral("十二指腸潰瘍"));
        QCOMPARE(ulcer.medisCode, QStringLiteral("20064049"));
        QCOMPARE(ulcer.icd10, QStringLiteral("K269"));
        QCOMPARE(ulcer.startDate, QDate(2020, 4, 10));
        QVERIFY(ulcer.longTerm);
        QCOMPARE(ulcer.department, QStringLiteral("消化器内科"));
        QCOMPARE(ulcer.comment, QStringLiteral("内視鏡で確認"));
        QCOMPARE(ulcer.sourceInstitution, Sender);
        QVERIFY(appendicitis.suspected);
        QCOMPARE(appendicitis.outcome, Diagnosis::Outcome::Cured);
        QCOMPARE(appendicitis.endDate, QDate(2026, 3, 20));

        const auto ax = chart().allergies().forPatient(pid);
        QCOMPARE(ax.size(), 2);
        for (const Allergy& a : ax) {
            QCOMPARE(a.sourceInstitution, Sender);
            if (a.isContraindication()) {
                QCOMPARE(a.codeSystem, Allergy::CodeSystem::Yj);
                QCOMPARE(a.code, QStringLiteral("1149019F1560"));
            } else {
                QCOMPARE(a.code, QStringLiteral("J9FC11310000"));
                QCOMPARE(a.reaction, QStringLiteral("蕁麻疹"));
                QCOMPARE(a.severity, Allergy::Severity::Moderate);
                QCOMPARE(a.criticality, Allergy::Criticality::High);
                QVERIFY(a.longTerm);
            }
        }
        const auto labs = chart().labs().recent(pid, 10);
        QCOMPARE(labs.size(), 2);
        for (const LabResult& l : labs) {
            QCOMPARE(l.sourceInstitution, Sender);
            QCOMPARE(l.collectedAt, QDateTime(QDate(2026, 11, 18), QTime(1, 0), Qt::UTC));
            if (l.itemKey == QStringLiteral("ALT")) {
                QCOMPARE(*l.valueNumber, 41.0);
                QCOMPARE(l.unit, QStringLiteral("U/L"));
                QCOMPARE(*l.referenceHigh, 23.0);
            } else {
                QCOMPARE(l.itemKey, QStringLiteral("HBs-AG-RESULT"));
                QVERIFY(l.infection);
                QCOMPARE(l.valueText, QStringLiteral("陰性"));
            }
        }
        // The resource is kept as received, and every file is in the import log.
        const QByteArray raw = ReceivedItemStore(record()).rawJson(QStringLiteral("diagnosis"), ulcer.id);
        QVERIFY(raw.contains("\"resourceType\":\"Condition\""));
        QCOMPARE(count(record(), "SELECT COUNT(*) FROM fhir_imports;"), 3);
    }

    // A sender's identifier, once matched to one of our patients, is remembered for that patient only: a second
    // link of the same identifier changes nothing.
    void aSendersIdentifierIsLinkedToOnePatient() {
        const qint64 first = record().patients().create(hanako()).id;
        Patient other = hanako();
        other.givenName = QStringLiteral("次子");
        other.givenKana = QStringLiteral("ツギコ");
        const qint64 second = record().patients().create(other).id;
        ReceivedItemStore store(record());
        const QString identifier = QStringLiteral("local:1311234567:000123");
        QVERIFY(!store.linkedPatient(identifier));
        store.link(identifier, first);
        store.link(identifier, second);
        QCOMPARE(store.linkedPatient(identifier).value_or(0), first);
    }
    void receivedItemsCannotBeChangedHere() {
        const auto results = importAll(bundles);
        const qint64 pid = results[0].patientId;
        Diagnosis d = chart().diagnoses().forPatient(pid).first();
        d.comment = QStringLiteral("書き換え");
        // True when f is refused as a change to another institution's item, naming it.
        const auto refused = [](const std::function<void()>& f) {
            try {
                f();
            } catch (const Error& e) {
                return e.kind() == Error::Kind::PermissionDenied && e.message().contains(Sender);
            }
            return false;
        };
        QVERIFY(refused([&] { chart().diagnoses().update(d); }));
        QVERIFY(refused([&] { chart().diagnoses().withdraw(d.id, QStringLiteral("x")); }));
        Allergy a = chart().allergies().forPatient(pid).first();
        QVERIFY(refused([&] { chart().allergies().update(a); }));
        QVERIFY(refused([&] { chart().allergies().withdraw(a.id, QStringLiteral("x")); }));
        LabResult l = chart().labs().recent(pid, 1).first();
        QVERIFY(refused([&] { chart().labs().withdraw(l.id, QStringLiteral("x")); }));
        QCOMPARE(chart().diagnoses().find(d.id)->comment, QStringLiteral("内視鏡で確認"));
    }

    void theSameFilesTwiceAddNothing() {
        importAll(bundles);
        const qint64 before = items();
        QCOMPARE(before, 6);
        const auto again = importAll(bundles);
        int unchanged = 0;
        for (const auto& r : again) {
            QVERIFY2(r.ok(), qPrintable(r.text()));
            QCOMPARE(r.added, 0);
            QCOMPARE(r.updated, 0);
            unchanged += r.unchanged;
        }
        QCOMPARE(unchanged, 6);
        QCOMPARE(items(), before);
        QCOMPARE(record().patients().count(), 1);
    }

    void aChangedResendUpdatesTheItemAsANewVersion() {
        const auto first = importAll(bundles);
        const QString path = edited(QStringLiteral("Observation"), [](Json& b) {
            for (Json& e : b["entry"]) {
                if (e["resource"].value("resourceType", "") == "Observation" &&
                    e["resource"].contains("valueQuantity")) {
                    e["resource"]["valueQuantity"]["value"] = 45;
                }
            }
        });
        const auto r = importAll({path}).first();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.added, 0);
        bool seen = false;
        for (const LabResult& l : chart().labs().recent(first[0].patientId, 10)) {
            if (l.itemKey == QStringLiteral("ALT")) {
                QCOMPARE(*l.valueNumber, 45.0);
                QCOMPARE(l.version, 2);
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void unknownCodesAndElementsAreKeptAndReported() {
        const QString path = edited(QStringLiteral("Condition"), [](Json& b) {
            Json& c = b["entry"][1]["resource"];
            c["bodySite"] = Json::array({{{"text", "十二指腸球部"}}});
            c["code"]["coding"].push_back({{"system", "http://example.org/other-codes"}, {"code", "X-1"}});
        });
        const auto r = importAll({path}).first();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        const QString report = r.text();
        QVERIFY2(report.contains(QStringLiteral("Condition.bodySite")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("X-1")) &&
                     report.contains(QStringLiteral("http://example.org/other-codes")),
                 qPrintable(report));
        bool kept = false;
        for (const Diagnosis& d : chart().diagnoses().forPatient(r.patientId)) {
            const QByteArray raw = ReceivedItemStore(record()).rawJson(QStringLiteral("diagnosis"), d.id);
            kept = kept || (raw.contains("十二指腸球部") && raw.contains("X-1"));
        }
        QVERIFY(kept);
    }

    void aBrokenFileIsRefusedWholeNamingTheFileAndTheElement() {
        // The second Observation lacks its collection time: the first must not be imported either.
        const QString path = edited(QStringLiteral("Observation"),
                                    [](Json& b) { b["entry"][2]["resource"].erase("effectiveDateTime"); });
        const auto r = importAll({path}).first();
        QCOMPARE(r.status, FhirImportResult::Status::Failed);
        QVERIFY2(r.text().contains(QStringLiteral("edited-Observation.json")), qPrintable(r.text()));
        QVERIFY2(r.error.contains(QStringLiteral("Bundle.entry[2].resource.effectiveDateTime")), qPrintable(r.error));
        QCOMPARE(items(), 0);
        QCOMPARE(record().patients().count(), 0);
        QCOMPARE(count(record(), "SELECT COUNT(*) FROM fhir_imports;"), 0);
    }

    void malformedJsonAndWrongTypesAreClearErrors() {
        const QString broken = files.filePath(QStringLiteral("broken.json"));
        writeAll(broken, "{\"resourceType\": \"Bundle\", \"entry\": [");
        const QString encounter = files.filePath(QStringLiteral("encounter.json"));
        writeAll(encounter, R"({"resourceType":"Encounter","status":"finished"})");
        const QString notAString = files.filePath(QStringLiteral("type.json"));
        writeAll(
            notAString,
            R"({"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","name":"x"}}]})");
        const QString missing = files.filePath(QStringLiteral("does-not-exist.json"));
        const auto r = importAll({broken, encounter, notAString, missing});
        for (const auto& x : r) {
            QCOMPARE(x.status, FhirImportResult::Status::Failed);
        }
        QVERIFY2(r[0].error.contains(QStringLiteral("not valid JSON")), qPrintable(r[0].error));
        QVERIFY2(r[1].error.contains(QStringLiteral("resourceType")) &&
                     r[1].error.contains(QStringLiteral("Encounter")),
                 qPrintable(r[1].error));
        QVERIFY2(!r[2].error.isEmpty(), qPrintable(r[2].text()));
        QVERIFY2(r[3].text().contains(QStringLiteral("does-not-exist.json")), qPrintable(r[3].text()));
        QCOMPARE(items(), 0);
        QCOMPARE(record().patients().count(), 0);
    }

    void aPatientFoundOnlyByNameNeedsConfirmation() {
        // We know the patient, but without their insurance: only name, reading and birth date agree.
        t->reopen();
        Patient known = hanako();
        known.insurance = {};
        const qint64 ours = record().patients().create(known).id;
        t->reopen(Doctor, DoctorPassword);

        auto r = importAll({bundles[0]}).first();
        QCOMPARE(r.status, FhirImportResult::Status::NeedsConfirmation);
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates[0].id, ours);
        QVERIFY(r.text().contains(QStringLiteral("--accept-match")));
        QCOMPARE(items(), 0);

        ClinsImporter::Options accept;
        accept.acceptMatch = true;
        r = importAll({bundles[0]}, accept).first();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.patientId, ours);
        QCOMPARE(r.patientFound, FhirImportResult::PatientFound::Accepted);
        // Accepted once, the sender's identifiers are remembered: the next files need no confirmation.
        const auto rest = importAll(bundles.mid(1));
        for (const auto& x : rest) {
            QVERIFY2(x.ok(), qPrintable(x.text()));
            QCOMPARE(x.patientId, ours);
        }
        QCOMPARE(record().patients().count(), 1);
    }

    void createPatientRegistersANewOneInsteadOfTheNameMatch() {
        t->reopen();
        Patient known = hanako();
        known.insurance = {};
        const qint64 ours = record().patients().create(known).id;
        t->reopen(Doctor, DoctorPassword);
        ClinsImporter::Options create;
        create.createPatient = true;
        const auto r = importAll({bundles[0]}, create).first();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QVERIFY(r.patientId != ours);
        QCOMPARE(r.patientFound, FhirImportResult::PatientFound::Created);
        QCOMPARE(record().patients().count(), 2);
    }

    void ourOwnExportIsNotImportedAsSomeoneElses() {
        const auto r = importAll(bundles);
        QVERIFY(r[0].ok());
        QTemporaryDir mine;
        ClinsExporter::Options o;
        o.now = t->clock.now();
        o.includeReceived = true;
        // Re-exported received items keep the sender's number: importing them again changes nothing.
        for (const auto& b : ClinsExporter(record()).exportPatient(r[0].patientId, o)) {
            const Json bundle = b.json();
            for (const auto& e : bundle["entry"]) {
                if (e["resource"]["resourceType"] != "Patient") {
                    QCOMPARE(QString::fromStdString(e["resource"]["extension"][0]["valueIdentifier"]["value"]), Sender);
                }
            }
        }
        // A file that says it was recorded here is refused.
        const QString own = edited(QStringLiteral("Condition"), [](Json& b) {
            for (Json& e : b["entry"]) {
                if (e["resource"]["resourceType"] != "Patient") {
                    e["resource"]["extension"][0]["valueIdentifier"]["value"] = "1310000001";
                }
            }
        });
        const auto refused = importAll({own}).first();
        QCOMPARE(refused.status, FhirImportResult::Status::Failed);
        QVERIFY2(refused.error.contains(QStringLiteral("1310000001")), qPrintable(refused.error));
    }

    void aSingleResourceGoesToThePatientOfAnEarlierFileOrTheGivenOne() {
        const QByteArray condition =
            R"({"resourceType":"Condition","id":"c1",)"
            R"("extension":[{"url":"http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber",)"
            R"("valueIdentifier":{"system":"http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no","value":"1319990002"}}],)"
            R"("clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},)"
            R"("code":{"coding":[{"system":"http://medis.or.jp/CodeSystem/master-disease-keyNumber","code":"20058911","display":"狭心症"}],"text":"狭心症"},)"
            R"("subject":{"reference":"Patient/p1"},"onsetDateTime":"2018"})";
        const QByteArray patient =
            R"({"resourceType":"Patient","id":"p1",)"
            R"("identifier":[{"system":"http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID","value":"39131016:記号1:00012345:01"}],)"
            R"("name":[{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"IDE"}],"family":"佐藤","given":["花子"]},)"
            R"({"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"SYL"}],"family":"サトウ","given":["ハナコ"]}],)"
            R"("gender":"female","birthDate":"1948-11-03"})";
        // Alone, the Condition does not say who the patient is.
        ClinsImporter alone(record());
        auto r = alone.importData(condition, QStringLiteral("condition.json"), {});
        QCOMPARE(r.status, FhirImportResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("Condition.subject")), qPrintable(r.error));
        // After the Patient file of the same run it does; the partial onset stays a year: 2018, not 2018-01-01.
        ClinsImporter run(record());
        const auto p = run.importData(patient, QStringLiteral("patient.json"), {});
        QVERIFY2(p.ok(), qPrintable(p.text()));
        r = run.importData(condition, QStringLiteral("condition.json"), {});
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.patientId, p.patientId);
        QCOMPARE(r.patientFound, FhirImportResult::PatientFound::EarlierFile);
        const Diagnosis received = chart().diagnoses().forPatient(p.patientId).first();
        QCOMPARE(received.startDate, QDate(2018, 1, 1)); // for sorting and windows
        QCOMPARE(received.startPrecision, PartialDate::Precision::Year);
        QCOMPARE(received.startText(), QStringLiteral("2018"));
        const QString shown = chart().plainText(p.patientId);
        QVERIFY2(shown.contains(QStringLiteral(" from 2018 ")) && !shown.contains(QStringLiteral("2018-01-01")),
                 qPrintable(shown));
    }
};

TSUMUGI_TEST_CLASS(TestClinsImport)
#include "test_clins_import.moc"
