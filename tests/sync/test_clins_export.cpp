#include "support/OfficialValidator.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/FhirProfiles.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;

namespace {
const QString Doctor = QStringLiteral("dr.sato");
const QString DoctorPassword = QStringLiteral("doctor pass 1");
const QDateTime Now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

// True when some string in j is empty, or some object or array has nothing in it.
bool hasEmpty(const Json& j) {
    if (j.is_string()) {
        return j.get<std::string>().empty();
    }
    if (j.is_object() || j.is_array()) {
        if (j.empty()) {
            return true;
        }
        for (const Json& v : j) {
            if (hasEmpty(v)) {
                return true;
            }
        }
    }
    return false;
}

QStringList texts(const Json& bundle, const char* path1, const char* path2) {
    QStringList out;
    for (const Json& e : bundle["entry"]) {
        const Json& r = e["resource"];
        if (r["resourceType"] != "Patient") {
            out << QString::fromStdString(r[path1][path2].get<std::string>());
        }
    }
    return out;
}
} // namespace

// The rich scenario: every item kind and flag through the real record, exported and officially validated.
class TestClinsExport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRecord> t;
    qint64 patientId = 0;
    qint64 selfPayId = 0;

    Chart& chart() { return t->record->chart(); }

    Diagnosis diagnosis(const QString& name, const QDate& start) {
        Diagnosis d;
        d.patientId = patientId;
        d.name = name;
        d.startDate = start;
        return d;
    }
    LabResult lab(const QString& code, const QString& item, const QString& name, const QDateTime& at) {
        LabResult r;
        r.patientId = patientId;
        r.code = code;
        r.itemKey = item;
        // The clinic's own code of the item, which a shared result carries beside its JLAC code (JP-CLINS 1.9).
        r.localCode = item.isEmpty() ? QString() : QStringLiteral("L-") + item;
        r.name = name;
        r.specimen = QStringLiteral("血清");
        r.collectedAt = at;
        return r;
    }

