#include "sync/fhir/FhirImportResult.h"

namespace tsumugi::fhir {

namespace {
QString foundText(FhirImportResult::PatientFound how) {
    switch (how) {
    case FhirImportResult::PatientFound::InsuredIdentifier:
        return FhirImportResult::tr("found by the insured-person identifier");
    case FhirImportResult::PatientFound::SenderPatientNumber:
        return FhirImportResult::tr("found by the sender's patient number from an earlier import");
    case FhirImportResult::PatientFound::Accepted:
        return FhirImportResult::tr("same name, reading and birth date; match accepted");
    case FhirImportResult::PatientFound::Given:
        return FhirImportResult::tr("as given with --patient");
    case FhirImportResult::PatientFound::EarlierFile:
        return FhirImportResult::tr("the patient of an earlier file of this import");
    case FhirImportResult::PatientFound::Created:
        return FhirImportResult::tr("new patient registered");
    }
    return {};
}
} // namespace

QString FhirImportResult::text() const {
    QString out;
    switch (status) {
    case Status::Imported:
        out = tr("%1: imported — patient %2 %3 (%4); from institution %5: %6 added, %7 updated, %8 unchanged")
                  .arg(fileName)
                  .arg(patientNumber)
                  .arg(patientName, foundText(patientFound),
                       sourceInstitution.isEmpty() ? tr("(not given)") : sourceInstitution)
                  .arg(added)
                  .arg(updated)
                  .arg(unchanged);
        if (documentId != 0) {
            out += QLatin1Char('\n') + (documentIsNew ? tr("  the letter is filed as document %1").arg(documentId)
                                                      : tr("  the letter is document %1").arg(documentId));
        }
        break;
    case Status::NeedsConfirmation: {
        QStringList who;
        for (const Patient& p : candidates) {
            who << tr("patient %1 %2 (%3, born %4)")
                       .arg(p.number)
                       .arg(p.fullName(), p.fullKana(), p.birthDate.toString(Qt::ISODate));
        }
        out = tr("%1: needs confirmation — not imported. The file's patient has the same name, reading and birth "
                 "date as %2 but no identifier links them. Run again with --accept-match to add the items to that "
                 "patient, or --create-patient to register a new patient.")
                  .arg(fileName, who.join(QStringLiteral(", ")));
        break;
    }
    case Status::Failed:
        out = tr("%1: failed — nothing imported. %2").arg(fileName, error);
        break;
    }
    for (const QString& n : notes) {
        out += QLatin1Char('\n') + tr("  note: %1").arg(n);
    }
    return out;
}

} // namespace tsumugi::fhir
