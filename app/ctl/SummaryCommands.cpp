#include "SummaryCommands.h"

#include "CliArguments.h"

#include "sync/services/SummaryService.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::cli {

QString SummaryCommands::usage() {
    return tr("  summary pull --patient NUMBER [--emergency --reason TEXT]   (shared record / emergency summary, "
              "after an eligibility check with the card)\n"
              "  summary show --patient NUMBER   (the last pulled summary)\n");
}

SummaryCommands::SummaryCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int SummaryCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub != QStringLiteral("pull") && sub != QStringLiteral("show")) {
        m_err << usage();
        return 2;
    }
    const QString number = a.value(QStringLiteral("patient"));
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    const auto patient = ok ? m_record.patients().openByNumber(n) : std::nullopt;
    if (!patient) {
        throw Error(Error::Kind::NotFound, number.isEmpty() ? tr("Give the patient number with --patient.")
                                                            : tr("There is no patient number %1.").arg(number));
    }
    sync::SummaryService service(m_record);
    if (sub == QStringLiteral("show")) {
        const auto summary = service.latest(patient->id);
        if (!summary) {
            m_err << tr("No summary has been pulled for patient %1.").arg(n) << '\n';
            return 1;
        }
        m_out << sync::SummaryService::plainText(*summary);
        return 0;
    }
    const bool emergency = a.has(QStringLiteral("emergency"));
    if (!emergency && a.has(QStringLiteral("reason"))) {
        throw Error(Error::Kind::Validation, tr("--reason goes with --emergency."));
    }
    const SharedSummary summary = service.pull(patient->id, emergency, a.value(QStringLiteral("reason")));
    m_out << tr("Patient %1 %2").arg(n).arg(patient->fullName()) << '\n';
    m_out << sync::SummaryService::plainText(summary);
    return 0;
}

} // namespace tsumugi::cli
