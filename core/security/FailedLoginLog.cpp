#include "core/security/FailedLoginLog.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/util/FileLock.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QUrl>
#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace tsumugi {

namespace {
// Longer names are refused before a password is tried, so a line stays small whatever is typed.
constexpr int MaxLoggedNameLength = 64;

QByteArray readAll(int fd) {
    QByteArray out;
    char buf[8192];
    ::lseek(fd, 0, SEEK_SET);
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) {
            break;
        }
        out.append(buf, n);
    }
    return out;
}

bool writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

QByteArray lineOf(const FailedLoginLog::Entry& e) {
    return Timestamp::toStorage(e.at).toUtf8() + '\t' + QUrl::toPercentEncoding(e.user.left(MaxLoggedNameLength)) +
           '\n';
}
} // namespace

QString FailedLoginLog::pathFor(const QString& recordPath) {
    return recordPath + QStringLiteral(".logins");
}

FailedLoginLog::FailedLoginLog(const QString& recordPath)
    : m_path(pathFor(recordPath)) {}

FailedLoginLog::FailedLoginLog(DbConnection& server)
    : m_server(&server) {}

QList<FailedLoginLog::Entry> FailedLoginLog::parse(const QByteArray& bytes) {
    QList<Entry> out;
    for (const QByteArray& line : bytes.split('\n')) {
        const int tab = line.indexOf('\t');
        if (tab <= 0) {
            continue; // an empty or half-written line (a write cut by a full disk)
        }
        const QDateTime at = Timestamp::fromStorage(QString::fromUtf8(line.left(tab)));
        if (!at.isValid()) {
            continue;
        }
        out.append({QUrl::fromPercentEncoding(line.mid(tab + 1)), at});
    }
    return out;
}

void FailedLoginLog::add(const QString& user, const QDateTime& at) const noexcept {
    try {
        if (m_server) {
            // Its own short transaction, never the record's write lock: a failed login waits for no desk's save.
            // statement-sites: server only
            Statement ins(*m_server, "INSERT INTO tsumugi_failed_logins (user_name, failed_at) VALUES (?, ?);");
            ins.bind(1, user.left(MaxLoggedNameLength)).bind(2, Timestamp::toStorage(at)).run();
            // statement-sites: server only
            Statement trim(*m_server, "DELETE FROM tsumugi_failed_logins WHERE id <= (SELECT max(id) FROM "
                                      "tsumugi_failed_logins) - ?;");
            trim.bind(1, MaxEntries).run();
            return;
        }
        const FileLock lock(m_path, 2000);
        ::fchmod(lock.fd(), S_IRUSR | S_IWUSR);
        QList<Entry> kept = parse(readAll(lock.fd()));
        if (kept.size() < MaxEntries) {
            ::lseek(lock.fd(), 0, SEEK_END);
            writeAll(lock.fd(), lineOf({user, at}));
        } else {
            kept.append({user, at});
            QByteArray bytes;
            for (qsizetype i = kept.size() - MaxEntries; i < kept.size(); ++i) {
                bytes += lineOf(kept[i]);
            }
            // Shorter than before, so it fits where the old content was even on a full disk.
            ::lseek(lock.fd(), 0, SEEK_SET);
            if (writeAll(lock.fd(), bytes) && ::ftruncate(lock.fd(), off_t(bytes.size())) != 0) {
                return; // the longer old content stays readable; nothing else to do
            }
        }
        ::fsync(lock.fd());
    } catch (...) {
        // Best effort, as the class says.
    }
}

QList<FailedLoginLog::Entry> FailedLoginLog::entries() const {
    if (m_server) {
        QList<Entry> out;
        // statement-sites: server only
        Statement st(*m_server, "SELECT user_name, failed_at FROM tsumugi_failed_logins ORDER BY id;");
        while (st.step()) {
            out.append({st.text(0), Timestamp::fromStorage(st.text(1))});
        }
        return out;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return parse(f.read(1 << 20));
}

int FailedLoginLog::secondsToWait(const QString& user, const QDateTime& now) const {
    int recent = 0;
    QDateTime last;
    for (const Entry& e : entries()) {
        if (e.user == user.left(MaxLoggedNameLength) && e.at.secsTo(now) < WindowSeconds && e.at <= now.addSecs(60)) {
            ++recent;
            last = std::max(last, e.at);
        }
    }
    if (recent <= FreeTries) {
        return 0;
    }
    const int delay = std::min(MaxDelaySeconds, 1 << std::min(recent - FreeTries, 10));
    return std::max<qint64>(0, delay - last.secsTo(now));
}

void FailedLoginLog::drain(const std::function<void(const QList<Entry>&)>& write) const {
    if (m_server) {
        // Audited and removed in one transaction: each failure becomes exactly one audit row.
        // Only those read here: a failure another desk notes meanwhile waits for the next login.
        Transaction tx(*m_server);
        QList<Entry> pending;
        qint64 last = 0;
        // statement-sites: server only
        Statement st(*m_server, "SELECT id, user_name, failed_at FROM tsumugi_failed_logins ORDER BY id;");
        while (st.step()) {
            last = st.int64(0);
            pending.append({st.text(1), Timestamp::fromStorage(st.text(2))});
        }
        if (!pending.isEmpty()) {
            write(pending);
            // statement-sites: server only
            Statement clear(*m_server, "DELETE FROM tsumugi_failed_logins WHERE id <= ?;");
            clear.bind(1, last).run();
        }
        tx.commit();
        return;
    }
    if (!QFile::exists(m_path)) {
        return;
    }
    const FileLock lock(m_path, 2000);
    const QList<Entry> pending = parse(readAll(lock.fd()));
    if (!pending.isEmpty()) {
        write(pending);
    }
    // Truncating needs no free space; if it fails anyway the entries are audited again next time, never lost.
    if (::ftruncate(lock.fd(), 0) != 0) {
        return;
    }
}

} // namespace tsumugi
