#include "core/eligibility/EligibilityLog.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/eligibility/InsuranceDifference.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

namespace {
const std::pair<EligibilityCheck::Status, const char*> Statuses[] = {
    {EligibilityCheck::Status::Checked, "checked"},
    {EligibilityCheck::Status::NotChecked, "not_checked"},
    {EligibilityCheck::Status::Error, "error"}};

// A check's cell: what was asked (the card's numbers), what the service answered and its token, sealed on the clinic
// server (25).
SealedCell checkCell(qint64 id, const char* column) {
    return {QStringLiteral("eligibility_checks"), QLatin1String(column), id};
}

const char* const Select =
    "SELECT e.id, e.patient_id, e.reception_id, e.status, e.request, e.error_code, e.message, e.answer_json, "
    "e.checked_at, u.display_name, e.insurance_update_at FROM eligibility_checks e JOIN users u ON u.id = "
    "e.checked_by ";
} // namespace

QString EligibilityCheck::statusCode(Status s) {
    for (const auto& [v, n] : Statuses) {
        if (v == s) {
            return QString::fromLatin1(n);
        }
    }
    return {};
}

std::optional<EligibilityCheck::Status> EligibilityCheck::statusFromCode(const QString& code) {
    for (const auto& [v, n] : Statuses) {
        if (code == QLatin1String(n)) {
            return v;
        }
    }
    return std::nullopt;
}

EligibilityLog::EligibilityLog(ClinicRecord& record)
    : m_record(record) {}

EligibilityCheck EligibilityLog::record(const EligibilityCheck& input) {
    m_record.require(Permission::ManageReception);
    EligibilityCheck c = input;
    c.checkedAt = m_record.clock().now();
    c.checkedBy = m_record.currentUser().displayName;
    auto& db = m_record.db();
    Transaction tx(db);
    c.id = db.reserveId("eligibility_checks"); // first: its sealed cells carry it
    const auto cell = [&c](const char* column) { return checkCell(c.id, column); };
    Statement ins(db, "INSERT INTO eligibility_checks (patient_id, reception_id, status, method, request, "
                      "result_code, error_code, message, answer_json, access_token, token_expires_at, "
                      "checked_at, checked_by, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    if (c.patientId != 0) {
        ins.bind(1, c.patientId);
    } else {
        ins.bindNull(1);
    }
    if (c.receptionId != 0) {
        ins.bind(2, c.receptionId);
    } else {
        ins.bindNull(2);
    }
    ins.bind(3, EligibilityCheck::statusCode(c.status));
    ins.bind(4,
             c.request.kind == EligibilityRequest::Kind::Card ? QStringLiteral("card") : QStringLiteral("card_data"));
    ins.bindCell(5, cell("request"), QString::fromUtf8(c.request.toStorage()));
    ins.bindOptional(6, c.result ? EligibilityResult::validityCode(c.result->validity) : QString());
    ins.bindOptional(7, c.errorCode).bindCellOptional(8, cell("message"), c.message);
    ins.bindCellOptional(9, cell("answer_json"), QString::fromUtf8(c.answerJson));
    ins.bindCellOptional(10, cell("access_token"), c.result ? c.result->accessToken : QString());
    ins.bindOptional(11, c.result && c.result->tokenExpiresAt.isValid() ? Timestamp::toStorage(c.result->tokenExpiresAt)
                                                                        : QString());
    ins.bind(12, Timestamp::toStorage(c.checkedAt)).bind(13, m_record.currentUser().id).bind(14, c.id).run();
    QString detail = EligibilityCheck::statusCode(c.status);
    if (c.result) {
        detail += QLatin1Char(' ') + EligibilityResult::validityCode(c.result->validity);
    }
    if (!c.errorCode.isEmpty()) {
        detail += QLatin1Char(' ') + c.errorCode;
    }
    detail += QStringLiteral("; ") + c.request.summary();
    if (c.patientId != 0) {
        detail += QStringLiteral("; patient id %1").arg(c.patientId);
    }
    m_record.audit().append(AuditTrail::Action::Create, QStringLiteral("eligibility"), QString::number(c.id), detail);
    tx.commit();
    return c;
}

