#include "ui/SyncStatusIndicator.h"

#include "core/Error.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"

#include <QLocale>
#include <QMouseEvent>

namespace tsumugi::ui {

SyncStatusIndicator::SyncStatusIndicator(ClinicRecord& record, QWidget* parent)
    : QLabel(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("syncStatusIndicator"));
    setCursor(Qt::PointingHandCursor);
    refreshCounts();
}

void SyncStatusIndicator::setStatus(const sync::SyncStatus& status) {
    m_status = status;
    render();
}

void SyncStatusIndicator::refreshCounts() {
    try {
        const OutboxQueue::Counts counts = m_record.outbox().counts();
        m_status.queued = counts.queued();
        m_status.rejected = counts.rejected;
        m_status.failed = counts.failed;
        const QDateTime last = m_record.outbox().lastSuccess();
        if (last.isValid()) {
            m_status.lastSuccess = last;
        }
    } catch (const Error&) {
        // Keep the last known figures: the status bar must never take the window down.
    }
    render();
}

void SyncStatusIndicator::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        emit clicked();
    }
    QLabel::mousePressEvent(event);
}

void SyncStatusIndicator::render() {
    QString state;
    QString color;
    if (!m_status.configured && m_status.known) {
        state = tr("Sync not configured");
        color = QStringLiteral("#666666");
    } else if (m_status.otherDesk) {
        // One desk sends for the whole record; this one shows the same queue.
        state = tr("Sent by another desk");
        color = QStringLiteral("#666666");
    } else if (!m_status.known) {
        state = tr("Sync: not yet connected");
        color = QStringLiteral("#666666");
    } else if (m_status.online) {
        state = tr("Online");
        color = QStringLiteral("#1b7a2e");
    } else {
        state = tr("Offline");
        color = QStringLiteral("#b00020");
    }
    QStringList parts{state, tr("Queued: %1").arg(m_status.queued)};
    if (m_status.rejected > 0) {
        parts << tr("Rejected: %1").arg(m_status.rejected);
    }
    parts << (m_status.lastSuccess.isValid()
                  ? tr("Last sent: %1")
                        .arg(QLocale().toString(m_status.lastSuccess.toLocalTime(), QStringLiteral("yyyy/MM/dd HH:mm")))
                  : tr("Last sent: never"));
    setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                .arg(color, parts.join(QStringLiteral("  |  ")).toHtmlEscaped()));
    QString tip = tr("Sending to the national services. Click to open the Sync panel.");
    if (!m_status.lastError.isEmpty()) {
        tip += QStringLiteral("\n") + tr("Last error: %1").arg(m_status.lastError);
    }
    setToolTip(tip);
}

} // namespace tsumugi::ui
