#pragma once

#include <QList>
#include <QString>

namespace tsumugi {

// One 用法 a clinic writes on prescriptions, in the words the chart keeps (Japanese, whatever the screen's language),
// with its JAMI 標準用法コード when the guide's own examples give it; the others are sent with the guide's dummy
// code and their text (JP-CLINS: JP_CLINS_MedicationUsage_Uncoded_CS).
struct DosageUsage {
    QString text;
    QString jamiCode;      // 16 characters, or empty
    bool asNeeded = false; // 頓用: the days are times
};

// The usages offered in the prescription dialog, the most common first.
class DosageUsageCatalog {
public:
    static const QList<DosageUsage>& all();
    // The JAMI code of a usage text the catalog knows (width and spaces folded), else empty.
    static QString codeFor(const QString& text);
};

} // namespace tsumugi
