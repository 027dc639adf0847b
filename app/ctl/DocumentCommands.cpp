#include "DocumentCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSendState.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

#include <QFile>
#include <QFileInfo>

namespace tsumugi::cli {

namespace {
enum { Ok = 0, Failed = 1, Usage = 2 };

// Text options accept "\n" for a line break, so a paragraph fits on one command line.
QString textOption(const CliArguments& a, const QString& name) {
    QString t = a.value(name);
    t.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    return t;
}

QDate dateOption(const CliArguments& a, const QString& name) {
    const QDate d = QDate::fromString(a.value(name), Qt::ISODate);
    if (!d.isValid()) {
        throw Error(Error::Kind::Validation,
                    DocumentCommands::tr("--%1 is a date like 2026-11-20; '%2' is not.").arg(name, a.value(name)));
    }
    return d;
}

// "3,4,7" → {3, 4, 7}.
QList<qint64> idsOption(const CliArguments& a, const QString& name) {
    QList<qint64> ids;
    for (const QString& part : a.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            throw Error(Error::Kind::Validation,
                        DocumentCommands::tr("--%1 takes ids separated by commas (like 3,4); '%2' is not an id.")
                            .arg(name, part));
        }
        ids << id;
    }
    return ids;
}

// "yj:3399007H1021:バイアスピリン錠100mg:1:錠:1日1回朝食後:30", lines separated by ';'. Kind yj | generic | none.
QList<MedicationLine> medicationOption(const CliArguments& a) {
    QList<MedicationLine> lines;
    for (const QString& text : a.value(QStringLiteral("med")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = text.split(QLatin1Char(':'));
        const auto kind = medicationCodeKindFromString(f.value(0).trimmed());
        bool doseOk = false;
        bool daysOk = false;
        MedicationLine m;
        m.dose = f.value(3).toDouble(&doseOk);
        m.days = f.value(6).toInt(&daysOk);
        if (f.size() < 7 || !kind || !doseOk || !daysOk) {
            throw Error(Error::Kind::Validation,
                        DocumentCommands::tr("--med is KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS (KIND yj, generic or none; "
                                             "several separated by ';'); '%1' is not.")
                            .arg(text));
        }
        m.codeKind = *kind;
        m.code = f.value(1).trimmed();
        m.name = f.value(2).trimmed();
        m.unit = f.value(4).trimmed();
        m.usageText = f.value(5).trimmed();
        m.usageCode = f.value(7).trimmed();
        lines << m;
    }
    return lines;
}

QString idList(const QList<qint64>& ids) {
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}
} // namespace

QString DocumentCommands::usage() {
    return tr(
        "  document create referral|discharge --patient NUMBER [--to INSTITUTION-NUMBER --to-name TEXT\n"
        "           --to-department TEXT --to-doctor TEXT --purpose TEXT --complaint TEXT --illness TEXT\n"
        "           --history TEXT --course TEXT --instructions TEXT --remarks TEXT --diagnosis IDS --allergy IDS\n"
        "           --rx IDS --lab IDS --med KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS[;…] --attach FILE[,FILE]\n"
        "           --attach-discharge ID --admitted DATE --discharged DATE --reason TEXT\n"
        "           --admission-diagnosis IDS --hospital-course TEXT --discharge-instructions TEXT\n"
        "           --disposition TEXT --date DATE]   (IDS: chart item ids separated by commas)\n"
        "  document edit ID [same options]   (a draft)\n"
        "  document finalize ID [--send] | document send ID   (to the sharing service)\n"
        "  document revise ID [--reason TEXT] | document withdraw ID --reason TEXT\n"
        "  document list --patient NUMBER | document show ID [--version N]\n");
}

const QStringList& DocumentCommands::switches() {
    static const QStringList s = {QStringLiteral("send")};
    return s;
}

DocumentCommands::DocumentCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int DocumentCommands::run(const CliArguments& a) {
    // One transaction per command: `document create … --attach` leaves the draft with its files or nothing.
    int code = Ok;
    m_record.atomically([&] {
        code = dispatch(a);
        return code == Ok;
    });
    return code;
}

int DocumentCommands::dispatch(const CliArguments& a) {
    const QString verb = a.positional().value(1);
    if (verb == QStringLiteral("create")) {
        return create(a);
    }
    if (verb == QStringLiteral("edit")) {
        return edit(a);
    }
    if (verb == QStringLiteral("finalize")) {
        return finalize(a);
    }
    if (verb == QStringLiteral("send")) {
        return send(a);
    }
    if (verb == QStringLiteral("revise")) {
        return revise(a);
    }
    if (verb == QStringLiteral("withdraw")) {
        return withdraw(a);
    }
    if (verb == QStringLiteral("list")) {
        return list(a);
    }
    if (verb == QStringLiteral("show")) {
        return show(a);
    }
    m_err << usage();
    return Usage;
}

qint64 DocumentCommands::patientId(const CliArguments& a) {
    const QString number = a.value(QStringLiteral("patient"));
    if (number.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the patient number with --patient."));
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    const auto p = ok ? m_record.patients().openByNumber(n) : std::nullopt;
    if (!p) {
        throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(number));
    }
    return p->id;
}

qint64 DocumentCommands::documentId(const CliArguments& a) {
    bool ok = false;
    const qint64 id = a.positional().value(2).toLongLong(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, tr("Give the document id, e.g. document show 12."));
    }
    return id;
}

