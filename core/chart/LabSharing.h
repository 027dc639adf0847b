#pragma once

#include "core/chart/LabResult.h"

#include <QCoreApplication>
#include <QMap>

namespace tsumugi {

class MasterCatalog;
class DbConnection;

// Whether a lab or infection result goes to the sharing service, and if not, why, in words a doctor reads at
// entry. Only the JP-CLINS core lab items and the infection items are shared (by their JLAC codes); a clinic's own
// code or another JLAC code is kept in the chart and its trends but never sent. Since JP-CLINS 1.9 and 1.6 a shared
// result also carries the clinic's local code of the item and the doctor who ordered it: without them it is kept
// back (never sent broken) until a doctor adds them (LabResultRepository::completeForSharing).
class LabSharing {
    Q_DECLARE_TR_FUNCTIONS(LabSharing)
public:
    enum class Reason { Shared, LocalCode, NotCoreItem, Received, Withdrawn, NoLocalItemCode, NoOrderingDoctor };

    static Reason reasonFor(const LabResult& r, MasterCatalog& masters);
    // Empty for Shared.
    static QString explanation(Reason reason);
    static QString reasonToString(Reason reason);
    // A core item kept back only for what a doctor can add (the local item code, the ordering doctor).
    static bool canBeCompleted(Reason reason) {
        return reason == Reason::NoLocalItemCode || reason == Reason::NoOrderingDoctor;
    }
    // The clinic's own results that are recorded but not shareable, per reason (withdrawn and received left out).
    static QMap<Reason, qint64> unshareableCounts(DbConnection& db);
};

} // namespace tsumugi
