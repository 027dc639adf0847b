#include "InboxCommands.h"

#include "CliArguments.h"

#include "sync/services/ReferralInboxService.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/sharing/ReferralInboxStore.h"

namespace tsumugi::cli {

QString InboxCommands::usage() {
    return tr("  inbox fetch | inbox list   (referral letters addressed to this clinic)\n"
              "  inbox import ID [--accept-match | --create-patient] [--patient NUMBER]   (file a letter into the "
              "patient's chart: a doctor's action)\n");
}

InboxCommands::InboxCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int InboxCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("fetch")) {
        return fetch();
    }
    if (sub == QStringLiteral("list")) {
        return list();
    }
    if (sub == QStringLiteral("import")) {
        return fileIntoChart(a);
    }
    m_err << usage();
    return 2;
}

int InboxCommands::fetch() {
    const auto c = sync::ReferralInboxService(m_record).fetch();
    m_out << tr("listed: %1").arg(c.listed) << '\n'
          << tr("stored: %1").arg(c.stored) << '\n'
          << tr("already stored: %1").arg(c.alreadyStored) << '\n'
          << tr("linked to a patient: %1").arg(c.linked) << '\n'
          << tr("filed into the chart: %1").arg(c.filed) << '\n'
          << tr("receipts sent: %1").arg(c.acknowledged) << '\n'
          << tr("failed: %1").arg(c.failed) << '\n';
    for (const QString& p : c.problems) {
        m_err << p << '\n';
    }
    return c.failed == 0 ? 0 : 1;
}

int InboxCommands::fileIntoChart(const CliArguments& a) {
    bool ok = false;
    const qint64 id = a.positional().value(2).toLongLong(&ok);
    if (!ok) {
        m_err << tr("Give the letter's id (see inbox list).") << '\n' << usage();
        return 2;
    }
    fhir::ClinsImporter::Options options;
    options.acceptMatch = a.has(QStringLiteral("accept-match"));
    options.createPatient = a.has(QStringLiteral("create-patient"));
    if (options.acceptMatch && options.createPatient) {
        throw Error(Error::Kind::Validation, tr("Give either --accept-match or --create-patient, not both."));
    }
    if (const QString number = a.commandOption(QStringLiteral("patient")); !number.isEmpty()) {
        const qint64 n = number.toLongLong(&ok);
        const auto patient = ok ? m_record.patients().openByNumber(n) : std::nullopt;
        if (!patient) {
            throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(number));
        }
        options.patientId = patient->id;
    }
    const fhir::FhirImportResult r = sync::ReferralInboxService(m_record).fileIntoChart(id, options);
    (r.ok() ? m_out : m_err) << r.text() << '\n';
    return r.ok() ? 0 : 1;
}

int InboxCommands::list() {
    const auto letters = ReferralInboxStore(m_record).list();
    for (const ReferralLetter& l : letters) {
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(l.id)
                     .arg(l.bundleIdentifier, l.sender, l.memberId,
                          l.patientId != 0 ? QString::number(l.patientId) : QStringLiteral("-"),
                          l.isAcknowledged() ? l.receivedAt.toString(Qt::ISODate) : tr("receipt pending"))
              << '\n';
    }
    m_out << tr("%n letter(s)", nullptr, letters.size()) << '\n';
    return 0;
}

} // namespace tsumugi::cli
