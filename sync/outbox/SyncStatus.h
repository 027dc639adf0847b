#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace tsumugi::sync {

// What the status bar shows about sending to the national services.
struct SyncStatus {
    bool configured = false; // a server is set
    bool known = false;      // at least one attempt was made since start
    bool online = false;     // the last attempt got an HTTP answer
    bool otherDesk = false;  // another desk of the clinic server is the one sending (one sender per record)
    int queued = 0;          // pending + sending + failed-retrying
    int rejected = 0;        // waiting for a correction
    int failed = 0;
    QDateTime lastSuccess;
    QString lastError; // the last network problem (empty when online)
};

} // namespace tsumugi::sync

Q_DECLARE_METATYPE(tsumugi::sync::SyncStatus)
