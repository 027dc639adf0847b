#include "ui/ReferralEditor.h"

#include "core/documents/DocumentRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/DocumentSections.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
Document newReferral(qint64 patientId, qint64 documentId) {
    Document d;
    d.kind = Document::Kind::Referral;
    d.patientId = patientId;
    d.id = documentId;
    return d;
}
} // namespace

ReferralEditor::ReferralEditor(ClinicRecord& record, qint64 patientId, qint64 documentId, QWidget* parent)
    : DocumentEditor(record, newReferral(patientId, documentId), parent) {
    setObjectName(QStringLiteral("referralEditor"));

    auto* to = addGroup(tr("Addressee"), 0);
    auto* form = new QFormLayout;
    m_addressBook = new QComboBox(to);
    m_addressBook->setObjectName(QStringLiteral("addressBookCombo"));
    m_addressBook->addItem(tr("(type a new addressee)"));
    for (const AddressBookEntry& e : record.documents().addressBook().list()) {
        const DocumentAddressee& a = e.addressee;
        m_addressBook->addItem(QStringList{a.institutionName, a.department, a.doctor}
                                   .filter(QRegularExpression(QStringLiteral("\\S")))
                                   .join(QStringLiteral("　")),
                               e.id);
    }
    connect(m_addressBook, &QComboBox::activated, this, &ReferralEditor::chooseAddressBookEntry);
    m_institutionName = new QLineEdit(to);
    m_institutionName->setObjectName(QStringLiteral("institutionNameEdit"));
    m_institutionNumber = new QLineEdit(to);
    m_institutionNumber->setObjectName(QStringLiteral("institutionNumberEdit"));
    m_institutionNumber->setPlaceholderText(tr("10 digits"));
    m_institutionNumber->setMaxLength(10);
    connect(m_institutionNumber, &QLineEdit::textChanged, this, [this] { suggestSend(sendSuggested()); });
    m_department = new QLineEdit(to);
    m_department->setObjectName(QStringLiteral("addresseeDepartmentEdit"));
    m_doctor = new QLineEdit(to);
    m_doctor->setObjectName(QStringLiteral("addresseeDoctorEdit"));
    m_doctor->setPlaceholderText(tr("Leave empty for \"attending doctor\""));
    form->addRow(tr("Address &book:"), m_addressBook);
    form->addRow(tr("&Institution:"), m_institutionName);
    form->addRow(tr("Institution &number:"), m_institutionNumber);
    form->addRow(tr("Depart&ment:"), m_department);
    form->addRow(tr("Doc&tor:"), m_doctor);
    static_cast<QVBoxLayout*>(to->layout())->addLayout(form);

    auto* purpose = addGroup(tr("Purpose of referral"), 0);
    m_purpose = addText(purpose, "purposeEdit", tr("e.g. Please examine and treat; further tests"), 2);
    auto* diagnoses = addGroup(tr("Diagnoses"), 0);
    m_diagnoses = addPicker(diagnoses, "diagnosisPicker");

    addCommonSections(0, 1);

    auto* course = addGroup(tr("Clinical course"), 1);
    m_clinicalCourse = addText(course, "clinicalCourseEdit", tr("Treatment so far and its results"), 4);
    auto* policy = addGroup(tr("Treatment policy"), 1);
    m_instructions = addText(policy, "instructionsEdit", tr("Optional"), 2);
    auto* summary = addGroup(tr("Discharge summary"), 1);
    m_discharge = new QComboBox(summary);
    m_discharge->setObjectName(QStringLiteral("attachedDischargeCombo"));
    m_discharge->addItem(tr("(none)"), qint64(0));
    for (const Document& d : record.documents().listForPatient(patientId)) {
        if (d.isDischarge() && d.isOurs() && d.status == Document::Status::Final) {
            m_discharge->addItem(tr("Discharge summary of %1 (version %2)")
                                     .arg(d.dischargeDate.toString(QStringLiteral("yyyy-MM-dd")))
                                     .arg(d.version),
                                 d.id);
        }
    }
    summary->layout()->addWidget(m_discharge);

    finishSetup();
}

void ReferralEditor::chooseAddressBookEntry(int index) {
    m_addressBook->setCurrentIndex(index);
    const qint64 id = m_addressBook->itemData(index).toLongLong();
    if (id == 0) {
        return;
    }
    if (const auto entry = m_record.documents().addressBook().find(id)) {
        m_institutionName->setText(entry->addressee.institutionName);
        m_institutionNumber->setText(entry->addressee.institutionNumber);
        m_department->setText(entry->addressee.department);
        m_doctor->setText(entry->addressee.doctor);
    }
}

bool ReferralEditor::sendSuggested() const {
    return !m_institutionNumber->text().trimmed().isEmpty();
}

void ReferralEditor::readKindFields(Document& d) const {
    d.addressee.institutionName = m_institutionName->text().trimmed();
    d.addressee.institutionNumber = m_institutionNumber->text().trimmed();
    d.addressee.department = m_department->text().trimmed();
    d.addressee.doctor = m_doctor->text().trimmed();
    d.purpose = text(m_purpose);
    d.diagnosisIds = checkedIds(m_diagnoses);
    d.clinicalCourse = text(m_clinicalCourse);
    d.instructions = text(m_instructions);
    d.attachedDischargeId = m_discharge->currentData().toLongLong();
}

void ReferralEditor::showKindFields(const Document& d) {
    m_institutionName->setText(d.addressee.institutionName);
    m_institutionNumber->setText(d.addressee.institutionNumber);
    m_department->setText(d.addressee.department);
    m_doctor->setText(d.addressee.doctor);
    setText(m_purpose, d.purpose);
    fillDiagnosisPicker(m_diagnoses, d.diagnosisIds, false);
    setText(m_clinicalCourse, d.clinicalCourse);
    setText(m_instructions, d.instructions);
    const int i = m_discharge->findData(d.attachedDischargeId);
    m_discharge->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace tsumugi::ui
