#include "ui/LoginWindow.h"
#include "ui/OwnPasswordDialog.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"
#include "ui/ServerCallThread.h"
#include "ui/WorkstationSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

LoginWindow::LoginWindow(const QString& recordPath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_recordPath(recordPath)
    , m_clock(clock) {
    setObjectName(QStringLiteral("loginWindow"));
    setWindowTitle(tr("Tsumugi — Sign in"));

    auto* title = new QLabel(tr("Tsumugi"), this);
    title->setObjectName(QStringLiteral("loginTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Sign in to open the clinic record."), this);
    subtitle->setWordWrap(true);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("loginUserEdit"));
    m_user->setText(WorkstationSettings::lastUserName());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    // Nothing longer can exist; the core refuses it too, before any work.
    m_user->setMaxLength(UserDirectory::MaximumLoginNameLength);
    m_password->setMaxLength(UserDirectory::MaximumPasswordLength);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_restoreKeys = new QPushButton(tr("Restore the previous key file"), this);
    m_restoreKeys->setObjectName(QStringLiteral("loginRestoreKeysButton"));
    m_restoreKeys->hide();
    connect(m_restoreKeys, &QPushButton::clicked, this, &LoginWindow::restorePreviousKeys);

    auto* file = new QLabel(tr("Record: %1").arg(recordPath), this);
    file->setObjectName(QStringLiteral("loginRecordPathLabel"));
    file->setWordWrap(true);
    file->setStyleSheet(QStringLiteral("color: #666;"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("loginQuitButton"));
    connect(m_login, &QPushButton::clicked, this, &LoginWindow::tryLogin);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_restoreKeys, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(file);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_login);
    setTabOrder(m_login, quit);
    if (m_user->text().isEmpty()) {
        m_user->setFocus();
    } else {
        m_password->setFocus();
    }
}

LoginWindow::~LoginWindow() = default;

std::unique_ptr<ClinicRecord> LoginWindow::takeRecord() {
    return std::move(m_record);
}

void LoginWindow::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    // A long message (a damaged key file and the way back) gets the room it needs instead of being cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(height(), needed));
}

void LoginWindow::tryLogin() {
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_login->setEnabled(false);
    const QString typed = m_password->text();
    // Key derivation takes a noticeable moment on purpose (it slows down password guessing).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        if (!m_opening) {
            m_opening = new ServerCallThread(this);
        }
        const QString password = m_password->text();
        m_opening->await([&] { m_record = ClinicRecord::open(m_recordPath, user, password, m_clock); }, false);
    } catch (const Error& e) {
        const bool keysLost = e.kind() == Error::Kind::KeyFileDamaged || e.kind() == Error::Kind::FileMissing;
        const bool offer = keysLost && ClinicRecord::previousKeyFileAvailable(m_recordPath);
        m_restoreKeys->setVisible(offer);
        // With the way back on a button, the words say only what happened and what the button does.
        showError(offer ? tr("The key file is damaged or missing, but its previous generation is intact. \"Restore "
                             "the previous key file\" puts it back (the damaged file is kept beside it).")
                        : e.message());
    }
    QApplication::restoreOverrideCursor();
    m_login->setEnabled(true);
    m_password->clear();
    if (!m_record) {
        m_password->setFocus();
        return;
    }
    WorkstationSettings::setLastUserName(user);
    m_error->hide();
    if (!OwnPasswordDialog::ownPasswordSet(*m_record, typed, this)) {
        m_record.reset();
        showError(tr("Set a password of your own to go on; the one-time password still signs you in for that."));
        return;
    }
    accept();
}

void LoginWindow::restorePreviousKeys() {
    try {
        ClinicRecord::restorePreviousKeyFile(m_recordPath, m_clock);
        m_restoreKeys->hide();
        showError(tr("The previous key file was restored (the damaged one is kept beside it). Sign in again; a "
                     "password changed since then is the old one again."));
        m_password->setFocus();
    } catch (const Error& e) {
        showError(e.message());
    }
}

} // namespace tsumugi::ui