private slots:
    void init() {
        t = std::make_unique<test::TempRecord>();
        t->record->users().add(Doctor, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        Patient p;
        p.familyName = QStringLiteral("山田");
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ヤマダ");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1955, 4, 12);
        p.address = QStringLiteral("東京都中野区中野2-3-4");
        p.insurance = {QStringLiteral("39131016"), {}, QStringLiteral("00012345"), {}};
        patientId = t->record->patients().create(p).id;
        Patient selfPay = p;
        selfPay.givenName = QStringLiteral("花子");
        selfPay.insurance = {};
        selfPayId = t->record->patients().create(selfPay).id;
        t->reopen(Doctor, DoctorPassword);

        Visit out;
        out.patientId = patientId;
        out.date = QDate(2026, 11, 20);
        out.department = QStringLiteral("内科");
        out = chart().visits().create(out);
        Visit in;
        in.patientId = patientId;
        in.date = QDate(2026, 3, 1);
        in.department = QStringLiteral("外科");
        in.encounterClass = Visit::EncounterClass::Inpatient;
        in = chart().visits().create(in);

        auto& dx = chart().diagnoses();
        Diagnosis principal = diagnosis(QStringLiteral("十二指腸潰瘍"), QDate(2020, 4, 10));
        principal.medisCode = QStringLiteral("20064049");
        principal.principal = true;
        principal.longTerm = true;
        principal.visitId = out.id;
        dx.create(principal);
        Diagnosis suspected = diagnosis(QStringLiteral("急性化膿性虫垂炎"), QDate(2026, 3, 1));
        suspected.medisCode = QStringLiteral("20058257");
        suspected.receiptCode = QStringLiteral("5409004");
        suspected.icd10 = QStringLiteral("K358");
        suspected.suspected = true;
        suspected.visitId = in.id;
        suspected.outcome = Diagnosis::Outcome::Cured;
        suspected.endDate = QDate(2026, 3, 20);
        dx.create(suspected);
        Diagnosis uncoded = diagnosis(QStringLiteral("原因不明の微熱"), QDate(2025, 6, 1));
        uncoded.uninformed = true;
        uncoded.undelivered = true;
        uncoded.department = QStringLiteral("総合診療科");
        dx.create(uncoded);
        Diagnosis old = diagnosis(QStringLiteral("胃潰瘍"), QDate(2015, 1, 5));
        old.medisCode = QStringLiteral("20064049");
        old.outcome = Diagnosis::Outcome::Cured;
        old.endDate = QDate(2019, 1, 5); // ended more than 5 years ago: left out
        dx.create(old);
        const Diagnosis wrong = dx.create(diagnosis(QStringLiteral("誤登録"), QDate(2026, 11, 1)));
        dx.withdraw(wrong.id, QStringLiteral("entered in error"));

        auto& ax = chart().allergies();
        Allergy mackerel;
        mackerel.patientId = patientId;
        mackerel.visitId = out.id;
        mackerel.category = Allergy::Category::Food;
        mackerel.codeSystem = Allergy::CodeSystem::Jfagy;
        mackerel.code = QStringLiteral("J9FC11310000");
        mackerel.name = QStringLiteral("さば");
        mackerel.reaction = QStringLiteral("蕁麻疹");
        mackerel.severity = Allergy::Severity::Moderate;
        mackerel.criticality = Allergy::Criticality::High;
        mackerel.longTerm = true;
        ax.create(mackerel);
        Allergy freeText;
        freeText.patientId = patientId;
        freeText.category = Allergy::Category::Environment;
        freeText.codeSystem = Allergy::CodeSystem::None;
        freeText.name = QStringLiteral("湿布のかぶれ");
        freeText.unconfirmed = true;
        ax.create(freeText);
        Allergy nsaid;
        nsaid.patientId = patientId;
        nsaid.visitId = in.id;
        nsaid.category = Allergy::Category::Medication;
        nsaid.codeSystem = Allergy::CodeSystem::Yj;
        nsaid.code = QStringLiteral("1149019F1560");
        nsaid.name = QStringLiteral("ロキソプロフェンナトリウム錠60mg");
        nsaid.reaction = QStringLiteral("喘息発作");
        nsaid.severity = Allergy::Severity::Severe;
        nsaid.longTerm = true;
        ax.create(nsaid);
        Allergy withdrawn = freeText;
        withdrawn.name = QStringLiteral("取り消すアレルギー");
        ax.withdraw(ax.create(withdrawn).id, QStringLiteral("entered in error"));

        auto& lx = chart().labs();
        const QDateTime at(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
        LabResult alt = lab(QStringLiteral("3B045000002327201"), QStringLiteral("ALT"), QStringLiteral("ALT"), at);
        alt.visitId = out.id;
        alt.valueNumber = 41;
        alt.unit = QStringLiteral("U/L");
        alt.referenceLow = 7;
        alt.referenceHigh = 23;
        lx.create(alt);
        LabResult alb =
            lab(QStringLiteral("3A015000002329101"), QStringLiteral("ALB"), QStringLiteral("アルブミン"), at);
        alb.valueNumber = 3.9;
        alb.unit = QStringLiteral("g/dL");
        alb.referenceLow = 3.8;
        alb.referenceHigh = 5.2;
        lx.create(alb);
        LabResult a1c = lab(QStringLiteral("3D046000001921002"), QStringLiteral("HbA1c-NGSP"), QStringLiteral("HbA1c"),
                            at.addDays(-200));
        a1c.valueNumber = 7.2;
        a1c.unit = QStringLiteral("%");
        a1c.referenceHigh = 6.2;
        a1c.specimen = QStringLiteral("全血");
        lx.create(a1c);
        LabResult hbs =
            lab(QStringLiteral("5F016141001819011"), QStringLiteral("HBs-AG-RESULT"), QStringLiteral("HBs抗原"), at);
        hbs.infection = true;
        hbs.valueText = QStringLiteral("陽性");
        hbs.abnormalFlag = QStringLiteral("POS");
        hbs.referenceText = QStringLiteral("陰性");
        lx.create(hbs);
        LabResult tp =
            lab(QStringLiteral("5E075135101819011"), QStringLiteral("TP-RESULT"), QStringLiteral("梅毒TP抗体"), at);
        tp.infection = true;
        tp.valueText = QStringLiteral("陰性");
        tp.abnormalFlag = QStringLiteral("NEG");
        lx.create(tp);
        LabResult local = lab(QStringLiteral("L0042"), {}, QStringLiteral("院内項目"), at);
        local.codeSystem = LabResult::CodeSystem::Local;
        local.valueNumber = 1;
        local.unit = QStringLiteral("mg/dL");
        lx.create(local); // not a JP-CLINS item: left out
        LabResult cre =
            lab(QStringLiteral("3C015000002327101"), QStringLiteral("Cre"), QStringLiteral("クレアチニン"), at);
        cre.localCode.clear(); // a core item without the clinic's code: kept back until a doctor adds it
        cre.valueNumber = 0.9;
        cre.unit = QStringLiteral("mg/dL");
        lx.create(cre);
    }
    void cleanup() { t.reset(); }

    void exportsThreeValidBundles() {
        ClinsExporter exporter(*t->record);
        const auto bundles = exporter.exportPatient(patientId, {2026, Now, 42});
        QCOMPARE(bundles.size(), 3);
        QTemporaryDir dir;
        QStringList files;
        for (const auto& b : bundles) {
            QVERIFY2(!hasEmpty(b.json()), qPrintable(b.fileName));
            const QString path = dir.filePath(b.fileName);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b.data);
            files << path;
        }
        QCOMPARE(bundles[0].fileName, QStringLiteral("P0000001-Condition.json"));
        QCOMPARE(bundles[0].identifier, QStringLiteral("1310000001^2026^P0000001-Condition"));
        QCOMPARE(bundles[1].identifier, QStringLiteral("1310000001^2026^P0000001-AllergyIntolerance"));
        QCOMPARE(bundles[2].identifier, QStringLiteral("1310000001^2026^P0000001-Observation"));
        TSUMUGI_VALIDATE_OFFICIALLY(files);
    }
    void snapshotHoldsWhatTheGuideAsks() {
        const auto bundles = ClinsExporter(*t->record).exportPatient(patientId, {2026, Now, 42});
        QCOMPARE(texts(bundles[0].json(), "code", "text"),
                 (QStringList{QStringLiteral("十二指腸潰瘍"), QStringLiteral("原因不明の微熱"),
                              QStringLiteral("急性化膿性虫垂炎")}));
        QCOMPARE(texts(bundles[1].json(), "code", "text"),
                 (QStringList{QStringLiteral("さば"), QStringLiteral("湿布のかぶれ"),
                              QStringLiteral("ロキソプロフェンナトリウム錠60mg")}));
        QCOMPARE(bundles[2].items, 5); // the local item is not sent, the result without a local code kept back
        QCOMPARE(chart().labs().unshareableCounts().value(LabSharing::Reason::NoLocalItemCode), 1);
        for (const Json& e : bundles[2].json()["entry"]) {
            const Json& o = e["resource"];
            if (o["resourceType"] != "Observation") {
                continue;
            }
            // The clinic's code beside the JLAC code, and the doctor who ordered it as the performer.
            QCOMPARE(o["code"]["coding"][0]["system"].get<std::string>(), std::string(uri::LabLocalCode));
            QVERIFY(o["code"]["coding"][0]["code"].get<std::string>().rfind("L-", 0) == 0);
            QCOMPARE(o["performer"][0]["reference"].get<std::string>(), std::string("#performer"));
            bool named = false;
            for (const Json& c : o["contained"]) {
                named = named || (c["resourceType"] == "Practitioner" && c["name"][0]["text"] == "佐藤 医師" &&
                                  c["identifier"][0]["value"] == "dr.sato" &&
                                  c["identifier"][0]["system"] == "urn:oid:1.2.392.100495.20.3.41.11310000001");
            }
            QVERIFY(named);
        }
        const Json uncoded = bundles[0].json()["entry"][2]["resource"];
        QCOMPARE(uncoded["code"]["coding"][0]["code"].get<std::string>(), std::string("99999999"));
        QCOMPARE(uncoded["meta"]["tag"].size(), std::size_t(2));
        QCOMPARE(bundles[0].json()["entry"][0]["resource"]["resourceType"].get<std::string>(), std::string("Patient"));
        // UTF-8 as is, no \u escapes.
        QVERIFY(ClinsExporter::serialize(bundles[0].json()).contains("十二指腸潰瘍"));
    }
    void reproducibleWithASeed() {
        ClinsExporter exporter(*t->record);
        const auto a = exporter.exportPatient(patientId, {2026, Now, 7});
        const auto b = exporter.exportPatient(patientId, {2026, Now, 7});
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].data, b[i].data);
        }
        const auto c = exporter.exportPatient(patientId, {2026, Now, 8});
        QVERIFY(a[0].data != c[0].data);
        QCOMPARE(c[0].identifier, a[0].identifier); // stable per unit: a resend replaces
    }
    void yearDefaultsToNow() {
        const auto bundles = ClinsExporter(*t->record).exportPatient(patientId, {0, Now, 1});
        QVERIFY(bundles[0].identifier.contains(QStringLiteral("^2026^")));
    }
    void selfPayPatientIsRefused() {
        try {
            ClinsExporter(*t->record).exportPatient(selfPayId, {2026, Now, 1});
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY(e.message().contains(QStringLiteral("R1012")));
        }
    }
};

TSUMUGI_TEST_CLASS(TestClinsExport)
#include "test_clins_export.moc"
