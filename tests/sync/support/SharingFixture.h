#pragma once

// Shared by the eligibility / summary / inbox tests: a real encrypted record (admin, doctor, clerk, the demo
// patients that match tsumugi-sim's seed) whose clinic settings point at a real tsumugi-sim on 127.0.0.1 over
// HTTPS with TLS verification on (its own generated CA), the simulator's clock frozen on the record's day.

#include "SimProcess.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"

#include "core/audit/AuditTrail.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/demo/DemoData.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "sync/fhir/ClinsExporter.h"
#include "sync/transport/HttpClient.h"

#include "sim/tests/Guide111Examples.h"

#include <QtTest>

namespace tsumugi::test {

#define SHARING_REQUIRE_SIM()                                                                                          \
    do {                                                                                                               \
        if (!SimProcess::available())                                                                                  \
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (configure with -DTSUMUGI_BUILD_SIM=ON)");          \
    } while (0)

struct SharingFixture {
    static inline const QString DoctorName = QStringLiteral("dr.sato");
    static inline const QString DoctorPassword = QStringLiteral("doctor pass 1");
    static inline const QString ClerkName = QStringLiteral("clerk");
    static inline const QString ClerkPassword = QStringLiteral("clerk pass 1");
    // The simulator's clock, frozen an hour before the record's (2026-11-20 09:00 UTC), so tokens are fresh.
    static inline const QString SimNow = QStringLiteral("2026-11-20T08:00:00Z");

    TempRecord t;
    SimProcess sim;
    QString simError;

    // Starts the simulator and fills the record; the session is the admin's until signIn().
    bool start(bool faults = false) {
        SimProcess::Options o;
        o.faults = faults;
        o.extra = {QStringLiteral("--test-control"), QStringLiteral("--clock"), SimNow};
        if (!sim.start(o, &simError)) {
            return false;
        }
        t.record->users().add(DoctorName, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        t.record->users().add(ClerkName, QStringLiteral("受付 花子"), Role::Clerk, ClerkPassword);
        t.record->settings().setServerUrl(sim.baseUrl());
        t.record->settings().setCaFile(sim.caFile());
        DemoData::fill(*t.record);
        return true;
    }

    void signIn(const QString& user, const QString& password) { t.reopen(user, password); }
    ClinicRecord& record() { return *t.record; }

    static Patient patientNamed(ClinicRecord& record, const QString& family) {
        for (const Patient& p : record.patients().search(family)) {
            if (p.familyName == family) {
                return *record.patients().open(p.id);
            }
        }
        return {};
    }
    Patient patientNamed(const QString& family) { return patientNamed(record(), family); }
    qint64 receptionOf(qint64 patientId) {
        for (const ReceptionEntry& e : record().reception().today()) {
            if (e.patient.id == patientId) {
                return e.id;
            }
        }
        return 0;
    }
    qint64 auditRows(const QString& recordType, const QString& detailLike) {
        // Chained or still pending (a view waits in audit_pending for the next change), read as the trail's viewer
        // reads it (the details are sealed on the clinic server).
        qint64 n = 0;
        for (const AuditEntry& e : record().audit().recent(-1)) {
            n += e.recordType == recordType && e.detail.contains(detailLike);
        }
        return n;
    }

    // Another clinic (1311234567) registers an allergy of 山田 太郎 (card data of MN-0001) with the sharing
    // service, as its own outbox would: our exporter's JP_Bundle_CLINS, POSTed to the simulator.
    bool registerAllergyFromOtherClinic(QString* error) {
        QTemporaryDir dir;
        ClinicRecord::NewRecord setup;
        setup.clinic = {
            QStringLiteral("港診療所"), QStringLiteral("1311234567"), QStringLiteral("東京都港区芝公園1-1"), {}};
        setup.adminName = QStringLiteral("admin");
        setup.adminDisplayName = QStringLiteral("管理者");
        setup.adminPassword = QStringLiteral("other clinic 1");
        auto other = ClinicRecord::create(dir.filePath(QStringLiteral("other.tsumugi")), setup, t.clock);
        other->users().add(QStringLiteral("dr.minato"), QStringLiteral("港 医師"), Role::Doctor,
                           QStringLiteral("doctor pass 2"));
        Patient p;
        p.familyName = QStringLiteral("山田");
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ヤマダ");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1975, 4, 12);
        p.postalCode = QStringLiteral("160-0023");
        p.address = QStringLiteral("東京都新宿区西新宿1-1-1");
        p.insurance = {QStringLiteral("01130012"), QStringLiteral("1234"), QStringLiteral("567"), QStringLiteral("00")};
        const qint64 pid = other->patients().create(p).id;
        other = ClinicRecord::open(dir.filePath(QStringLiteral("other.tsumugi")), QStringLiteral("dr.minato"),
                                   QStringLiteral("doctor pass 2"), t.clock);
        Allergy a;
        a.patientId = pid;
        a.category = Allergy::Category::Medication;
        a.codeSystem = Allergy::CodeSystem::None;
        a.name = QStringLiteral("ペニシリン系抗菌薬");
        a.reaction = QStringLiteral("全身性じんましん");
        a.severity = Allergy::Severity::Severe;
        a.criticality = Allergy::Criticality::High;
        a.recordedDate = QDate(2026, 11, 1);
        other->chart().allergies().create(a);
        fhir::ClinsExporter::Options options;
        options.now = t.clock.now();
        options.seed = 42;
        for (const auto& b : fhir::ClinsExporter(*other).exportPatient(pid, options)) {
            if (b.resourceType != QLatin1String("AllergyIntolerance")) {
                continue;
            }
            sync::HttpClient http(sim.settings());
            const auto res = http.post(QStringLiteral("/clins/bundles"), b.data, "application/fhir+json");
            if (res.status != 201 && res.status != 200) {
                *error = QStringLiteral("HTTP %1: %2").arg(res.status).arg(QString::fromUtf8(res.body));
                return false;
            }
            return true;
        }
        *error = QStringLiteral("the other clinic's export had no AllergyIntolerance bundle");
        return false;
    }

    // The guide's referral example (../shared; empty when absent) in its 1.11 form, addressed to `institution`
    // about 山田 太郎 (insured 01130012:1234:567:00), under the Bundle.identifier given.
    static QByteArray referralExampleTo(const QString& institution, const QString& identifier) {
        QFile f(QStringLiteral(TSUMUGI_SOURCE_DIR) +
                QStringLiteral("/../shared/fhir/examples/Bundle-Bundle-CLINS-Referral-Example-01.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        auto b = nlohmann::json::parse(f.readAll().toStdString());
        simtest::asGuide111(b); // as another clinic writes it today
        b["identifier"]["value"] = identifier.toStdString();
        for (auto& e : b["entry"]) {
            auto& r = e["resource"];
            if (e["fullUrl"] == "urn:uuid:a44951be-cdaa-4c53-9e35-6be013da5441") { // the 910 addressee Organization
                r["identifier"][0]["value"] = institution.toStdString();
            }
            if (r["resourceType"] == "Patient") {
                for (auto& id : r["identifier"]) {
                    if (id["system"] == "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID") {
                        id["value"] = "01130012:1234:567:00";
                    }
                }
            }
        }
        return QByteArray::fromStdString(b.dump());
    }
    // Another clinic sends that letter to us (1310000001) through the service; false (error set) when refused.
    bool sendReferralToUs(const QString& identifier, QString* error) {
        const QByteArray body = referralExampleTo(QStringLiteral("1310000001"), identifier);
        if (body.isEmpty()) {
            *error = QStringLiteral("the guide's referral example is not in ../shared/fhir/examples");
            return false;
        }
        sync::HttpClient http(sim.settings());
        const auto res = http.post(QStringLiteral("/clins/bundles"), body, "application/fhir+json");
        if (res.status != 201) {
            *error = QStringLiteral("HTTP %1: %2").arg(res.status).arg(QString::fromUtf8(res.body));
            return false;
        }
        return true;
    }
};

} // namespace tsumugi::test
