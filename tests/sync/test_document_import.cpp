#include "support/ErrorKind.h"
#include "support/OfficialValidator.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"
#include "test_referral_scenario.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/ClinsImporter.h"
#include "sync/fhir/DocumentBundleExporter.h"
#include "sync/fhir/DocumentBundleReader.h"
#include "sync/fhir/ReferralBundleBuilder.h"
#include "sync/fhir/UuidSource.h"

#include "core/Error.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace tsumugi;
using namespace tsumugi::fhir;

namespace {
const QString Doctor = QStringLiteral("dr.kato");
const QString DoctorPassword = QStringLiteral("doctor pass 2");
// The receiving clinic's own number (not the example's sender 1319876543 nor its addressee 1311234567).
const QString Receiver = QStringLiteral("1310000002");

QString referralExample() {
    return QDir::cleanPath(QStringLiteral(TSUMUGI_SOURCE_DIR) +
                           QStringLiteral("/../shared/fhir/examples/Bundle-Bundle-CLINS-Referral-Example-01.json"));
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString s(const Json& j) {
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

// fullUrl → resource, and each section (walked into sub-sections) by its code.
struct Parsed {
    QHash<QString, Json> byUrl;
    QHash<QString, Json> sections;
    explicit Parsed(const Json& bundle) {
        for (const Json& e : bundle["entry"]) {
            byUrl.insert(s(e["fullUrl"]), e["resource"]);
        }
        walk(bundle["entry"][0]["resource"]["section"]);
    }
    void walk(const Json& list) {
        for (const Json& section : list) {
            sections.insert(s(section["code"]["coding"][0]["code"]), section);
            if (section.contains("section")) {
                walk(section["section"]);
            }
        }
    }
    QString text(const QString& code) const {
        return DocumentBundleReader::narrativeText(
            s(sections.value(code).value("text", Json::object()).value("div", Json())));
    }
    QList<Json> entries(const QString& code, const char* type) const {
        QList<Json> out;
        for (const Json& ref : sections.value(code).value("entry", Json::array())) {
            const Json r = byUrl.value(s(ref["reference"]));
            if (s(r["resourceType"]) == QLatin1String(type)) {
                out << r;
            }
        }
        return out;
    }
};

QSet<QString> codesOf(const QList<Json>& resources) {
    QSet<QString> out;
    for (const Json& r : resources) {
        for (const Json& c : r["code"].value("coding", Json::array())) {
            const QString system = s(c["system"]);
            // The code systems the record keeps (see test_clins_import_round_trip).
            if (system.contains(QStringLiteral("master-disease-keyNumber")) ||
                system.contains(QStringLiteral("masterB-disease")) || system.contains(QStringLiteral("ICD10")) ||
                system.contains(QStringLiteral("Jfagy"))) {
                out.insert(system + QLatin1Char('|') + s(c["code"]));
            }
        }
    }
    return out;
}

struct Receiving {
    test::TempRecord t{Receiver};
    Receiving() {
        t.record->users().add(Doctor, QStringLiteral("加藤 医師"), Role::Doctor, DoctorPassword);
        t.reopen(Doctor, DoctorPassword);
    }
    int count(const char* table) {
        Statement st(t.record->db(), std::string("SELECT count(*) FROM ") + table + ";");
        st.step();
        return int(st.int64(0));
    }
};
} // namespace

// Received referral letters and discharge summaries (JP_Bundle_eReferral / JP_Bundle_eDischargeSummary) are filed
// as the patient's read-only documents; their coded items become received chart items; a second import adds
// nothing; a corrected resend becomes the next version; broken letters fail whole, naming the element.
class TestDocumentImport : public QObject {
    Q_OBJECT

private slots:
    void officialReferralExampleIsFiledAndSurvivesTheRoundTrip() {
        const QByteArray original = readFile(referralExample());
        if (original.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE(
                "../shared/fhir/examples is not beside the project: the official referral example is skipped");
        }
        Receiving r;
        ClinsImporter importer(*r.t.record);
        const FhirImportResult result = importer.importData(original, QStringLiteral("referral.json"), {});
        QVERIFY2(result.ok(), qPrintable(result.text()));
        QVERIFY(result.documentId != 0);
        QVERIFY(result.documentIsNew);
        QCOMPARE(result.sourceInstitution.section(QStringLiteral(", "), 0, 0), QStringLiteral("1319876543"));

        const Document d = r.t.record->documents().open(result.documentId);
        QCOMPARE(d.kind, Document::Kind::Referral);
        QCOMPARE(d.status, Document::Status::Final);
        QVERIFY(!d.isOurs());
        QCOMPARE(d.sourceInstitution, QStringLiteral("1319876543"));
        QCOMPARE(d.senderName, QStringLiteral("港診療所"));
        QCOMPARE(d.senderDoctor, QStringLiteral("大河内 勘三郎"));
        QCOMPARE(d.addressee.institutionName, QStringLiteral("東京第一テスト病院"));
        QCOMPARE(d.addressee.institutionNumber, QStringLiteral("1311234567"));
        QCOMPARE(d.addressee.doctor, QStringLiteral("野口 英世丸"));
        QCOMPARE(d.purpose, QStringLiteral("腹痛精査お願いします。"));
        QCOMPARE(d.chiefComplaint, QStringLiteral("上腹部痛、腰痛"));
        QVERIFY(d.presentIllness.startsWith(QStringLiteral("２０２２年６月上旬から夜食後に")));
        QVERIFY(d.pastHistory.contains(QStringLiteral("狭心症")));
        QCOMPARE(d.clinicalCourse, QStringLiteral("添付参照"));
        QCOMPARE(d.documentDate, QDate(2020, 8, 21));
        QCOMPARE(d.rawJson.toUtf8(), original); // kept byte for byte
        // Sections our model has no field for keep the sender's words, for the viewer and the printout.
        QStringList other;
        for (const DocumentSectionText& t : d.otherSections) {
            other << t.code + QLatin1Char(':') + t.text;
        }
        QVERIFY2(other.contains(QStringLiteral("550:母　胃がん")), qPrintable(other.join('|')));
        QVERIFY(other.contains(QStringLiteral("520:特になし")));
        QVERIFY(other.contains(QStringLiteral("610:腹部所見：上腹部圧痛あり、その他特に所見なし。")));
        // The coded items: 2 problems of 傷病名・主訴, 3 allergies; the conditions of 現病歴 / 既往歴 are received too.
        QCOMPARE(d.diagnosisIds.size(), 2);
        QCOMPARE(d.allergyIds.size(), 3);
        QCOMPARE(r.count("diagnoses"), 5);
        QCOMPARE(r.count("allergies"), 3);
        // What was kept without a field is reported, not dropped silently.
        QVERIFY2(result.text().contains(QStringLiteral("DocumentReference")), qPrintable(result.text()));
        QVERIFY(result.text().contains(QStringLiteral("document %1").arg(result.documentId)));

        // Read-only: neither the letter nor its items can be edited as ours.
        try {
            r.t.record->documents().startNewVersion(d.id);
            QFAIL("a received letter was edited");
        } catch (const Error& e) {
            QVERIFY(!e.message().isEmpty());
        }
        auto dx = *r.t.record->chart().diagnoses().find(d.diagnosisIds.first());
        dx.name += QStringLiteral("（改）");
        TSUMUGI_VERIFY_ERROR(r.t.record->chart().diagnoses().update(dx), Error::Kind::PermissionDenied);

        // The same letter again (a re-fetch, the file twice): nothing new.
        const int documents = r.count("documents");
        const int diagnoses = r.count("diagnoses");
        const FhirImportResult again = importer.importData(original, QStringLiteral("referral.json"), {});
        QVERIFY2(again.ok(), qPrintable(again.text()));
        QCOMPARE(again.documentId, result.documentId);
        QVERIFY(!again.documentIsNew);
        QCOMPARE(again.added, 0);
        QCOMPARE(r.count("documents"), documents);
        QCOMPARE(r.count("diagnoses"), diagnoses);

        // Passed on again (e.g. to a hospital), the letter's content survives: official profiles, same codes,
        // dates and texts.
        Patient p = *r.t.record->patients().open(d.patientId);
        if (p.insurance.isEmpty()) { // the example's insurer number fails its check digit (reported at import)
            r.t.reopen();
            p.insurance = {QStringLiteral("39131016"), {}, QStringLiteral("187"), {}};
            r.t.record->patients().update(p, QStringLiteral("card shown"));
            r.t.reopen(Doctor, DoctorPassword);
        }
        DocumentBundleExporter exporter(*r.t.record);
        const QDateTime now(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC);
        UuidSource uuids(7);
        const Json out = ReferralBundleBuilder::build(exporter.sourceFor(d, now), uuids);
        const Json in = Json::parse(original.toStdString());
        const Parsed a(in);
        const Parsed b(out);
        for (const char* code : {"950", "360", "370", "330"}) {
            QCOMPARE(b.text(QLatin1String(code)), a.text(QLatin1String(code)));
        }
        QVERIFY(b.text(QStringLiteral("340")).startsWith(a.text(QStringLiteral("340"))));
        QCOMPARE(codesOf(b.entries(QStringLiteral("340"), "Condition")),
                 codesOf(a.entries(QStringLiteral("340"), "Condition")));
        QCOMPARE(codesOf(b.entries(QStringLiteral("510"), "AllergyIntolerance")),
                 codesOf(a.entries(QStringLiteral("510"), "AllergyIntolerance")));
        QVERIFY(!codesOf(a.entries(QStringLiteral("510"), "AllergyIntolerance")).isEmpty());
        const auto onsets = [](const QList<Json>& conditions) {
            QSet<QString> out;
            for (const Json& c : conditions) {
                if (c.contains("onsetDateTime")) {
                    out.insert(s(c["onsetDateTime"]).left(10));
                }
            }
            return out;
        };
        // Partial dates (2022-05) go out again as they came, never as a made-up first day.
        const QSet<QString> sentOn = onsets(b.entries(QStringLiteral("340"), "Condition"));
        for (const QString& onset : onsets(a.entries(QStringLiteral("340"), "Condition"))) {
            QVERIFY2(onset.size() <= 7 ? sentOn.contains(onset)
                                       : std::any_of(sentOn.begin(), sentOn.end(),
                                                     [&](const QString& o) { return o.startsWith(onset); }),
                     qPrintable(onset));
        }
        QCOMPARE(sentOn.size(), 2);
        const Json to = b.entries(QStringLiteral("910"), "Organization").value(0);
        QCOMPARE(s(to["name"]), QStringLiteral("東京第一テスト病院"));
        QCOMPARE(s(to["identifier"][0]["value"]), QStringLiteral("1311234567"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("referral-again.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ClinsExporter::serialize(out));
        f.close();
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{file});
    }

    void correctedResendBecomesTheNextVersion() {
        const QByteArray original = readFile(referralExample());
        if (original.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE(
                "../shared/fhir/examples is not beside the project: the official referral example is skipped");
        }
        Receiving r;
        ClinsImporter importer(*r.t.record);
        const FhirImportResult first = importer.importData(original, QStringLiteral("v1.json"), {});
        QVERIFY2(first.ok(), qPrintable(first.text()));
        QByteArray corrected = original;
        corrected.replace("腹痛精査お願いします。", "腹痛精査と加療をお願いします。");
        const FhirImportResult second = importer.importData(corrected, QStringLiteral("v2.json"), {});
        QVERIFY2(second.ok(), qPrintable(second.text()));
        QCOMPARE(second.documentId, first.documentId);
        QCOMPARE(second.updated, 1);
        const Document d = r.t.record->documents().open(first.documentId);
        QCOMPARE(d.version, 2);
        QCOMPARE(d.purpose, QStringLiteral("腹痛精査と加療をお願いします。"));
        QCOMPARE(r.t.record->documents().loadVersion(d.id, 1).purpose, QStringLiteral("腹痛精査お願いします。"));
        QCOMPARE(r.count("documents"), 1);
    }

    void ourDischargeSummaryAndReferralAreReadBackWhole() {
        test::ReferralScenario sender;
        DocumentBundleExporter exporter(*sender.t.record);
        const auto summary = exporter.exportDocument(sender.dischargeId, {.now = {}, .seed = 3});
        const auto referral = exporter.exportDocument(sender.referralId, {.now = {}, .seed = 4});
        const Document sentSummary = *sender.t.record->documents().find(sender.dischargeId);
        const Document sentReferral = *sender.t.record->documents().find(sender.referralId);

        Receiving r;
        ClinsImporter importer(*r.t.record);
        const FhirImportResult a =
            importer.importData(QByteArray::fromStdString(summary.json.dump()), QStringLiteral("summary.json"), {});
        QVERIFY2(a.ok(), qPrintable(a.text()));
        QCOMPARE(a.patientFound, FhirImportResult::PatientFound::Created);
        const Document s = r.t.record->documents().open(a.documentId);
        QCOMPARE(s.kind, Document::Kind::Discharge);
        QCOMPARE(s.sourceInstitution, QStringLiteral("1310000001"));
        QCOMPARE(s.admissionDate, sentSummary.admissionDate);
        QCOMPARE(s.dischargeDate, sentSummary.dischargeDate);
        QCOMPARE(s.reasonForAdmission, sentSummary.reasonForAdmission);
        QCOMPARE(s.chiefComplaint, sentSummary.chiefComplaint);
        QCOMPARE(s.presentIllness, sentSummary.presentIllness);
        QCOMPARE(s.pastHistory, sentSummary.pastHistory);
        QCOMPARE(s.hospitalCourse, sentSummary.hospitalCourse); // "<退院可>" survives the XHTML escaping
        QCOMPARE(s.dischargeInstructions, sentSummary.dischargeInstructions);
        QCOMPARE(s.dischargeDisposition, sentSummary.dischargeDisposition);
        QCOMPARE(s.admissionDiagnosisIds.size(), sentSummary.admissionDiagnosisIds.size());
        QCOMPARE(s.diagnosisIds.size(), sentSummary.diagnosisIds.size());
        QCOMPARE(s.allergyIds.size(), sentSummary.allergyIds.size());
        QCOMPARE(s.labResultIds.size(), sentSummary.labResultIds.size());
        QCOMPARE(s.medications.size(), sentSummary.prescriptionIds.size() + sentSummary.medications.size());
        QVERIFY(s.otherSections.isEmpty());

        const FhirImportResult b =
            importer.importData(QByteArray::fromStdString(referral.json.dump()), QStringLiteral("referral.json"), {});
        QVERIFY2(b.ok(), qPrintable(b.text()));
        QCOMPARE(b.patientId, a.patientId); // the sender's patient number links the second letter
        const Document d = r.t.record->documents().open(b.documentId);
        QCOMPARE(d.purpose, sentReferral.purpose);
        QCOMPARE(d.addressee.institutionNumber, sentReferral.addressee.institutionNumber);
        QCOMPARE(d.addressee.institutionName, sentReferral.addressee.institutionName);
        QCOMPARE(d.senderName, QStringLiteral("つむぎ内科クリニック"));
        QCOMPARE(d.senderDoctor, QStringLiteral("佐藤 一郎"));
        QCOMPARE(d.presentIllness, sentReferral.presentIllness);
        QCOMPARE(d.clinicalCourse, sentReferral.clinicalCourse);
        QCOMPARE(d.diagnosisIds.size(), sentReferral.diagnosisIds.size());
        QCOMPARE(d.labResultIds.size(), sentReferral.labResultIds.size());
        const int lines = int(sentReferral.prescriptionIds.size() + sentReferral.medications.size());
        QCOMPARE(d.medications.size(), lines);
        // Each line as written: drug, code kind, days.
        const MedicationLine& sentFirstFree = sentReferral.medications.first();
        bool found = false;
        for (const MedicationLine& m : d.medications) {
            if (m.name == sentFirstFree.name) {
                found = true;
                QCOMPARE(m.codeKind, sentFirstFree.codeKind);
                QCOMPARE(m.code, sentFirstFree.code);
                QCOMPARE(m.days, sentFirstFree.days);
                QCOMPARE(m.dose, sentFirstFree.dose);
                QCOMPARE(m.usageText, sentFirstFree.usageText);
            }
        }
        QVERIFY(found);
    }

    void brokenLettersFailWholeNamingTheElement() {
        const QByteArray original = readFile(referralExample());
        if (original.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE(
                "../shared/fhir/examples is not beside the project: the official referral example is skipped");
        }
        Receiving r;
        ClinsImporter importer(*r.t.record);
        const Json in = Json::parse(original.toStdString());

        Json wrongType = in;
        wrongType["entry"][0]["resource"]["type"]["coding"][0]["code"] = "11488-4";
        FhirImportResult f =
            importer.importData(QByteArray::fromStdString(wrongType.dump()), QStringLiteral("a.json"), {});
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(QStringLiteral("Bundle.entry[0].resource.type")), qPrintable(f.error));

        Json dangling = in;
        dangling["entry"][0]["resource"]["section"][2]["section"][1]["entry"][0]["reference"] = "urn:uuid:nowhere";
        f = importer.importData(QByteArray::fromStdString(dangling.dump()), QStringLiteral("b.json"), {});
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(QStringLiteral("section[2].section[1].entry[0]")), qPrintable(f.error));
        QVERIFY(f.error.contains(QStringLiteral("urn:uuid:nowhere")));

        Json notFirst = in;
        std::swap(notFirst["entry"][0], notFirst["entry"][1]);
        f = importer.importData(QByteArray::fromStdString(notFirst.dump()), QStringLiteral("c.json"), {});
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(QStringLiteral("Composition")), qPrintable(f.error));

        // Nothing of the failed files was written: no patient, no item, no letter.
        QCOMPARE(r.count("documents"), 0);
        QCOMPARE(r.count("diagnoses"), 0);
        QCOMPARE(r.count("patients"), 0);

        // A letter this clinic wrote itself is not filed as another institution's.
        test::ReferralScenario sender;
        test::TempRecord& own = sender.t;
        const auto exported =
            DocumentBundleExporter(*own.record).exportDocument(sender.referralId, {.now = {}, .seed = 1});
        f = ClinsImporter(*own.record)
                .importData(QByteArray::fromStdString(exported.json.dump()), QStringLiteral("own.json"), {});
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(QStringLiteral("1310000001")), qPrintable(f.error));
    }
};

TSUMUGI_TEST_CLASS(TestDocumentImport)
#include "test_document_import.moc"
