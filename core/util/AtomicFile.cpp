#include "core/util/AtomicFile.h"

#include "core/Error.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tsumugi {

namespace {
bool isFullDisk(int error) {
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
}
} // namespace

void AtomicFile::syncFolder(const QString& folder) {
    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void AtomicFile::write(const QString& path, const QByteArray& bytes) {
    const QByteArray target = QFile::encodeName(path);
    QByteArray temp = target + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    const auto fail = [&](int error) {
        const QString reason = QString::fromLocal8Bit(std::strerror(error));
        if (isFullDisk(error)) {
            throw Error(Error::Kind::DiskFull,
                        tr("%1 could not be saved because the disk is full (%2). The previous version is unchanged; "
                           "free some space and try again.")
                            .arg(path, reason));
        }
        throw Error(Error::Kind::Storage,
                    tr("%1 could not be saved (%2). The previous version is unchanged.").arg(path, reason));
    };
    if (fd < 0) {
        fail(errno);
    }
    int error = 0;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        error = errno;
    }
    qsizetype written = 0;
    while (error == 0 && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            error = n < 0 ? errno : ENOSPC;
            break;
        }
        written += n;
    }
    if (error == 0 && ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && error == 0) {
        error = errno;
    }
    if (error == 0 && ::rename(temp.constData(), target.constData()) != 0) {
        error = errno;
    }
    if (error != 0) {
        ::unlink(temp.constData());
        fail(error);
    }
    syncFolder(QFileInfo(path).absolutePath());
}

} // namespace tsumugi
