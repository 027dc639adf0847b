#include "core/chart/LabItemUnits.h"

#include <QHash>

namespace tsumugi {

QString LabItemUnits::of(const QString& item) {
    // Spelled as LabUnits knows them, so each maps to its UCUM code.
    static const QHash<QString, QString> units = {
        {QStringLiteral("ALB"), QStringLiteral("g/dL")},     {QStringLiteral("TP"), QStringLiteral("g/dL")},
        {QStringLiteral("Hb"), QStringLiteral("g/dL")},      {QStringLiteral("ALP"), QStringLiteral("U/L")},
        {QStringLiteral("ALT"), QStringLiteral("U/L")},      {QStringLiteral("AST"), QStringLiteral("U/L")},
        {QStringLiteral("AMY"), QStringLiteral("U/L")},      {QStringLiteral("CK"), QStringLiteral("U/L")},
        {QStringLiteral("ChE"), QStringLiteral("U/L")},      {QStringLiteral("GGT"), QStringLiteral("U/L")},
        {QStringLiteral("LD"), QStringLiteral("U/L")},       {QStringLiteral("BS"), QStringLiteral("mg/dL")},
        {QStringLiteral("BUN"), QStringLiteral("mg/dL")},    {QStringLiteral("Ca"), QStringLiteral("mg/dL")},
        {QStringLiteral("Cre"), QStringLiteral("mg/dL")},    {QStringLiteral("CRP"), QStringLiteral("mg/dL")},
        {QStringLiteral("D-Bil"), QStringLiteral("mg/dL")},  {QStringLiteral("T-Bil"), QStringLiteral("mg/dL")},
        {QStringLiteral("HDL-C"), QStringLiteral("mg/dL")},  {QStringLiteral("LDL-C"), QStringLiteral("mg/dL")},
        {QStringLiteral("T-CHO"), QStringLiteral("mg/dL")},  {QStringLiteral("TG"), QStringLiteral("mg/dL")},
        {QStringLiteral("UA"), QStringLiteral("mg/dL")},     {QStringLiteral("U-TP"), QStringLiteral("mg/dL")},
        {QStringLiteral("Na"), QStringLiteral("mmol/L")},    {QStringLiteral("K"), QStringLiteral("mmol/L")},
        {QStringLiteral("Cl"), QStringLiteral("mmol/L")},    {QStringLiteral("Cys-C"), QStringLiteral("mg/L")},
        {QStringLiteral("HbA1c-NGSP"), QStringLiteral("%")}, {QStringLiteral("PT-Act"), QStringLiteral("%")},
        {QStringLiteral("BNP"), QStringLiteral("pg/mL")},    {QStringLiteral("NT-proBNP"), QStringLiteral("pg/mL")},
        {QStringLiteral("DD"), QStringLiteral("μg/mL")},     {QStringLiteral("APTT"), QStringLiteral("秒")},
        {QStringLiteral("PT-Sec"), QStringLiteral("秒")},    {QStringLiteral("WBC"), QStringLiteral("/μL")},
        {QStringLiteral("RBC"), QStringLiteral("×10^4/μL")}, {QStringLiteral("PLT"), QStringLiteral("×10^4/μL")},
        {QStringLiteral("U-A/C"), QStringLiteral("mg/gCr")}, {QStringLiteral("U-P/C"), QStringLiteral("mg/gCr")},
    };
    return units.value(item);
}

} // namespace tsumugi
