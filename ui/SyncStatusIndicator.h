#pragma once

#include "sync/outbox/SyncStatus.h"

#include <QLabel>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// The status bar's word on sending to the national services: online/offline, how many items wait, when the
// last send succeeded; the tooltip carries the last network problem. The counts are read from the local
// record (never the network), so they are right even before the worker's first round. Clicking opens the panel.
class SyncStatusIndicator : public QLabel {
    Q_OBJECT
public:
    explicit SyncStatusIndicator(ClinicRecord& record, QWidget* parent = nullptr);

    const sync::SyncStatus& status() const { return m_status; }

public slots:
    // The worker's report (queued to this thread).
    void setStatus(const tsumugi::sync::SyncStatus& status);
    // Re-reads the local counts (after a save, on a timer).
    void refreshCounts();

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void render();

    ClinicRecord& m_record;
    sync::SyncStatus m_status;
};

} // namespace tsumugi::ui
