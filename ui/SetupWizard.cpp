#include "ui/SetupWizard.h"

#include "ui/ErrorLabel.h"
#include "ui/ServerJoinPage.h"
#include "ui/WorkstationSettings.h"

#include "core/Error.h"
#include "core/demo/DemoData.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"
#include "core/util/InstitutionNumber.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizardPage>

namespace tsumugi::ui {

namespace {
QLineEdit* makeEdit(QWidget* parent, const QString& objectName) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}
} // namespace

SetupWizard::SetupWizard(const QString& recordPath, const Clock& clock, const QString& serverFolder, QWidget* parent)
    : QWizard(parent)
    , m_recordPath(recordPath)
    , m_clock(clock) {
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Tsumugi — First start"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("Create record"));

    // Page 0: a record on this PC, or the clinic server's.
    auto* startPage = new QWizardPage(this);
    startPage->setObjectName(QStringLiteral("setupStartPage"));
    startPage->setTitle(tr("Welcome to Tsumugi"));
    startPage->setSubTitle(tr("Where does this computer keep the clinic's record?"));
    m_newRecord = new QRadioButton(tr("Create a new record on this PC"), startPage);
    m_newRecord->setObjectName(QStringLiteral("setupNewRecordRadio"));
    m_newRecord->setChecked(true);
    auto* newHint = new QLabel(tr("For a clinic with one computer, or to try Tsumugi out. The record is encrypted "
                                  "on this PC."),
                               startPage);
    m_joinServer = new QRadioButton(tr("Connect to the clinic server"), startPage);
    m_joinServer->setObjectName(QStringLiteral("setupJoinServerRadio"));
    auto* joinHint = new QLabel(tr("For a clinic with several desks on one record: the administrator has set the "
                                   "server up and made a join file for this desk."),
                                startPage);
    auto* startLayout = new QVBoxLayout(startPage);
    for (QLabel* hint : {newHint, joinHint}) {
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555; margin-left: 24px;"));
    }
    startLayout->addWidget(m_newRecord);
    startLayout->addWidget(newHint);
    startLayout->addSpacing(12);
    startLayout->addWidget(m_joinServer);
    startLayout->addWidget(joinHint);
    startLayout->addStretch(1);
    setPage(StartPage, startPage);

    // Page 1: the clinic.
    auto* clinicPage = new QWizardPage(this);
    clinicPage->setObjectName(QStringLiteral("setupClinicPage"));
    clinicPage->setTitle(tr("Your clinic"));
    clinicPage->setSubTitle(tr("Tsumugi keeps the clinic's record encrypted on this computer. "
                               "First, tell it which clinic this is."));
    m_clinicName = makeEdit(clinicPage, QStringLiteral("setupClinicNameEdit"));
    m_institutionNumber = makeEdit(clinicPage, QStringLiteral("setupInstitutionNumberEdit"));
    m_institutionNumber->setMaxLength(10);
    m_institutionNumber->setPlaceholderText(tr("10 digits, e.g. 1312345678"));
    m_institutionNumber->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), m_institutionNumber));
    m_clinicAddress = makeEdit(clinicPage, QStringLiteral("setupClinicAddressEdit"));
    m_clinicPhone = makeEdit(clinicPage, QStringLiteral("setupClinicPhoneEdit"));
    m_clinicError = ErrorLabel::create(clinicPage, QStringLiteral("setupClinicErrorLabel"));
    auto* clinicForm = new QFormLayout;
    clinicForm->addRow(tr("Clinic name:"), m_clinicName);
    clinicForm->addRow(tr("Institution number:"), m_institutionNumber);
    clinicForm->addRow(tr("Address (optional):"), m_clinicAddress);
    clinicForm->addRow(tr("Phone (optional):"), m_clinicPhone);
    auto* clinicLayout = new QVBoxLayout(clinicPage);
    clinicLayout->addLayout(clinicForm);
    auto* clinicHint = new QLabel(tr("The institution number (医療機関番号) is on the clinic's designation notice: "
                                     "prefecture (2 digits), fee schedule (1 = medical) and the 7-digit code."),
                                  clinicPage);
    clinicHint->setWordWrap(true);
    clinicHint->setStyleSheet(QStringLiteral("color: #555;"));
    clinicLayout->addWidget(clinicHint);
    clinicLayout->addWidget(m_clinicError);
    clinicLayout->addStretch(1);
    setPage(ClinicPage, clinicPage);

    // Page 2: the first administrator.
    auto* adminPage = new QWizardPage(this);
    adminPage->setObjectName(QStringLiteral("setupAdminPage"));
    adminPage->setTitle(tr("First administrator"));
    adminPage->setSubTitle(tr("This user can add the other users (doctors, clerks) later. "
                              "Without the password the record cannot be opened; keep it safe."));
    m_adminName = makeEdit(adminPage, QStringLiteral("setupAdminNameEdit"));
    m_adminName->setPlaceholderText(tr("e.g. admin"));
    m_adminDisplayName = makeEdit(adminPage, QStringLiteral("setupAdminDisplayNameEdit"));
    m_adminDisplayName->setPlaceholderText(tr("e.g. 山田 花子"));
    m_password = makeEdit(adminPage, QStringLiteral("setupPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, UserDirectory::MinimumPasswordLength));
    m_passwordRepeat = makeEdit(adminPage, QStringLiteral("setupPasswordRepeatEdit"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    m_adminName->setMaxLength(UserDirectory::MaximumLoginNameLength);
    m_password->setMaxLength(UserDirectory::MaximumPasswordLength);
    m_passwordRepeat->setMaxLength(UserDirectory::MaximumPasswordLength);
    m_adminError = ErrorLabel::create(adminPage, QStringLiteral("setupAdminErrorLabel"));
    auto* adminForm = new QFormLayout;
    adminForm->addRow(tr("User name (for signing in):"), m_adminName);
    adminForm->addRow(tr("Display name:"), m_adminDisplayName);
    adminForm->addRow(tr("Password:"), m_password);
    adminForm->addRow(tr("Password again:"), m_passwordRepeat);
    auto* adminLayout = new QVBoxLayout(adminPage);
    adminLayout->addLayout(adminForm);
    adminLayout->addWidget(m_adminError);
    adminLayout->addStretch(1);
    setPage(AdminPage, adminPage);

    // Page 3: summary and demo data.
    auto* finishPage = new QWizardPage(this);
    finishPage->setObjectName(QStringLiteral("setupFinishPage"));
    finishPage->setTitle(tr("Create the record"));
    m_summary = new QLabel(finishPage);
    m_summary->setObjectName(QStringLiteral("setupSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoData = new QCheckBox(tr("Add demo patients (for training and trying out only)"), finishPage);
    m_demoData->setObjectName(QStringLiteral("setupDemoDataCheck"));
    auto* demoHint = new QLabel(tr("Demo patients are fictitious. Leave this off for the record you use with "
                                   "real patients."),
                                finishPage);
    demoHint->setWordWrap(true);
    demoHint->setStyleSheet(QStringLiteral("color: #555;"));
    m_finishError = ErrorLabel::create(finishPage, QStringLiteral("setupFinishErrorLabel"));
    auto* finishLayout = new QVBoxLayout(finishPage);
    finishLayout->addWidget(m_summary);
    finishLayout->addSpacing(12);
    finishLayout->addWidget(m_demoData);
    finishLayout->addWidget(demoHint);
    finishLayout->addWidget(m_finishError);
    finishLayout->addStretch(1);
    setPage(FinishPage, finishPage);

    m_joinPage =
        new ServerJoinPage(clock, serverFolder.isEmpty() ? WorkstationSettings::serverFolder() : serverFolder, this);
    setPage(JoinPage, m_joinPage);

    setStartId(StartPage);
    setMinimumSize(720, 560); // the connection test's reasons are sentences
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::offerDemoDataByDefault(bool on) {
    m_demoData->setChecked(on);
}

std::unique_ptr<ClinicRecord> SetupWizard::takeRecord() {
    return m_record ? std::move(m_record) : m_joinPage->takeRecord();
}

int SetupWizard::nextId() const {
    switch (currentId()) {
    case StartPage:
        return m_joinServer->isChecked() ? JoinPage : ClinicPage;
    case ClinicPage:
        return AdminPage;
    case AdminPage:
        return FinishPage;
    default:
        return -1;
    }
}

void SetupWizard::showError(QLabel* label, const QString& message) {
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void SetupWizard::initializePage(int id) {
    if (id == FinishPage) {
        const QString display = m_adminDisplayName->text().trimmed().isEmpty() ? m_adminName->text().trimmed()
                                                                               : m_adminDisplayName->text().trimmed();
        m_summary->setText(tr("Clinic: %1\nInstitution number: %2\nAdministrator: %3 (%4)\n\nThe record will be "
                              "created at:\n%5")
                               .arg(m_clinicName->text().trimmed(), m_institutionNumber->text(), display,
                                    m_adminName->text().trimmed(), QDir::toNativeSeparators(m_recordPath)));
    }
    QWizard::initializePage(id);
}

bool SetupWizard::validateCurrentPage() {
    switch (currentId()) {
    case ClinicPage:
        return validateClinic();
    case AdminPage:
        return validateAdmin();
    case FinishPage:
        return createRecord();
    case JoinPage:
        return m_joinPage->join();
    default:
        return true;
    }
}

bool SetupWizard::validateClinic() {
    if (m_clinicName->text().trimmed().isEmpty()) {
        showError(m_clinicError, tr("Enter the clinic's name."));
        m_clinicName->setFocus();
        return false;
    }
    QString problem;
    switch (InstitutionNumber::check(m_institutionNumber->text())) {
    case InstitutionNumber::Status::Valid:
        break;
    case InstitutionNumber::Status::Empty:
        problem = tr("Enter the institution number (医療機関番号).");
        break;
    case InstitutionNumber::Status::WrongLength:
    case InstitutionNumber::Status::NotDigits:
        problem = tr("The institution number (医療機関番号) has exactly 10 digits.");
        break;
    case InstitutionNumber::Status::UnknownPrefecture:
        problem = tr("The first two digits of the institution number are the prefecture (01–47).");
        break;
    case InstitutionNumber::Status::UnknownFeeSchedule:
        problem = tr("The third digit of the institution number is the fee schedule: 1 (medical) or 3 (dental).");
        break;
    }
    if (!problem.isEmpty()) {
        showError(m_clinicError, problem);
        m_institutionNumber->setFocus();
        return false;
    }
    showError(m_clinicError, {});
    return true;
}

bool SetupWizard::validateAdmin() {
    if (const QString problem = UserDirectory::nameProblem(m_adminName->text().trimmed()); !problem.isEmpty()) {
        showError(m_adminError, problem);
        m_adminName->setFocus();
        return false;
    }
    if (const QString problem = UserDirectory::passwordProblem(m_password->text()); !problem.isEmpty()) {
        showError(m_adminError, problem);
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_passwordRepeat->text()) {
        showError(m_adminError, tr("The two passwords differ. Type the same password twice."));
        m_passwordRepeat->clear();
        m_passwordRepeat->setFocus();
        return false;
    }
    showError(m_adminError, {});
    return true;
}

bool SetupWizard::createRecord() {
    if (m_record) {
        return true;
    }
    ClinicRecord::NewRecord setup;
    setup.clinic.name = m_clinicName->text().trimmed();
    setup.clinic.institutionNumber = m_institutionNumber->text();
    setup.clinic.address = m_clinicAddress->text().trimmed();
    setup.clinic.phone = m_clinicPhone->text().trimmed();
    setup.adminName = m_adminName->text().trimmed();
    setup.adminDisplayName = m_adminDisplayName->text().trimmed();
    setup.adminPassword = m_password->text();
    const QString folder = QFileInfo(m_recordPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        showError(m_finishError, tr("The folder %1 could not be created.").arg(folder));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_record = ClinicRecord::create(m_recordPath, setup, m_clock);
        if (m_demoData->isChecked()) {
            DemoData::fill(*m_record);
        }
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        showError(m_finishError, e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    showError(m_finishError, {});
    return true;
}

} // namespace tsumugi::ui
