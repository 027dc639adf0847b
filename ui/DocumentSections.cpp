#include "ui/DocumentSections.h"

#include "ui/ChartText.h"
#include "ui/DisplayText.h"

#include <QRegularExpression>

namespace tsumugi::ui {

namespace {
QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}
QString longDate(const QDate& d) {
    return d.isValid() ? DocumentSections::tr("%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}
} // namespace

DocumentSections::DocumentSections(const Document& document, const ChartSnapshot& chart, const QList<LabResult>& labs,
                                   const QDate& today)
    : m_document(document)
    , m_chart(chart)
    , m_today(today) {
    const Document& d = document;
    auto diagnoses = [&](const QList<qint64>& ids) {
        QStringList lines;
        for (const Diagnosis& x : chart.diagnoses) {
            if (ids.contains(x.id)) {
                lines << diagnosisText(x);
            }
        }
        return lines.join(QLatin1Char('\n'));
    };
    QStringList allergies;
    for (const Allergy& a : chart.allergies) {
        if (d.allergyIds.contains(a.id)) {
            allergies << allergyText(a);
        }
    }
    QStringList medications;
    for (const Prescription& p : chart.activePrescriptions) {
        if (d.prescriptionIds.contains(p.id)) {
            medications << ChartText::prescriptionLine(p);
        }
    }
    // Prescriptions picked earlier may have ended since; they are still the ones the letter names.
    for (const ChartVisit& v : chart.visits) {
        for (const Prescription& p : v.prescriptions) {
            const QString line = ChartText::prescriptionLine(p);
            if (d.prescriptionIds.contains(p.id) && !medications.contains(line)) {
                medications << line;
            }
        }
    }
    for (const MedicationLine& m : d.medications) {
        medications << medicationText(m);
    }
    QStringList labLines;
    for (const LabResult& r : labs) {
        if (d.labResultIds.contains(r.id)) {
            labLines << labText(r);
        }
    }

    if (d.isReferral()) {
        add(tr("Purpose of referral"), d.purpose);
        add(tr("Diagnoses"), diagnoses(d.diagnosisIds));
        add(tr("Chief complaint"), d.chiefComplaint);
        add(tr("Present illness"), d.presentIllness);
        add(tr("Past history"), d.pastHistory);
        add(tr("Allergies and contraindications"), allergies.join(QLatin1Char('\n')));
        add(tr("Current medications"), medications.join(QLatin1Char('\n')));
        add(tr("Lab results"), labLines.join(QLatin1Char('\n')));
        add(tr("Clinical course"), d.clinicalCourse);
        add(tr("Treatment policy"), d.instructions);
    } else {
        add(tr("Admission and discharge"),
            tr("Admitted %1, discharged %2").arg(longDate(d.admissionDate), longDate(d.dischargeDate)));
        add(tr("Reason for admission"), d.reasonForAdmission);
        add(tr("Diagnoses on admission"), diagnoses(d.admissionDiagnosisIds));
        add(tr("Diagnoses at discharge"), diagnoses(d.diagnosisIds));
        add(tr("Chief complaint"), d.chiefComplaint);
        add(tr("Present illness"), d.presentIllness);
        add(tr("Past history"), d.pastHistory);
        add(tr("Allergies and contraindications"), allergies.join(QLatin1Char('\n')));
        add(tr("Hospital course"), d.hospitalCourse);
        add(tr("Lab results"), labLines.join(QLatin1Char('\n')));
        add(tr("Discharge medications"), medications.join(QLatin1Char('\n')));
        add(tr("Discharge instructions"), d.dischargeInstructions);
        add(tr("Condition at discharge"), d.dischargeDisposition);
    }
    add(tr("Remarks"), d.remarks);
    // A received letter's sections we have no field for (家族歴, 身体所見, …), under the sender's own titles.
    for (const DocumentSectionText& other : d.otherSections) {
        add(other.title.isEmpty() ? tr("Section %1").arg(other.code) : other.title, other.text);
    }
    QStringList files;
    for (const DocumentAttachment& a : d.attachments) {
        files << tr("%1 (%2 KB)").arg(a.title.isEmpty() ? a.fileName : a.title).arg((a.size + 1023) / 1024);
    }
    if (d.attachedDischargeId != 0) {
        files << tr("Discharge summary (attached)");
    }
    add(tr("Attachments"), files.join(QLatin1Char('\n')));
}

void DocumentSections::add(const QString& title, const QString& text) {
    if (!text.trimmed().isEmpty()) {
        m_sections.append({title, text.trimmed()});
    }
}

QString DocumentSections::documentKindName(Document::Kind kind) {
    return kind == Document::Kind::Referral ? tr("Referral letter") : tr("Discharge summary");
}

QString DocumentSections::title() const {
    return documentKindName(m_document.kind);
}

QString DocumentSections::statusText(const Document& d) {
    QString status;
    switch (d.status) {
    case Document::Status::Draft:
        status = tr("Draft");
        break;
    case Document::Status::Final:
        status = tr("Final");
        break;
    case Document::Status::Withdrawn:
        status = tr("Withdrawn");
        break;
    }
    return tr("%1, version %2").arg(status).arg(d.version);
}

QString DocumentSections::patientLine() const {
    const Patient& p = m_chart.patient;
    const QDate day = m_document.documentDate.isValid() ? m_document.documentDate : m_today;
    return tr("Patient: %1 (%2)  born %3 (%4)  %5  No. %6")
        .arg(p.fullName(), p.fullKana(), DisplayText::birthDate(p.birthDate), DisplayText::age(p, day),
             DisplayText::sex(p.sex), DisplayText::patientNumber(p.number));
}

QString DocumentSections::diagnosisText(const Diagnosis& d) {
    QString text = d.displayName();
    if (d.principal) {
        text += tr(" (principal)");
    }
    if (d.startDate.isValid()) {
        // A received onset known only to the year or month is printed as such.
        text += tr("  since %1")
                    .arg(d.startPrecision == PartialDate::Precision::Day ? longDate(d.startDate) : d.startText());
    }
    if (d.outcome != Diagnosis::Outcome::Continuing) {
        text += QStringLiteral("  ") + ChartText::outcome(d.outcome);
    }
    return text + sourceText(d.sourceInstitution);
}

QString DocumentSections::sourceText(const QString& institution) {
    return institution.isEmpty() ? QString() : tr("  [from %1]").arg(institution);
}

QString DocumentSections::allergyText(const Allergy& a) {
    QString text = tr("%1: %2").arg(ChartText::allergyCategory(a.category), a.name);
    if (!a.reaction.isEmpty()) {
        text += tr(" (reaction: %1)").arg(a.reaction);
    }
    return text + sourceText(a.sourceInstitution);
}

QString DocumentSections::labText(const LabResult& r) {
    QString text = QStringLiteral("%1  %2").arg(r.name, r.displayValue()); // the value carries its unit
    if (!r.abnormalFlag.isEmpty() && r.abnormalFlag != QStringLiteral("N")) {
        text += QStringLiteral(" [%1]").arg(r.abnormalFlag);
    }
    if (r.collectedAt.isValid()) {
        text += tr("  (%1)").arg(longDate(r.collectedAt.toLocalTime().date()));
    }
    return text + sourceText(r.sourceInstitution);
}

QString DocumentSections::medicationText(const MedicationLine& m) {
    QString text = m.name;
    if (m.dose > 0) {
        text += QStringLiteral("  ") + QString::number(m.dose, 'g', 6) + m.unit;
    }
    if (!m.usageText.isEmpty()) {
        text += QStringLiteral("  ") + m.usageText;
    }
    if (m.days > 0) {
        text += tr("  %n days", nullptr, m.days);
    }
    return text;
}

QString DocumentSections::html(const QString& letterheadHtml) const {
    const Document& d = m_document;
    QString h;
    h += QStringLiteral("<h1 align=\"center\" style=\"font-size:18pt; letter-spacing:8px;\">%1</h1>")
             .arg(escaped(title()));
    const QDate date = d.documentDate.isValid() ? d.documentDate : m_today;
    h += QStringLiteral("<p align=\"right\">%1</p>").arg(escaped(tr("Date: %1").arg(longDate(date))));
    if (d.isReferral() && !d.addressee.isEmpty()) {
        QStringList to;
        to << d.addressee.institutionName;
        if (!d.addressee.department.isEmpty()) {
            to << d.addressee.department;
        }
        QString line = to.join(QStringLiteral("　"));
        // The honorific is added by the letter; a name typed with it ("田中 先生") must not get it twice.
        QString doctor = d.addressee.doctor;
        doctor.remove(QRegularExpression(QStringLiteral("\\s*先生\\s*$")));
        // No name: 「ご担当医 御侍史」 (the 先生 belongs to a name).
        const QString salutation =
            doctor.isEmpty() ? tr("To the attending doctor") : tr("%1 (Dear Doctor)").arg(doctor);
        h += QStringLiteral("<p style=\"font-size:13pt;\">%1<br/>%2</p>").arg(escaped(line), escaped(salutation));
    }
    if (!letterheadHtml.isEmpty()) {
        h += letterheadHtml;
    }
    if (d.isReferral()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(escaped(tr("We would be grateful if you could see the patient "
                                 "below. Thank you for your kind cooperation.")));
    }
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"border:1px solid #666;\"><tr><td>%1</td>"
                        "</tr></table>")
             .arg(escaped(patientLine()));
    for (const Section& s : m_sections) {
        h += QStringLiteral("<h3 style=\"margin-top:10px; margin-bottom:2px; font-size:11pt;\">■ %1</h3>"
                            "<p style=\"margin-left:12px; margin-top:0px;\">%2</p>")
                 .arg(escaped(s.title), escaped(s.text));
    }
    if (!d.isOurs()) {
        const QString sender = d.senderName.isEmpty()
                                   ? d.sourceInstitution
                                   : QStringLiteral("%1 (%2)").arg(d.senderName, d.sourceInstitution);
        h += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Received from %1").arg(sender)));
    }
    return h;
}

} // namespace tsumugi::ui
