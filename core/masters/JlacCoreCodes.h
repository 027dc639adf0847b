#pragma once

#include "core/masters/MasterEntry.h"

#include <QList>

namespace tsumugi {

// The JLAC10 codes of the JP-CLINS core lab (43 items) and infection value sets, compiled in from the JP-CLINS
// package 1.5.2 (scripts/generate-jlac-codes), so a new record shares a potassium entered as 3H015000002326101
// without anyone importing the package. The package has no JLAC11 code system: JLAC11 codes are only read from
// received bundles. Entries are shaped as JlacValueSetReader reads the package (a test keeps them equal).
class JlacCoreCodes {
public:
    static QList<MasterEntry> entries();
    static QString source() { return QStringLiteral("jp-clins.r4-1.5.2"); }
};

} // namespace tsumugi
