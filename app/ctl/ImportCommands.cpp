#include "ImportCommands.h"

#include "CliArguments.h"

#include "sync/fhir/ClinsImporter.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::cli {

QString ImportCommands::usage() {
    return tr("  import FILE... [--accept-match | --create-patient] [--patient NUMBER] [--from INSTITUTION]\n"
              "         (JP-CLINS bundles and eCS resources from other institutions, read-only in the chart; "
              "--accept-match: use the patient with the same name, reading and birth date; --create-patient: "
              "register a new patient instead; --from: the sender when a file does not name it)\n");
}

const QStringList& ImportCommands::switches() {
    static const QStringList s{QStringLiteral("accept-match"), QStringLiteral("create-patient")};
    return s;
}

ImportCommands::ImportCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int ImportCommands::run(const CliArguments& a) {
    const QStringList files = a.positional().mid(1);
    if (files.isEmpty()) {
        m_err << tr("Give at least one file to import.") << '\n' << usage();
        return 2;
    }
    fhir::ClinsImporter::Options options;
    options.acceptMatch = a.has(QStringLiteral("accept-match"));
    options.createPatient = a.has(QStringLiteral("create-patient"));
    if (options.acceptMatch && options.createPatient) {
        throw Error(Error::Kind::Validation, tr("Give either --accept-match or --create-patient, not both."));
    }
    options.sourceInstitution = a.commandOption(QStringLiteral("from"));
    if (const QString number = a.commandOption(QStringLiteral("patient")); !number.isEmpty()) {
        bool ok = false;
        const qint64 n = number.toLongLong(&ok);
        const auto patient = ok ? m_record.patients().openByNumber(n) : std::nullopt;
        if (!patient) {
            throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(number));
        }
        options.patientId = patient->id;
    }
    // One importer for the run: a Patient file given first is the patient of the resources after it.
    fhir::ClinsImporter importer(m_record);
    int failed = 0;
    int unconfirmed = 0;
    for (const QString& file : files) {
        const fhir::FhirImportResult r = importer.importFile(file, options);
        (r.ok() ? m_out : m_err) << r.text() << '\n';
        failed += r.status == fhir::FhirImportResult::Status::Failed ? 1 : 0;
        unconfirmed += r.status == fhir::FhirImportResult::Status::NeedsConfirmation ? 1 : 0;
    }
    m_out << tr("%1 of %2 files imported; %3 failed; %4 need confirmation.")
                 .arg(files.size() - failed - unconfirmed)
                 .arg(files.size())
                 .arg(failed)
                 .arg(unconfirmed)
          << '\n';
    return failed + unconfirmed == 0 ? 0 : 1;
}

} // namespace tsumugi::cli
