#include "ui/KeyRotationDialog.h"

#include "core/Error.h"
#include "core/record/ClinicInfo.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/RecoverySheetDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tsumugi::ui {

KeyRotationDialog::KeyRotationDialog(ClinicRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("keyRotationDialog"));
    setWindowTitle(tr("Change the record key"));
    m_intro = new QLabel(tr("Change the record key when a password or a desk may have been exposed. A new key is made "
                            "that nothing old opens, and the whole record is sealed anew under it while everyone "
                            "goes on working. Every other user gets a one-time password below and signs in again "
                            "with it; a new recovery sheet replaces the old one."),
                         this);
    m_intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("keyRotationPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password"));
    m_start = new QPushButton(tr("&Change the key"), this);
    m_start->setObjectName(QStringLiteral("keyRotationStartButton"));
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(new QLabel(tr("Your password:"), this));
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_start);
    m_passwords = new QTableWidget(0, 2, this);
    m_passwords->setObjectName(QStringLiteral("keyRotationOneTimePasswords"));
    m_passwords->setHorizontalHeaderLabels({tr("User"), tr("One-time password")});
    m_passwords->horizontalHeader()->setStretchLastSection(true);
    m_passwords->verticalHeader()->hide();
    m_passwords->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_passwords->setVisible(false);
    m_handOut = new QLabel(tr("These one-time passwords are shown only now: hand each user theirs before you close "
                              "this window, and print the new recovery sheet."),
                           this);
    m_handOut->setWordWrap(true);
    m_handOut->setVisible(false);
    m_sheet = new QPushButton(tr("New &recovery sheet…"), this);
    m_sheet->setObjectName(QStringLiteral("keyRotationRecoverySheetButton"));
    m_sheet->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("keyRotationProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyRotationStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("Close"));
    m_close->setObjectName(QStringLiteral("keyRotationCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &KeyRotationDialog::startRotation);
    connect(m_password, &QLineEdit::returnPressed, this, &KeyRotationDialog::startRotation);
    connect(m_sheet, &QPushButton::clicked, this, [this] {
        const ClinicInfo clinic = m_record.clinic();
        RecoverySheetDialog sheet(
            {m_recoveryKey, clinic.name, clinic.institutionNumber, m_record.location(), m_record.clock().now()}, this);
        sheet.exec();
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] { showOutcome(m_watcher.result()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(passwordRow);
    layout->addWidget(m_passwords, 1);
    layout->addWidget(m_handOut);
    layout->addWidget(m_sheet, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 420);

    // A rotation left midway (a closed dialog, a killed desk) goes on at once: it needs no password.
    try {
        if (const auto last = RecordKeyRotation(m_record).progress()) {
            showProgress(*last);
            if (last->phase != RecordKeyRotation::Phase::Done) {
                m_password->setEnabled(false);
                m_start->setEnabled(false);
                runBatches();
            }
        }
    } catch (const Error& e) {
        m_status->setText(e.message());
    }
}

KeyRotationDialog::~KeyRotationDialog() {
    // The batches hold their own connection: closing stops after the batch under way rather than cutting it off.
    m_stop->store(true);
    m_watcher.waitForFinished();
}

bool KeyRotationDialog::running() const {
    return m_watcher.isRunning();
}

QString KeyRotationDialog::statusText() const {
    return m_status->text();
}

void KeyRotationDialog::startRotation() {
    if (running()) {
        return;
    }
    RecordKeyRotation::Started started;
    try {
        started = RecordKeyRotation(m_record).start(m_password->text());
    } catch (const Error& e) {
        m_status->setText(e.message());
        m_password->selectAll();
        return;
    }
    m_password->clear();
    m_password->setEnabled(false);
    m_start->setEnabled(false);
    m_recoveryKey = started.recoveryKey;
    m_passwords->setRowCount(int(started.oneTimePasswords.size()));
    int row = 0;
    for (const auto& [user, password] : started.oneTimePasswords) {
        m_passwords->setItem(row, 0, new QTableWidgetItem(user));
        auto* item = new QTableWidgetItem(password);
        item->setFont(QFont(QStringLiteral("monospace")));
        m_passwords->setItem(row++, 1, item);
    }
    m_passwords->setVisible(true);
    m_handOut->setVisible(true);
    m_sheet->setVisible(true);
    runBatches();
}

void KeyRotationDialog::runBatches() {
    std::shared_ptr<ClinicRecord> companion;
    try {
        companion = m_record.openCompanion();
    } catch (const Error& e) {
        showOutcome(e.message());
        return;
    }
    QPointer<KeyRotationDialog> self(this);
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    m_watcher.setFuture(QtConcurrent::run([companion, self, stop]() -> QString {
        try {
            RecordKeyRotation(*companion).runToEnd([self, stop](const RecordKeyRotation::Progress& p) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, p] {
                        if (self) {
                            self->showProgress(p);
                        }
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            });
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    }));
}

void KeyRotationDialog::showProgress(const RecordKeyRotation::Progress& p) {
    // Re-sealing is most of the work: the first nine tenths; removing the old tokens the rest.
    const int share = p.tables > 0 ? p.tablesDone * 1000 / p.tables : 0;
    m_progress->setValue(p.phase == RecordKeyRotation::Phase::Done        ? 1000
                         : p.phase == RecordKeyRotation::Phase::Resealing ? share * 9 / 10
                                                                          : 900);
    m_status->setText(tr("Key generation %1: %2. %3 rows sealed anew, %4 old search tokens removed.")
                          .arg(p.generation)
                          .arg(RecordKeyRotation::phaseName(p.phase))
                          .arg(p.rowsResealed)
                          .arg(p.tokensRemoved));
}

void KeyRotationDialog::showOutcome(const QString& error) {
    try {
        if (const auto last = RecordKeyRotation(m_record).progress()) {
            showProgress(*last);
            if (last->phase != RecordKeyRotation::Phase::Done && error.isEmpty()) {
                m_status->setText(m_status->text() + QLatin1Char(' ') +
                                  tr("Stopped; it goes on when this window is opened again."));
            }
        }
    } catch (const Error& e) {
        m_status->setText(e.message());
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
    }
    emit rotationStopped(error.isEmpty());
}

} // namespace tsumugi::ui
