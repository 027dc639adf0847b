#include "ui/ServerCallThread.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>

namespace tsumugi::ui {

ServerCallThread::ServerCallThread(QObject* parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("tsumugi-server-calls"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ServerCallThread::~ServerCallThread() {
    m_thread.quit();
    m_thread.wait();
}

void ServerCallThread::await(const std::function<void()>& call, bool saving) {
    if (QThread::currentThread() != thread()) {
        call(); // another thread of the desk's waits as it likes; only the window's own is kept alive
        return;
    }
    struct Call {
        std::mutex mutex;
        std::condition_variable answered;
        bool done = false;
        std::exception_ptr error;
        QEventLoop* loop = nullptr; // read and written on the window's thread only
    };
    auto out = std::make_shared<Call>();
    QElapsedTimer waited;
    waited.start();
    const std::function<void()>* work = &call; // the caller's: it waits until the call is done
    QMetaObject::invokeMethod(
        m_worker,
        [this, out, work] {
            try {
                (*work)();
            } catch (...) {
                out->error = std::current_exception();
            }
            {
                const std::lock_guard lock(out->mutex);
                out->done = true;
            }
            out->answered.notify_one();
            // A window waiting in its own loop is woken there (on its thread, so out->loop is read there only).
            QMetaObject::invokeMethod(
                this,
                [out] {
                    if (out->loop) {
                        out->loop->quit();
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    bool done = false;
    {
        std::unique_lock lock(out->mutex);
        done = out->answered.wait_for(lock, std::chrono::milliseconds(PlainWaitMs), [&] { return out->done; });
    }
    if (!done) {
        QEventLoop loop;
        out->loop = &loop; // an answer that came meanwhile has its quit queued behind this: it ends exec() at once
        ++m_depth;
        bool shown = false;
        QTimer show;
        show.setSingleShot(true);
        connect(&show, &QTimer::timeout, this, [this, &shown, saving] {
            shown = true;
            emit waitingShown(saving);
        });
        show.start(std::max(0, ShowAfterMs - int(waited.elapsed())));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        out->loop = nullptr;
        --m_depth;
        if (shown) {
            emit waitingEnded();
        }
        if (m_depth == 0 && !m_held.isEmpty()) {
            QTimer::singleShot(0, this, &ServerCallThread::runHeld);
        }
    }
    if (out->error) {
        std::rethrow_exception(out->error);
    }
}

void ServerCallThread::afterWait(const QString& key, std::function<void()> what) {
    if (!waiting()) {
        what();
        return;
    }
    for (auto& held : m_held) {
        if (!key.isEmpty() && held.first == key) {
            held.second = std::move(what);
            return;
        }
    }
    m_held.append({key, std::move(what)});
}

void ServerCallThread::runHeld() {
    // Each in turn, as long as no new wait began (one of them may start one: the rest wait for that).
    while (!m_held.isEmpty() && !waiting()) {
        const std::function<void()> what = m_held.takeFirst().second;
        what();
    }
}

} // namespace tsumugi::ui
