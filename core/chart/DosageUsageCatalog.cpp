#include "core/chart/DosageUsageCatalog.h"

namespace tsumugi {

namespace {
QString folded(const QString& text) {
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QLatin1Char(' '));
    s.remove(QStringLiteral("・"));
    return s;
}
} // namespace

const QList<DosageUsage>& DosageUsageCatalog::all() {
    // Codes only where the JP-CLINS / JP Core examples print them (with their wording); the JAMI master itself is
    // not shipped, and a guessed code would be a wrong code.
    static const QList<DosageUsage> usages = {
        {QStringLiteral("1日3回毎食後"), QStringLiteral("1013044400000000")},
        {QStringLiteral("1日2回朝夕食後"), {}},
        {QStringLiteral("1日1回朝食後"), QStringLiteral("1011000400000000")},
        {QStringLiteral("1日1回夕食後"), QStringLiteral("1011040000000000")},
        {QStringLiteral("1日1回就寝前"), QStringLiteral("1011100000000000")},
        {QStringLiteral("1日1回昼食後"), {}},
        {QStringLiteral("1日1回朝食前"), {}},
        {QStringLiteral("1日1回起床時"), {}},
        {QStringLiteral("1日2回朝夕食前"), QStringLiteral("1012010100000000")},
        {QStringLiteral("1日2回朝食後・就寝前"), {}},
        {QStringLiteral("1日3回毎食前"), {}},
        {QStringLiteral("1日3回毎食直前"), {}},
        {QStringLiteral("1日3回食間"), {}},
        {QStringLiteral("1日4回毎食後・就寝前"), QStringLiteral("1014144400000000")},
        {QStringLiteral("隔日 朝食後"), {}},
        {QStringLiteral("週1回 起床時"), {}},
        {QStringLiteral("頓用 疼痛時"), {}, true},
        {QStringLiteral("頓用 発熱時（38.5℃以上）"), {}, true},
        {QStringLiteral("頓用 不眠時"), QStringLiteral("1050610000000000"), true},
        {QStringLiteral("頓用 便秘時"), {}, true},
        {QStringLiteral("頓用 嘔気時"), {}, true},
        {QStringLiteral("1日数回 患部に塗布"), QStringLiteral("2B7N000000000000")},
        {QStringLiteral("1日2回 患部に塗布"), {}},
        {QStringLiteral("1日1回 腰部に貼付"), {}},
        {QStringLiteral("1日1回 点眼"), QStringLiteral("2H71000000000000")},
        {QStringLiteral("1日4回 両眼に点眼"), {}},
        {QStringLiteral("1日2回 吸入"), {}},
    };
    return usages;
}

QString DosageUsageCatalog::codeFor(const QString& text) {
    const QString key = folded(text);
    for (const DosageUsage& u : all()) {
        if (folded(u.text) == key) {
            return u.jamiCode;
        }
    }
    return {};
}

} // namespace tsumugi
