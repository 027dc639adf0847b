#include "core/masters/JlacCoreCodes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tsumugi {

namespace {
struct Row {
    const char16_t* code;
    const char16_t* item;
    bool infection;
    const char16_t* name;
    const char16_t* unit;
    const char16_t* specimen;
    const char16_t* method;
    const char16_t* system;
    const char16_t* valueSet;
};
constexpr Row Rows[] = {
#include "core/masters/JlacCoreCodes.inc"
};

QString text(const char16_t* s) {
    return QString::fromUtf16(s);
}
} // namespace

QList<MasterEntry> JlacCoreCodes::entries() {
    QList<MasterEntry> out;
    out.reserve(qsizetype(std::size(Rows)));
    for (const Row& r : Rows) {
        MasterEntry e;
        e.kind = MasterKind::Jlac;
        e.code = text(r.code);
        e.name = text(r.name);
        e.groupCode = text(r.item);
        e.category = r.infection ? QStringLiteral("infection") : QStringLiteral("core");
        e.unit = text(r.unit);
        e.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("system"), text(r.system)},
                                                               {QStringLiteral("codeSystem"), QStringLiteral("jlac10")},
                                                               {QStringLiteral("valueSet"), text(r.valueSet)},
                                                               {QStringLiteral("specimen"), text(r.specimen)},
                                                               {QStringLiteral("method"), text(r.method)}})
                                         .toJson(QJsonDocument::Compact));
        out.append(std::move(e));
    }
    return out;
}

} // namespace tsumugi
