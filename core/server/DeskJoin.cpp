#include "core/server/DeskJoin.h"

#include "core/Error.h"
#include "core/security/ColumnSeal.h"
#include "core/security/KeyDerivation.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <openssl/rand.h>

namespace tsumugi {

namespace {
const QString Format = QStringLiteral("tsumugi-desk-join");
constexpr int Version = 1;
const char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString normalisedCode(const QString& code) {
    QString out;
    for (const QChar c : code.toUpper()) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

SealedCell cellOf(const QString& desk) {
    return SealedCell(QStringLiteral("desk-join"), desk, 1);
}
} // namespace

QString DeskJoin::newCode() {
    unsigned char random[16];
    if (RAND_bytes(random, sizeof random) != 1) {
        throw Error(Error::Kind::Storage, tr("No random join code could be made."));
    }
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(Alphabet[random[i] % 32]);
    }
    return code;
}

QByteArray DeskJoin::seal(const Contents& c, const QString& code) {
    const QJsonObject inner{{QStringLiteral("host"), c.host},
                            {QStringLiteral("port"), c.port},
                            {QStringLiteral("database"), c.database},
                            {QStringLiteral("user"), c.user},
                            {QStringLiteral("ca"), QString::fromLatin1(c.caPem)},
                            {QStringLiteral("certificate"), QString::fromLatin1(c.certificatePem)},
                            {QStringLiteral("key"), QString::fromLatin1(c.keyPem)}};
    QByteArray salt(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size()));
    const ColumnSeal sealer(KeyDerivation::derive(normalisedCode(code), salt, KeyDerivation::MinimumIterations));
    const QByteArray sealed = sealer.seal(cellOf(c.desk), QJsonDocument(inner).toJson(QJsonDocument::Compact));
    const QJsonObject outer{{QStringLiteral("format"), Format},
                            {QStringLiteral("version"), Version},
                            {QStringLiteral("desk"), c.desk},
                            {QStringLiteral("server"), QStringLiteral("%1:%2").arg(c.host).arg(c.port)},
                            {QStringLiteral("iterations"), KeyDerivation::MinimumIterations},
                            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                            {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
    return QJsonDocument(outer).toJson();
}

namespace {
QJsonObject outerOf(const QByteArray& file) {
    const QJsonObject outer = QJsonDocument::fromJson(file).object();
    if (outer.value(QStringLiteral("format")).toString() != Format) {
        throw Error(Error::Kind::Validation, DeskJoin::tr("This is no join file of a Tsumugi clinic server (tsumugictl "
                                                          "server certs issue makes one)."));
    }
    if (outer.value(QStringLiteral("version")).toInt() != Version) {
        throw Error(Error::Kind::Validation,
                    DeskJoin::tr("This join file was made by a newer Tsumugi; update this desk first."));
    }
    return outer;
}
} // namespace

DeskJoin::Outline DeskJoin::outline(const QByteArray& file) {
    const QJsonObject outer = outerOf(file);
    return {outer.value(QStringLiteral("desk")).toString(), outer.value(QStringLiteral("server")).toString()};
}

DeskJoin::Contents DeskJoin::open(const QByteArray& file, const QString& code) {
    const QJsonObject outer = outerOf(file);
    Contents c;
    c.desk = outer.value(QStringLiteral("desk")).toString();
    const QByteArray salt = QByteArray::fromBase64(outer.value(QStringLiteral("salt")).toString().toLatin1());
    const int iterations = outer.value(QStringLiteral("iterations")).toInt();
    if (salt.size() != 16 || iterations < KeyDerivation::MinimumIterations) {
        throw Error(Error::Kind::Validation, tr("This join file is damaged; have a new one made."));
    }
    const ColumnSeal opener(KeyDerivation::derive(normalisedCode(code), salt, iterations));
    QByteArray plain;
    try {
        plain = opener.open(cellOf(c.desk),
                            QByteArray::fromBase64(outer.value(QStringLiteral("sealed")).toString().toLatin1()));
    } catch (const Error&) {
        throw Error(Error::Kind::WrongPassword,
                    tr("The join code does not open this join file. Type it as the administrator's screen showed it "
                       "(the dashes may be left out)."));
    }
    const QJsonObject inner = QJsonDocument::fromJson(plain).object();
    c.host = inner.value(QStringLiteral("host")).toString();
    c.port = inner.value(QStringLiteral("port")).toInt();
    c.database = inner.value(QStringLiteral("database")).toString();
    c.user = inner.value(QStringLiteral("user")).toString();
    c.caPem = inner.value(QStringLiteral("ca")).toString().toLatin1();
    c.certificatePem = inner.value(QStringLiteral("certificate")).toString().toLatin1();
    c.keyPem = inner.value(QStringLiteral("key")).toString().toLatin1();
    plain.fill('\0');
    return c;
}

QString DeskJoin::locationFor(const Contents& c, const QString& folder) {
    const QString dir = QDir(folder).absolutePath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(c.user);
    url.setHost(c.host);
    url.setPort(c.port);
    url.setPath(QLatin1Char('/') + c.database);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    q.addQueryItem(QStringLiteral("sslrootcert"), dir + QStringLiteral("/clinic-ca.crt"));
    q.addQueryItem(QStringLiteral("sslcert"), dir + QStringLiteral("/desk.crt"));
    q.addQueryItem(QStringLiteral("sslkey"), dir + QStringLiteral("/desk.key"));
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

QString DeskJoin::install(const Contents& c, const QString& folder) {
    if (!QDir().mkpath(folder)) {
        throw Error(Error::Kind::Storage, tr("The folder %1 cannot be made.").arg(folder));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The key last: a folder with a key always has the certificate it belongs to.
    AtomicFile::write(folder + QStringLiteral("/clinic-ca.crt"), c.caPem);
    AtomicFile::write(folder + QStringLiteral("/desk.crt"), c.certificatePem);
    AtomicFile::write(folder + QStringLiteral("/desk.key"), c.keyPem);
    return locationFor(c, folder);
}

} // namespace tsumugi
