#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tsumugi {

// Replaces a small file so that a crash, a kill or a full disk leaves either the old content or the new one, never
// an empty or half-written file: a temporary file beside it is written and flushed to the disk, renamed over the
// target, and the folder is flushed so the rename itself survives a power cut.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    // Owner-only (0600) like the record. On failure the target is untouched, the temporary removed, and
    // Error(DiskFull) or Error(Storage) says which file and why.
    static void write(const QString& path, const QByteArray& bytes);
    // Flushes a folder's entries (after a rename or a new file in it).
    static void syncFolder(const QString& folder);
};

} // namespace tsumugi
