#include "ui/DischargeSummaryEditor.h"

#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
Document newDischarge(qint64 patientId, qint64 documentId) {
    Document d;
    d.kind = Document::Kind::Discharge;
    d.patientId = patientId;
    d.id = documentId;
    return d;
}

QDateEdit* dateEdit(QWidget* parent, const char* name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

DischargeSummaryEditor::DischargeSummaryEditor(ClinicRecord& record, qint64 patientId, qint64 documentId,
                                               QWidget* parent)
    : DocumentEditor(record, newDischarge(patientId, documentId), parent) {
    setObjectName(QStringLiteral("dischargeSummaryEditor"));

    auto* stay = addGroup(tr("Admission"), 0);
    auto* form = new QFormLayout;
    m_admission = dateEdit(stay, "admissionDateEdit");
    m_discharge = dateEdit(stay, "dischargeDateEdit");
    m_disposition = new QLineEdit(stay);
    m_disposition->setObjectName(QStringLiteral("dispositionEdit"));
    m_disposition->setPlaceholderText(tr("e.g. improved, cured, transferred"));
    form->addRow(tr("&Admitted on:"), m_admission);
    form->addRow(tr("&Discharged on:"), m_discharge);
    form->addRow(tr("Condition at dis&charge:"), m_disposition);
    static_cast<QVBoxLayout*>(stay->layout())->addLayout(form);

    auto* reason = addGroup(tr("Reason for admission"), 0);
    m_reason = addText(reason, "reasonForAdmissionEdit", tr("Why the patient was admitted"), 2);
    auto* onAdmission = addGroup(tr("Diagnoses on admission"), 0);
    m_admissionDiagnoses = addPicker(onAdmission, "admissionDiagnosisPicker");
    auto* atDischarge = addGroup(tr("Diagnoses at discharge"), 0);
    m_diagnoses = addPicker(atDischarge, "diagnosisPicker");

    addCommonSections(0, 1);

    auto* course = addGroup(tr("Hospital course"), 1);
    m_hospitalCourse = addText(course, "hospitalCourseEdit", tr("Course and treatment during the stay"), 5);
    auto* instructions = addGroup(tr("Discharge instructions"), 1);
    m_instructions = addText(instructions, "dischargeInstructionsEdit", tr("Follow-up, diet, activity"), 3);

    finishSetup();
}

void DischargeSummaryEditor::prefillKindFields(Document& d) {
    const QDate today = m_record.clock().now().toLocalTime().date();
    d.dischargeDate = today;
    d.admissionDate = today.addDays(-7);
    d.admissionDiagnosisIds = d.diagnosisIds;
}

void DischargeSummaryEditor::readKindFields(Document& d) const {
    d.admissionDate = m_admission->date();
    d.dischargeDate = m_discharge->date();
    d.dischargeDisposition = m_disposition->text().trimmed();
    d.reasonForAdmission = text(m_reason);
    d.admissionDiagnosisIds = checkedIds(m_admissionDiagnoses);
    d.diagnosisIds = checkedIds(m_diagnoses);
    d.hospitalCourse = text(m_hospitalCourse);
    d.dischargeInstructions = text(m_instructions);
}

void DischargeSummaryEditor::showKindFields(const Document& d) {
    const QDate today = m_record.clock().now().toLocalTime().date();
    m_admission->setDate(d.admissionDate.isValid() ? d.admissionDate : today);
    m_discharge->setDate(d.dischargeDate.isValid() ? d.dischargeDate : today);
    m_disposition->setText(d.dischargeDisposition);
    setText(m_reason, d.reasonForAdmission);
    fillDiagnosisPicker(m_admissionDiagnoses, d.admissionDiagnosisIds, false);
    fillDiagnosisPicker(m_diagnoses, d.diagnosisIds, false);
    setText(m_hospitalCourse, d.hospitalCourse);
    setText(m_instructions, d.dischargeInstructions);
}

} // namespace tsumugi::ui
