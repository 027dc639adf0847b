#include "core/sharing/SharedSummaryStore.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

namespace {
// A pulled summary's cell: the national service's whole summary of the patient, sealed on the clinic server (25).
SealedCell summaryCell(qint64 id, const char* column) {
    return {QStringLiteral("shared_summaries"), QLatin1String(column), id};
}
} // namespace

SharedSummaryStore::SharedSummaryStore(ClinicRecord& record)
    : m_record(record) {}

QString SharedSummaryStore::modeCode(SharedSummary::Mode m) {
    return m == SharedSummary::Mode::Emergency ? QStringLiteral("emergency") : QStringLiteral("consented");
}

void SharedSummaryStore::noteAccess(qint64 patientId, SharedSummary::Mode mode, const QString& reason) {
    m_record.require(Permission::ReadCharts);
    if (mode == SharedSummary::Mode::Emergency && reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Reading the summary without the patient's consent (emergency) needs a reason."));
    }
    Statement p(m_record.db(), "SELECT patient_number FROM patients WHERE id = ?;");
    p.bind(1, patientId);
    if (!p.step()) {
        throw Error(Error::Kind::NotFound, tr("The patient was not found."));
    }
    const QString detail = mode == SharedSummary::Mode::Emergency
                               ? QStringLiteral("emergency summary pull requested; reason: %1").arg(reason.trimmed())
                               : QStringLiteral("summary pull requested (consented)");
    m_record.audit().append(AuditTrail::Action::View, QStringLiteral("shared-summary"), QString::number(p.int64(0)),
                            detail);
}

SharedSummary SharedSummaryStore::save(qint64 patientId, qint64 eligibilityCheckId, SharedSummary::Mode mode,
                                       const QString& reason, const QByteArray& bundleJson) {
    m_record.require(Permission::ReadCharts);
    auto& db = m_record.db();
    SharedSummary s;
    s.patientId = patientId;
    s.mode = mode;
    s.reason = reason.trimmed();
    s.pulledAt = m_record.clock().now();
    s.pulledBy = m_record.currentUser().displayName;
    s.bundleJson = bundleJson;
    Transaction tx(db);
    s.id = db.reserveId("shared_summaries"); // first: its sealed cells carry it
    Statement ins(db, "INSERT INTO shared_summaries (patient_id, eligibility_check_id, mode, reason, bundle_json, "
                      "pulled_at, pulled_by, id) VALUES (?,?,?,?,?,?,?,?);");
    ins.bind(1, patientId);
    if (eligibilityCheckId != 0) {
        ins.bind(2, eligibilityCheckId);
    } else {
        ins.bindNull(2);
    }
    ins.bind(3, modeCode(mode)).bindCellOptional(4, summaryCell(s.id, "reason"), s.reason);
    ins.bindCell(5, summaryCell(s.id, "bundle_json"), QString::fromUtf8(bundleJson));
    ins.bind(6, Timestamp::toStorage(s.pulledAt)).bind(7, m_record.currentUser().id).bind(8, s.id).run();
    m_record.audit().append(AuditTrail::Action::Import, QStringLiteral("shared-summary"), QString::number(s.id),
                            QStringLiteral("patient id %1, %2").arg(patientId).arg(modeCode(mode)));
    tx.commit();
    return s;
}

std::optional<SharedSummary> SharedSummaryStore::latestForPatient(qint64 patientId) const {
    Statement st(m_record.db(),
                 "SELECT s.id, s.mode, s.reason, s.bundle_json, s.pulled_at, u.display_name FROM shared_summaries s "
                 "JOIN users u ON u.id = s.pulled_by WHERE s.patient_id = ? ORDER BY s.id DESC LIMIT 1;");
    st.bind(1, patientId);
    if (!st.step()) {
        return std::nullopt;
    }
    SharedSummary s;
    s.id = st.int64(0);
    s.patientId = patientId;
    s.mode = st.text(1) == QLatin1String("emergency") ? SharedSummary::Mode::Emergency : SharedSummary::Mode::Consented;
    s.reason = st.cellText(2, summaryCell(s.id, "reason"));
    s.bundleJson = st.cellText(3, summaryCell(s.id, "bundle_json")).toUtf8();
    s.pulledAt = Timestamp::fromStorage(st.text(4));
    s.pulledBy = st.text(5);
    return s;
}

} // namespace tsumugi
