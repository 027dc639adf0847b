#pragma once

#include "core/masters/MasterEntry.h"

#include <QByteArray>

namespace tsumugi {

// The small masters a new record starts with (common diseases, modifiers and drugs), in the official
// レセ電 layouts, so the chart works before the clinic imports the full masters. The same text is in
// resources/masters/ for people to read; every code in it was checked against a public copy of the official
// master (see resources/masters/SOURCES.md). Empty for kinds with no starter (J-FAGY, JLAC: import the official files).
class StarterMasters {
public:
    static QByteArray text(MasterKind kind);
};

} // namespace tsumugi
