#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tsumugi {

class ClinicRecord;
class Clock;
class ServerCluster;

// A backup of the clinic server's record: pg_dump's custom format, taken from one snapshot while the desks keep
// working, encrypted as it streams (AES-256-GCM in 1 MiB chunks, each bound to the header, its number and whether
// it is the last, so that a cut, reordered or altered file does not open), under a key derived from the record key.
// The header carries the key slots of that day (password-wrapped), so a user's password of that day opens the
// backup on a new server, and the audit trail's head (its last row), so that a trail cut at its tail is noticed.
// One file per backup, written under a temporary name, verified (every chunk opened, pg_restore reads the whole
// archive) and then renamed; the newest `keep` are kept in the folder (a USB disk, a NAS).
class ServerBackup {
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)
public:
    struct Header {
        QDateTime created;
        QString clinic;
        QString institution;
        int schema = 0;
        qint64 auditSeq = 0;
        QByteArray auditHash;
        QByteArray keySlots; // KeySlotFile bytes
        QByteArray salt;
    };
    struct Written {
        QString path;
        qint64 bytes = 0;
        qint64 milliseconds = 0;
        QStringList removed; // older generations beyond keep
    };

    static constexpr int DefaultKeep = 5;
    static constexpr const char* Suffix = ".tsumugi-server-backup";

    // record: signed in on the server as an administrator; dumpFrom: how pg_dump reaches the same database as its
    // owner (ServerCluster::ownerConninfo, or a libpq URL).
    static Written create(const QString& dumpFrom, ClinicRecord& record, const QString& folder, int keep = DefaultKeep);
    // The header, read without a password (Error(Validation) when the file is no backup of ours).
    static Header header(const QString& path);
    // Opens every chunk with the user's password of that day and has pg_restore read the archive: Error when
    // anything does not hold.
    static void verify(const QString& path, const QString& user, const QString& password);
    // Restores into the server's database, which must hold no record (a new server: ServerCluster::init without
    // a record); the live record is never overwritten.
    // The restored record's audit trail must end where the backup's header says and verify.
    static void restore(const QString& path, const QString& user, const QString& password, const ServerCluster& into,
                        const Clock& clock);
    // The backups in folder, oldest first.
    static QStringList list(const QString& folder);
};

} // namespace tsumugi
