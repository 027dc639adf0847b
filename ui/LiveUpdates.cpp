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
}

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
    connect(&m_attempt, &QFutureWatcher<QList<RecordChange>>::finished, this, [this] {
        deliver(m_attempt.result());
        if (m_feed->connected()) {
            m_retry->stop();
            watchSocket();
            setHearing(true);
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
}

void LiveUpdates::readAvailable() {
    deliver(m_feed->take());
    if (!m_feed->connected()) {
        // Gone: stop watching a closed socket, say so, and ask again from a worker every few seconds.
        m_notifier->deleteLater();
        m_notifier = nullptr;
        setHearing(false);
        m_retry->start();
    }
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
