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
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <unistd.h>

namespace tsumugi {

namespace {
const QByteArray Magic = "TSUMUGI-SERVER-BACKUP 1\n";
const QByteArray Purpose = "tsumugi server backup 1";
constexpr int ChunkSize = 1 << 20;
constexpr int TagSize = 16;

struct Context {
    SecureBytes key;
    QByteArray headerDigest;
};

QByteArray nonceOf(qint64 index) {
    QByteArray nonce(12, '\0');
    qToBigEndian(quint64(index), nonce.data() + 4);
    return nonce;
}

QByteArray aadOf(const Context& c, qint64 index, bool last) {
    QByteArray aad = c.headerDigest;
    aad += nonceOf(index);
    aad += char(last ? 1 : 0);
    return aad;
}

QByteArray sealChunk(const Context& c, qint64 index, bool last, const QByteArray& plain) {
    const QByteArray nonce = nonceOf(index);
    const QByteArray aad = aadOf(c, index, last);
    QByteArray out(plain.size() + TagSize, '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0;
    int m = 0;
    const bool ok =
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, c.key.data(),
                           reinterpret_cast<const unsigned char*>(nonce.constData())) == 1 &&
        EVP_EncryptUpdate(ctx, nullptr, &n, reinterpret_cast<const unsigned char*>(aad.constData()), int(aad.size())) ==
            1 &&
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n,
                          reinterpret_cast<const unsigned char*>(plain.constData()), int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &m) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, TagSize, out.data() + plain.size()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        throw Error(Error::Kind::Storage, ServerBackup::tr("The backup could not be encrypted."));
    }
    return out;
}

std::optional<QByteArray> openChunk(const Context& c, qint64 index, bool last, const QByteArray& sealed) {
    if (sealed.size() < TagSize) {
        return std::nullopt;
    }
    const QByteArray nonce = nonceOf(index);
    const QByteArray aad = aadOf(c, index, last);
    const int length = int(sealed.size()) - TagSize;
    QByteArray out(length, '\0');
    QByteArray tag = sealed.right(TagSize);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int n = 0;
    const bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, c.key.data(),
                                       reinterpret_cast<const unsigned char*>(nonce.constData())) == 1 &&
                    EVP_DecryptUpdate(ctx, nullptr, &n, reinterpret_cast<const unsigned char*>(aad.constData()),
                                      int(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n,
                                      reinterpret_cast<const unsigned char*>(sealed.constData()), length) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &n) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok) {
        return std::nullopt;
    }
    return out;
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
ServerBackup::Header readHeader(QFile& f, QByteArray* digest) {
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
    *digest = QCryptographicHash::hash(magic + length + json, QCryptographicHash::Sha256);
    return h;
}

// Every chunk opened in order and handed to sink; the last must say it is the last, and nothing may follow it.
void decrypt(const QString& path, const SecureBytes& key, const std::function<void(const QByteArray&)>& sink) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, ServerBackup::tr("The backup %1 cannot be read.").arg(path));
    }
    Context c;
    c.key = key;
    readHeader(f, &c.headerDigest);
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
        const std::optional<QByteArray> plain = openChunk(c, index, last, f.read(qint64(length) + TagSize));
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
    QByteArray digest;
    return readHeader(f, &digest);
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
    Context c{key, QCryptographicHash::hash(head_, QCryptographicHash::Sha256)};

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
