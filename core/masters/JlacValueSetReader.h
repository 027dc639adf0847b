#pragma once

#include "core/masters/MasterEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tsumugi {

// Reads the JLAC value sets of the JP-CLINS FHIR package (extracted folder, e.g. jp-clins.r4-1.5.2-snap.tgz →
// package/): every ValueSet-jp-clins-valueset-{corelabo,infectionlabo}JLAC1x-*.json includes the codes
// "descendent-of" one item (ALT, HBs-AG-RESULT, …) of a CodeSystem in the same package. Each code becomes an
// entry whose groupCode is that item, so a patient's results of one item form one series whatever the method.
class JlacValueSetReader {
    Q_DECLARE_TR_FUNCTIONS(JlacValueSetReader)
public:
    struct Result {
        QList<MasterEntry> entries;
        int valueSets = 0;
        QStringList notes;
    };
    // folder: the package folder, or a folder that contains package/.
    static Result read(const QString& folder);
};

} // namespace tsumugi
