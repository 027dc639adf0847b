#pragma once

#include "core/record/RecordKeyRotation.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// 「記録の鍵を交換…」 (an administrator, a record on the clinic server): when a password or a desk may have been
// exposed, a new record key is made and the record sealed anew under it. The administrator proves its password; the
// dialog shows each other user's one-time password and the new recovery sheet, then re-seals in batches on a
// connection of its own (the record stays usable, here and at every other desk). Closed midway, it stops after the
// batch under way; opened again (here or at another desk), it goes on where it stopped.
class KeyRotationDialog : public QDialog {
    Q_OBJECT
public:
    KeyRotationDialog(ClinicRecord& record, QWidget* parent = nullptr);
    ~KeyRotationDialog() override;

    bool running() const;
    QString statusText() const;

signals:
    void rotationStopped(bool ended);

private:
    void startRotation();
    void runBatches();
    void showProgress(const RecordKeyRotation::Progress& progress);
    void showOutcome(const QString& error);

    ClinicRecord& m_record;
    QLabel* m_intro = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_start = nullptr;
    QTableWidget* m_passwords = nullptr;
    QLabel* m_handOut = nullptr;
    QPushButton* m_sheet = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_close = nullptr;
    QString m_recoveryKey;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<QString> m_watcher; // the batches' worker; its result: the error that stopped it (empty: ended)
};

} // namespace tsumugi::ui
