#include "support/ErrorKind.h"
#include "support/OfficialValidator.h"
#include "support/TestRegistry.h"
#include "test_referral_scenario.h"

#include "sync/fhir/DocumentBundleExporter.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace tsumugi;
using namespace tsumugi::fhir;
using tsumugi::test::ReferralScenario;

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);

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

QString str(const Json& j) {
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString::fromStdString(j.dump());
}

const Json* resourceAt(const Json& bundle, const std::string& fullUrl) {
    for (const Json& e : bundle["entry"]) {
        if (e["fullUrl"] == fullUrl) {
            return &e["resource"];
        }
    }
    return nullptr;
}

const Json* sectionWithCode(const Json& sections, const char* code) {
    for (const Json& s : sections) {
        if (s["code"]["coding"][0]["code"] == code) {
            return &s;
        }
    }
    return nullptr;
}

std::set<std::string> codesOf(const Json& sections) {
    std::set<std::string> out;
    for (const Json& s : sections) {
        out.insert(s["code"]["coding"][0]["code"].get<std::string>());
    }
    return out;
}

QString write(const QTemporaryDir& dir, const QString& name, const Json& j) {
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray::fromStdString(j.dump(2)));
    return path;
}

QByteArray attachmentData(const Json& documentReference) {
    return QByteArray::fromBase64(
        QByteArray::fromStdString(documentReference["content"][0]["attachment"]["data"].get<std::string>()));
}
} // namespace

// A rich referral (with an attached discharge summary) and the discharge summary itself, exported from a real
// record and checked against the official JP-CLINS profiles.
class TestReferralExport : public QObject {
    Q_OBJECT
    std::unique_ptr<ReferralScenario> s;

    DocumentBundleExporter::Result exportOf(qint64 id, std::uint64_t seed = 11) {
        DocumentBundleExporter exporter(*s->t.record);
        return exporter.exportDocument(id, {Now, seed});
    }

private slots:
    void init() { s = std::make_unique<ReferralScenario>(); }
    void cleanup() { s.reset(); }

    void bothDocumentsPassTheOfficialValidator() {
        QTemporaryDir dir;
        const auto referral = exportOf(s->referralId);
        const auto discharge = exportOf(s->dischargeId);
        // The discharge summary inside the referral is itself a complete, valid document.
        const Json& composition = referral.json["entry"][0]["resource"];
        const Json* attachments = sectionWithCode(composition["section"], "210");
        QVERIFY(attachments);
        Json embedded;
        for (const Json& ref : (*attachments)["entry"]) {
            const Json* r = resourceAt(referral.json, ref["reference"].get<std::string>());
            if ((*r)["content"][0]["attachment"]["contentType"] == "application/fhir+json") {
                embedded = Json::parse(attachmentData(*r).toStdString());
            }
        }
        QCOMPARE(QString::fromStdString(embedded["meta"]["profile"][0].get<std::string>()),
                 QStringLiteral("http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eDischargeSummary|1.11.0"));
        TSUMUGI_VALIDATE_OFFICIALLY(
            (QStringList{write(dir, referral.fileName, referral.json), write(dir, discharge.fileName, discharge.json),
                         write(dir, QStringLiteral("embedded-discharge.json"), embedded)}));
    }

