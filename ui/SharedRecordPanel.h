#pragma once

#include "core/sharing/SharedSummary.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class SummaryPullRunner;

// The patient's shared record and emergency summary, read-only: pulled with the last eligibility check's consent
// (or, in emergency mode, with a reason that goes to the audit trail), grouped by section — shared items by
// resource type, visits, dispensing, medications, surgery, treatments, dialysis, health checks — and by source
// institution; withheld sections say so. A shared allergy, contraindication or diagnosis can be adopted into the
// own record in one action, keeping its source. The pull runs off the UI thread (SummaryPullRunner): meanwhile the
// button says 取得中… and the rest of the panel stays usable; the answer or the error lands back here.
class SharedRecordPanel : public QWidget {
    Q_OBJECT
public:
    SharedRecordPanel(ClinicRecord& record, qint64 patientId, QWidget* parent = nullptr);

    std::optional<SharedSummary> summary() const { return m_summary; }
    bool isPulling() const;
    QTreeWidget* tree() const { return m_tree; }
    // Selects the first item of a section whose title contains text (tests, keyboard users).
    bool selectItem(const QString& section, const QString& titleContains);

public slots:
    // Starts the pull; false when one is running or it was refused at once (the message is shown, and
    // pullFinished(false) is emitted). The outcome arrives with pullFinished.
    bool pull();
    bool adoptSelected();

signals:
    // The pull ended: the summary is shown (true) or the reason is (false).
    void pullFinished(bool ok);
    // An item was adopted into the own record (the chart should re-read).
    void adopted(qint64 patientId);

private:
    void showSummary();
    void showMessage(const QString& message, bool isError);
    void updateButtons();
    void setPulling(bool pulling);
    const SharedSummaryItem* selectedItem() const;

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    std::optional<SharedSummary> m_summary;
    QLabel* m_status = nullptr;
    QCheckBox* m_emergency = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_pull = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_adopt = nullptr;
    QLabel* m_message = nullptr;
    SummaryPullRunner* m_runner = nullptr;
};

} // namespace tsumugi::ui
