#include "ui/LiveUpdates.h"

#include "core/Error.h"
#include "core/record/ChangeFeed.h"
#include "core/record/ClinicRecord.h"

#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace tsumugi::ui {

namespace {
constexpr int RetryMs = 2000;
// A feed quiet this long is asked whether the server is still there (a stalled network says nothing by itself).
constexpr int QuietCheckMs = 5000;
} // namespace

LiveUpdates::LiveUpdates(ClinicRecord& record, QObject* parent)
    : QObject(parent) {
    try {
        m_feed = record.listen();
    } catch (const Error&) {
        // The desk works on without hearing the others; its lists still read fresh when refreshed.
        m_feed.reset();
    }
    if (!m_feed) {
        return;
    }
    m_retry = new QTimer(this);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &LiveUpdates::tryAgain);
    m_quiet = new QTimer(this);
    m_quiet->setInterval(QuietCheckMs);
    connect(m_quiet, &QTimer::timeout, this, &LiveUpdates::checkQuietFeed);
    connect(&m_attempt, &QFutureWatcher<QList<RecordChange>>::finished, this, [this] {
        deliver(m_attempt.result());
        if (m_feed->connected()) {
            m_retry->stop();
            watchSocket();
            setHearing(true);
        } else {
            lost();
        }
    });
    watchSocket();
    m_hearing = true;
}

LiveUpdates::~LiveUpdates() {
    m_attempt.waitForFinished();
}

void LiveUpdates::watchSocket() {
    delete m_notifier;
    m_notifier = new QSocketNotifier(qintptr(m_feed->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveUpdates::readAvailable);
    m_quiet->start();
}

void LiveUpdates::readAvailable() {
    m_quiet->start();
    deliver(m_feed->take());
    if (!m_feed->connected()) {
        lost();
    }
}

void LiveUpdates::lost() {
    // Gone: stop watching a closed socket, say so, and ask again from a worker every few seconds.
    if (m_notifier) {
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    m_quiet->stop();
    setHearing(false);
    if (!m_retry->isActive()) {
        m_retry->start();
    }
}

void LiveUpdates::checkQuietFeed() {
    if (m_attempt.isRunning() || !m_notifier) {
        return;
    }
    // The worker has the feed to itself meanwhile: the socket is not watched until it is done.
    m_notifier->setEnabled(false);
    m_quiet->stop();
    ChangeFeed* feed = m_feed.get();
    m_attempt.setFuture(QtConcurrent::run([feed] {
        feed->checkAlive();
        return feed->take();
    }));
}

void LiveUpdates::tryAgain() {
    if (m_attempt.isRunning()) {
        return;
    }
    ChangeFeed* feed = m_feed.get();
    m_attempt.setFuture(QtConcurrent::run([feed] { return feed->take(); }));
}

void LiveUpdates::deliver(const QList<RecordChange>& changes) {
    for (const RecordChange& c : changes) {
        if (c.missed) {
            emit missed();
        } else if (!c.fromThisDesk) {
            emit changed(c);
        }
    }
}

void LiveUpdates::setHearing(bool hearing) {
    if (hearing != m_hearing) {
        m_hearing = hearing;
        emit hearingChanged(hearing);
    }
}

} // namespace tsumugi::ui
