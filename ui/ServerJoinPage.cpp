#include "ui/ServerJoinPage.h"

#include "ui/ErrorLabel.h"
#include "ui/OwnPasswordDialog.h"
#include "ui/WorkstationSettings.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/server/DeskJoin.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tsumugi::ui {

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
}
} // namespace

ServerJoinPage::ServerJoinPage(const Clock& clock, const QString& serverFolder, QWidget* parent)
    : QWizardPage(parent)
    , m_clock(clock)
    , m_serverFolder(serverFolder) {
    setObjectName(QStringLiteral("setupJoinPage"));
    setTitle(tr("Connect to the clinic server"));
    setSubTitle(tr("Choose the join file the administrator made for this desk (tsumugictl server certs issue), type "
                   "its join code, and sign in."));
    setButtonText(QWizard::FinishButton, tr("Connect and sign in"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("setupJoinFileEdit"));
    m_file->setPlaceholderText(tr("e.g. reception-1.tsumugi-join (on a USB stick)"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("setupJoinBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_outline = new QLabel(this);
    m_outline->setObjectName(QStringLiteral("setupJoinOutlineLabel"));
    m_outline->setStyleSheet(QStringLiteral("color: #555;"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("setupServerAddressEdit"));
    m_address->setPlaceholderText(tr("from the join file, e.g. 192.168.1.10:5432"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("setupJoinCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. K7QM-2XPD-9FHA-T3WZ"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("setupJoinUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("setupJoinPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("Connection test"), this);
    m_test->setObjectName(QStringLiteral("setupConnectionTestButton"));
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("setupConnectionTestResult"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_error = ErrorLabel::create(this, QStringLiteral("setupJoinErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Join file:"), fileRow);
    form->addRow(QString(), m_outline);
    form->addRow(tr("Server address:"), m_address);
    form->addRow(tr("Join code:"), m_code);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    // The steps' reasons are sentences (with the server's own words for a refusal): they scroll rather than clip.
    auto* stepsArea = new QScrollArea(this);
    stepsArea->setObjectName(QStringLiteral("setupConnectionTestArea"));
    stepsArea->setFrameShape(QFrame::NoFrame);
    stepsArea->setWidgetResizable(true);
    stepsArea->setWidget(m_steps);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(stepsArea, 1);
    layout->addWidget(m_error);

    connect(browse, &QPushButton::clicked, this, &ServerJoinPage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ServerJoinPage::describeFile);
    connect(m_test, &QPushButton::clicked, this, &ServerJoinPage::testConnection);
    connect(&m_testing, &QFutureWatcher<std::vector<ServerConnectionTest::Step>>::finished, this, [this] {
        m_test->setEnabled(true);
        showSteps(m_testing.result());
    });
}

ServerJoinPage::~ServerJoinPage() {
    m_testing.waitForFinished();
}

std::unique_ptr<ClinicRecord> ServerJoinPage::takeRecord() {
    return std::move(m_record);
}

void ServerJoinPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ServerJoinPage::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Join file"), QString(),
                                                      tr("Join files (*.tsumugi-join);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

void ServerJoinPage::describeFile() {
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || !QFile::exists(path)) {
        m_outline->clear();
        return;
    }
    try {
        const DeskJoin::Outline o = DeskJoin::outline(readAll(path));
        m_outline->setText(tr("The join file of the desk %1").arg(o.desk));
        m_address->setText(o.server);
        showError({});
    } catch (const Error& e) {
        m_outline->clear();
        showError(e.message());
    }
}

QString ServerJoinPage::install() {
    const QString path = m_file->text().trimmed();
    const QByteArray bytes = readAll(path);
    if (bytes.isEmpty()) {
        showError(tr("Choose the join file the administrator made for this desk."));
        m_file->setFocus();
        return {};
    }
    try {
        DeskJoin::Contents contents = DeskJoin::open(bytes, m_code->text());
        // The address the server's certificate names may be another than the file's (its name instead of its
        // number): the one typed here is used; the connection test says when the certificate does not name it.
        const QString typed = m_address->text().trimmed();
        if (!typed.isEmpty()) {
            const int colon = typed.lastIndexOf(QLatin1Char(':'));
            const bool bracketed = typed.startsWith(QLatin1Char('['));
            const bool withPort =
                colon > 0 && (bracketed ? typed.at(colon - 1) == QLatin1Char(']') : typed.count(QLatin1Char(':')) == 1);
            QString host = withPort ? typed.left(colon) : typed;
            if (bracketed) {
                host = host.mid(1, host.size() - 2);
            }
            bool ok = true;
            const int port = withPort ? typed.mid(colon + 1).toInt(&ok) : contents.port;
            if (!ok || port <= 0 || port > 65535 || host.isEmpty()) {
                showError(tr("The server address is a name or an address, with :port if it is not %1 (for example "
                             "192.168.1.10:5432).")
                              .arg(contents.port));
                m_address->setFocus();
                return {};
            }
            contents.host = host;
            contents.port = port;
        }
        return DeskJoin::install(contents, m_serverFolder);
    } catch (const Error& e) {
        showError(e.message());
        (e.kind() == Error::Kind::WrongPassword ? m_code : m_file)->setFocus();
        return {};
    }
}

void ServerJoinPage::testConnection() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString location = install(); // the key derivation of the code: a fraction of a second
    QApplication::restoreOverrideCursor();
    if (location.isEmpty()) {
        return;
    }
    showError({});
    m_steps->setText(tr("Testing the connection…"));
    m_test->setEnabled(false);
    const QString user = m_user->text().trimmed();
    m_testing.setFuture(QtConcurrent::run([location, user] { return ServerConnectionTest::run(location, user); }));
}

void ServerJoinPage::showSteps(const std::vector<ServerConnectionTest::Step>& steps) {
    QString html = QStringLiteral("<table cellspacing='2'>");
    for (const auto& s : steps) {
        const QString mark =
            s.status == ServerConnectionTest::Status::Passed   ? QStringLiteral("<b style='color:#1b7f3b'>✓</b>")
            : s.status == ServerConnectionTest::Status::Failed ? QStringLiteral("<b style='color:#c62828'>✗</b>")
                                                               : QStringLiteral("<span style='color:#888'>–</span>");
        const QString detail = s.status == ServerConnectionTest::Status::NotTried ? tr("not tried") : s.detail;
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(mark, s.name.toHtmlEscaped(), detail.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_steps->setText(html);
}

bool ServerJoinPage::join() {
    if (m_record) {
        return true;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Type the user name and password you sign in with (an administrator adds users)."));
        (m_user->text().trimmed().isEmpty() ? m_user : m_password)->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString location = install();
    if (location.isEmpty()) {
        QApplication::restoreOverrideCursor();
        return false;
    }
    try {
        m_record = ClinicRecord::open(location, m_user->text().trimmed(), m_password->text(), m_clock);
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    // A password an administrator handed out (a rotation of the record key) is used once: one of the user's own
    // first, as at the sign-in window.
    if (!OwnPasswordDialog::ownPasswordSet(*m_record, m_password->text(), this)) {
        m_record.reset();
        showError(tr("Set a password of your own to go on; the one-time password still signs you in for that."));
        return false;
    }
    // From now on this desk opens the server's record.
    WorkstationSettings::setServerLocation(location);
    WorkstationSettings::setLastUserName(m_user->text().trimmed());
    showError({});
    return true;
}

} // namespace tsumugi::ui
