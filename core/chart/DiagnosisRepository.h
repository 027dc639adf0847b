#pragma once

#include "core/chart/ChartItemLifecycle.h"

#include "core/chart/ChartItemJournal.h"
#include "core/chart/Diagnosis.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

class MasterCatalog;

// The problem list (傷病名). Edits are versions, a diagnosis entered in error is withdrawn (never deleted).
class DiagnosisRepository {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRepository)
public:
    DiagnosisRepository(ChartItemJournal& journal, MasterCatalog& masters);

    // Fills codes from the disease master when only the receipt code is given; a name with no code is saved as
    // 未コード化傷病名 (MEDIS 99999999, レセ電 0000999).
    Diagnosis create(const Diagnosis& diagnosis);
    Diagnosis update(const Diagnosis& diagnosis, const QString& reason = {});
    Diagnosis withdraw(qint64 id, const QString& reason);

    std::optional<Diagnosis> find(qint64 id) const;
    // Withdrawn ones only when asked; ordered by start date.
    QList<Diagnosis> forPatient(qint64 patientId, bool includeWithdrawn = false) const;
    QList<ChartItemVersion> history(qint64 id);

    static QStringList problems(const Diagnosis& d, const QDate& today);

private:
    Diagnosis completed(Diagnosis d) const;
    void requireOffered(const Diagnosis& d) const;
    Diagnosis write(const Diagnosis& d, const QString& reason, ChartChange::Kind kind);
    ChartItemJournal& m_journal;
    MasterCatalog& m_masters;
    ChartItemLifecycle<Diagnosis> m_lifecycle;
};

} // namespace tsumugi
