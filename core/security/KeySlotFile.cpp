#include "core/security/KeySlotFile.h"

#include "core/Error.h"
#include "core/security/ColumnSeal.h"
#include "core/util/AtomicFile.h"
#include "core/util/FileLock.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdexcept>

namespace tsumugi {

namespace {
const QString Format = QStringLiteral("tsumugi-keyslots");
constexpr int FormatVersion = 1;
// A file of a rotated record: older versions refuse it rather than take its key for generation 1.
constexpr int RotatedFormatVersion = 2;

// Where the retiring key is sealed: a cell of its own, so it opens nowhere else.
SealedCell retiringCell(int generation) {
    return {QStringLiteral("key_slots"), QStringLiteral("retiring_key"), generation};
}
// A key file with a few hundred users is a few hundred KiB; anything larger is not ours.
constexpr qint64 MaxFileSize = 1 << 20;
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
        throw Error(Error::Kind::KeyFileDamaged,
                    tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    return fromBytes(file.read(MaxFileSize), path);
}

KeySlotFile KeySlotFile::fromBytes(const QByteArray& bytes, const QString& path) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != Format ||
        (version != FormatVersion && version != RotatedFormatVersion)) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    KeySlotFile out;
    out.m_keyGeneration = root.value(QStringLiteral("keyGeneration")).toInt(1);
    out.m_searchedGeneration = root.value(QStringLiteral("searchedGeneration")).toInt(out.m_keyGeneration);
    const QJsonObject retiring = root.value(QStringLiteral("retiring")).toObject();
    out.m_retiringGeneration = retiring.value(QStringLiteral("generation")).toInt(0);
    out.m_retiringKey = QByteArray::fromBase64(retiring.value(QStringLiteral("key")).toString().toLatin1());
    const bool generationsFit = out.m_keyGeneration >= 1 && out.m_keyGeneration <= ColumnSeal::MaxGeneration &&
                                out.m_searchedGeneration >= 1 && out.m_searchedGeneration <= out.m_keyGeneration &&
                                out.m_retiringGeneration >= 0 && out.m_retiringGeneration < out.m_keyGeneration &&
                                (out.m_retiringGeneration == 0) == out.m_retiringKey.isEmpty() &&
                                (out.m_keyGeneration == 1) == (version == FormatVersion);
    if (!generationsFit) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    out.m_keyCheck = QByteArray::fromBase64(root.value(QStringLiteral("keyCheck")).toString().toLatin1());
    out.m_recordSalt = QByteArray::fromBase64(root.value(QStringLiteral("recordSalt")).toString().toLatin1());
    for (const auto& v : root.value(QStringLiteral("slots")).toArray()) {
        auto slot = KeySlot::fromJson(v.toObject());
        if (!slot) {
            throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 has a damaged key slot.").arg(path));
        }
        out.m_slots.append(*slot);
    }
    if (out.m_slots.isEmpty() || out.m_keyCheck.isEmpty()) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    for (const auto& v : root.value(QStringLiteral("failedLogins")).toArray()) {
        const QJsonObject o = v.toObject();
        out.m_failedLogins.append({o.value(QStringLiteral("user")).toString(),
                                   Timestamp::fromStorage(o.value(QStringLiteral("at")).toString())});
    }
    return out;
}