void DocumentCommands::applyOptions(const CliArguments& a, Document& d) {
    const auto text = [&](const char* flag, QString& field) {
        if (a.has(QString::fromLatin1(flag))) {
            field = textOption(a, QString::fromLatin1(flag));
        }
    };
    const auto ids = [&](const char* flag, QList<qint64>& field) {
        if (a.has(QString::fromLatin1(flag))) {
            field = idsOption(a, QString::fromLatin1(flag));
        }
    };
    if (a.has(QStringLiteral("to"))) {
        d.addressee.institutionNumber = a.value(QStringLiteral("to")).trimmed();
        // A known addressee fills the rest from the address book.
        if (const auto known = m_record.documents().addressBook().findByNumber(d.addressee.institutionNumber)) {
            d.addressee = known->addressee;
        }
    }
    text("to-name", d.addressee.institutionName);
    text("to-department", d.addressee.department);
    text("to-doctor", d.addressee.doctor);
    text("purpose", d.purpose);
    text("complaint", d.chiefComplaint);
    text("illness", d.presentIllness);
    text("history", d.pastHistory);
    text("course", d.clinicalCourse);
    text("instructions", d.instructions);
    text("remarks", d.remarks);
    text("reason", d.reasonForAdmission);
    text("hospital-course", d.hospitalCourse);
    text("discharge-instructions", d.dischargeInstructions);
    text("disposition", d.dischargeDisposition);
    text("department", d.department);
    ids("diagnosis", d.diagnosisIds);
    ids("admission-diagnosis", d.admissionDiagnosisIds);
    ids("allergy", d.allergyIds);
    ids("rx", d.prescriptionIds);
    ids("lab", d.labResultIds);
    if (a.has(QStringLiteral("med"))) {
        d.medications = medicationOption(a);
    }
    if (a.has(QStringLiteral("attach-discharge"))) {
        const QList<qint64> one = idsOption(a, QStringLiteral("attach-discharge"));
        d.attachedDischargeId = one.value(0);
    }
    if (a.has(QStringLiteral("admitted"))) {
        d.admissionDate = dateOption(a, QStringLiteral("admitted"));
    }
    if (a.has(QStringLiteral("discharged"))) {
        d.dischargeDate = dateOption(a, QStringLiteral("discharged"));
    }
    if (a.has(QStringLiteral("date"))) {
        d.documentDate = dateOption(a, QStringLiteral("date"));
    }
}

void DocumentCommands::attachFiles(const CliArguments& a, qint64 id) {
    if (!a.has(QStringLiteral("attach"))) {
        return;
    }
    for (const QString& path : a.value(QStringLiteral("attach")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QFile f(path);
        const QFileInfo info(path);
        if (info.size() > DocumentAttachment::MaxBytes) {
            throw Error(Error::Kind::Validation, tr("%1 is %2 MB; an attachment can be at most %3 MB.")
                                                     .arg(path)
                                                     .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                                     .arg(DocumentAttachment::MaxBytes / (1024 * 1024)));
        }
        if (!f.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::FileMissing, tr("%1 cannot be read.").arg(path));
        }
        m_record.documents().addAttachment(id, info.fileName(), f.readAll(), info.completeBaseName());
    }
}

int DocumentCommands::create(const CliArguments& a) {
    const auto kind = documentKindFromString(a.positional().value(2));
    if (!kind) {
        m_err << usage();
        return Usage;
    }
    Document d;
    d.kind = *kind;
    d.patientId = patientId(a);
    applyOptions(a, d);
    const Document created = m_record.documents().createDraft(d);
    attachFiles(a, created.id);
    m_out << tr("Document %1 created (%2, draft, version %3).")
                 .arg(created.id)
                 .arg(documentKindToString(created.kind))
                 .arg(created.version)
          << '\n';
    return Ok;
}