QList<EligibilityCheck> EligibilityLog::select(const char* where, qint64 key, int limit) const {
    const QByteArray sql =
        QByteArray(Select) + "WHERE " + where + " ORDER BY e.id DESC LIMIT " + QByteArray::number(limit) + ";";
    Statement st(m_record.db(), sql.toStdString());
    st.bind(1, key);
    QList<EligibilityCheck> out;
    while (st.step()) {
        EligibilityCheck c;
        c.id = st.int64(0);
        c.patientId = st.isNull(1) ? 0 : st.int64(1);
        c.receptionId = st.isNull(2) ? 0 : st.int64(2);
        c.status = EligibilityCheck::statusFromCode(st.text(3)).value_or(EligibilityCheck::Status::NotChecked);
        const auto cell = [&c](const char* column) { return checkCell(c.id, column); };
        c.request =
            EligibilityRequest::fromStorage(st.cellText(4, cell("request")).toUtf8()).value_or(EligibilityRequest{});
        c.errorCode = st.text(5);
        c.message = st.cellText(6, cell("message"));
        c.answerJson = st.cellText(7, cell("answer_json")).toUtf8();
        if (c.status == EligibilityCheck::Status::Checked) {
            c.result = EligibilityResult::fromJson(c.answerJson);
        }
        c.checkedAt = Timestamp::fromStorage(st.text(8));
        c.checkedBy = st.text(9);
        if (!st.isNull(10)) {
            c.insuranceUpdateAt = Timestamp::fromStorage(st.text(10));
        }
        out.append(c);
    }
    return out;
}

std::optional<EligibilityCheck> EligibilityLog::find(qint64 id) const {
    const auto rows = select("e.id = ?", id, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<EligibilityCheck> EligibilityLog::latestForReception(qint64 receptionId) const {
    const auto rows = select("e.reception_id = ?", receptionId, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<EligibilityCheck> EligibilityLog::latestForPatient(qint64 patientId) const {
    const auto rows = select("e.patient_id = ?", patientId, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<EligibilityCheck> EligibilityLog::latestWithTokenForPatient(qint64 patientId) const {
    const QDateTime now = m_record.clock().now();
    for (const EligibilityCheck& c : select("e.patient_id = ? AND e.access_token IS NOT NULL", patientId, 20)) {
        if (c.result && c.result->tokenValidAt(now)) {
            return c;
        }
    }
    return std::nullopt;
}

QList<EligibilityCheck> EligibilityLog::forPatient(qint64 patientId, int limit) const {
    return select("e.patient_id = ?", patientId, limit);
}

Patient EligibilityLog::acceptInsuranceUpdate(qint64 checkId, int patientVersion) {
    m_record.require(Permission::RegisterPatients);
    auto& db = m_record.db();
    Transaction tx(db);
    const auto check = find(checkId);
    if (!check) {
        throw Error(Error::Kind::NotFound, tr("The eligibility check was not found."));
    }
    if (check->patientId == 0) {
        throw Error(Error::Kind::Validation, tr("This eligibility check is not linked to a registered patient."));
    }
    const auto proposed = check->result ? InsuranceDifference::proposedFor(*check->result) : std::nullopt;
    if (!proposed) {
        throw Error(Error::Kind::Validation,
                    tr("This eligibility check reports no valid insurance, so there is nothing to register."));
    }
    auto patient = m_record.patients().open(check->patientId);
    if (!patient) {
        throw Error(Error::Kind::NotFound, tr("The patient was not found."));
    }
    if (patient->version != patientVersion) {
        throw Error(Error::Kind::Conflict, tr("%1 changed this patient at %2 (now version %3) while you were looking "
                                              "at it. Nothing was saved; check the insurance again.")
                                               .arg(patient->updatedBy, Timestamp::forMessage(patient->updatedAt))
                                               .arg(patient->version));
    }
    if (InsuranceDifference::between(patient->insurance, *proposed).isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The registered insurance already matches the eligibility check."));
    }
    patient->insurance = *proposed;
    const Patient saved =
        m_record.patients().update(*patient, tr("Insurance updated from online eligibility check %1").arg(checkId));
    Statement upd(db, "UPDATE eligibility_checks SET insurance_update_at = ?, insurance_update_by = ? WHERE id = ?;");
    upd.bind(1, Timestamp::toStorage(m_record.clock().now())).bind(2, m_record.currentUser().id).bind(3, checkId).run();
    m_record.audit().append(
        AuditTrail::Action::Update, QStringLiteral("eligibility"), QString::number(checkId),
        QStringLiteral("insurance accepted for patient %1 (version %2)").arg(saved.number).arg(saved.version));
    tx.commit();
    return saved;
}

} // namespace tsumugi
