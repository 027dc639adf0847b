#pragma once

#include <QCoreApplication>
#include <QString>

namespace tsumugi {

// An exclusive advisory lock (flock) on a lock file, held for the object's lifetime and shared by every process on
// this computer: two desks changing the key slots one after the other instead of undoing each other.
class FileLock {
    Q_DECLARE_TR_FUNCTIONS(FileLock)
public:
    // Waits up to waitMs for another holder, then throws Error(Storage) saying the file is busy.
    explicit FileLock(const QString& path, int waitMs = 10000);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // The locked file's descriptor (a log that is its own lock file reads and writes through it).
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
};

} // namespace tsumugi
