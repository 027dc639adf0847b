#pragma once

#include "core/sharing/SharedSummary.h"

#include <QCoreApplication>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::sync {

// Reconciliation: a shared allergy, drug contraindication or diagnosis from another clinic's registration is
// taken into this patient's own record in one action, through the FHIR import (ClinsImporter): the item keeps the
// institution that registered it and its raw resource, stays read-only here and is never re-sent as ours;
// adopting the same item again changes nothing.
class SharedItemAdopter {
    Q_DECLARE_TR_FUNCTIONS(SharedItemAdopter)
public:
    explicit SharedItemAdopter(ClinicRecord& record);

    // Returns a translated sentence saying what happened; throws Error when refused.
    QString adopt(const SharedSummaryItem& item, qint64 patientId);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::sync
