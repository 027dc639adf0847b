#include "core/record/ChangeFeed.h"

#include "core/Error.h"
#include "core/db/OwnBackends.h"
#include "core/db/PostgresConnection.h"
#include "core/db/SchemaDdl.h"

#include <QStringList>
#include <QThread>
#include <algorithm>

namespace tsumugi {

namespace {
constexpr int FirstRetryMs = 1000;
constexpr int LongestRetryMs = 30000;

std::unique_ptr<PostgresConnection> listeningTo(const QString& location) {
    auto connection = std::make_unique<PostgresConnection>(location);
    connection->listen(SchemaDdl::ChangesChannel);
    return connection;
}
} // namespace

ChangeFeed::ChangeFeed(QString location, std::shared_ptr<const OwnBackends> own)
    : m_location(std::move(location))
    , m_own(std::move(own))
    , m_connection(listeningTo(m_location)) {}

ChangeFeed::~ChangeFeed() = default;

bool ChangeFeed::connected() const {
    return m_connection != nullptr;
}

int ChangeFeed::socket() const {
    return m_connection ? m_connection->socket() : -1;
}

RecordChange ChangeFeed::parse(const std::string& payload) {
    RecordChange change;
    const QStringList parts = QString::fromStdString(payload).split(QLatin1Char(' '));
    bool idOk = false;
    const qint64 id = parts.value(1).toLongLong(&idOk);
    if (parts.size() != 3 || parts[0].isEmpty() || !idOk) {
        return change;
    }
    change.table = parts[0];
    change.id = id;
    change.patientId = parts[2].toLongLong(); // empty (no patient): 0
    return change;
}

void ChangeFeed::reachAgain(QList<RecordChange>& out) {
    if (m_sinceAttempt.isValid() && m_sinceAttempt.elapsed() < m_retryMs) {
        return;
    }
    m_sinceAttempt.start();
    try {
        m_connection = listeningTo(m_location);
        m_retryMs = 0;
        RecordChange missed;
        missed.missed = true;
        out.append(missed);
    } catch (const Error&) {
        m_retryMs = std::min(LongestRetryMs, m_retryMs ? m_retryMs * 2 : FirstRetryMs);
    }
}

QList<RecordChange> ChangeFeed::take() {
    QList<RecordChange> out;
    if (!m_connection) {
        reachAgain(out);
        if (!m_connection) {
            return out;
        }
    }
    try {
        for (const PostgresConnection::Notification& n : m_connection->notifications()) {
            RecordChange change = parse(n.payload);
            if (change.table.isEmpty()) {
                continue;
            }
            change.fromThisDesk = m_own && m_own->contains(n.senderPid);
            out.append(change);
        }
    } catch (const Error&) {
        lost();
    }
    return out;
}

void ChangeFeed::checkAlive() {
    if (m_connection && !m_connection->stillAnswers()) {
        lost();
    }
}

void ChangeFeed::lost() {
    // Gone: the next take() tries to reach it again (soon, then less often).
    m_connection.reset();
    m_sinceAttempt.start();
    m_retryMs = FirstRetryMs;
}

QList<RecordChange> ChangeFeed::wait(int ms) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QList<RecordChange> changes = take();
        const qint64 left = ms - timer.elapsed();
        if (!changes.isEmpty() || left <= 0) {
            return changes;
        }
        if (m_connection) {
            m_connection->waitForInput(int(left));
        } else {
            QThread::msleep(ulong(std::min<qint64>(left, 200)));
        }
    }
}

} // namespace tsumugi
