#pragma once

#include "core/reception/ReceptionEntry.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class EligibilityRunner;
class ReceptionTableModel;

// Today's reception list (受付): who came in which order, and whether they wait, are with the doctor or done.
class ReceptionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReceptionPanel(ClinicRecord& record, QWidget* parent = nullptr);

    void refresh();
    void clear();
    // Puts the patient on today's list; false (and a message in the panel) if core refused.
    bool addPatient(qint64 patientId);
    bool setCurrentStatus(ReceptionStatus status);
    std::optional<ReceptionEntry> currentEntry() const;
    void focusList();
    ReceptionTableModel* model() const { return m_model; }
    // オンライン資格確認 for the selected entry: opens the eligibility dialog (non-modal; objectName
    // eligibilityDialog). Retry asks again what the entry's last (未確認) check asked, off the UI thread.
    void checkEligibility();
    void retryEligibility();
    QLabel* eligibilityStatusLabel() const { return m_eligibilityStatus; }

signals:
    // Enter, double-click or the Chart button on an entry (only offered to roles that may read charts).
    void chartRequested(qint64 patientId);

private:
    void requestChart();
    void showMessage(const QString& message, bool isError);
    void updateButtons();
    void selectEntry(qint64 entryId);
    void showEligibility();

    ClinicRecord& m_record;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_waiting = nullptr;
    QPushButton* m_inConsultation = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_chart = nullptr;
    ReceptionTableModel* m_model = nullptr;
    QPushButton* m_eligibility = nullptr;
    QPushButton* m_eligibilityRetry = nullptr;
    QLabel* m_eligibilityStatus = nullptr;
    EligibilityRunner* m_eligibilityRunner = nullptr;
};

} // namespace tsumugi::ui
