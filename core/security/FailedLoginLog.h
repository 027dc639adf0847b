#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace tsumugi {

class DbConnection;

// Failed logins of one record, beside it (RECORD.logins; on the clinic server its table tsumugi_failed_logins), kept
// until a successful login writes them into the
// encrypted audit trail. Every process on the computer appends here under the file's own lock, so the delay that
// grows with a user name's recent failures holds across desks and tsumugictl alike. Writing it is best effort: a
// full disk or a read-only folder loses a failure's note, never the refusal, and never touches the key file.
class FailedLoginLog {
    Q_DECLARE_TR_FUNCTIONS(FailedLoginLog)
public:
    struct Entry {
        QString user;
        QDateTime at;
    };
    // Failures within this window count towards a user name's delay.
    static constexpr int WindowSeconds = 15 * 60;
    // Tries without any delay; then 2, 4, 8 … seconds, at most MaxDelaySeconds.
    static constexpr int FreeTries = 4;
    static constexpr int MaxDelaySeconds = 60;
    // Entries kept while nobody logs in; older ones are dropped so the file stays small.
    static constexpr int MaxEntries = 500;

    static QString pathFor(const QString& recordPath);
    explicit FailedLoginLog(const QString& recordPath);
    // A record on the clinic server: every desk of the clinic counts the same failures.
    explicit FailedLoginLog(DbConnection& server);

    // Never throws: a failure to note it is not a reason to answer differently.
    void add(const QString& user, const QDateTime& at) const noexcept;
    QList<Entry> entries() const;
    // Seconds this user name must still wait before its next try may be checked (0: now).
    int secondsToWait(const QString& user, const QDateTime& now) const;
    // After a successful login: write() gets the entries (it audits them) and they are removed when it returns; if it
    // throws (a full disk), they stay for the next login. Nothing noted meanwhile is lost (the lock is held).
    void drain(const std::function<void(const QList<Entry>&)>& write) const;

private:
    static QList<Entry> parse(const QByteArray& bytes);
    QString m_path;
    DbConnection* m_server = nullptr;
};

} // namespace tsumugi
