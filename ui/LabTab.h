#pragma once

#include "ui/ChartTab.h"

#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tsumugi::ui {

class LabTrendChart;

// The chart's 検査 tab: one row per lab item (latest value, flag, whether the sharing service takes it), the
// selected item's series as a trend chart and a table, the lab company's CSV and results typed by hand.
class LabTab : public ChartTab {
    Q_OBJECT
public:
    LabTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent);

    void showChart() override;
    void selectLabItem(const QString& itemKey);
    // Reads a lab company's file; false (and the core's per-line message shown) when refused.
    bool importLabCsvFile(const QString& path);

public slots:
    void importLabCsv();
    void addLabResult();
    // Adds the local item code and the ordering doctor to the selected item's results kept back for want of them.
    void completeForSharing();

private:
    void showLabSeries();
    void showMessage(const QString& text, bool failure);

    QString m_labItemKey;
    QTableWidget* m_items = nullptr;
    QTableWidget* m_results = nullptr;
    LabTrendChart* m_trend = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_complete = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace tsumugi::ui
