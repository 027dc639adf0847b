#include "ui/MainWindow.h"

#include "ui/HelpDialog.h"

#include "ui/KeyRotationDialog.h"
#include "ui/MasterUpdateDialog.h"
#include "ui/OwnPasswordDialog.h"

#include "core/masters/ShippedMasters.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/util/Clock.h"
#include "sync/outbox/OutboxWorker.h"
#include "ui/ChartWindow.h"
#include "ui/DisplayText.h"
#include "ui/FhirImportDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/LiveUpdates.h"
#include "ui/LockScreen.h"
#include "ui/PatientDialog.h"
#include "ui/PatientListPanel.h"
#include "ui/ReceptionPanel.h"
#include "ui/RecoverySheetDialog.h"
#include "ui/ReferralInbox.h"
#include "ui/ServerCallThread.h"
#include "ui/SyncPanel.h"
#include "ui/SyncStatusIndicator.h"
#include "ui/WorkstationSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace tsumugi::ui {

namespace {
// Qt 6.4 keeps the widest shortcut's room on every menu row but sizes a row without a shortcut as if it had none,
// eliding a long text there (「マスター更新…」 read 「マスター…」): the menu gets the width of both.
void keepRowsWhole(QMenu* menu) {
    const QFontMetrics metrics(menu->font());
    int text = 0;
    int keys = 0;
    for (const QAction* a : menu->actions()) {
        QString t = a->text();
        t.remove(QLatin1Char('&'));
        text = std::max(text, metrics.horizontalAdvance(t));
        keys = std::max(keys, metrics.horizontalAdvance(a->shortcut().toString(QKeySequence::NativeText)));
    }
    menu->setMinimumWidth(text + keys + 72);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<ClinicRecord> record, QWidget* parent)
    : QMainWindow(parent)
    , m_record(std::move(record)) {
    setObjectName(QStringLiteral("mainWindow"));
    if (ClinicRecord::isServer(m_record->path())) {
        // Every call that waits on the network runs on a thread of the desk's own, the window staying alive.
        m_serverCalls = new ServerCallThread(this);
        m_record->setServerWait(m_serverCalls);
    }
    const ClinicInfo clinic = m_record->clinic();
    const User& user = m_record->currentUser();
    setWindowTitle(tr("Tsumugi — %1 — %2").arg(clinic.name, user.displayName));

    m_patients = new PatientListPanel(*m_record, this);
    m_reception = new ReceptionPanel(*m_record, this);
    m_workspace = new QSplitter(Qt::Horizontal, this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->addWidget(m_patients);
    m_workspace->addWidget(m_reception);
    // The patient list has more columns (birth date with 和暦, phone) than the reception list.
    m_workspace->setStretchFactor(0, 3);
    m_workspace->setStretchFactor(1, 2);
    m_workspace->setSizes({720, 560});
    m_workspace->setChildrenCollapsible(false);

    m_lockScreen = new LockScreen(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lockScreen);
    m_stateBanner = new QLabel(this);
    m_stateBanner->setObjectName(QStringLiteral("recordStateBanner"));
    m_stateBanner->setWordWrap(true);
    m_stateBanner->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #8a1c12; border: 1px solid #e0a49c; padding: 8px 12px;"));
    m_stateBanner->hide();
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_stateBanner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUserLabel"));
    m_userLabel->setText(
        tr("%1 (institution no. %2)   |   %3 (%4)")
            .arg(clinic.name, clinic.institutionNumber, user.displayName, DisplayText::role(user.role)));
    statusBar()->addPermanentWidget(m_userLabel);
    m_syncIndicator = new SyncStatusIndicator(*m_record, this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &SyncStatusIndicator::clicked, this, &MainWindow::openSyncPanel);
    // The queued count follows saves made anywhere (charts, documents) from the local record, cheaply.
    m_syncTimer = new QTimer(this);
    m_syncTimer->setInterval(2000);
    connect(m_syncTimer, &QTimer::timeout, this, [this] {
        // Not a reason to reach a server found gone (each try waits seconds): the next action or hearing it does.
        whenRecordFree(QStringLiteral("syncCounts"), [this] {
            if (!m_record->serverLost()) {
                try {
                    m_record->checkKeys(); // a rotation of the record key started elsewhere
                } catch (const Error&) {
                    // Said by the next action: this is only a look.
                }
                if (m_record->keyChanged()) {
                    lockForNewKey();
                    return;
                }
                m_syncIndicator->refreshCounts();
            }
        });
    });
    m_syncTimer->start();
    m_stateTimer = new QTimer(this);
    m_stateTimer->setInterval(30000);
    connect(m_stateTimer, &QTimer::timeout, this, [this] {
        whenRecordFree(QStringLiteral("recordState"), [this] {
            if (!m_record->serverLost()) {
                refreshRecordState();
            }
        });
    });
    m_stateTimer->start();
    // On the clinic server the other desks' changes arrive as they are committed (nothing for a file).
    m_live = new LiveUpdates(*m_record, this);
    m_live->setObjectName(QStringLiteral("liveUpdates"));
    m_serverState = new QLabel(tr("Cannot reach the server"), this);
    m_serverState->setObjectName(QStringLiteral("serverStateLabel"));
    m_serverState->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    m_serverState->hide();
    statusBar()->addPermanentWidget(m_serverState);
    connect(m_live, &LiveUpdates::changed, this, [this](const RecordChange& change) {
        whenRecordFree(QString(), [this, change] { showOtherDesksChange(change); });
    });
    connect(m_live, &LiveUpdates::missed, this, [this] {
        whenRecordFree(QStringLiteral("missed"), [this] {
            // Whatever was announced while this desk could not hear is read again (a change of a patient reads
            // both lists, each once).
            RecordChange anyPatient;
            anyPatient.table = QStringLiteral("patients");
            showOtherDesksChange(anyPatient);
            for (ChartWindow* chart : chartWindows()) {
                chart->noteChangedElsewhere();
            }
        });
    });
    connect(m_live, &LiveUpdates::hearingChanged, m_serverState,
            [this](bool hearing) { m_serverState->setVisible(!hearing); });
    m_serverWait = new QLabel(this);
    m_serverWait->setObjectName(QStringLiteral("serverWaitLabel"));
    m_serverWait->setStyleSheet(QStringLiteral("color:#1a4f8a;font-weight:bold;"));
    m_serverWait->hide();
    statusBar()->addPermanentWidget(m_serverWait);
    if (m_serverCalls) {
        // Said where the user is: this window's status bar and every open chart's.
        connect(m_serverCalls, &ServerCallThread::waitingShown, this, [this](bool saving) {
            const QString text =
                saving ? tr("Saving… (waiting for the clinic server)") : tr("Reading… (waiting for the clinic server)");
            m_serverWait->setText(text);
            m_serverWait->show();
            for (ChartWindow* chart : chartWindows()) {
                chart->showServerWait(text);
            }
            QApplication::setOverrideCursor(Qt::BusyCursor);
        });
        connect(m_serverCalls, &ServerCallThread::waitingEnded, this, [this] {
            m_serverWait->hide();
            for (ChartWindow* chart : chartWindows()) {
                chart->showServerWait(QString());
            }
            QApplication::restoreOverrideCursor();
        });
    }

    createActions();

    connect(m_patients, &PatientListPanel::newPatientRequested, this, &MainWindow::newPatient);
    connect(m_patients, &PatientListPanel::editPatientRequested, this, &MainWindow::editCurrentPatient);
    connect(m_patients, &PatientListPanel::addToReceptionRequested, this, &MainWindow::addCurrentPatientToReception);
    connect(m_patients, &PatientListPanel::chartRequested, this, [this] {
        if (const std::optional<Patient> p = m_patients->currentPatient()) {
            openChart(p->id);
        }
    });
    connect(m_reception, &ReceptionPanel::chartRequested, this, &MainWindow::openChart);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::quitRequested, this, &QWidget::close);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { whenRecordFree(QStringLiteral("lock"), [this] { lock(); }); });
    int minutes = ClinicSettings::DefaultAutoLockMinutes;
    try {
        minutes = m_record->settings().autoLockMinutes();
    } catch (const Error&) {
        // Keep the default: a lock that comes early is better than none.
    }
    m_idle->setInterval(minutes * 60 * 1000);
    m_idle->start();

