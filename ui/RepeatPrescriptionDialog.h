#pragma once

#include "core/chart/Prescription.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Do処方: the previous visit's prescription shown as it would be copied, with every warning the check finds in red;
// the days can be changed here; saving copies all lines at once (and needs "prescribe anyway" when something warns).
// Other changes are made afterwards like on any prescription.
class RepeatPrescriptionDialog : public QDialog {
    Q_OBJECT
public:
    RepeatPrescriptionDialog(ClinicRecord& record, qint64 visitId, QWidget* parent = nullptr);

    int lineCount() const { return int(m_preview.size()); }
    QStringList shownWarnings() const { return m_warnings; }
    void accept() override;

private:
    void updateButton();

    ClinicRecord& m_record;
    qint64 m_visitId = 0;
    QList<CheckedPrescription> m_preview;
    QStringList m_warnings;
    QTableWidget* m_table = nullptr;
    QLabel* m_warningLabel = nullptr;
    QCheckBox* m_anyway = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QList<QSpinBox*> m_days;
};

} // namespace tsumugi::ui
