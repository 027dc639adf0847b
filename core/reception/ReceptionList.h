#pragma once

#include "core/reception/ReceptionEntry.h"

#include <QCoreApplication>
#include <QList>

namespace tsumugi {

class ClinicRecord;

// Today's reception list: who arrived, in which order, and where they are in the visit.
class ReceptionList {
    Q_DECLARE_TR_FUNCTIONS(ReceptionList)
public:
    explicit ReceptionList(ClinicRecord& record);

    // Adds a registered patient to today's list (next queue number). Error(Conflict) when already waiting.
    ReceptionEntry add(qint64 patientId);
    void setStatus(qint64 entryId, ReceptionStatus status);
    QList<ReceptionEntry> forDay(const QDate& day) const;
    QList<ReceptionEntry> today() const;

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
