#include "core/chart/LabUnits.h"

#include <QHash>

namespace tsumugi {

QString LabUnits::ucumOf(const QString& rawUnit) {
    static const QHash<QString, QString> known = {
        {QStringLiteral("mg/dL"), QStringLiteral("mg/dL")},
        {QStringLiteral("g/dL"), QStringLiteral("g/dL")},
        {QStringLiteral("U/L"), QStringLiteral("U/L")},
        {QStringLiteral("IU/L"), QStringLiteral("[IU]/L")},
        {QStringLiteral("mEq/L"), QStringLiteral("meq/L")},
        {QStringLiteral("mmol/L"), QStringLiteral("mmol/L")},
        {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("pg/mL"), QStringLiteral("pg/mL")},
        {QStringLiteral("ng/mL"), QStringLiteral("ng/mL")},
        {QStringLiteral("μg/mL"), QStringLiteral("ug/mL")},
        {QStringLiteral("μg/dL"), QStringLiteral("ug/dL")},
        {QStringLiteral("mg/L"), QStringLiteral("mg/L")},
        {QStringLiteral("mg/gCr"), QStringLiteral("mg/g{creat}")},
        {QStringLiteral("秒"), QStringLiteral("s")},
        {QStringLiteral("sec"), QStringLiteral("s")},
        {QStringLiteral("s"), QStringLiteral("s")},
        {QStringLiteral("INR"), QStringLiteral("{INR}")},
        {QStringLiteral("倍"), QStringLiteral("{titer}")},
        {QStringLiteral("COI"), QStringLiteral("{COI}")},
        {QStringLiteral("S/CO"), QStringLiteral("{s_co_ratio}")},
        {QStringLiteral("mIU/mL"), QStringLiteral("m[IU]/mL")},
        {QStringLiteral("IU/mL"), QStringLiteral("[IU]/mL")},
        {QStringLiteral("U/mL"), QStringLiteral("U/mL")},
        {QStringLiteral("LogIU/mL"), QStringLiteral("{log_IU}/mL")},
        {QStringLiteral("copies/mL"), QStringLiteral("{copies}/mL")},
        {QStringLiteral("/μL"), QStringLiteral("/uL")},
        {QStringLiteral("×10^4/μL"), QStringLiteral("10*4/uL")},
        {QStringLiteral("10^4/μL"), QStringLiteral("10*4/uL")},
        {QStringLiteral("×10^3/μL"), QStringLiteral("10*3/uL")},
        {QStringLiteral("10^3/μL"), QStringLiteral("10*3/uL")},
        {QStringLiteral("×10^6/μL"), QStringLiteral("10*6/uL")},
        {QStringLiteral("mL/min/1.73m2"), QStringLiteral("mL/min/{1.73_m2}")},
        {QStringLiteral("fL"), QStringLiteral("fL")},
        {QStringLiteral("pg"), QStringLiteral("pg")},
        {QStringLiteral("mg/gCre"), QStringLiteral("mg/g{creat}")},
    };
    // Lab files mix full-width and ASCII spellings (ｍｇ／ｄＬ, µ vs μ); fold them first.
    QString unit = rawUnit.normalized(QString::NormalizationForm_KC).trimmed();
    unit.replace(QChar(0x00B5), QChar(0x03BC));
    return known.value(unit);
}

bool LabUnits::isPlausible(const QString& unit) {
    if (unit.isEmpty() || unit.size() > 20) {
        return false;
    }
    for (QChar c : unit) {
        if (c.isSpace() || !c.isPrint()) {
            return false;
        }
    }
    return true;
}

} // namespace tsumugi
