#include "core/util/FileLock.h"

#include "core/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace tsumugi {

FileLock::FileLock(const QString& path, int waitMs) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        throw Error(
            Error::Kind::Storage,
            tr("The lock file %1 cannot be opened (%2).").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    QElapsedTimer waited;
    waited.start();
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || waited.elapsed() >= waitMs) {
            ::close(m_fd);
            m_fd = -1;
            throw Error(
                Error::Kind::Storage,
                tr("Another program has been changing %1 for too long; nothing was changed. Try again.").arg(path));
        }
        QThread::msleep(20);
    }
}

FileLock::~FileLock() {
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

} // namespace tsumugi
