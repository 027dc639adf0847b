// statement-sites: server only
#include "core/server/ServerBackup.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/security/KeyDerivation.h"
#include "core/security/KeySlotFile.h"
#include "core/security/ServerKeySlots.h"
#include "core/server/ServerCluster.h"
#include "core/util/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtEndian>
#include <functional>
#include <openssl/rand.h>
#include <unistd.h>

namespace tsumugi {

namespace {
const QByteArray Magic = "TSUMUGI-SERVER-BACKUP 1\n";
const QByteArray Purpose = "tsumugi server backup 1";
constexpr int ChunkSize = 1 << 20;
// Each chunk is sealed as the record's values are (ColumnSeal: AES-256-GCM, a fresh nonce), as a cell of its own:
// the header's digest for the column and the chunk's number and last-flag for the row, so a chunk moved, dropped,
// or taken from another backup does not open, and neither does a file cut before its last chunk.
struct Context {
    explicit Context(const SecureBytes& key, const QByteArray& header)
        : seal(key)
        , headerDigest(QString::fromLatin1(QCryptographicHash::hash(header, QCryptographicHash::Sha256).toHex())) {}
    ColumnSeal seal;
    QString headerDigest;
};

SealedCell cellOf(const Context& c, qint64 index, bool last) {
    return SealedCell(QStringLiteral("server-backup"), c.headerDigest, index * 2 + (last ? 1 : 0));
}

QByteArray sealChunk(const Context& c, qint64 index, bool last, const QByteArray& plain) {
    return c.seal.seal(cellOf(c, index, last), plain);
}

std::optional<QByteArray> openChunk(const Context& c, qint64 index, bool last, const QByteArray& sealed) {
    try {
        return c.seal.open(cellOf(c, index, last), sealed);
    } catch (const Error&) {
        return std::nullopt;
    }
}

QByteArray headerBytes(const ServerBackup::Header& h) {
    const QJsonObject o{{QStringLiteral("created"), h.created.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("clinic"), h.clinic},
                        {QStringLiteral("institution"), h.institution},
                        {QStringLiteral("schema"), h.schema},
                        {QStringLiteral("auditSeq"), QString::number(h.auditSeq)},
                        {QStringLiteral("auditHash"), QString::fromLatin1(h.auditHash.toHex())},
                        {QStringLiteral("keySlots"), QString::fromLatin1(h.keySlots.toBase64())},
                        {QStringLiteral("salt"), QString::fromLatin1(h.salt.toBase64())}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out = Magic;
    QByteArray length(4, '\0');
    qToBigEndian(quint32(json.size()), length.data());
    return out + length + json;
}

[[noreturn]] void notABackup(const QString& path) {
    throw Error(Error::Kind::Validation, ServerBackup::tr("%1 is no backup of a Tsumugi clinic server.").arg(path));
}

[[noreturn]] void damaged(const QString& path) {
    throw Error(Error::Kind::Tampered, ServerBackup::tr("The backup %1 is damaged, cut short or was altered: it does "
                                                        "not open as written. Use another generation.")
                                           .arg(path));
}

// Reads the header; the file is left positioned at the first chunk.
ServerBackup::Header readHeader(QFile& f, QByteArray* headerBytes) {
    const QByteArray magic = f.read(Magic.size());
    const QByteArray length = f.read(4);
    if (magic != Magic || length.size() != 4) {
        notABackup(f.fileName());
    }
    const quint32 n = qFromBigEndian<quint32>(length.constData());
    const QByteArray json = n < (1u << 24) ? f.read(n) : QByteArray();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (json.size() != qsizetype(n) || o.isEmpty()) {
        notABackup(f.fileName());
    }
    ServerBackup::Header h;
    h.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    h.clinic = o.value(QStringLiteral("clinic")).toString();
    h.institution = o.value(QStringLiteral("institution")).toString();
    h.schema = o.value(QStringLiteral("schema")).toInt();
    h.auditSeq = o.value(QStringLiteral("auditSeq")).toString().toLongLong();
    h.auditHash = QByteArray::fromHex(o.value(QStringLiteral("auditHash")).toString().toLatin1());
    h.keySlots = QByteArray::fromBase64(o.value(QStringLiteral("keySlots")).toString().toLatin1());
    h.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    *headerBytes = magic + length + json;
    return h;
}

// Every chunk opened in order and handed to sink; the last must say it is the last, and nothing may follow it.
void decrypt(const QString& path, const SecureBytes& key, const std::function<void(const QByteArray&)>& sink) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, ServerBackup::tr("The backup %1 cannot be read.").arg(path));
    }
    QByteArray header;
    readHeader(f, &header);
    const Context c(key, header);
    for (qint64 index = 0;; ++index) {
        const QByteArray prefix = f.read(5);
        if (prefix.size() != 5) {
            damaged(path);
        }
        const bool last = prefix.at(0) == 1;
        const quint32 length = qFromBigEndian<quint32>(prefix.constData() + 1);
        if (length > quint32(ChunkSize)) {
            damaged(path);
        }
        const std::optional<QByteArray> plain =
            openChunk(c, index, last, f.read(qint64(length) + ColumnSeal::Overhead));
        if (!plain) {
            damaged(path);
        }
        sink(*plain);
        if (last) {
            if (!f.atEnd()) {
                damaged(path);
            }
            return;
        }
    }
}

