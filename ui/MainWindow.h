#pragma once

#include "core/record/RecordChange.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace tsumugi {
class ClinicRecord;
}
namespace tsumugi::sync {
class OutboxWorker;
}

namespace tsumugi::ui {

class ServerCallThread;

class ChartWindow;
class FhirImportDialog;
class MasterUpdateDialog;
class IdleWatcher;
class LiveUpdates;
class LockScreen;
class PatientListPanel;
class ReceptionPanel;
class ReferralInbox;
class SyncPanel;
class SyncStatusIndicator;

// The desk's window: patient search on the left, today's reception on the right. Owns the open record.
// Locks (Ctrl+L, or after the clinic's idle time) to a screen that only the signed-in user's password opens.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<ClinicRecord> record, QWidget* parent = nullptr);
    ~MainWindow() override;

    ClinicRecord& record() { return *m_record; }
    bool isLocked() const { return m_locked; }
    // Idle time before the automatic lock; the clinic setting in minutes, milliseconds here so tests can be quick.
    void setAutoLockInterval(int milliseconds);
    int autoLockInterval() const;
    PatientListPanel* patientPanel() const { return m_patients; }
    ReceptionPanel* receptionPanel() const { return m_reception; }
    // The chart windows open now (each a top-level window owned by this one).
    QList<ChartWindow*> chartWindows() const;

public slots:
    void lock();
    void newPatient();
    void editCurrentPatient();
    void addCurrentPatientToReception();
    void refreshReception();
    // Opens (or raises) the chart of a patient; only for roles that may read charts.
    ChartWindow* openChart(qint64 patientId);
    // The chart of the patient selected in the reception list (when it has focus) or the patient list.
    void openCurrentChart();
    // 紹介状受信箱 (non-modal; closed on lock like every dialog over the window).
    ReferralInbox* openReferralInbox();
    // 送信状況 (non-modal): the outbox items, retry, payload, the patient's chart.
    SyncPanel* openSyncPanel();
    // FHIRファイルの取り込み (non-modal): the file picker first; imported items go read-only into the charts.
    FhirImportDialog* openFhirImport();
    // 「マスター更新…」 (admins): the dialog, shown; nullptr for other roles or while locked.
    MasterUpdateDialog* openMasterUpdate();
    // F1: this window's page (its keys read from its menus).
    void showHelp();
    // Starts the background sender (its own thread and record connection; the UI never waits on the network).
    // DesktopLauncher calls it; tests call it when they want sending.
    void startSync(int pollIntervalMs = 3000);
    void stopSync();
    // The daily integrity check of the record file, on a worker thread with a connection of its own (at most once a
    // day; DesktopLauncher starts it after sign-in). integrityChecked tells the result; damage makes the window
    // read-only and tells the administrator.
    void startIntegrityCheck();
    // Writes audit rows held while the disk was full and shows or hides the read-only banner (also every 30 s).
    void refreshRecordState();
    LiveUpdates* liveUpdates() const { return m_live; }
    sync::OutboxWorker* syncWorker() const { return m_syncWorker.get(); }
    SyncStatusIndicator* syncIndicator() const { return m_syncIndicator; }

signals:
    void integrityChecked(bool ok);

protected:
    // Quitting keeps what a doctor was typing in an open chart (as a draft).
    void closeEvent(QCloseEvent* event) override;

private slots:
    void unlock(const QString& password);
    void chooseLanguage(const QString& language);
    void changeAutoLockTime();
    void renewRecoveryKey();
    void showAbout();

private:
    void createActions();
    // What another desk committed: the lists read again in place, an open chart of that patient offers a reload.
    void showOtherDesksChange(const tsumugi::RecordChange& change);
    void setWorkActionsEnabled(bool enabled);
    QAction* addAction(QMenu* menu, const QString& objectName, const QString& text, const QKeySequence& shortcut);
    // What the window does by itself (timers, other desks' changes) waits while the desk waits for the server
    // (ServerCallThread::afterWait): the desk's one connection is busy with the user's request.
    void whenRecordFree(const QString& key, std::function<void()> what);
    // The record key was rotated under this desk (ClinicRecord::keyChanged): the window locks and asks for a password
    // of the new key, keeping the open charts (hidden, with what is typed in them: it cannot be saved under the old
    // key) until the user proves it.
    void lockForNewKey();

    std::unique_ptr<ClinicRecord> m_record;
    // On the clinic server: the thread the desk's calls wait on, and the status-bar line saying it waits.
    ServerCallThread* m_serverCalls = nullptr;
    QLabel* m_serverWait = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_workspace = nullptr;
    PatientListPanel* m_patients = nullptr;
    ReceptionPanel* m_reception = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    QLabel* m_userLabel = nullptr;
    // Says why the record is read-only (a full disk, damage), above the work; hidden while it is writable.
    QLabel* m_stateBanner = nullptr;
    LiveUpdates* m_live = nullptr;
    QLabel* m_serverState = nullptr;
    QTimer* m_stateTimer = nullptr;
    QList<QAction*> m_workActions;
    bool m_locked = false;
    QList<QPointer<ChartWindow>> m_heldCharts; // hidden while the desk waits for a password of the new key
    bool m_syncAfterNewKey = false;            // the outbox was being sent: it goes on once the new key is in
    SyncStatusIndicator* m_syncIndicator = nullptr;
    QTimer* m_syncTimer = nullptr;
    std::unique_ptr<sync::OutboxWorker> m_syncWorker; // declared after m_record: stopped before it closes
};

} // namespace tsumugi::ui
