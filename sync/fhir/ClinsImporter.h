#pragma once

#include "sync/fhir/FhirImportResult.h"
#include "sync/fhir/FhirJson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::fhir {

// Files received from other institutions → the record: JP_Bundle_CLINS submissions (Patient + Conditions,
// AllergyIntolerances or lab/infection Observations) and single eCS resources (Patient, Condition,
// AllergyIntolerance, Observation), and referral letters / discharge summaries (JP_Bundle_eReferral,
// JP_Bundle_eDischargeSummary), which are filed as the patient's received documents (DocumentBundleReader) with the
// items they carry stored like any other received item. Items become read-only chart items of the patient, marked with
// the institution that recorded them, with the resource's raw JSON kept (ReceivedItemStore). Everything not understood
// is kept and reported; anything malformed fails the whole file with the file and element named. One transaction per
// file. Importing the same file again adds nothing (see docs/fhir-import.md).
//
// One importer is one import run: a Patient file read earlier in the run is remembered, so resources that
// point at it (subject.reference "Patient/…") land with that patient.
class ClinsImporter {
    Q_DECLARE_TR_FUNCTIONS(ClinsImporter)
public:
    struct Options {
        // A patient found only by name + reading + birth date is used only when accepted; otherwise the file
        // needs confirmation, or (createPatient) a new patient is registered.
        bool acceptMatch = false;
        bool createPatient = false;
        qint64 patientId = 0;      // the patient for resources that do not say which one (0 = from the file)
        QString sourceInstitution; // the sender, for resources that do not carry JP_eCS_InstitutionNumber
    };

    explicit ClinsImporter(ClinicRecord& record);

    FhirImportResult importFile(const QString& path, const Options& options);
    // fileName names the data in messages and the import log.
    FhirImportResult importData(const QByteArray& data, const QString& fileName, const Options& options);

private:
    struct Plan;
    void planBundle(const Json& bundle, Plan& plan, const Options& options);
    void planDocument(const Json& bundle, Plan& plan, const Options& options);
    void planSingle(const Json& resource, Plan& plan, const Options& options);
    void planPatient(const Json& patient, const QString& path, Plan& plan, const Options& options);
    void planItem(const Json& resource, const QString& path, Plan& plan);
    // The institution a letter or an item came from must be given (else missing), be a 医療機関番号 and not be
    // this clinic (else ours); path names the element in the error.
    static void requireSender(const QString& institution, const QString& own, const QString& path,
                              const QString& missing, const QString& ours);
    void planSubjectOfSingle(const Json& resource, Plan& plan, const Options& options);
    void write(Plan& plan, const QByteArray& data, FhirImportResult& result);
    void writeAll(Plan& plan, const QByteArray& data, FhirImportResult& result);

    ClinicRecord& m_record;
    QHash<QString, qint64> m_runPatients;      // "Patient/{id}" of earlier files → our patient
    QHash<QString, QString> m_runInstitutions; // "Patient/{id}" → the sender that file named
};

} // namespace tsumugi::fhir
