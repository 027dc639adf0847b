#pragma once

#include "core/chart/ChartItemLifecycle.h"

#include "core/chart/Allergy.h"
#include "core/chart/ChartItemJournal.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

// Allergies and drug contraindications. Edits are versions; an entry made in error is withdrawn.
class AllergyRepository {
    Q_DECLARE_TR_FUNCTIONS(AllergyRepository)
public:
    explicit AllergyRepository(ChartItemJournal& journal);

    Allergy create(const Allergy& allergy);
    Allergy update(const Allergy& allergy, const QString& reason = {});
    Allergy withdraw(qint64 id, const QString& reason);

    std::optional<Allergy> find(qint64 id) const;
    QList<Allergy> forPatient(qint64 patientId, bool includeWithdrawn = false) const;
    QList<ChartItemVersion> history(qint64 id);

    static QStringList problems(const Allergy& a, const QDate& today);

private:
    Allergy write(const Allergy& a, const QString& reason, ChartChange::Kind kind);
    ChartItemJournal& m_journal;
    ChartItemLifecycle<Allergy> m_lifecycle;
};

} // namespace tsumugi