    void referralHoldsWhatTheGuideAsks() {
        const auto r = exportOf(s->referralId);
        const Json& b = r.json;
        QCOMPARE(r.identifier,
                 QStringLiteral("1310000001^2026^D%1-Referral").arg(s->referralId, 7, 10, QLatin1Char('0')));
        QCOMPARE(str(b["type"]), QStringLiteral("document"));
        QVERIFY(!hasEmpty(b));
        const Json& c = b["entry"][0]["resource"];
        QCOMPARE(str(c["resourceType"]), QStringLiteral("Composition"));
        QCOMPARE(str(c["type"]["coding"][0]["code"]), QStringLiteral("57133-1"));
        QCOMPARE(str(c["extension"][0]["valueString"]), QStringLiteral("1"));
        QCOMPARE(str(b["entry"][1]["resource"]["resourceType"]), QStringLiteral("Patient"));
        QCOMPARE(codesOf(c["section"]), (std::set<std::string>{"910", "920", "300", "220", "210", "230"}));

        // 910: the addressee Organization identified by its 医療機関番号, and the doctor.
        const Json* to = sectionWithCode(c["section"], "910");
        const Json* org = resourceAt(b, (*to)["entry"][0]["reference"].get<std::string>());
        QCOMPARE(str((*org)["identifier"][0]["system"]),
                 QStringLiteral("http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no"));
        QCOMPARE(str((*org)["identifier"][0]["value"]), QStringLiteral("1312345675"));
        QCOMPARE(str((*org)["name"]), QStringLiteral("つむぎ総合病院"));
        QCOMPARE((*to)["entry"].size(), std::size_t(2));
        const Json* from = sectionWithCode(c["section"], "920");
        QCOMPARE(str((*resourceAt(b, (*from)["entry"][0]["reference"].get<std::string>()))["identifier"][0]["value"]),
                 QStringLiteral("1310000001"));

        const Json& structured = (*sectionWithCode(c["section"], "300"))["section"];
        QCOMPARE(codesOf(structured),
                 (std::set<std::string>{"950", "340", "360", "370", "510", "430", "620", "330", "420"}));
        const Json* purpose = sectionWithCode(structured, "950");
        QCOMPARE(str((*resourceAt(b, (*purpose)["entry"][0]["reference"].get<std::string>()))["reasonCode"][0]["text"]),
                 QStringLiteral("労作時胸痛の精査加療をお願いいたします。"));
        // 340: both diagnoses, the 疑い one unconfirmed; the chief complaint in the narrative.
        const Json* problems = sectionWithCode(structured, "340");
        QCOMPARE((*problems)["entry"].size(), std::size_t(2));
        const Json* suspected = resourceAt(b, (*problems)["entry"][1]["reference"].get<std::string>());
        QCOMPARE(str((*suspected)["verificationStatus"]["coding"][0]["code"]), QStringLiteral("unconfirmed"));
        QVERIFY(QString::fromStdString((*problems)["text"]["div"].get<std::string>())
                    .contains(QStringLiteral("労作時胸痛")));
        // 430: 3 chart prescriptions + 3 free lines, coded YJ ×2, 一般名 ×2, none ×2.
        const Json* meds = sectionWithCode(structured, "430");
        QCOMPARE((*meds)["entry"].size(), std::size_t(6));
        std::map<std::string, int> systems;
        for (const Json& ref : (*meds)["entry"]) {
            const Json* m = resourceAt(b, ref["reference"].get<std::string>());
            systems[(*m)["medicationCodeableConcept"]["coding"][0]["system"].get<std::string>()]++;
            QVERIFY((*m)["dosageInstruction"][0]["timing"]["code"]["coding"][0].contains("code"));
        }
        QCOMPARE(systems["http://capstandard.jp/iyaku.info/CodeSystem/YJ-code"], 2);
        QCOMPARE(systems["http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode"], 2);
        QCOMPARE(systems["http://jpfhir.jp/fhir/eCS/CodeSystem/MedicationCodeNocoded_CS"], 2);
        // 230: the PDF, byte for byte.
        const Json* pdf = sectionWithCode(c["section"], "230");
        QCOMPARE((*pdf)["entry"].size(), std::size_t(1));
        const Json* pdfRef = resourceAt(b, (*pdf)["entry"][0]["reference"].get<std::string>());
        QCOMPARE(str((*pdfRef)["content"][0]["attachment"]["contentType"]), QStringLiteral("application/pdf"));
        QCOMPARE(attachmentData(*pdfRef), ReferralScenario::Pdf);
        // 210: the image and the discharge summary.
        QCOMPARE((*sectionWithCode(c["section"], "210"))["entry"].size(), std::size_t(2));
        // Every reference points at an entry of the bundle.
        for (const Json& ref : (*sectionWithCode(c["section"], "300"))["section"][1]["entry"]) {
            QVERIFY(resourceAt(b, ref["reference"].get<std::string>()));
        }
    }