QByteArray KeySlotFile::toBytes() const {
    QJsonArray slotArray;
    for (const auto& s : m_slots) {
        slotArray.append(s.toJson());
    }
    QJsonObject root{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), m_keyGeneration == 1 ? FormatVersion : RotatedFormatVersion},
        {QStringLiteral("keyCheck"), QString::fromLatin1(m_keyCheck.toBase64())},
        {QStringLiteral("recordSalt"), QString::fromLatin1(m_recordSalt.toBase64())},
        {QStringLiteral("slots"), slotArray},
    };
    if (m_keyGeneration != 1) {
        root.insert(QStringLiteral("keyGeneration"), m_keyGeneration);
        root.insert(QStringLiteral("searchedGeneration"), m_searchedGeneration);
        if (m_retiringGeneration != 0) {
            root.insert(QStringLiteral("retiring"),
                        QJsonObject{{QStringLiteral("generation"), m_retiringGeneration},
                                    {QStringLiteral("key"), QString::fromLatin1(m_retiringKey.toBase64())}});
        }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void KeySlotFile::setKeyGenerations(const SecureBytes& currentKey, int current, int searched, int retiringGeneration,
                                    const SecureBytes& retiringKey) {
    if (current < 1 || current > ColumnSeal::MaxGeneration || searched < 1 || searched > current ||
        retiringGeneration < 0 || retiringGeneration >= current || (retiringGeneration == 0) != retiringKey.isEmpty()) {
        throw std::invalid_argument("key generations out of order");
    }
    m_keyGeneration = current;
    m_searchedGeneration = searched;
    m_retiringGeneration = retiringGeneration;
    m_retiringKey = retiringGeneration == 0 ? QByteArray()
                                            : ColumnSeal(currentKey)
                                                  .seal(retiringCell(retiringGeneration),
                                                        QByteArray(retiringKey.constChars(), retiringKey.size()));
}

std::map<int, SecureBytes> KeySlotFile::recordKeys(const SecureBytes& currentKey) const {
    std::map<int, SecureBytes> out{{m_keyGeneration, currentKey}};
    if (m_retiringGeneration != 0) {
        try {
            QByteArray opened = ColumnSeal(currentKey).open(retiringCell(m_retiringGeneration), m_retiringKey);
            out.emplace(m_retiringGeneration, SecureBytes(opened));
            OPENSSL_cleanse(opened.data(), std::size_t(opened.size()));
        } catch (const Error&) {
            throw Error(Error::Kind::KeyFileDamaged,
                        tr("The key file's retiring record key does not open with the current one: the file is "
                           "damaged. Put its previous generation back (tsumugictl keys restore-previous)."));
        }
    }
    return out;
}

void KeySlotFile::save(const QString& path) const {
    AtomicFile::write(path, toBytes());
}

void KeySlotFile::update(const QString& path, const std::function<void(KeySlotFile&)>& change,
                         Generations generations) {
    const FileLock lock(lockPathFor(path));
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        load(path); // says missing or unreadable in the usual words
    }
    const QByteArray before = current.read(MaxFileSize + 1);
    if (before.size() > MaxFileSize) {
        throw Error(Error::Kind::KeyFileDamaged, tr("The key file %1 is damaged or not a Tsumugi key file.").arg(path));
    }
    KeySlotFile keys = fromBytes(before, path);
    change(keys);
    // Legacy failed logins are dropped here: the logins that read them have audited them.
    keys.m_failedLogins.clear();
    QByteArray previous = before;
    if (generations == Generations::PreviousToo) {
        KeySlotFile kept = fromBytes(before, path);
        change(kept);
        previous = kept.toBytes();
    }
    AtomicFile::write(previousPathFor(path), previous);
    AtomicFile::write(path, keys.toBytes());
}

std::optional<KeySlotFile> KeySlotFile::intactPrevious(const QString& path, const QByteArray& recordSalt) {
    try {
        KeySlotFile previous = load(previousPathFor(path));
        if (!recordSalt.isEmpty() && previous.m_recordSalt != recordSalt) {
            return std::nullopt;
        }
        return previous;
    } catch (const Error&) {
        return std::nullopt;
    }
}

void KeySlotFile::restorePrevious(const QString& path, const QByteArray& recordSalt, const QDateTime& now) {
    const FileLock lock(lockPathFor(path));
    if (!intactPrevious(path, recordSalt)) {
        throw Error(Error::Kind::KeyFileDamaged,
                    tr("There is no intact previous key file beside %1 that belongs to this record. Restore the "
                       "record and its key file together from the backup.")
                        .arg(path));
    }
    QFile previous(previousPathFor(path));
    if (!previous.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::KeyFileDamaged,
                    tr("The key file %1 cannot be read: %2").arg(previous.fileName(), previous.errorString()));
    }
    const QByteArray bytes = previous.readAll();
    if (QFileInfo::exists(path)) {
        const QString aside =
            path + QStringLiteral(".damaged-") + now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
        if (!QFile::rename(path, aside)) {
            throw Error(Error::Kind::Storage,
                        tr("The damaged key file %1 could not be moved aside; nothing was changed.").arg(path));
        }
    }
    AtomicFile::write(path, bytes);
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
    HMAC(EVP_sha256(), databaseKey.data(), databaseKey.size(),
         reinterpret_cast<const unsigned char*>(label.constData()), size_t(label.size()), out, &len);
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

} // namespace tsumugi