int DocumentCommands::edit(const CliArguments& a) {
    DocumentRepository& docs = m_record.documents();
    Document d = docs.open(documentId(a));
    applyOptions(a, d);
    d = docs.updateDraft(d);
    attachFiles(a, d.id);
    m_out << tr("Document %1 saved (draft, version %2).").arg(d.id).arg(d.version) << '\n';
    return Ok;
}

int DocumentCommands::finalize(const CliArguments& a) {
    // --send: the doctor chose the sharing service; the bundle is queued in the outbox in the same transaction.
    const bool send = a.has(QStringLiteral("send"));
    const qint64 id = documentId(a);
    // Asked before finalising: a paper-only new version leaves an earlier version on the service.
    const bool earlierStays = !send && DocumentSendState::onService(m_record, id);
    const Document d = m_record.documents().finalize(id, {.send = send});
    m_out << tr("Document %1 finalised (version %2) by %3.").arg(d.id).arg(d.version).arg(d.finalizedBy) << '\n';
    m_out << (send ? tr("Queued for the sharing service.") : tr("Not sent to the sharing service (paper only)."))
          << '\n';
    if (earlierStays) {
        m_err << tr("Warning: %1 To replace it, send this version: document send %2")
                     .arg(DocumentSendState::earlierVersionStaysWarning())
                     .arg(d.id)
              << '\n';
    }
    return Ok;
}

int DocumentCommands::send(const CliArguments& a) {
    DocumentRepository& docs = m_record.documents();
    const Document d = docs.open(documentId(a));
    if (!d.isOurs()) {
        throw Error(
            Error::Kind::Conflict,
            tr("Document %1 was received from %2; only our own letters are sent.").arg(d.id).arg(d.sourceInstitution));
    }
    if (d.status == Document::Status::Draft) {
        throw Error(Error::Kind::Conflict, tr("Document %1 is a draft (version %2); finalise it first: document "
                                              "finalize %1 --send finalises and sends it.")
                                               .arg(d.id)
                                               .arg(d.version));
    }
    if (d.status == Document::Status::Withdrawn) {
        throw Error(Error::Kind::Conflict, tr("Document %1 is withdrawn; a withdrawn letter is not sent.").arg(d.id));
    }
    const DocumentSendState state = DocumentSendState::of(m_record, d);
    switch (state.kind()) {
    case DocumentSendState::Kind::Queued:
        m_out << tr("Document %1 (version %2) is already queued for the sharing service; nothing was changed.")
                     .arg(d.id)
                     .arg(d.version)
              << '\n';
        return Ok;
    case DocumentSendState::Kind::Sent:
        m_out << tr("Document %1 (version %2) was already sent to the sharing service; nothing was changed.")
                     .arg(d.id)
                     .arg(d.version)
              << '\n';
        return Ok;
    case DocumentSendState::Kind::Rejected:
        // Sending the same content again would be rejected again; the fix is a corrected version.
        throw Error(Error::Kind::Conflict,
                    tr("Document %1 (version %2) was rejected by the sharing service: %3\nCorrect it as a new version "
                       "(document revise %1, document edit %1 …) and finalise that with --send.")
                        .arg(d.id)
                        .arg(d.version)
                        .arg(state.lastError().isEmpty() ? tr("no reason given") : state.lastError()));
    default:
        break;
    }
    const Document sent = docs.requestSend(d.id);
    m_out << tr("Document %1 (version %2) queued for the sharing service; it is sent with the next push.")
                 .arg(sent.id)
                 .arg(sent.version)
          << '\n';
    return Ok;
}

int DocumentCommands::revise(const CliArguments& a) {
    const Document d = m_record.documents().startNewVersion(documentId(a), textOption(a, QStringLiteral("reason")));
    m_out << tr("Document %1: version %2 started as a draft.").arg(d.id).arg(d.version) << '\n';
    return Ok;
}

int DocumentCommands::withdraw(const CliArguments& a) {
    const Document d = m_record.documents().withdraw(documentId(a), textOption(a, QStringLiteral("reason")));
    m_out << tr("Document %1 withdrawn.").arg(d.id) << '\n';
    return Ok;
}

