#pragma once

#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tsumugi::fhir {

// What importing one file did, for the per-file report (tsumugictl import, the import dialog, tests).
class FhirImportResult {
    Q_DECLARE_TR_FUNCTIONS(FhirImportResult)
public:
    enum class Status {
        Imported,          // committed (possibly nothing new: a second import of the same file)
        NeedsConfirmation, // a patient with the same name, reading and birth date exists; nothing written
        Failed,            // nothing written; error says why, naming the file and the element
    };
    enum class PatientFound { InsuredIdentifier, SenderPatientNumber, Accepted, Given, EarlierFile, Created };

    QString fileName;
    Status status = Status::Failed;
    QString error;
    QString sourceInstitution;
    qint64 patientId = 0;
    qint64 patientNumber = 0;
    QString patientName;
    PatientFound patientFound = PatientFound::Created;
    QList<Patient> candidates; // NeedsConfirmation: the patients that may be this one
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QStringList notes;     // unknown codes and elements (kept in the raw JSON), caveats
    qint64 documentId = 0; // a referral or discharge summary: the received document it was filed as
    bool documentIsNew = false;

    bool ok() const { return status == Status::Imported; }
    // The report lines for this file, in the user's language.
    QString text() const;
};

} // namespace tsumugi::fhir
