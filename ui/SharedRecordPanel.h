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

// The patient's shared record and emergency summary, read-only: pulled with the last eligibility check's consent
// (or, in emergency mode, with a reason that goes to the audit trail), grouped by section — shared items by
// resource type, visits, dispensing, medications, surgery, treatments, dialysis, health checks — and by source
// institution; withheld sections say so. A shared allergy, contraindication or diagnosis can be adopted into the
// own record in one action, keeping its source.
class SharedRecordPanel : public QWidget {
    Q_OBJECT
public:
    SharedRecordPanel(ClinicRecord& record, qint64 patientId, QWidget* parent = nullptr);

    std::optional<SharedSummary> summary() const { return m_summary; }
    QTreeWidget* tree() const { return m_tree; }
    // Selects the first item of a section whose title contains text (tests, keyboard users).
    bool selectItem(const QString& section, const QString& titleContains);

public slots:
    bool pull();
    bool adoptSelected();

signals:
    // An item was adopted into the own record (the chart should re-read).
    void adopted(qint64 patientId);

private:
    void showSummary();
    void showMessage(const QString& message, bool isError);
    void updateButtons();
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
};

} // namespace tsumugi::ui
