#include "core/masters/ShippedMasters.h"

#include "core/Error.h"
#include "core/masters/JlacCoreCodes.h"
#include "core/masters/ReceiptMasterReader.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace tsumugi {

namespace {
QString resourcePath(MasterKind kind) {
    return QStringLiteral(":/tsumugi/masters/") + ShippedMasters::archiveName(kind);
}
} // namespace

QList<MasterKind> ShippedMasters::kinds() {
    return {MasterKind::Disease, MasterKind::Modifier, MasterKind::Drug, MasterKind::GenericDrug, MasterKind::Jlac};
}

QString ShippedMasters::archiveName(MasterKind kind) {
    switch (kind) {
    case MasterKind::Disease:
        return QStringLiteral("b_20240601.zip");
    case MasterKind::Modifier:
        return QStringLiteral("z_20250601.zip");
    case MasterKind::Drug:
    case MasterKind::GenericDrug:
        return QStringLiteral("y_ALL20240531.zip");
    case MasterKind::Jfagy:
    case MasterKind::Jlac:
        break;
    }
    return {};
}

QByteArray ShippedMasters::archiveBytes(MasterKind kind) {
    const QString name = archiveName(kind);
    if (name.isEmpty()) {
        return {};
    }
    QFile f(resourcePath(kind));
    if (!f.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: the zips are compiled into the library.
        throw Error(Error::Kind::FileMissing, tr("The shipped master %1 is missing from this build.").arg(name));
    }
    return f.readAll();
}

QString ShippedMasters::sourceOf(MasterKind kind) {
    if (kind == MasterKind::Jlac) {
        return JlacCoreCodes::source();
    }
    return archiveName(kind);
}

const QList<MasterEntry>& ShippedMasters::entries(MasterKind kind, const QString& todayYmd) {
    // Keyed by kind and day: an entry's "ended" state depends on today, its content does not.
    static QMutex mutex;
    static QHash<QString, QList<MasterEntry>> cache;
    const QMutexLocker lock(&mutex);
    const QString key = masterKindToString(kind) + QLatin1Char('@') + todayYmd;
    if (const auto it = cache.constFind(key); it != cache.cend()) {
        return *it;
    }
    if (kind == MasterKind::Jlac) {
        return *cache.insert(key, JlacCoreCodes::entries());
    }
    if (archiveName(kind).isEmpty()) {
        return *cache.insert(key, {});
    }
    // One read of the file fills every kind it holds (y_ gives drugs and their 一般名 entries).
    const MasterArchive archive = MasterArchive::fromBytes(archiveBytes(kind), archiveName(kind));
    const MasterKind fileKind = kind == MasterKind::GenericDrug ? MasterKind::Drug : kind;
    QMap<MasterKind, QList<MasterEntry>> byKind;
    byKind[kind]; // present even when empty
    for (MasterEntry& e : ReceiptMasterReader::read(fileKind, archive.content, todayYmd).entries) {
        byKind[e.kind].append(std::move(e));
    }
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        cache.insert(masterKindToString(it.key()) + QLatin1Char('@') + todayYmd, std::move(it.value()));
    }
    return cache[key];
}

QString ShippedMasters::attribution() {
    return tr("「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1, "
              "修飾語 %2, 医薬品 %3 (公共データ利用規約 第1.0版). JLAC10 codes of the JP-CLINS core lab and "
              "infection value sets from the 電子カルテ情報共有サービス FHIR package 1.5.2.")
        .arg(archiveName(MasterKind::Disease), archiveName(MasterKind::Modifier), archiveName(MasterKind::Drug));
}

} // namespace tsumugi
