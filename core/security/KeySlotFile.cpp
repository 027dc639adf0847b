#include "core/security/KeySlotFile.h"

#include "core/Error.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace tsumugi {

namespace {
const QString Format = QStringLiteral("tsumugi-keyslots");
constexpr int FormatVersion = 1;
// Failed logins kept while nobody unlocks; older ones are dropped so the file stays small.
constexpr int MaxFailedLogins = 1000;
} // namespace

QString KeySlotFile::pathFor(const QString& recordPath) {
    return recordPath + QStringLiteral(".keys");
}

KeySlotFile KeySlotFile::load(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        throw Error(Error::Kind::FileMissing,
                    tr("The key file %1 is missing. It must stay beside the record file; restore it from the backup.")
                        .arg(QFileInfo(path).fileName()));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != Format ||
        root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    KeySlotFile out;
    out.m_keyCheck = QByteArray::fromBase64(root.value(QStringLiteral("keyCheck")).toString().toLatin1());
    out.m_recordSalt = QByteArray::fromBase64(root.value(QStringLiteral("recordSalt")).toString().toLatin1());
    for (const auto& v : root.value(QStringLiteral("slots")).toArray()) {
        auto slot = KeySlot::fromJson(v.toObject());
        if (!slot) {
            throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 has a damaged key slot.").arg(path));
        }
        out.m_slots.append(*slot);
    }
    for (const auto& v : root.value(QStringLiteral("failedLogins")).toArray()) {
        const QJsonObject o = v.toObject();
        out.m_failedLogins.append(
            {o.value(QStringLiteral("user")).toString(), Timestamp::fromStorage(o.value(QStringLiteral("at")).toString())});
    }
    return out;
}

void KeySlotFile::save(const QString& path) const {
    QJsonArray slotArray;
    for (const auto& s : m_slots) {
        slotArray.append(s.toJson());
    }
    QJsonArray failures;
    for (const auto& f : m_failedLogins) {
        failures.append(QJsonObject{{QStringLiteral("user"), f.user}, {QStringLiteral("at"), Timestamp::toStorage(f.at)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("keyCheck"), QString::fromLatin1(m_keyCheck.toBase64())},
        {QStringLiteral("recordSalt"), QString::fromLatin1(m_recordSalt.toBase64())},
        {QStringLiteral("slots"), slotArray},
        {QStringLiteral("failedLogins"), failures},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Storage, tr("The key file %1 cannot be written: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(Error::Kind::DiskFull,
                    tr("The key file %1 could not be saved (is the disk full?): %2").arg(path, file.errorString()));
    }
}

QByteArray KeySlotFile::recordSaltOf(const QString& recordPath) {
    QFile f(recordPath);
    return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
}

const KeySlot* KeySlotFile::find(const QString& user) const {
    for (const auto& s : m_slots) {
        if (s.user() == user) {
            return &s;
        }
    }
    return nullptr;
}

void KeySlotFile::put(const KeySlot& slot) {
    for (auto& s : m_slots) {
        if (s.user() == slot.user()) {
            s = slot;
            return;
        }
    }
    m_slots.append(slot);
}

bool KeySlotFile::remove(const QString& user) {
    return m_slots.removeIf([&](const KeySlot& s) { return s.user() == user; }) > 0;
}

QByteArray KeySlotFile::keyCheckOf(const SecureBytes& databaseKey) {
    static const QByteArray label = QByteArrayLiteral("tsumugi key check v1");
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), databaseKey.data(), databaseKey.size(), reinterpret_cast<const unsigned char*>(label.constData()),
         size_t(label.size()), out, &len);
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

void KeySlotFile::setKeyCheck(const SecureBytes& databaseKey) {
    m_keyCheck = keyCheckOf(databaseKey);
}

bool KeySlotFile::keyMatches(const SecureBytes& databaseKey) const {
    const QByteArray check = keyCheckOf(databaseKey);
    return check.size() == m_keyCheck.size() &&
           CRYPTO_memcmp(check.constData(), m_keyCheck.constData(), size_t(check.size())) == 0;
}

void KeySlotFile::addFailedLogin(const QString& user, const QDateTime& at) {
    m_failedLogins.append({user, at});
    while (m_failedLogins.size() > MaxFailedLogins) {
        m_failedLogins.removeFirst();
    }
}

} // namespace tsumugi
