#pragma once

#include "core/record/RecordChange.h"

#include <QElapsedTimer>
#include <QList>
#include <memory>
#include <string>

namespace tsumugi {

class OwnBackends;
class PostgresConnection;

// What the other desks change, heard at once: a connection of its own to the clinic server that listens for the
// announcements the schema makes after every committed change (SchemaDdl::ChangesChannel). No polling of tables;
// the desk watches socket() (a QSocketNotifier) or a script calls wait().
// When the server goes away the feed says so (connected() false) and tries again at most every few seconds
// (backoff up to 30 s) whenever it is asked; the first time it is back it hands one `missed` change, since what was
// announced meanwhile is lost. Reaching the server again may take up to the connect timeout (5 s): a desk asks off
// its UI thread.
class ChangeFeed {
public:
    // location: the server's address (with its password); own: the backends of the desk's own connection, past and
    // present (nullptr: every change is another desk's).
    ChangeFeed(QString location, std::shared_ptr<const OwnBackends> own);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    bool connected() const;
    // The socket to watch while connected; -1 while the server is away.
    int socket() const;
    // What has arrived, without waiting for more.
    QList<RecordChange> take();
    // Waits up to ms for changes; returns as soon as any arrived (empty when none did).
    QList<RecordChange> wait(int ms);
    // A quiet feed may be a stalled network that never says so: asks the server something small (given up within
    // seconds, see PostgresConnection::execWatched). When it does not answer, the feed is not connected any more
    // and take() tries to reach it again, handing a missed change when it does. May take seconds: off the UI thread.
    void checkAlive();
    // "TABLE ID PATIENT" as the schema announces it; an unreadable message gives an empty table.
    static RecordChange parse(const std::string& payload);

private:
    void reachAgain(QList<RecordChange>& out);
    void lost();

    QString m_location;
    std::shared_ptr<const OwnBackends> m_own;
    std::unique_ptr<PostgresConnection> m_connection;
    QElapsedTimer m_sinceAttempt;
    int m_retryMs = 0;
};

} // namespace tsumugi
