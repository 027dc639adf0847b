#include "ui/OwnPasswordDialog.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

bool OwnPasswordDialog::ownPasswordSet(ClinicRecord& record, const QString& typedPassword, QWidget* parent) {
    if (!record.onOneTimePassword()) {
        return true;
    }
    OwnPasswordDialog own(record, typedPassword, parent);
    return own.exec() == QDialog::Accepted;
}

OwnPasswordDialog::OwnPasswordDialog(ClinicRecord& record, QString oneTimePassword, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_oneTimePassword(std::move(oneTimePassword)) {
    setObjectName(QStringLiteral("ownPasswordDialog"));
    setWindowTitle(tr("Set your password"));
    auto* intro = new QLabel(tr("You signed in with a one-time password. Set a password of your own now (at least %n "
                                "characters); the one-time password then opens nothing.",
                                nullptr, UserDirectory::MinimumPasswordLength),
                             this);
    intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("ownPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("ownPasswordAgainEdit"));
    m_again->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ownPasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Once more:"), m_again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Set the password"));
    ok->setObjectName(QStringLiteral("ownPasswordSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnPasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 230); // room for the wrapped explanation in either language
}

void OwnPasswordDialog::save() {
    const auto refuse = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        m_password->setFocus();
    };
    if (m_password->text() != m_again->text()) {
        refuse(tr("The two passwords differ."));
        return;
    }
    if (m_password->text() == m_oneTimePassword) {
        refuse(tr("Choose a password other than the one-time password."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // a key derivation, on purpose slow
    try {
        m_record.users().changePassword(m_oneTimePassword, m_password->text());
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        refuse(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    accept();
}

} // namespace tsumugi::ui
