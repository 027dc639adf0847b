#pragma once

#include "core/record/ServerWait.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <functional>
#include <utility>

namespace tsumugi::ui {

// The desk's own thread for the calls that wait on the clinic server (ServerWait). A call runs there while the
// window's thread waits: an answer within PlainWaitMs (nearly all of them) is simply waited for, so nothing else runs
// in the middle of a save; a later one is waited for inside an event loop of its own, so the window goes on painting,
// its timers run, and after ShowAfterMs it says that it is saving (waitingShown). What the user types or clicks
// meanwhile is held until the answer is in, then delivered; what the window would read meanwhile waits too
// (afterWait).
class ServerCallThread : public QObject, public ServerWait {
    Q_OBJECT
public:
    static constexpr int PlainWaitMs = 40;
    static constexpr int ShowAfterMs = 150;

    explicit ServerCallThread(QObject* parent = nullptr);
    ~ServerCallThread() override;

    void await(const std::function<void()>& call, bool saving) override;
    // True while a call is out and the window waits for it.
    bool waiting() const { return m_depth > 0; }
    // Runs what once the window no longer waits (at once when it does not). A later wish with the same key replaces
    // one not yet run (a timer that fired three times during a wait refreshes once).
    void afterWait(const QString& key, std::function<void()> what);

signals:
    // The answer is late: the window says it is saving (or reading) until waitingEnded.
    void waitingShown(bool saving);
    void waitingEnded();

private:
    void runHeld();

    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread: what is posted to it runs there
    int m_depth = 0;
    QList<std::pair<QString, std::function<void()>>> m_held;
};

} // namespace tsumugi::ui
