#include "core/masters/JlacValueSetReader.h"

#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tsumugi {

namespace {
QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, JlacValueSetReader::tr("%1 cannot be read.").arg(path));
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString japaneseName(const QJsonObject& node) {
    for (const auto& d : node.value(QStringLiteral("designation")).toArray()) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("language")).toString() == QStringLiteral("ja")) {
            return o.value(QStringLiteral("value")).toString();
        }
    }
    return node.value(QStringLiteral("display")).toString();
}

QString property(const QJsonObject& node, const QString& name) {
    for (const auto& p : node.value(QStringLiteral("property")).toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(QStringLiteral("code")).toString() == name) {
            return o.value(QStringLiteral("valueString")).toString();
        }
    }
    return {};
}
} // namespace

JlacValueSetReader::Result JlacValueSetReader::read(const QString& folder) {
    QDir dir(folder);
    if (dir.exists(QStringLiteral("package"))) {
        dir.cd(QStringLiteral("package"));
    }
    if (!dir.exists()) {
        throw Error(Error::Kind::FileMissing, tr("The folder %1 does not exist.").arg(folder));
    }
    // Code systems by URL: item code → its node (with the JLAC codes as children).
    QHash<QString, QHash<QString, QJsonObject>> systems;
    for (const QString& name : dir.entryList({QStringLiteral("CodeSystem-*.json")}, QDir::Files)) {
        const QJsonObject cs = readJson(dir.filePath(name));
        QHash<QString, QJsonObject> items;
        for (const auto& c : cs.value(QStringLiteral("concept")).toArray()) {
            const QJsonObject o = c.toObject();
            items.insert(o.value(QStringLiteral("code")).toString(), o);
        }
        systems.insert(cs.value(QStringLiteral("url")).toString(), items);
    }
    Result result;
    QSet<QString> seen;
    QSet<QString> missingSystems;
    const QStringList files = dir.entryList({QStringLiteral("ValueSet-jp-clins-valueset-corelabo*.json"),
                                             QStringLiteral("ValueSet-jp-clins-valueset-infectionlabo*.json")},
                                            QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("%1 holds no JP-CLINS lab value sets (ValueSet-jp-clins-valueset-*labo*.json). Give the "
                       "extracted package folder.")
                        .arg(dir.path()));
    }
    for (const QString& name : files) {
        const QJsonObject vs = readJson(dir.filePath(name));
        ++result.valueSets;
        const bool infection = name.contains(QStringLiteral("infectionlabo"));
        const QString system11 =
            name.contains(QStringLiteral("JLAC11")) ? QStringLiteral("jlac11") : QStringLiteral("jlac10");
        for (const auto& inc :
             vs.value(QStringLiteral("compose")).toObject().value(QStringLiteral("include")).toArray()) {
            const QJsonObject include = inc.toObject();
            const QString system = include.value(QStringLiteral("system")).toString();
            if (!systems.contains(system)) {
                missingSystems.insert(system);
                continue;
            }
            for (const auto& fl : include.value(QStringLiteral("filter")).toArray()) {
                const QString item = fl.toObject().value(QStringLiteral("value")).toString();
                const QJsonObject group = systems.value(system).value(item);
                for (const auto& c : group.value(QStringLiteral("concept")).toArray()) {
                    const QJsonObject node = c.toObject();
                    MasterEntry e;
                    e.kind = MasterKind::Jlac;
                    e.code = node.value(QStringLiteral("code")).toString();
                    if (e.code.isEmpty() || seen.contains(e.code)) {
                        continue;
                    }
                    seen.insert(e.code);
                    e.name = japaneseName(node);
                    if (e.name.isEmpty()) {
                        e.name = japaneseName(group);
                    }
                    e.groupCode = item;
                    e.category = infection ? QStringLiteral("infection") : QStringLiteral("core");
                    e.unit = property(node, QStringLiteral("unit"));
                    e.detail = QString::fromUtf8(
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("system"), system},
                                        {QStringLiteral("codeSystem"), system11},
                                        {QStringLiteral("valueSet"), vs.value(QStringLiteral("url")).toString()},
                                        {QStringLiteral("specimen"), property(node, QStringLiteral("specimen"))},
                                        {QStringLiteral("method"), property(node, QStringLiteral("method"))}})
                            .toJson(QJsonDocument::Compact));
                    result.entries.append(e);
                }
            }
        }
    }
    for (const QString& s : missingSystems) {
        result.notes << tr("Value sets on %1 were skipped: the package does not contain that code system.").arg(s);
    }
    return result;
}

} // namespace tsumugi
