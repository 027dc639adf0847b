#include "support/OfficialValidator.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include "sync/fhir/PatientMapper.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsumugi;
using namespace tsumugi::fhir;

namespace {
Patient yamada() {
    Patient p;
    p.number = 42;
    p.familyName = QStringLiteral("山田");
    p.givenName = QStringLiteral("太郎");
    p.familyKana = QStringLiteral("ヤマダ");
    p.givenKana = QStringLiteral("タロウ");
    p.sex = Sex::Male;
    p.birthDate = QDate(1975, 4, 12);
    p.postalCode = QStringLiteral("160-0023");
    p.address = QStringLiteral("東京都新宿区西新宿1-1-1");
    p.phone = QStringLiteral("03-1234-5678");
    p.insurance = {QStringLiteral("138040"), QStringLiteral("12-34"), QStringLiteral("5678"), QStringLiteral("03")};
    return p;
}
const ClinicInfo Clinic{QStringLiteral("つむぎ内科"), QStringLiteral("1310000001"), {}, {}};
const QDateTime Updated(QDate(2026, 11, 21), QTime(1, 2, 3), Qt::UTC);
} // namespace

class TestPatientMapper : public QObject {
    Q_OBJECT
private slots:
    void mapsWhatTheProfileAsks() {
        const Json r = PatientMapper::toFhir(yamada(), Clinic, Updated);
        QCOMPARE(r["meta"]["lastUpdated"].get<std::string>(), std::string("2026-11-21T10:02:03+09:00"));
        QCOMPARE(r["identifier"][0]["system"].get<std::string>(),
                 std::string("urn:oid:1.2.392.100495.20.3.51.11310000001"));
        QCOMPARE(r["identifier"][0]["value"].get<std::string>(), std::string("42"));
        // 国保 6-digit insurer numbers are zero-padded to 8 in the identifier.
        QCOMPARE(QString::fromStdString(r["identifier"][1]["value"].get<std::string>()),
                 QStringLiteral("00138040:12-34:5678:03"));
        QCOMPARE(QString::fromStdString(r["name"][1]["text"].get<std::string>()), QStringLiteral("ヤマダ タロウ"));
        QCOMPARE(r["gender"].get<std::string>(), std::string("male"));
    }
    void deterministic() {
        QCOMPARE(PatientMapper::toFhir(yamada(), Clinic, Updated).dump(),
                 PatientMapper::toFhir(yamada(), Clinic, Updated).dump());
    }
    void roundTrips() {
        const auto back = PatientMapper::fromFhir(PatientMapper::toFhir(yamada(), Clinic, Updated));
        QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join(QLatin1Char('\n'))));
        Patient expected = yamada();
        expected.number = 0;
        QCOMPARE(back.patient.fullName(), expected.fullName());
        QCOMPARE(back.patient.fullKana(), expected.fullKana());
        QCOMPARE(back.patient.insurance, expected.insurance);
        QCOMPARE(back.patient.birthDate, expected.birthDate);
        QCOMPARE(back.patient.phone, expected.phone);
        QCOMPARE(back.sourcePatientId, QStringLiteral("42"));
    }
    void readsTheOfficialExample() {
        QFile f(
            QStringLiteral(TSUMUGI_SOURCE_DIR "/../shared/fhir/examples/Patient-Example-JP-Patient-eCS-MAKINO.json"));
        if (!f.exists()) {
            TSUMUGI_MISSING_PREREQUISITE("../shared/fhir/examples is not beside the project");
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto imported = PatientMapper::fromFhir(Json::parse(f.readAll().toStdString()));
        QCOMPARE(imported.patient.familyName, QStringLiteral("牧野"));
        QCOMPARE(imported.patient.givenKana, QStringLiteral("ランマン"));
        QCOMPARE(imported.patient.sex, Sex::Female);
        QCOMPARE(imported.patient.birthDate, QDate(1930, 6, 28));
        QCOMPARE(imported.patient.insurance.symbol, QStringLiteral("あいう"));
        QCOMPARE(imported.sourcePatientId, QStringLiteral("000999739"));
    }
    void selfPayPatientsAreNotShareable() {
        Patient p = yamada();
        p.insurance = {};
        QVERIFY(PatientMapper::exportProblem(p).contains(QStringLiteral("R1012")));
        QVERIFY(PatientMapper::exportProblem(yamada()).isEmpty());
    }
    void rejectsWhatIsNotAPatient() {
        const auto imported = PatientMapper::fromFhir(Json{{"resourceType", "Observation"}});
        QCOMPARE(imported.problems.size(), 1);
    }
    void passesTheOfficialValidator() {
        QTemporaryDir dir;
        Patient minimal = yamada();
        minimal.phone.clear();
        minimal.insurance.symbol.clear(); // 後期高齢者 cards have no 記号
        minimal.insurance.branch.clear();
        minimal.address.clear();
        QVERIFY(PatientMapper::exportProblem(minimal).isEmpty());
        QStringList files;
        for (const auto& [name, p] :
             {std::pair{QStringLiteral("full.json"), yamada()}, std::pair{QStringLiteral("minimal.json"), minimal}}) {
            QFile out(dir.filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromStdString(PatientMapper::toFhir(p, Clinic, Updated).dump(2)));
            files << out.fileName();
        }
        TSUMUGI_VALIDATE_OFFICIALLY(files);
    }
};

TSUMUGI_TEST_CLASS(TestPatientMapper)
#include "test_patient_mapper.moc"
