#pragma once

#include "core/chart/Diagnosis.h"
#include "ui/ChartTab.h"

#include <QList>

class QPushButton;
class QTableWidget;

namespace tsumugi::ui {

// The chart's 傷病名 tab: every diagnosis (withdrawn ones greyed, ended ones muted, 主病名 bold), added from the
// disease master or as free text, edited (outcome, end date, flags) and withdrawn with a reason.
class DiagnosisTab : public ChartTab {
    Q_OBJECT
public:
    DiagnosisTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent);

    void showChart() override;
    // All of the patient's diagnoses as shown, withdrawn ones included.
    const QList<Diagnosis>& diagnoses() const { return m_all; }

public slots:
    void addDiagnosis();
    void editDiagnosis();
    void withdrawDiagnosis();

private:
    QList<Diagnosis> m_all;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace tsumugi::ui