    m_reception->refresh();
    m_patients->focusSearch();
    resize(1280, 760);
    refreshRecordState();
}

void MainWindow::showOtherDesksChange(const RecordChange& change) {
    if (m_locked) {
        return; // nothing is shown behind the lock screen; unlocking reads the lists again
    }
    const QString& table = change.table;
    if (table == QLatin1String("reception_entries") || table == QLatin1String("eligibility_checks") ||
        table == QLatin1String("patients")) {
        m_reception->refresh();
    }
    if (table == QLatin1String("patients")) {
        m_patients->refreshKeepingSelection();
    }
    static const QStringList chartTables = {
        QStringLiteral("patients"),      QStringLiteral("visits"),    QStringLiteral("notes"),
        QStringLiteral("diagnoses"),     QStringLiteral("allergies"), QStringLiteral("lab_results"),
        QStringLiteral("prescriptions"), QStringLiteral("documents"), QStringLiteral("shared_summaries")};
    if (change.patientId != 0 && chartTables.contains(table)) {
        for (ChartWindow* chart : chartWindows()) {
            if (chart->patientId() == change.patientId) {
                chart->noteChangedElsewhere();
            }
        }
    }
}

void MainWindow::refreshRecordState() {
    try {
        m_record->writePendingAudit();
    } catch (const Error&) {
        // Said by the banner: the state stays as it is.
    }
    const QString message = m_record->writeStateMessage();
    m_stateBanner->setText(message);
    m_stateBanner->setVisible(!message.isEmpty());
}

