#include "ui/EligibilityDialog.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/DisplayText.h"
#include "ui/EligibilityResultView.h"
#include "ui/EligibilityRunner.h"
#include "ui/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

EligibilityDialog::EligibilityDialog(ClinicRecord& record, qint64 patientId, qint64 receptionId, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_receptionId(receptionId) {
    setObjectName(QStringLiteral("eligibilityDialog"));
    setWindowTitle(tr("Online eligibility check"));
    if (patientId != 0) {
        try {
            m_patient = m_record.patients().open(patientId);
        } catch (const Error&) {
            m_patient.reset();
        }
    }
    m_runner = new EligibilityRunner(m_record, this);
    connect(m_runner, &EligibilityRunner::finished, this, &EligibilityDialog::showOutcome);
    connect(m_runner, &EligibilityRunner::failed, this, &EligibilityDialog::showError);

    m_patientLabel = new QLabel(this);
    m_patientLabel->setObjectName(QStringLiteral("eligibilityPatientLabel"));
    if (m_patient) {
        m_patientLabel->setText(tr("%1  %2（%3）  born %4")
                                    .arg(DisplayText::patientNumber(m_patient->number), m_patient->fullName(),
                                         m_patient->fullKana(), DisplayText::birthDate(m_patient->birthDate)));
    }
    QFont bold = m_patientLabel->font();
    bold.setBold(true);
    m_patientLabel->setFont(bold);

    // My Number card: what the (simulated) reader reports.
    auto* cardTab = new QWidget(this);
    m_cardId = new QLineEdit(cardTab);
    m_cardId->setObjectName(QStringLiteral("eligibilityCardIdEdit"));
    m_cardId->setPlaceholderText(QStringLiteral("MN-0001"));
    m_method = new QComboBox(cardTab);
    m_method->setObjectName(QStringLiteral("eligibilityMethodCombo"));
    m_method->addItem(tr("Face recognition"), int(EligibilityRequest::Method::Face));
    m_method->addItem(tr("PIN"), int(EligibilityRequest::Method::Pin));
    m_method->addItem(tr("Visual check by staff"), int(EligibilityRequest::Method::Visual));
    m_verificationFailed = new QCheckBox(tr("Verification failed at the reader"), cardTab);
    m_verificationFailed->setObjectName(QStringLiteral("eligibilityVerificationFailedCheck"));
    auto* consentBox = new QGroupBox(tr("Consents chosen at the reader"), cardTab);
    m_consentClinical = new QCheckBox(tr("Clinical information (診療情報)"), consentBox);
    m_consentClinical->setObjectName(QStringLiteral("eligibilityConsentClinicalCheck"));
    m_consentMedication = new QCheckBox(tr("Medication information (薬剤情報)"), consentBox);
    m_consentMedication->setObjectName(QStringLiteral("eligibilityConsentMedicationCheck"));
    m_consentCheckup = new QCheckBox(tr("Health checks (特定健診)"), consentBox);
    m_consentCheckup->setObjectName(QStringLiteral("eligibilityConsentCheckupCheck"));
    m_consentSurgery = new QCheckBox(tr("Surgery information (手術情報)"), consentBox);
    m_consentSurgery->setObjectName(QStringLiteral("eligibilityConsentSurgeryCheck"));
    for (QCheckBox* c : {m_consentClinical, m_consentMedication, m_consentCheckup, m_consentSurgery}) {
        c->setChecked(true);
    }
    auto* consentLayout = new QVBoxLayout(consentBox);
    for (QCheckBox* c : {m_consentClinical, m_consentMedication, m_consentCheckup, m_consentSurgery}) {
        consentLayout->addWidget(c);
    }
    auto* cardForm = new QFormLayout(cardTab);
    cardForm->addRow(new QLabel(tr("Reader: %1").arg(m_reader.name()), cardTab));
    cardForm->addRow(tr("Card on the reader"), m_cardId);
    cardForm->addRow(tr("Verification"), m_method);
    cardForm->addRow(QString(), m_verificationFailed);
    cardForm->addRow(consentBox);

    // Insurance card fields, prefilled from the registration.
    auto* dataTab = new QWidget(this);
    m_insurer = new QLineEdit(dataTab);
    m_insurer->setObjectName(QStringLiteral("eligibilityInsurerEdit"));
    m_symbol = new QLineEdit(dataTab);
    m_symbol->setObjectName(QStringLiteral("eligibilitySymbolEdit"));
    m_number = new QLineEdit(dataTab);
    m_number->setObjectName(QStringLiteral("eligibilityNumberEdit"));
    m_branch = new QLineEdit(dataTab);
    m_branch->setObjectName(QStringLiteral("eligibilityBranchEdit"));
    m_birth = new QLineEdit(dataTab);
    m_birth->setObjectName(QStringLiteral("eligibilityBirthEdit"));
    m_birth->setPlaceholderText(QStringLiteral("1975-04-12"));
    if (m_patient) {
        m_insurer->setText(m_patient->insurance.insurerNumber);
        m_symbol->setText(m_patient->insurance.symbol);
        m_number->setText(m_patient->insurance.number);
        m_branch->setText(m_patient->insurance.branch);
        m_birth->setText(m_patient->birthDate.toString(Qt::ISODate));
    }
    auto* dataForm = new QFormLayout(dataTab);
    dataForm->addRow(tr("Insurer number (保険者番号)"), m_insurer);
    dataForm->addRow(tr("Symbol (記号)"), m_symbol);
    dataForm->addRow(tr("Number (番号)"), m_number);
    dataForm->addRow(tr("Branch (枝番)"), m_branch);
    dataForm->addRow(tr("Birth date"), m_birth);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("eligibilityModeTabs"));
    m_tabs->addTab(cardTab, tr("My Number card"));
    m_tabs->addTab(dataTab, tr("Insurance card"));

    m_check_ = new QPushButton(tr("&Check"), this);
    m_check_->setObjectName(QStringLiteral("eligibilityCheckButton"));
    m_check_->setDefault(true);
    connect(m_check_, &QPushButton::clicked, this, &EligibilityDialog::runCheck);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("eligibilityRetryButton"));
    m_retry->setToolTip(tr("Ask the service again exactly what was asked"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &EligibilityDialog::retry);
    m_progress = new QLabel(tr("Asking the eligibility service…"), this);
    m_progress->setObjectName(QStringLiteral("eligibilityProgressLabel"));
    m_progress->hide();
    m_error = ErrorLabel::create(this, QStringLiteral("eligibilityErrorLabel"));

    m_result = new EligibilityResultView(this);
    connect(m_result, &EligibilityResultView::insuranceUpdateRequested, this,
            &EligibilityDialog::acceptInsuranceUpdate);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_result);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("eligibilityCloseButtons"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_check_);
    actions->addWidget(m_retry);
    actions->addWidget(m_progress, 1);

    auto* left = new QVBoxLayout;
    left->addWidget(m_patientLabel);
    left->addWidget(m_tabs);
    left->addLayout(actions);
    left->addWidget(m_error);
    left->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(scroll, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(980, 620);

    // The entry's last check is shown at once (with Retry when it was 未確認).
    try {
        EligibilityLog log(m_record);
        const auto last = receptionId != 0 ? log.latestForReception(receptionId)
                          : patientId != 0 ? log.latestForPatient(patientId)
                                           : std::nullopt;
        if (last) {
            m_check = last;
            m_result->display(*last, m_patient);
            m_retry->setVisible(last->status != EligibilityCheck::Status::Checked);
        }
    } catch (const Error& e) {
        showError(e.message());
    }
}