    void dischargeSummaryHasTheStayAndTheRequiredSections() {
        const auto r = exportOf(s->dischargeId);
        const Json& b = r.json;
        QVERIFY(!hasEmpty(b));
        const Json& c = b["entry"][0]["resource"];
        QCOMPARE(str(c["type"]["coding"][0]["code"]), QStringLiteral("18842-5"));
        QCOMPARE(str(c["category"][0]["coding"][0]["code"]), QStringLiteral("DISCHARGE"));
        const Json* stay = resourceAt(b, c["encounter"]["reference"].get<std::string>());
        QVERIFY(stay);
        QCOMPARE(str((*stay)["class"]["code"]), QStringLiteral("IMP"));
        QCOMPARE(str((*stay)["period"]["start"]), QStringLiteral("2026-11-01"));
        QCOMPARE(str((*stay)["period"]["end"]), QStringLiteral("2026-11-10"));
        QCOMPARE(str((*stay)["hospitalization"]["dischargeDisposition"]["coding"][0]["code"]), QStringLiteral("1"));
        const Json& structured = (*sectionWithCode(c["section"], "300"))["section"];
        // 現病歴 is 360 since 1.5.4 (362 in the 1.5.2 package); nothing under the old codes.
        for (const char* code : {"322", "342", "352", "312", "360", "333", "324", "344", "444", "424"}) {
            QVERIFY2(sectionWithCode(structured, code), code);
        }
        for (const char* old : {"362", "372", "552", "642"}) {
            QVERIFY2(!sectionWithCode(structured, old), old);
        }
        QCOMPARE(c["author"].size(), std::size_t(2));
        // The pneumonia is a diagnosis on admission and at discharge: one Condition, referenced twice.
        QCOMPARE(str((*sectionWithCode(structured, "342"))["entry"][0]["reference"]),
                 str((*sectionWithCode(structured, "344"))["entry"][0]["reference"]));
        // The hospital course travels as a DocumentReference with the text (XHTML-escaped in the narrative).
        const Json* course = sectionWithCode(structured, "333");
        QVERIFY(QString::fromStdString((*course)["text"]["div"].get<std::string>())
                    .contains(QStringLiteral("&lt;退院可&gt;")));
        const Json* courseDoc = resourceAt(b, (*course)["entry"][0]["reference"].get<std::string>());
        QVERIFY(QString::fromUtf8(attachmentData(*courseDoc)).startsWith(QStringLiteral("セフトリアキソン")));
        const Json* meds = sectionWithCode(structured, "444");
        const Json* med = resourceAt(b, (*meds)["entry"][0]["reference"].get<std::string>());
        QCOMPARE(str((*med)["category"][0]["coding"][0]["code"]), QStringLiteral("DCG"));
    }

    void reproducibleAndStableAcrossVersions() {
        const auto a = exportOf(s->referralId, 5);
        const auto b = exportOf(s->referralId, 5);
        QCOMPARE(a.json.dump(), b.json.dump());
        QVERIFY(exportOf(s->referralId, 6).json.dump() != a.json.dump());
        DocumentRepository& docs = s->t.record->documents();
        Document v2 = docs.startNewVersion(s->referralId, QStringLiteral("宛先医師の訂正"));
        v2.addressee.doctor = QStringLiteral("鈴木 先生");
        v2 = docs.updateDraft(v2);
        TSUMUGI_VERIFY_ERROR(exportOf(s->referralId), Error::Kind::Validation); // a draft is not sent
        docs.finalize(v2.id);
        const auto corrected = exportOf(s->referralId, 5);
        QCOMPARE(corrected.identifier, a.identifier); // replaces the first version at the service
        QCOMPARE(str(corrected.json["entry"][0]["resource"]["extension"][0]["valueString"]), QStringLiteral("2"));
    }
};

TSUMUGI_TEST_CLASS(TestReferralExport)
#include "test_referral_export.moc"
