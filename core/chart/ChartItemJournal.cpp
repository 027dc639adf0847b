#include "core/chart/ChartItemJournal.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QJsonDocument>

namespace tsumugi {

ChartItemJournal::ChartItemJournal(ClinicRecord& record)
    : m_record(record) {}

void ChartItemJournal::requireWrite() const {
    if (!m_record.can(Permission::WriteCharts)) {
        throw Error(Error::Kind::PermissionDenied, tr("Only doctors write charts."));
    }
}

void ChartItemJournal::requireRead() const {
    if (!m_record.can(Permission::ReadCharts)) {
        throw Error(Error::Kind::PermissionDenied, tr("Your role does not allow reading charts."));
    }
}

qint64 ChartItemJournal::requirePatient(qint64 patientId) const {
    Statement st(m_record.db(), "SELECT patient_number FROM patients WHERE id = ?;");
    st.bind(1, patientId);
    if (!st.step()) {
        throw Error(Error::Kind::NotFound, tr("The patient was not found."));
    }
    return st.int64(0);
}

void ChartItemJournal::requireOurs(const QString& sourceInstitution) const {
    if (!sourceInstitution.isEmpty()) {
        throw Error(Error::Kind::PermissionDenied,
                    tr("This item was recorded by another institution (%1) and cannot be changed here.")
                        .arg(sourceInstitution));
    }
}

SealedCell ChartItemJournal::versionCell(const QString& kind, qint64 itemId, int version, const char* column) {
    return {QStringLiteral("chart_item_versions"), QLatin1String(column),
            QStringLiteral("%1/%2/%3").arg(kind).arg(itemId).arg(version)};
}

void ChartItemJournal::saveVersion(const QString& kind, qint64 itemId, int version, const QJsonObject& data,
                                   const QString& reason) {
    Statement st(m_record.db(), "INSERT INTO chart_item_versions (kind, item_id, version, data, reason, "
                                "author_id, created_at) VALUES (?,?,?,?,?,?,?);");
    st.bind(1, kind).bind(2, itemId).bind(3, version);
    st.bindCell(4, versionCell(kind, itemId, version, "data"),
                QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    st.bindCellOptional(5, versionCell(kind, itemId, version, "reason"), reason.trimmed());
    st.bind(6, userId()).bind(7, nowForStorage());
    st.run();
}

QList<ChartItemVersion> ChartItemJournal::versions(const QString& kind, qint64 itemId) const {
    QList<ChartItemVersion> out;
    Statement st(m_record.db(), "SELECT v.version, v.data, v.reason, u.display_name, v.created_at "
                                "FROM chart_item_versions v JOIN users u ON u.id = v.author_id "
                                "WHERE v.kind = ? AND v.item_id = ? ORDER BY v.version;");
    st.bind(1, kind).bind(2, itemId);
    while (st.step()) {
        const int version = int(st.int64(0));
        out.append(
            {version,
             QJsonDocument::fromJson(st.cellText(1, versionCell(kind, itemId, version, "data")).toUtf8()).object(),
             st.cellText(2, versionCell(kind, itemId, version, "reason")), st.text(3),
             Timestamp::fromStorage(st.text(4))});
    }
    return out;
}

QString ChartItemJournal::itemName(ChartChange::Item item) {
    switch (item) {
    case ChartChange::Item::Visit:
        return QStringLiteral("visit");
    case ChartChange::Item::Note:
        return QStringLiteral("note");
    case ChartChange::Item::Diagnosis:
        return QStringLiteral("diagnosis");
    case ChartChange::Item::Allergy:
        return QStringLiteral("allergy");
    case ChartChange::Item::LabResult:
        return QStringLiteral("lab-result");
    case ChartChange::Item::Prescription:
        return QStringLiteral("prescription");
    case ChartChange::Item::Document:
        return QStringLiteral("document");
    case ChartChange::Item::Patient:
        return QStringLiteral("patient");
    }
    return QStringLiteral("item");
}

void ChartItemJournal::changed(ChartChange::Item item, qint64 patientId, qint64 itemId, ChartChange::Kind kind,
                               int version) {
    AuditTrail::Action action = AuditTrail::Action::Update;
    switch (kind) {
    case ChartChange::Kind::Created:
        action = AuditTrail::Action::Create;
        break;
    case ChartChange::Kind::Updated:
        action = AuditTrail::Action::Update;
        break;
    case ChartChange::Kind::Finalized:
        action = AuditTrail::Action::Finalize;
        break;
    case ChartChange::Kind::Withdrawn:
        action = AuditTrail::Action::Withdraw;
        break;
    }
    const qint64 number = requirePatient(patientId);
    m_record.audit().append(action, itemName(item), QString::number(number),
                            QStringLiteral("id %1 version %2").arg(itemId).arg(version));
    if (ChartChangeListener* listener = m_record.chartChangeListener()) {
        listener->chartChanged({patientId, item, itemId, kind});
    }
}

void ChartItemJournal::viewed(const QString& what, qint64 patientId, const QString& detail) {
    const qint64 number = requirePatient(patientId);
    m_record.audit().append(AuditTrail::Action::View, what, QString::number(number), detail);
}

QString ChartItemJournal::nowForStorage() const {
    return Timestamp::toStorage(m_record.clock().now());
}

QDateTime ChartItemJournal::now() const {
    return m_record.clock().now();
}

QDate ChartItemJournal::today() const {
    return m_record.clock().today();
}

qint64 ChartItemJournal::userId() const {
    return m_record.currentUser().id;
}

QString ChartItemJournal::userDisplayName() const {
    return m_record.currentUser().displayName;
}

void ChartItemJournal::throwIfAny(const QStringList& problems) {
    if (!problems.isEmpty()) {
        throw Error(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    }
}

} // namespace tsumugi
