#pragma once

#include "core/chart/ChartItemJournal.h"
#include "core/chart/Visit.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

// Visits (encounters). Edits are new versions; a visit recorded in error is withdrawn, never deleted.
class VisitRepository {
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
public:
    explicit VisitRepository(ChartItemJournal& journal);

    Visit create(const Visit& visit);
    // visit.version must be the version the user edited (otherwise Error(Conflict)).
    Visit update(const Visit& visit, const QString& reason = {});
    Visit withdraw(qint64 visitId, const QString& reason);

    std::optional<Visit> find(qint64 visitId) const;
    // Newest first; withdrawn visits included (marked) so the chart shows what happened.
    QList<Visit> forPatient(qint64 patientId, int limit = -1) const;

    static QStringList problems(const Visit& visit, const QDate& today);

private:
    Visit stored(const Visit& visit, const QString& reason, bool created);
    ChartItemJournal& m_journal;
};

} // namespace tsumugi
