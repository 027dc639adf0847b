#pragma once

#include "core/chart/ChartChangeListener.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tsumugi {

class ClinicRecord;
struct SealedCell;

// One saved version of a chart item, as it was (the append-only chart_item_versions table).
struct ChartItemVersion {
    int version = 0;
    QJsonObject data;
    QString reason;
    QString author;
    QDateTime at;
};

// What every chart repository does around a change: permission and patient checks, the version row, the
// audit row and the change listener — all inside the caller's transaction, so they commit or fail together.
class ChartItemJournal {
    Q_DECLARE_TR_FUNCTIONS(ChartItemJournal)
public:
    explicit ChartItemJournal(ClinicRecord& record);

    void requireWrite() const;
    void requireRead() const;
    // The patient's number (for the audit trail); Error(NotFound) when there is no such patient.
    qint64 requirePatient(qint64 patientId) const;
    // Items that came from another institution are read-only here.
    void requireOurs(const QString& sourceInstitution) const;

    // A cell of an item's version row (keyed by kind, item and version): sealed on the clinic server (Schema: 22).
    static SealedCell versionCell(const QString& kind, qint64 itemId, int version, const char* column);
    void saveVersion(const QString& kind, qint64 itemId, int version, const QJsonObject& data, const QString& reason);
    QList<ChartItemVersion> versions(const QString& kind, qint64 itemId) const;

    // Audit row + listener call for a change of one item.
    void changed(ChartChange::Item item, qint64 patientId, qint64 itemId, ChartChange::Kind kind, int version);
    // Audit row for reading part of a chart.
    void viewed(const QString& what, qint64 patientId, const QString& detail = {});

    QString nowForStorage() const;
    QDateTime now() const;
    QDate today() const;
    qint64 userId() const;
    QString userDisplayName() const;
    ClinicRecord& record() { return m_record; }

    static QString itemName(ChartChange::Item item);
    // Throws Error(Validation) with every problem, one per line.
    static void throwIfAny(const QStringList& problems);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
