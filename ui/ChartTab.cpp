#include "ui/ChartTab.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartTables.h"

namespace tsumugi::ui {

ChartTab::ChartTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent)
    : QWidget(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_snapshot(snapshot)
    , m_readOnly(!record.can(Permission::WriteCharts)) {}

const ChartVisit* ChartTab::findVisit(const ChartSnapshot& snapshot, qint64 visitId) {
    for (const ChartVisit& cv : snapshot.visits) {
        if (cv.visit.id == visitId) {
            return &cv;
        }
    }
    return nullptr;
}

void ChartTab::withdrawSelected(const QTableWidget* table, const QString& title,
                                const std::function<void(qint64 id, const QString& reason)>& withdraw) {
    const qint64 id = ChartTables::selectedRowId(table);
    QString reason;
    if (m_readOnly || id == 0 || !ChartTables::confirmReason(this, title, &reason)) {
        return;
    }
    try {
        withdraw(id, reason);
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    emit chartChanged();
}

} // namespace tsumugi::ui
