#pragma once

#include "core/record/RecordChange.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace tsumugi {
class ChangeFeed;
class ClinicRecord;
} // namespace tsumugi

namespace tsumugi::ui {

// What the other desks of a clinic server change, delivered to this desk's windows as it is committed: the feed's
// socket is watched (no polling); a feed quiet for 5 s is asked off the UI thread whether the server is still there
// (a stalled network says nothing by itself); while the server is away the feed is asked again every few seconds
// off the UI thread (reaching a server that does not answer may take seconds). Nothing happens for a record in a file.
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    explicit LiveUpdates(ClinicRecord& record, QObject* parent = nullptr);
    ~LiveUpdates() override;

    // False for a record in a file (one desk) and when the server could not be reached at sign-in.
    bool active() const { return m_feed != nullptr; }
    bool hearing() const { return m_hearing; }

signals:
    // Another desk committed this change.
    void changed(const tsumugi::RecordChange& change);
    // Changes may have been missed (the server was away): read again what is shown.
    void missed();
    // The server could not be heard (false) or can be again (true).
    void hearingChanged(bool hearing);

private:
    void readAvailable();
    void deliver(const QList<RecordChange>& changes);
    void setHearing(bool hearing);
    void watchSocket();
    void tryAgain();
    void lost();
    // Nothing heard for a while: asks (off the UI thread) whether the server is still there.
    void checkQuietFeed();

    std::unique_ptr<ChangeFeed> m_feed;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_quiet = nullptr;
    QFutureWatcher<QList<RecordChange>> m_attempt;
    bool m_hearing = false;
};

} // namespace tsumugi::ui
