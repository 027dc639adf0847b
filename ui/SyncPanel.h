#pragma once

#include "core/outbox/OutboxItem.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// 送信状況: every outbox item with its patient, what it carries, its state, attempts and the last error
// (the service's rule numbers included). Retry, the frozen payload (read-only, pretty-printed JSON) and the
// patient's chart are one click away. Reads only the local record, so it never waits on the network.
class SyncPanel : public QDialog {
    Q_OBJECT
public:
    explicit SyncPanel(ClinicRecord& record, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    std::optional<OutboxItem> currentItem() const;
    // Selects the row of an item; false when it is not listed.
    bool selectItem(qint64 id);

public slots:
    void refresh();
    void retryCurrent();
    // Opens the read-only payload window (non-modal; returned for tests), or nullptr when nothing is selected.
    QDialog* viewPayload();
    void openCurrentPatient();
    // Called by the main window when the worker wakes up and reports (keeps the list current while it is open).
    void requestRefresh();

signals:
    void chartRequested(qint64 patientId);
    void retryRequested(); // the worker should look at the queue now

private:
    QString patientLabel(const OutboxItem& item);
    QString contentLabel(const OutboxItem& item) const;
    void updateButtons();

    ClinicRecord& m_record;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_payload = nullptr;
    QPushButton* m_openPatient = nullptr;
    QList<OutboxItem> m_items;
    QHash<qint64, QString> m_patientNames; // by patient id
};

} // namespace tsumugi::ui