void EligibilityDialog::setMode(Mode mode) {
    m_tabs->setCurrentIndex(mode == CardMode ? 0 : 1);
}

bool EligibilityDialog::isChecking() const {
    return m_runner->isRunning();
}

std::optional<EligibilityRequest> EligibilityDialog::requestFromForm() {
    if (m_tabs->currentIndex() == 0) {
        sync::CardReading reading;
        reading.cardId = m_cardId->text().trimmed();
        reading.method = EligibilityRequest::Method(m_method->currentData().toInt());
        reading.verified = !m_verificationFailed->isChecked();
        ConsentFlags c;
        c.clinical = m_consentClinical->isChecked();
        c.medication = m_consentMedication->isChecked();
        c.checkup = m_consentCheckup->isChecked();
        c.surgery = m_consentSurgery->isChecked();
        reading.consents = c;
        m_reader.place(reading);
        const auto read = m_reader.read();
        if (!read) {
            showError(tr("No card was read: place the My Number card on the reader."));
            return std::nullopt;
        }
        return read->toRequest();
    }
    const QString birthText = m_birth->text().trimmed();
    QDate birth = QDate::fromString(birthText, Qt::ISODate);
    if (!birthText.isEmpty() && !birth.isValid()) {
        showError(tr("The birth date '%1' is not a date like 1975-04-12.").arg(birthText));
        return std::nullopt;
    }
    return EligibilityRequest::cardData({m_insurer->text(), m_symbol->text(), m_number->text(), m_branch->text()},
                                        birth);
}

void EligibilityDialog::runCheck() {
    if (const auto request = requestFromForm()) {
        start(*request);
    }
}

void EligibilityDialog::retry() {
    if (m_check) {
        start(m_check->request);
    }
}

void EligibilityDialog::start(const EligibilityRequest& request) {
    m_error->hide();
    if (m_runner->start(request, m_patientId, m_receptionId)) {
        m_check_->setEnabled(false);
        m_retry->setEnabled(false);
        m_progress->show();
    }
}

void EligibilityDialog::showOutcome(const EligibilityCheck& check) {
    m_check_->setEnabled(true);
    m_retry->setEnabled(true);
    m_progress->hide();
    m_check = check;
    if (m_patientId != 0) {
        try {
            m_patient = m_record.patients().open(m_patientId);
        } catch (const Error&) {
        }
    }
    m_result->display(check, m_patient);
    m_retry->setVisible(check.status != EligibilityCheck::Status::Checked);
    emit checked(check);
}

void EligibilityDialog::showError(const QString& message) {
    m_check_->setEnabled(true);
    m_retry->setEnabled(true);
    m_progress->hide();
    m_error->setText(message);
    m_error->show();
}

void EligibilityDialog::acceptInsuranceUpdate() {
    if (!m_check || !m_patient) {
        return;
    }
    try {
        const Patient saved = EligibilityLog(m_record).acceptInsuranceUpdate(m_check->id, m_patient->version);
        m_patient = saved;
        m_result->setUpdateAccepted(tr("Registered: %1 / %2 / %3 / %4 (patient version %5).")
                                        .arg(saved.insurance.insurerNumber, saved.insurance.symbol,
                                             saved.insurance.number, saved.insurance.branch)
                                        .arg(saved.version));
        emit patientUpdated(saved.id);
    } catch (const Error& e) {
        showError(e.message());
    }
}

} // namespace tsumugi::ui