void MainWindow::startIntegrityCheck() {
    if (!m_record->integrityCheckDue()) {
        return;
    }
    // A connection of its own for the worker: the desk goes on while every page is read.
    std::shared_ptr<ClinicRecord> checker(m_record->openCompanion().release());
    auto* watcher = new QFutureWatcher<RecordCheck::Result>(this);
    connect(watcher, &QFutureWatcher<RecordCheck::Result>::finished, this, [this, watcher] {
        const RecordCheck::Result result = watcher->result();
        watcher->deleteLater();
        if (!result.ok) {
            m_record->noteDamaged(result.problems.join(QLatin1Char('\n')));
            refreshRecordState();
            if (m_record->can(Permission::ManageUsers)) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("The record file is damaged"),
                                            m_record->writeStateMessage(), QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("recordDamagedMessage"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
        }
        emit integrityChecked(result.ok);
    });
    watcher->setFuture(QtConcurrent::run([checker] { return checker->checkIntegrity(); }));
}

MainWindow::~MainWindow() {
    stopSync();
    m_record->setServerWait(nullptr); // the thread goes with this window; the record after it
}

void MainWindow::whenRecordFree(const QString& key, std::function<void()> what) {
    if (m_serverCalls) {
        m_serverCalls->afterWait(key, std::move(what));
    } else {
        what();
    }
}

void MainWindow::startSync(int pollIntervalMs) {
    if (m_syncWorker) {
        return;
    }
    qRegisterMetaType<sync::SyncStatus>();
    m_syncWorker = std::make_unique<sync::OutboxWorker>(*m_record);
    m_syncWorker->setPollIntervalMs(pollIntervalMs);
    connect(m_syncWorker.get(), &sync::OutboxWorker::statusChanged, this, [this](const sync::SyncStatus& status) {
        m_syncIndicator->setStatus(status);
        whenRecordFree(QStringLiteral("syncPanel"), [this] {
            if (auto* panel = findChild<SyncPanel*>(QStringLiteral("syncPanel"))) {
                panel->requestRefresh();
            }
        });
    });
    connect(m_syncWorker.get(), &sync::OutboxWorker::failedToStart, this, [this](const QString& message) {
        sync::SyncStatus status = m_syncIndicator->status();
        status.known = true;
        status.online = false;
        status.lastError = message;
        m_syncIndicator->setStatus(status);
    });
    m_syncWorker->start();
}

void MainWindow::stopSync() {
    if (m_syncWorker) {
        m_syncWorker->stop();
        m_syncWorker.reset();
    }
}

SyncPanel* MainWindow::openSyncPanel() {
    if (m_locked) {
        return nullptr;
    }
    auto* panel = findChild<SyncPanel*>(QStringLiteral("syncPanel"));
    if (!panel) {
        panel = new SyncPanel(*m_record, this);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &SyncPanel::chartRequested, this, &MainWindow::openChart);
        connect(panel, &SyncPanel::retryRequested, this, [this] {
            m_syncIndicator->refreshCounts();
            if (m_syncWorker) {
                m_syncWorker->wakeUp();
            }
        });
    } else {
        panel->refresh();
    }
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

QAction* MainWindow::addAction(QMenu* menu, const QString& objectName, const QString& text,
                               const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    menu->addAction(action);
    return action;
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Importing writes chart items, so only roles that write charts see it.
    QAction* importFhir = addAction(file, QStringLiteral("actionImportFhir"), tr("&Import FHIR files…"),
                                    QKeySequence(tr("Ctrl+Shift+I")));
    importFhir->setVisible(m_record->can(Permission::WriteCharts));
    importFhir->setEnabled(m_record->can(Permission::WriteCharts));
    connect(importFhir, &QAction::triggered, this, &MainWindow::openFhirImport);
    // The official masters change every few months; the admin brings in SSK's new zips here.
    QAction* updateMasters =
        addAction(file, QStringLiteral("actionUpdateMasters"), tr("Update &masters…"), QKeySequence());
    updateMasters->setVisible(m_record->can(Permission::ManageClinic));
    updateMasters->setEnabled(m_record->can(Permission::ManageClinic));
    connect(updateMasters, &QAction::triggered, this, [this] {
        if (MasterUpdateDialog* dialog = openMasterUpdate()) {
            dialog->chooseFiles();
        }
    });
    file->addSeparator();
    QAction* lockAction = addAction(file, QStringLiteral("actionLock"), tr("&Lock"), QKeySequence(tr("Ctrl+L")));
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    file->addSeparator();
    QAction* quit = addAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(tr("Ctrl+Q")));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* patients = menuBar()->addMenu(tr("&Patients"));
    QAction* find =
        addAction(patients, QStringLiteral("actionFindPatient"), tr("&Find patient"), QKeySequence(tr("Ctrl+F")));
    connect(find, &QAction::triggered, m_patients, &PatientListPanel::focusSearch);
    QAction* create =
        addAction(patients, QStringLiteral("actionNewPatient"), tr("&New patient…"), QKeySequence(tr("Ctrl+N")));
    connect(create, &QAction::triggered, this, &MainWindow::newPatient);
    QAction* edit = addAction(patients, QStringLiteral("actionEditPatient"), tr("&Open / edit patient…"),
                              QKeySequence(tr("Ctrl+E")));
    connect(edit, &QAction::triggered, this, &MainWindow::editCurrentPatient);
    QAction* toReception = addAction(patients, QStringLiteral("actionAddToReception"), tr("&Add to reception"),
                                     QKeySequence(tr("Ctrl+R")));
    connect(toReception, &QAction::triggered, this, &MainWindow::addCurrentPatientToReception);

    QAction* chart =
        addAction(patients, QStringLiteral("actionOpenChart"), tr("Open &chart"), QKeySequence(Qt::Key_F2));
    chart->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(tr("Ctrl+O"))});
    chart->setEnabled(m_record->can(Permission::ReadCharts));
    chart->setVisible(m_record->can(Permission::ReadCharts));
    connect(chart, &QAction::triggered, this, &MainWindow::openCurrentChart);

    QMenu* reception = menuBar()->addMenu(tr("&Reception"));
    QAction* refresh =
        addAction(reception, QStringLiteral("actionRefreshReception"), tr("&Refresh"), QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshReception);
    QAction* goToList =
        addAction(reception, QStringLiteral("actionFocusReception"), tr("&Go to the list"), QKeySequence(tr("Ctrl+G")));
    connect(goToList, &QAction::triggered, m_reception, &ReceptionPanel::focusList);
    reception->addSeparator();
    QAction* waiting =
        addAction(reception, QStringLiteral("actionStatusWaiting"), tr("Mark &waiting"), QKeySequence(tr("Ctrl+1")));
    connect(waiting, &QAction::triggered, this, [this] { m_reception->setCurrentStatus(ReceptionStatus::Waiting); });
    QAction* consult = addAction(reception, QStringLiteral("actionStatusInConsultation"), tr("Mark &in consultation"),
                                 QKeySequence(tr("Ctrl+2")));
    connect(consult, &QAction::triggered, this,
            [this] { m_reception->setCurrentStatus(ReceptionStatus::InConsultation); });
    QAction* done =
        addAction(reception, QStringLiteral("actionStatusDone"), tr("Mark &done"), QKeySequence(tr("Ctrl+3")));
    connect(done, &QAction::triggered, this, [this] { m_reception->setCurrentStatus(ReceptionStatus::Done); });
    reception->addSeparator();
    QAction* eligibility = addAction(reception, QStringLiteral("actionCheckEligibility"), tr("Check &eligibility…"),
                                     QKeySequence(tr("Ctrl+Shift+E")));
    connect(eligibility, &QAction::triggered, m_reception, &ReceptionPanel::checkEligibility);
    QAction* inbox =
        addAction(reception, QStringLiteral("actionReferralInbox"), tr("Referral in&box…"), QKeySequence(tr("Ctrl+I")));
    connect(inbox, &QAction::triggered, this, &MainWindow::openReferralInbox);
    QAction* syncPanel =
        addAction(reception, QStringLiteral("actionSyncPanel"), tr("&Sync status…"), QKeySequence(tr("Ctrl+Shift+Y")));
    connect(syncPanel, &QAction::triggered, this, &MainWindow::openSyncPanel);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language (after restart)"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = WorkstationSettings::language();
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("system"), tr("Same as the system")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto& [code, label] : choices) {
        QAction* a = addAction(language, QStringLiteral("actionLanguage_") + code, label, {});
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    QAction* autoLock =
        addAction(settings, QStringLiteral("actionAutoLockTime"), tr("&Automatic lock time…"), QKeySequence());
    autoLock->setEnabled(m_record->can(Permission::ManageClinic));
    connect(autoLock, &QAction::triggered, this, &MainWindow::changeAutoLockTime);
    QAction* recovery =
        addAction(settings, QStringLiteral("actionRenewRecoveryKey"), tr("New &recovery key…"), QKeySequence());
    recovery->setEnabled(m_record->can(Permission::ManageUsers));
    connect(recovery, &QAction::triggered, this, &MainWindow::renewRecoveryKey);
    QAction* rotate =
        addAction(settings, QStringLiteral("actionRotateRecordKey"), tr("Change the record &key…"), QKeySequence());
    // Only a record on the clinic server (a file's key is SQLCipher's, not changed here yet).
    rotate->setEnabled(m_record->can(Permission::ManageUsers) && ClinicRecord::isServer(m_record->path()));
    connect(rotate, &QAction::triggered, this, [this] {
        KeyRotationDialog dialog(*m_record, this);
        dialog.exec();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* helpPage = addAction(help, QStringLiteral("actionHelp"), tr("&Help for this window"),
                                  QKeySequence(QKeySequence::HelpContents));
    connect(helpPage, &QAction::triggered, this, &MainWindow::showHelp);
    QAction* about = addAction(help, QStringLiteral("actionAbout"), tr("&About Tsumugi"), QKeySequence());
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    for (QAction* top : menuBar()->actions()) {
        if (top->menu()) {
            keepRowsWhole(top->menu());
        }
    }

    m_workActions = {find,    create,  edit, toReception, refresh, goToList,
                     waiting, consult, done, eligibility, inbox,   syncPanel};
    if (m_record->can(Permission::ManageClinic)) {
        m_workActions.append(autoLock);
        m_workActions.append(updateMasters);
    }
    if (m_record->can(Permission::ManageUsers)) {
        m_workActions.append(recovery);
    }
    if (m_record->can(Permission::ReadCharts)) {
        m_workActions.append(chart);
    }
    if (m_record->can(Permission::WriteCharts)) {
        m_workActions.append(importFhir);
    }
    m_workActions.append(lockAction);
}

MasterUpdateDialog* MainWindow::openMasterUpdate() {
    if (m_locked || !m_record->can(Permission::ManageClinic)) {
        return nullptr;
    }
    auto* dialog = findChild<MasterUpdateDialog*>(QStringLiteral("masterUpdateDialog"));
    if (!dialog) {
        dialog = new MasterUpdateDialog(*m_record, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

FhirImportDialog* MainWindow::openFhirImport() {
    if (m_locked || !m_record->can(Permission::WriteCharts)) {
        return nullptr;
    }
    auto* dialog = findChild<FhirImportDialog*>(QStringLiteral("fhirImportDialog"));
    if (!dialog) {
        dialog = new FhirImportDialog(*m_record, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FhirImportDialog::chartRequested, this, &MainWindow::openChart);
        connect(dialog, &FhirImportDialog::patientChanged, this, [this](qint64 patientId) {
            // A registered patient appears in the search; an open chart shows the received items at once.
            m_patients->runSearch();
            for (ChartWindow* chart : chartWindows()) {
                if (chart->patientId() == patientId) {
                    chart->reload();
                }
            }
        });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (dialog->results()->topLevelItemCount() > 0) {
        return dialog;
    }
    // The picker and the import run inside; locking meanwhile closes (and deletes) the dialog.
    const QPointer<FhirImportDialog> guard(dialog);
    const bool chosen = dialog->chooseFiles();
    if (!guard) {
        return nullptr;
    }
    if (!chosen) {
        // Nothing chosen on the first opening: the user changed their mind.
        dialog->close();
        return nullptr;
    }
    return dialog;
}

ReferralInbox* MainWindow::openReferralInbox() {
    if (m_locked) {
        return nullptr;
    }
    auto* inbox = findChild<ReferralInbox*>(QStringLiteral("referralInbox"));
    if (!inbox) {
        inbox = new ReferralInbox(*m_record, this);
        inbox->setAttribute(Qt::WA_DeleteOnClose);
    }
    inbox->show();
    inbox->raise();
    inbox->activateWindow();
    return inbox;
}

void MainWindow::setWorkActionsEnabled(bool enabled) {
    for (QAction* a : std::as_const(m_workActions)) {
        a->setEnabled(enabled);
    }
}

void MainWindow::setAutoLockInterval(int milliseconds) {
    m_idle->setInterval(milliseconds);
}

int MainWindow::autoLockInterval() const {
    return m_idle->interval();
}

void MainWindow::lock() {
    if (m_locked) {
        return;
    }
    try {
        m_record->checkKeys();
    } catch (const Error&) {
        // The lock goes on; the next action says what is wrong.
    }
    if (m_record->keyChanged()) {
        lockForNewKey(); // a half-written note cannot be kept as a draft under the old key: it stays open, hidden
        return;
    }
    m_locked = true;
    m_idle->stop();
    // Close whatever is open over the window (a half-typed registration is dropped, not left readable).
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs) {
        if (d->isVisible()) {
            d->reject();
        }
    }
    // Charts are the most private screens: hide them now and drop them (they are opened again after unlocking).
    for (ChartWindow* chart : chartWindows()) {
        chart->keepUnsavedNote(); // the doctor's half-written note is kept as a draft, not dropped
        for (QMenu* menu : chart->findChildren<QMenu*>()) {
            menu->close();
        }
        chart->hide();
        chart->deleteLater();
    }
    m_patients->clear();
    m_reception->clear();
    m_stack->setCurrentWidget(m_lockScreen);
    m_workspace->hide();
    setWorkActionsEnabled(false);
    try {
        m_record->noteLocked();
    } catch (const Error&) {
        // The audit line is lost, but the screen is locked; that is what matters now.
    }
    const User& user = m_record->currentUser();
    m_lockScreen->prepare(user.displayName, user.name);
    statusBar()->showMessage(tr("Locked."));
}

void MainWindow::lockForNewKey() {
    if (m_locked) {
        return;
    }
    m_locked = true;
    m_idle->stop();
    m_syncAfterNewKey = m_syncWorker != nullptr;
    stopSync(); // its connection holds the old key too; it starts again with the new one
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* d : dialogs) {
        if (d->isVisible()) {
            d->reject();
        }
    }
    for (ChartWindow* chart : chartWindows()) {
        chart->hide();
        m_heldCharts << chart;
    }
    m_stack->setCurrentWidget(m_lockScreen);
    m_workspace->hide();
    setWorkActionsEnabled(false);
    const User& user = m_record->currentUser();
    m_lockScreen->prepare(user.displayName, user.name);
    m_lockScreen->showError(tr("The record key was changed by an administrator. Unlock with the one-time password "
                               "you were given (or the password you set with it); what is open stays as it was."));
    statusBar()->showMessage(tr("Locked: the record key was changed."));
}

void MainWindow::unlock(const QString& password) {
    if (!m_locked) {
        return;
    }
    bool ok = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        ok = m_record->unlockAgain(password);
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        m_lockScreen->showError(e.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_lockScreen->showError(tr("The password is incorrect."));
        return;
    }
    m_locked = false;
    m_workspace->show();
    m_stack->setCurrentWidget(m_workspace);
    setWorkActionsEnabled(true);
    // Unlocked with the new key: the charts come back as they were, and the outbox goes on under it.
    for (const QPointer<ChartWindow>& chart : std::exchange(m_heldCharts, {})) {
        if (chart) {
            chart->show();
        }
    }
    if (std::exchange(m_syncAfterNewKey, false)) {
        startSync();
    }
    // Unlocked with the password an administrator handed out: one of the user's own first (else locked again).
    if (!OwnPasswordDialog::ownPasswordSet(*m_record, password, this)) {
        lock();
    }
    m_reception->refresh();
    m_patients->focusSearch();
    statusBar()->clearMessage();
    m_idle->start();
}

void MainWindow::newPatient() {
    if (m_locked) {
        return;
    }
    PatientDialog dialog(*m_record, Patient{}, this);
    if (dialog.exec() == QDialog::Accepted && !m_locked) {
        m_patients->showPatient(dialog.savedPatient());
        statusBar()->showMessage(tr("Patient %1 registered as number %2.")
                                     .arg(dialog.savedPatient().fullName())
                                     .arg(dialog.savedPatient().number),
                                 8000);
    }
}

void MainWindow::editCurrentPatient() {
    if (m_locked) {
        return;
    }
    const std::optional<Patient> selected = m_patients->currentPatient();
    if (!selected) {
        statusBar()->showMessage(tr("Select a patient first."), 5000);
        return;
    }
    std::optional<Patient> current;
    try {
        // Read again: someone at another desk may have changed the patient since the search.
        current = m_record->patients().open(selected->id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Tsumugi"), e.message());
        return;
    }
    if (!current) {
        QMessageBox::warning(this, tr("Tsumugi"), tr("The patient was not found."));
        return;
    }
    PatientDialog dialog(*m_record, *current, this);
    if (dialog.exec() == QDialog::Accepted && !m_locked) {
        m_patients->showPatient(dialog.savedPatient());
        statusBar()->showMessage(tr("Changes to %1 saved.").arg(dialog.savedPatient().fullName()), 8000);
    }
}

void MainWindow::addCurrentPatientToReception() {
    if (m_locked) {
        return;
    }
    const std::optional<Patient> selected = m_patients->currentPatient();
    if (!selected) {
        statusBar()->showMessage(tr("Select a patient first."), 5000);
        return;
    }
    m_reception->addPatient(selected->id);
}

void MainWindow::refreshReception() {
    if (!m_locked) {
        m_reception->refresh();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_locked) {
        for (ChartWindow* chart : chartWindows()) {
            chart->keepUnsavedNote();
        }
    }
    QMainWindow::closeEvent(event);
}

QList<ChartWindow*> MainWindow::chartWindows() const {
    return findChildren<ChartWindow*>(QString(), Qt::FindDirectChildrenOnly);
}

ChartWindow* MainWindow::openChart(qint64 patientId) {
    if (m_locked || patientId == 0) {
        return nullptr;
    }
    if (!m_record->can(Permission::ReadCharts)) {
        statusBar()->showMessage(tr("Your role cannot read charts."), 5000);
        return nullptr;
    }
    for (ChartWindow* open : chartWindows()) {
        if (open->patientId() == patientId && open->isVisible()) {
            open->reload();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* chart = new ChartWindow(*m_record, patientId, this);
    chart->show();
    chart->raise();
    chart->activateWindow();
    return chart;
}

void MainWindow::openCurrentChart() {
    if (m_locked) {
        return;
    }
    QWidget* focus = QApplication::focusWidget();
    if (focus && m_reception->isAncestorOf(focus)) {
        if (const std::optional<ReceptionEntry> entry = m_reception->currentEntry()) {
            openChart(entry->patient.id);
            return;
        }
    }
    const std::optional<Patient> selected = m_patients->currentPatient();
    if (!selected) {
        statusBar()->showMessage(tr("Select a patient first."), 5000);
        return;
    }
    openChart(selected->id);
}

void MainWindow::chooseLanguage(const QString& language) {
    WorkstationSettings::setLanguage(language);
    QMessageBox::information(this, tr("Language"), tr("The new language is used the next time Tsumugi starts."));
}

void MainWindow::renewRecoveryKey() {
    const auto answer = QMessageBox::question(
        this, tr("New recovery key"),
        tr("Make a new recovery key? The sheet printed before stops working (destroy it); the new sheet is shown "
           "once."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        const QString key = m_record->renewRecoveryKey();
        const ClinicInfo clinic = m_record->clinic();
        RecoverySheetDialog sheet(
            {key, clinic.name, clinic.institutionNumber, m_record->location(), m_record->clock().now()}, this);
        sheet.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("New recovery key"), e.message());
    }
}

void MainWindow::changeAutoLockTime() {
    bool ok = false;
    const int minutes =
        QInputDialog::getInt(this, tr("Automatic lock"), tr("Lock the screen after this many idle minutes:"),
                             m_record->settings().autoLockMinutes(), 1, 120, 1, &ok);
    if (!ok || m_locked) {
        return;
    }
    try {
        m_record->settings().setAutoLockMinutes(minutes);
        m_idle->setInterval(minutes * 60 * 1000);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Tsumugi"), e.message());
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Tsumugi"),
        tr("Tsumugi %1 — electronic medical record for small clinics.").arg(QApplication::applicationVersion()) +
            QStringLiteral("\n\n") + tr("Masters: %1").arg(ShippedMasters::attribution()));
}

void MainWindow::showHelp() {
    QList<QAction*> actions;
    for (QAction* menu : menuBar()->actions()) {
        if (menu->menu() && menu->isVisible()) {
            for (QAction* a : menu->menu()->actions()) {
                if (a->isVisible() && !a->isSeparator()) {
                    actions << a;
                }
            }
        }
    }
    HelpDialog help(tr("Reception and patients"),
                    tr("<p>Find a patient by name, reading, number or birth date (Ctrl+F), add them to today's "
                       "reception list and open their chart (F2). The reception list shows who is waiting, with "
                       "the doctor and done; its status keys work on the selected row.</p><p>Ctrl+L locks the "
                       "screen when you leave the desk; the record stays open for the next sign-in.</p>"),
                    actions, this);
    help.exec();
}

} // namespace tsumugi::ui
