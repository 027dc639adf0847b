#include "ui/LockScreen.h"

#include "core/users/UserDirectory.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("lockScreen"));

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    // A fixed width lets the wrapped texts get their full height.
    card->setFixedWidth(520);

    auto* title = new QLabel(tr("Tsumugi is locked"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // Short lines without word wrap: a wrapped label on a page of a stacked widget got clipped.
    m_who = new QLabel(card);
    m_who->setObjectName(QStringLiteral("lockUserLabel"));
    auto* ask = new QLabel(tr("Enter your password to continue."), card);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(UserDirectory::MaximumPasswordLength);
    m_password->setPlaceholderText(tr("Password"));

    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_unlock = new QPushButton(tr("Unlock"), card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* quit = new QPushButton(tr("Quit Tsumugi"), card);
    quit->setObjectName(QStringLiteral("lockQuitButton"));
    quit->setToolTip(tr("Another user signs in after Tsumugi is started again."));

    auto* hint = new QLabel(tr("Another user? Quit and sign in again."), card);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #666;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(quit);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(title);
    cardLayout->addWidget(m_who);
    cardLayout->addWidget(ask);
    cardLayout->addWidget(m_password);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(hint);
    cardLayout->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    auto submit = [this] {
        const QString password = m_password->text();
        m_password->clear();
        emit unlockRequested(password);
    };
    connect(m_unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, quit);
}

void LockScreen::prepare(const QString& userDisplayName, const QString& userName) {
    m_who->setText(tr("Signed in as %1 (%2).").arg(userDisplayName, userName));
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

void LockScreen::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    m_password->setFocus();
}

} // namespace tsumugi::ui