SecureBytes keyOf(const ServerBackup::Header& h, const QString& path, const QString& user, const QString& password) {
    const KeySlotFile keys = KeySlotFile::fromBytes(h.keySlots, path);
    const KeySlot* slot = keys.find(user);
    const std::optional<SecureBytes> recordKey = slot ? slot->open(password) : std::nullopt;
    if (!recordKey) {
        throw Error(Error::Kind::WrongPassword,
                    ServerBackup::tr("The user name or password does not open this backup: it takes a password a user "
                                     "had on %1, when it was made.")
                        .arg(h.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return ColumnSeal::hkdf(*recordKey, h.salt, Purpose, KeyDerivation::KeyLength);
}

// Feeds the decrypted archive to a PostgreSQL program reading it from its standard input.
void feed(const QString& path, const SecureBytes& key, const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(ServerCluster::tool(program), args);
    if (!p.waitForStarted(10000)) {
        throw Error(Error::Kind::FileMissing,
                    ServerBackup::tr("%1 cannot be started: install postgresql-15.").arg(ServerCluster::tool(program)));
    }
    try {
        // A program that stopped reading early says why by its exit code; the rest is still opened (authenticated).
        decrypt(path, key, [&](const QByteArray& plain) {
            if (p.state() != QProcess::Running) {
                return;
            }
            p.write(plain);
            while (p.bytesToWrite() > 0 && p.state() == QProcess::Running) {
                p.waitForBytesWritten(1000);
            }
        });
    } catch (...) {
        p.kill();
        p.waitForFinished();
        throw;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(3600 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        throw Error(Error::Kind::Storage, ServerBackup::tr("%1 did not accept the backup (exit %2): %3")
                                              .arg(program, QString::number(p.exitCode()),
                                                   QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    }
}

// pg_restore writes the whole archive as SQL to nowhere: every part of it read and uncompressed.
void verifyWith(const QString& path, const SecureBytes& key) {
    feed(path, key, QStringLiteral("pg_restore"), {QStringLiteral("-f"), QStringLiteral("/dev/null")});
}
} // namespace

QStringList ServerBackup::list(const QString& folder) {
    QStringList out;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("tsumugi-server-*") + QLatin1String(Suffix)},
                                                      QDir::Files, QDir::Name)) {
        out << QDir(folder).filePath(name);
    }
    return out;
}

ServerBackup::Header ServerBackup::header(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, tr("The backup %1 cannot be read.").arg(path));
    }
    QByteArray bytes;
    return readHeader(f, &bytes);
}