int DocumentCommands::list(const CliArguments& a) {
    const QList<Document> docs = m_record.documents().listForPatient(patientId(a));
    if (docs.isEmpty()) {
        m_out << tr("No documents.") << '\n';
        return Ok;
    }
    for (const Document& d : docs) {
        const QString about = d.isReferral() ? d.addressee.institutionName
                                             : QStringLiteral("%1..%2").arg(d.admissionDate.toString(Qt::ISODate),
                                                                            d.dischargeDate.toString(Qt::ISODate));
        // The sharing-service column: paper-only, queued, sent, rejected (- for drafts, withdrawn and received).
        const DocumentSendState send = DocumentSendState::of(m_record, d);
        m_out << QStringLiteral("%1\t%2\t%3\tv%4\t%5\t%6\t%7")
                     .arg(d.id)
                     .arg(documentKindToString(d.kind), documentStatusToString(d.status))
                     .arg(d.version)
                     .arg(d.documentDate.toString(Qt::ISODate), send.key(), about)
              << (d.isOurs() ? QString() : QStringLiteral("\t") + tr("received from %1").arg(d.sourceInstitution))
              << '\n';
    }
    return Ok;
}

int DocumentCommands::show(const CliArguments& a) {
    DocumentRepository& docs = m_record.documents();
    const qint64 id = documentId(a);
    Document d = docs.open(id);
    if (a.has(QStringLiteral("version"))) {
        bool ok = false;
        const int v = a.value(QStringLiteral("version")).toInt(&ok);
        if (!ok) {
            throw Error(Error::Kind::Validation, tr("--version is a number."));
        }
        d = docs.loadVersion(id, v);
    }
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            m_out << label << ": " << QString(value).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << '\n';
        }
    };
    line(tr("Document"), QStringLiteral("%1 %2 %3 v%4")
                             .arg(d.id)
                             .arg(documentKindToString(d.kind), documentStatusToString(d.status))
                             .arg(d.version));
    line(tr("Date"), d.documentDate.toString(Qt::ISODate));
    line(tr("Finalised"), d.finalizedAt.isValid()
                              ? QStringLiteral("%1 %2").arg(d.finalizedAt.toString(Qt::ISODate), d.finalizedBy)
                              : QString());
    // Never implies a signature: says "none (signing is not set up)" unless the version carries one.
    m_out << m_record.documents().signatures().statusText(d) << '\n';
    line(tr("Revision reason"), d.revisionReason);
    line(tr("Received from"), d.sourceInstitution);
    if (d.isReferral()) {
        line(tr("To"), QStringList{d.addressee.institutionName, d.addressee.institutionNumber, d.addressee.department,
                                   d.addressee.doctor}
                           .join(QLatin1Char(' '))
                           .simplified());
        line(tr("Purpose"), d.purpose);
    } else {
        line(tr("Admitted"), d.admissionDate.toString(Qt::ISODate));
        line(tr("Discharged"), d.dischargeDate.toString(Qt::ISODate));
        line(tr("Reason for admission"), d.reasonForAdmission);
        line(tr("Diagnoses on admission"), idList(d.admissionDiagnosisIds));
    }
    line(tr("Chief complaint"), d.chiefComplaint);
    line(tr("Diagnoses"), idList(d.diagnosisIds));
    line(tr("Present illness"), d.presentIllness);
    line(tr("Past history"), d.pastHistory);
    line(tr("Allergies"), idList(d.allergyIds));
    line(tr("Prescriptions"), idList(d.prescriptionIds));
    for (const MedicationLine& m : d.medications) {
        line(tr("Medication"), QStringLiteral("%1 %2 %3 1日%4%5 %6 %7日分")
                                   .arg(medicationCodeKindToString(m.codeKind), m.code, m.name)
                                   .arg(m.dose)
                                   .arg(m.unit, m.usageText)
                                   .arg(m.days)
                                   .simplified());
    }
    line(tr("Lab results"), idList(d.labResultIds));
    line(tr("Clinical course"), d.clinicalCourse);
    line(tr("Hospital course"), d.hospitalCourse);
    line(tr("Treatment policy"), d.instructions);
    line(tr("Discharge instructions"), d.dischargeInstructions);
    line(tr("Discharge disposition"), d.dischargeDisposition);
    line(tr("Remarks"), d.remarks);
    for (const DocumentAttachment& att : d.attachments) {
        line(tr("Attachment"),
             QStringLiteral("%1 %2 (%3, %4 bytes)").arg(att.id).arg(att.fileName, att.mediaType).arg(att.size));
    }
    if (d.attachedDischargeId != 0) {
        line(tr("Attached discharge summary"), QString::number(d.attachedDischargeId));
    }
    return Ok;
}

} // namespace tsumugi::cli
