#pragma once

#include "support/OfficialValidator.h"

#include "sync/fhir/ClinsBundleBuilder.h"
#include "sync/fhir/EcsElements.h"
#include "sync/fhir/PatientMapper.h"

#include <QFile>
#include <QTemporaryDir>

namespace tsumugi::test {

// A shareable patient, the clinic and a fixed clock for the mapper tests.
struct ClinsTestData {
    static Patient patient() {
        Patient p;
        p.number = 42;
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
    static ClinicInfo clinic() { return {QStringLiteral("つむぎ内科"), QStringLiteral("1310000001"), {}, {}}; }
    static QDateTime when() { return QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC); }
    static fhir::EcsContext context() {
        fhir::EcsContext c;
        c.clinic = clinic();
        c.patientReference = QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001");
        c.lastUpdated = when();
        c.today = QDate(2026, 11, 21);
        Visit v;
        v.id = 5;
        v.date = QDate(2026, 11, 20);
        v.department = QStringLiteral("内科");
        c.visits.insert(v.id, v);
        Visit in;
        in.id = 6;
        in.date = QDate(2026, 3, 1);
        in.encounterClass = Visit::EncounterClass::Inpatient;
        in.department = QStringLiteral("外科");
        c.visits.insert(in.id, in);
        return c;
    }
    // A bundle of the given resources (re-pointed at the bundle's Patient), written to dir; returns its path.
    static QString writeBundle(const QTemporaryDir& dir, const QString& type, const QList<fhir::Json>& resources) {
        fhir::UuidSource uuids(7);
        fhir::ClinsBundleBuilder b(type, QStringLiteral("1310000001^2026^P0000042-") + type, when(), uuids);
        const QString ref = b.setPatient(fhir::PatientMapper::toFhir(patient(), clinic(), when()));
        for (fhir::Json r : resources) {
            const char* subject = r["resourceType"] == "AllergyIntolerance" ? "patient" : "subject";
            r[subject]["reference"] = fhir::utf8(ref);
            b.add(r);
        }
        const QString path = dir.filePath(type + QStringLiteral(".json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray::fromStdString(b.build().dump(2)));
        return path;
    }
};

} // namespace tsumugi::test
