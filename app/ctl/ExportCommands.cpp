#include "ExportCommands.h"

#include "CliArguments.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/DocumentBundleExporter.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/AtomicFile.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QDir>

namespace tsumugi::cli {

QString ExportCommands::usage() {
    return tr("  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per "
              "resource type; --year: the year the unit was first sent, default this year)\n"
              "  export referral|discharge --document ID --out FILE [--seed N]   (a finalised document as its "
              "JP-CLINS document bundle)\n");
}

ExportCommands::ExportCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int ExportCommands::run(const CliArguments& a) {
    if (a.positional().value(1) == QStringLiteral("clins")) {
        return clins(a);
    }
    if (a.positional().value(1) == QStringLiteral("referral") ||
        a.positional().value(1) == QStringLiteral("discharge")) {
        return document(a);
    }
    m_err << usage();
    return 2;
}

int ExportCommands::clins(const CliArguments& a) {
    const QString number = a.value(QStringLiteral("patient"));
    if (number.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the patient number with --patient."));
    }
    const QString outDir = a.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the output folder with --out."));
    }
    fhir::ClinsExporter::Options options;
    options.now = m_record.clock().now().toUTC();
    if (a.has(QStringLiteral("year"))) {
        bool ok = false;
        options.year = a.value(QStringLiteral("year")).toInt(&ok);
        // Bundle.identifier allows 2020–2039 (R2152).
        if (!ok || options.year < 2020 || options.year > 2039) {
            throw Error(Error::Kind::Validation,
                        tr("--year must be a year from 2020 to 2039, not '%1'.").arg(a.value(QStringLiteral("year"))));
        }
    }
    if (a.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            throw Error(Error::Kind::Validation,
                        tr("--seed must be a whole number, not '%1'.").arg(a.value(QStringLiteral("seed"))));
        }
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    const auto patient = ok ? m_record.patients().openByNumber(n) : std::nullopt;
    if (!patient) {
        throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(number));
    }
    const auto bundles = fhir::ClinsExporter(m_record).exportPatient(patient->id, options);
    if (bundles.isEmpty()) {
        m_out << tr("Patient %1 has nothing to share: no diagnoses, allergies or lab results to report.").arg(number)
              << '\n';
        return 0;
    }
    QDir dir(outDir);
    const bool created = !dir.exists();
    if (!dir.mkpath(QStringLiteral("."))) {
        throw Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(outDir));
    }
    if (created) {
        // Patients' data: a folder made for it is the clinic account's alone, like the record's.
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Every file is written (owner-only, atomically) before any path is printed, so a failure leaves no
    // half-reported set.
    QStringList paths;
    for (const auto& b : bundles) {
        const QString path = dir.filePath(b.fileName);
        AtomicFile::write(path, b.data);
        paths << path;
    }
    for (const QString& p : paths) {
        m_out << p << '\n';
    }
    return 0;
}

int ExportCommands::document(const CliArguments& a) {
    bool ok = false;
    const qint64 id = a.value(QStringLiteral("document")).toLongLong(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, tr("Give the document id with --document."));
    }
    const QString outFile = a.value(QStringLiteral("out"));
    if (outFile.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the output file with --out."));
    }
    fhir::DocumentBundleExporter::Options options;
    options.now = m_record.clock().now().toUTC();
    if (a.has(QStringLiteral("seed"))) {
        options.seed = a.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            throw Error(Error::Kind::Validation,
                        tr("--seed must be a whole number, not '%1'.").arg(a.value(QStringLiteral("seed"))));
        }
    }
    const QString asked = a.positional().value(1);
    if (const auto found = m_record.documents().find(id); found && documentKindToString(found->kind) != asked) {
        throw Error(Error::Kind::Validation,
                    tr("Document %1 is a %2, not a %3.").arg(id).arg(documentKindToString(found->kind), asked));
    }
    const auto result = fhir::DocumentBundleExporter(m_record).exportDocument(id, options);
    AtomicFile::write(outFile, fhir::ClinsExporter::serialize(result.json));
    m_out << outFile << '\t' << result.identifier << '\n';
    return 0;
}

} // namespace tsumugi::cli
