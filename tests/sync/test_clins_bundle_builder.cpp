#include "support/OfficialValidator.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "sync/fhir/BundleIdentifier.h"
#include "sync/fhir/ClinsBundleBuilder.h"
#include "sync/fhir/PatientMapper.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;

namespace {
Patient patient() {
    Patient p;
    p.number = 7;
    p.familyName = QStringLiteral("佐藤");
    p.givenName = QStringLiteral("花子");
    p.familyKana = QStringLiteral("サトウ");
    p.givenKana = QStringLiteral("ハナコ");
    p.sex = Sex::Female;
    p.birthDate = QDate(1948, 11, 3);
    p.address = QStringLiteral("東京都中野区中野2-3-4");
    p.insurance = {QStringLiteral("39131016"), {}, QStringLiteral("00012345"), {}};
    return p;
}
const ClinicInfo Clinic{QStringLiteral("つむぎ内科"), QStringLiteral("1310000001"), {}, {}};
const QDateTime When(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);
} // namespace

class TestClinsBundleBuilder : public QObject {
    Q_OBJECT

    // The official example's lab results, re-pointed at our patient: a real payload for our envelope.
    static QList<Json> officialObservations() {
        QFile f(QStringLiteral(TSUMUGI_SOURCE_DIR
                               "/../shared/fhir/examples/Bundle-Bundle-CLINS-Observations-Example-01.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        QList<Json> out;
        // The parsed document is kept in a variable: a range-for over a member of the temporary would dangle
        // (it did, and the test skipped silently until a missing prerequisite failed under CI=true).
        const Json bundle = Json::parse(f.readAll().toStdString());
        for (const Json& e : bundle["entry"]) {
            if (e["resource"]["resourceType"] == "Observation") {
                out << e["resource"];
            }
        }
        return out;
    }

private slots:
    void envelopeHasTheGuidesShape() {
        UuidSource uuids(1);
        ClinsBundleBuilder b(QStringLiteral("Condition"), QStringLiteral("1310000001^2026^P0000007-Condition"), When,
                             uuids);
        const QString ref = b.setPatient(PatientMapper::toFhir(patient(), Clinic, When));
        const Json bundle = b.build();
        QCOMPARE(bundle["type"].get<std::string>(), std::string("collection"));
        QCOMPARE(bundle["meta"]["tag"][0]["code"].get<std::string>(), std::string("Condition"));
        QCOMPARE(bundle["entry"][0]["resource"]["resourceType"].get<std::string>(), std::string("Patient"));
        QCOMPARE(QString::fromStdString(bundle["entry"][0]["fullUrl"].get<std::string>()), ref);
        QCOMPARE(bundle["timestamp"].get<std::string>(), std::string("2026-11-21T12:00:00+09:00"));
    }
    void oneResourceTypeOnly() {
        UuidSource uuids(1);
        ClinsBundleBuilder b(QStringLiteral("Condition"), QStringLiteral("1310000001^2026^x"), When, uuids);
        b.setPatient(PatientMapper::toFhir(patient(), Clinic, When));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, b.add(Json{{"resourceType", "Observation"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, b.setPatient(Json{{"resourceType", "Observation"}}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, b.setPatient(PatientMapper::toFhir(patient(), Clinic, When)));
        // A resource written straight into an entry is checked when the entry closes.
        FhirWriter& w = b.beginEntry();
        w.object().field("resourceType", "Observation").field("status", "final").end();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, b.endEntry());
    }
    void writtenEntriesAreTheBundlesResources() {
        UuidSource uuids(3);
        ClinsBundleBuilder b(QStringLiteral("Condition"), QStringLiteral("1310000001^2026^x"), When, uuids);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, b.beginEntry()); // the Patient comes first
        const QString ref = b.setPatient(PatientMapper::toFhir(patient(), Clinic, When));
        b.beginEntry().object().field("resourceType", "Condition").field("id", "a").end();
        b.endEntry();
        b.add(Json{{"resourceType", "Condition"}, {"id", "b"}});
        QCOMPARE(b.entries(), 2);
        const QByteArray bytes = b.finish();
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, b.finish());
        const Json bundle = Json::parse(bytes.constBegin(), bytes.constEnd());
        QCOMPARE(bundle["entry"].size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(bundle["entry"][0]["fullUrl"].get<std::string>()), ref);
        QCOMPARE(bundle["entry"][1]["resource"]["id"].get<std::string>(), std::string("a"));
        QCOMPARE(bundle["entry"][2]["resource"]["id"].get<std::string>(), std::string("b"));
        QVERIFY(bundle["entry"][1]["fullUrl"] != bundle["entry"][2]["fullUrl"]);
    }
    void reproducibleWithASeed() {
        const auto make = [] {
            UuidSource uuids(99);
            ClinsBundleBuilder b(QStringLiteral("Observation"), QStringLiteral("1310000001^2026^x"), When, uuids);
            b.setPatient(PatientMapper::toFhir(patient(), Clinic, When));
            return b.build().dump();
        };
        QCOMPARE(make(), make());
    }
    void passesTheOfficialValidator() {
        const QList<Json> observations = officialObservations();
        if (observations.isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("../shared/fhir/examples is not beside the project");
        }
        UuidSource uuids(5);
        const QString id = BundleIdentifier::make(Clinic.institutionNumber, 2026,
                                                  BundleIdentifier::unitId(7, QStringLiteral("Observation")));
        ClinsBundleBuilder b(QStringLiteral("Observation"), id, When, uuids);
        const QString ref = b.setPatient(PatientMapper::toFhir(patient(), Clinic, When));
        for (Json o : observations) {
            o["subject"]["reference"] = ref.toStdString();
            b.add(o);
        }
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("bundle.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(b.build().dump(2)));
        out.close();
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{out.fileName()});
    }
};

TSUMUGI_TEST_CLASS(TestClinsBundleBuilder)
#include "test_clins_bundle_builder.moc"
