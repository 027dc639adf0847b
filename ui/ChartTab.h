#pragma once

#include <QWidget>

#include <functional>

class QTableWidget;

namespace tsumugi {
class ClinicRecord;
struct ChartSnapshot;
struct ChartVisit;
} // namespace tsumugi

namespace tsumugi::ui {

// What every tab of the chart window shares: the record it writes to, the chart as the window last read it,
// the visit selected in the timeline, whether this user may write, and the way back to the window.
class ChartTab : public QWidget {
    Q_OBJECT
public:
    ChartTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent);

    bool isReadOnly() const { return m_readOnly; }
    // The visit new items belong to (the one selected in the timeline; 0 when none).
    void setVisitId(qint64 visitId) { m_visitId = visitId; }
    // The window has read the chart again (one audited view): the tab shows its part of it.
    virtual void showChart() = 0;
    // The visit with this id in the chart as read, or nullptr.
    static const ChartVisit* findVisit(const ChartSnapshot& snapshot, qint64 visitId);

signals:
    // Something was saved: the window reads the chart again (and every tab shows it).
    void chartChanged();
    // A refusal or a failure, in the user's words, for the window's message line.
    void failed(const QString& message);
    // After an addition from elsewhere (a shortcut), the tab that shows it is brought to the front.
    void wantsToBeShown();

protected:
    // 「取消」 of the item selected in table: asks why (kept with the item), withdraws it, and has the chart re-read;
    // a refusal goes to the window's message line. Nothing when read-only, nothing selected, or cancelled.
    void withdrawSelected(const QTableWidget* table, const QString& title,
                          const std::function<void(qint64 id, const QString& reason)>& withdraw);

    ClinicRecord& m_record;
    const qint64 m_patientId;
    const ChartSnapshot& m_snapshot;
    const bool m_readOnly;
    qint64 m_visitId = 0;
};

} // namespace tsumugi::ui
