#include "core/chart/Chart.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/ChartItemJournal.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/NoteTemplateLibrary.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/JapaneseEra.h"
#include "core/util/Timestamp.h"

#include <QHash>

namespace tsumugi {

Chart::Chart(ClinicRecord& record)
    : m_record(record)
    , m_journal(std::make_unique<ChartItemJournal>(record))
    , m_visits(std::make_unique<VisitRepository>(*m_journal))
    , m_notes(std::make_unique<ClinicalNoteRepository>(*m_journal))
    , m_templates(std::make_unique<NoteTemplateLibrary>(*m_journal))
    , m_diagnoses(std::make_unique<DiagnosisRepository>(*m_journal, record.masters()))
    , m_allergies(std::make_unique<AllergyRepository>(*m_journal))
    , m_labs(std::make_unique<LabResultRepository>(*m_journal, record.masters()))
    , m_prescriptions(std::make_unique<PrescriptionRepository>(*m_journal, record.masters(), *m_visits, *m_allergies)) {
}

Chart::~Chart() = default;

ChartSnapshot Chart::read(qint64 patientId, int visitLimit) {
    m_journal->requireRead();
    Transaction tx(m_record.db()); // one consistent read, and the view's audit row with it
    ChartSnapshot s;
    {
        const QList<Patient> found =
            m_record.patients().search(QString::number(m_journal->requirePatient(patientId)), 1);
        if (found.isEmpty()) {
            throw Error(Error::Kind::NotFound, tr("The patient was not found."));
        }
        s.patient = found.first();
    }
    const QList<Visit> visits = m_visits->forPatient(patientId, visitLimit);
    QHash<qint64, qsizetype> index;
    for (const Visit& v : visits) {
        index.insert(v.id, s.visits.size());
        s.visits.append({v, std::nullopt, {}});
    }
    // Notes and prescriptions of the patient in one query each, then placed under their visits.
    for (const ClinicalNote& note : m_notes->forPatient(patientId)) {
        if (index.contains(note.visitId)) {
            s.visits[index.value(note.visitId)].note = note;
        }
    }
    for (const Prescription& p : m_prescriptions->forPatient(patientId)) {
        if (index.contains(p.visitId)) {
            s.visits[index.value(p.visitId)].prescriptions.append(p);
        }
    }
    for (ChartVisit& v : s.visits) {
        std::sort(v.prescriptions.begin(), v.prescriptions.end(), [](const Prescription& a, const Prescription& b) {
            return std::tie(a.rpNumber, a.id) < std::tie(b.rpNumber, b.id);
        });
    }
    s.diagnoses = m_diagnoses->forPatient(patientId);
    s.allergies = m_allergies->forPatient(patientId);
    s.labs = m_labs->summaries(patientId);
    s.activePrescriptions = m_prescriptions->activeOn(patientId, m_journal->today());
    m_journal->viewed(QStringLiteral("chart"), patientId, QStringLiteral("%1 visits").arg(visits.size()));
    tx.commit();
    return s;
}

ChartSnapshot Chart::open(qint64 patientId, int visitLimit) {
    return read(patientId, visitLimit);
}

QString Chart::plainText(qint64 patientId, int visitLimit) {
    const ChartSnapshot s = read(patientId, visitLimit);
    QString out;
    const auto line = [&](const QString& text) { out += text + QLatin1Char('\n'); };
    const Patient& p = s.patient;
    line(tr("Chart of %1 (%2), patient number %3, born %4 (%5)")
             .arg(p.fullName(), p.fullKana())
             .arg(p.number)
             .arg(p.birthDate.toString(Qt::ISODate), JapaneseEra::format(p.birthDate)));
    line({});
    line(tr("== Allergies and drug contraindications"));
    if (s.allergies.isEmpty()) {
        line(tr("(none recorded)"));
    }
    // Received items say where they came from, as on screen and on paper.
    const auto source = [](const QString& institution) {
        return institution.isEmpty() ? QString() : tr(" [from %1, read-only]").arg(institution);
    };
    for (const Allergy& a : s.allergies) {
        line(QStringLiteral("[%1] %2%3 %4 %5%6%7")
                 .arg(allergyCategoryToString(a.category), a.name,
                      a.code.isEmpty()
                          ? QString()
                          : QStringLiteral(" (%1 %2)").arg(allergyCodeSystemToString(a.codeSystem), a.code),
                      a.reaction, severityToString(a.severity),
                      a.onsetDate.isValid() ? tr(" onset %1").arg(a.onsetText()) : QString(),
                      source(a.sourceInstitution)));
    }
    line({});
    line(tr("== Diagnoses"));
    if (s.diagnoses.isEmpty()) {
        line(tr("(none recorded)"));
    }
    for (const Diagnosis& d : s.diagnoses) {
        QString flags;
        if (d.principal) {
            flags += tr(" [principal]");
        }
        if (d.longTerm) {
            flags += QStringLiteral(" [LTS]");
        }
        if (d.uninformed) {
            flags += tr(" [not disclosed]");
        }
        if (d.undelivered) {
            flags += tr(" [not shared]");
        }
        line(QStringLiteral("%1 %2 (MEDIS %3%4) from %5 %6%7%8%9")
                 .arg(QString::number(d.id), d.displayName(), d.medisCode,
                      d.icd10.isEmpty() ? QString() : QStringLiteral(", ICD-10 %1").arg(d.icd10), d.startText(),
                      outcomeToString(d.outcome),
                      d.endDate.isValid() ? QStringLiteral(" %1").arg(d.endText()) : QString(), flags,
                      source(d.sourceInstitution)));
    }
    line({});
    line(tr("== Lab results (latest per item)"));
    if (s.labs.isEmpty()) {
        line(tr("(none recorded)"));
    }
    for (const LabItemSummary& l : s.labs) {
        const bool ours = l.latestSource.isEmpty();
        line(QStringLiteral("%1 %2: %3 %4 %5 (%6 result(s), %7)%8%9")
                 .arg(l.itemKey, l.name, l.latestValue, l.unit, l.latestFlag)
                 .arg(l.count)
                 .arg(l.latestAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), source(l.latestSource),
                      ours && !l.shareable ? (l.canBeCompleted ? tr(" [kept back: %1]").arg(l.notShared)
                                                               : tr(" [not shared: not a JP-CLINS item]"))
                                           : QString()));
    }
    line({});
    line(tr("== Visits"));
    for (const ChartVisit& cv : s.visits) {
        const Visit& v = cv.visit;
        line(
            QStringLiteral("-- %1 %2 %3 %4 (visit %5)%6%7")
                .arg(v.date.toString(Qt::ISODate), encounterClassToString(v.encounterClass), v.department, v.doctorName)
                .arg(v.id)
                .arg(v.withdrawn ? tr(" WITHDRAWN: %1").arg(v.withdrawnReason) : QString(),
                     source(v.sourceInstitution)));
        if (cv.note) {
            const ClinicalNote& n = *cv.note;
            QString state = noteStatusToString(n.status);
            if (n.status == ClinicalNote::Status::Final) {
                state += QStringLiteral(" %1 %2").arg(n.finalizedBy, Timestamp::toStorage(n.finalizedAt));
            }
            line(tr("note %1 version %2 (%3)").arg(n.id).arg(n.version).arg(state));
            line(tr("[findings]"));
            line(n.findings);
            line(tr("[orders]"));
            line(n.orders);
        }
        for (const Prescription& rx : cv.prescriptions) {
            line(QStringLiteral("Rp%1 %2 %3%4 %5 %6 days (total %7) %8%9")
                     .arg(rx.rpNumber)
                     .arg(rx.drugName)
                     .arg(rx.dose)
                     .arg(rx.unit, rx.usageText)
                     .arg(rx.days)
                     .arg(rx.quantity)
                     .arg(dispensingToString(rx.dispensing), rx.withdrawn ? tr(" WITHDRAWN") : QString()));
        }
    }
    return out;
}

} // namespace tsumugi