ServerBackup::Written ServerBackup::create(const QString& dumpFrom, ClinicRecord& record, const QString& folder,
                                           int keep) {
    if (record.currentUser().role != Role::Admin) {
        throw Error(Error::Kind::PermissionDenied, tr("Only an administrator backs up the record."));
    }
    if (keep < 1) {
        throw Error(Error::Kind::Validation, tr("Keep at least one backup."));
    }
    if (!QDir().mkpath(folder)) {
        throw Error(Error::Kind::Storage, tr("The backup folder %1 cannot be made.").arg(folder));
    }
    QElapsedTimer timer;
    timer.start();
    Header h;
    h.created = QDateTime::currentDateTimeUtc();
    h.clinic = record.clinic().name;
    h.institution = record.clinic().institutionNumber;
    h.schema = Schema::model().version();
    const AuditTrail::Head head = record.audit().head();
    h.auditSeq = head.seq;
    h.auditHash = head.hash;
    h.salt = QByteArray(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(h.salt.data()), int(h.salt.size()));
    auto [wrappedSlots, key] = record.keySlotsAndDerivedKey(Purpose, h.salt);
    h.keySlots = wrappedSlots;
    const QByteArray head_ = headerBytes(h);
    const Context c(key, head_);

    const QString name = QStringLiteral("tsumugi-server-%1%2")
                             .arg(h.created.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), QLatin1String(Suffix));
    const QString path = QDir(folder).filePath(name);
    const QString partial = path + QStringLiteral(".partial");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        throw Error(Error::Kind::Storage, tr("The backup %1 cannot be written: %2").arg(partial, out.errorString()));
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto write = [&](const QByteArray& bytes) {
        if (out.write(bytes) != bytes.size()) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(partial);
            throw Error(Error::Kind::DiskFull, tr("The backup could not be written to %1 (%2); no backup was kept "
                                                  "from this run, the older ones are untouched.")
                                                   .arg(folder, why));
        }
    };
    write(head_);
    qint64 index = 0;
    const auto chunk = [&](const QByteArray& plain, bool last) {
        QByteArray prefix(5, '\0');
        prefix[0] = char(last ? 1 : 0);
        qToBigEndian(quint32(plain.size()), prefix.data() + 1);
        write(prefix + sealChunk(c, index++, last, plain));
    };

    // One snapshot of the whole database (pg_dump's own transaction): the desks keep working meanwhile.
    QProcess dump;
    dump.setProcessChannelMode(QProcess::SeparateChannels);
    dump.start(ServerCluster::tool(QStringLiteral("pg_dump")),
               {QStringLiteral("--format=custom"), QStringLiteral("--compress=6"), QStringLiteral("--no-owner"),
                QStringLiteral("--no-privileges"), QStringLiteral("--lock-wait-timeout=60000"), QStringLiteral("-d"),
                dumpFrom});
    if (!dump.waitForStarted(10000)) {
        out.close();
        QFile::remove(partial);
        throw Error(Error::Kind::FileMissing, tr("pg_dump cannot be started: install postgresql-15."));
    }
    QByteArray buffer;
    const auto drain = [&] {
        buffer += dump.readAllStandardOutput();
        while (buffer.size() > ChunkSize) {
            chunk(buffer.left(ChunkSize), false);
            buffer.remove(0, ChunkSize);
        }
    };
    try {
        while (dump.state() != QProcess::NotRunning) {
            dump.waitForReadyRead(1000);
            drain();
        }
        dump.waitForFinished();
        drain();
        if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
            throw Error(Error::Kind::Storage,
                        tr("pg_dump failed: %1").arg(QString::fromLocal8Bit(dump.readAllStandardError()).trimmed()));
        }
        chunk(buffer, true);
        if (!out.flush() || fsync(out.handle()) != 0) {
            throw Error(Error::Kind::DiskFull, tr("The backup could not be written to %1.").arg(folder));
        }
        out.close();
        verifyWith(partial, key);
    } catch (...) {
        dump.kill();
        dump.waitForFinished();
        out.close();
        QFile::remove(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(Error::Kind::Storage, tr("The backup could not be put in place as %1.").arg(path));
    }
    AtomicFile::syncFolder(folder);
    // A copy of the whole record left the server: who and where is in the trail (after the header's head).
    record.audit().append(AuditTrail::Action::Export, QStringLiteral("server-backup"), name);

    Written w;
    w.path = path;
    w.bytes = QFileInfo(path).size();
    QStringList all = list(folder);
    while (all.size() > keep) {
        const QString oldest = all.takeFirst();
        if (QFile::remove(oldest)) {
            w.removed << oldest;
        }
    }
    w.milliseconds = timer.elapsed();
    return w;
}

void ServerBackup::verify(const QString& path, const QString& user, const QString& password) {
    const Header h = header(path);
    verifyWith(path, keyOf(h, path, user, password));
}

void ServerBackup::restore(const QString& path, const QString& user, const QString& password, const ServerCluster& into,
                           const Clock& clock) {
    const Header h = header(path);
    const SecureBytes key = keyOf(h, path, user, password);
    {
        PostgresConnection target(into.ownerLocation());
        if (target.schemaVersion() != 0 || ServerKeySlots(target).exists()) {
            throw Error(Error::Kind::FileExists,
                        tr("The server in %1 holds a record already: a backup is restored only into a new server "
                           "(tsumugictl server restore makes one), never over a record.")
                            .arg(into.folder()));
        }
    }
    // All or nothing: one transaction, stopped at the first error.
    feed(path, key, QStringLiteral("pg_restore"),
         {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), QStringLiteral("--single-transaction"),
          QStringLiteral("--exit-on-error"), QStringLiteral("-d"), into.ownerConninfo()});
    into.grantDeskRole();
    // The restored trail ends where the backup said it did (before anyone signs in and adds to it)...
    {
        PostgresConnection restored(into.ownerLocation());
        Statement last(restored, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
        if (!last.step() || last.int64(0) != h.auditSeq || last.blob(1) != h.auditHash) {
            throw Error(Error::Kind::Tampered, tr("The restored audit trail does not end where the backup said it "
                                                  "did: the backup is not whole."));
        }
    }
    // ...and holds together.
    auto record = ClinicRecord::open(into.ownerLocation(), user, password, clock);
    const AuditTrail::Verification chain = record->audit().verify();
    if (!chain.ok) {
        throw Error(Error::Kind::Tampered, tr("The restored audit trail is broken: %1").arg(chain.reason));
    }
}

} // namespace tsumugi
