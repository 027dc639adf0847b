#include "ui/ChartTab.h"

#include "core/chart/Chart.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::ui {

ChartTab::ChartTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent)
    : QWidget(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_snapshot(snapshot)
    , m_readOnly(!record.can(Permission::WriteCharts)) {}

} // namespace tsumugi::ui
