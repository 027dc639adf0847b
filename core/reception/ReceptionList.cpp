#include "core/reception/ReceptionList.h"

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

ReceptionList::ReceptionList(ClinicRecord& record)
    : m_record(record) {}

ReceptionEntry ReceptionList::add(qint64 patientId) {
    m_record.require(Permission::ManageReception);
    auto& db = m_record.db();
    const QDate day = m_record.clock().today();
    const QString now = Timestamp::toStorage(m_record.clock().now());
    Transaction tx(db);
    {
        Statement open(db, "SELECT count(*) FROM reception_entries WHERE visit_date = ? AND patient_id = ? "
                           "AND status <> 'done';");
        open.bind(1, day.toString(Qt::ISODate)).bind(2, patientId).step();
        if (open.int64(0) > 0) {
            throw Error(Error::Kind::Conflict, tr("This patient is already on today's reception list."));
        }
    }
    qint64 patientNumber = 0;
    {
        Statement p(db, "SELECT patient_number FROM patients WHERE id = ?;");
        p.bind(1, patientId);
        if (!p.step()) {
            throw Error(Error::Kind::NotFound, tr("The patient was not found."));
        }
        patientNumber = p.int64(0);
    }
    Statement ins(db, "INSERT INTO reception_entries (visit_date, queue_number, patient_id, status, arrived_at, "
                      "updated_at, updated_by) VALUES (?1, (SELECT COALESCE(MAX(queue_number), 0) + 1 FROM "
                      "reception_entries WHERE visit_date = ?1), ?2, 'waiting', ?3, ?3, ?4);");
    ins.bind(1, day.toString(Qt::ISODate)).bind(2, patientId).bind(3, now).bind(4, m_record.currentUser().id);
    const qint64 id = ins.insert();
    m_record.audit().append(AuditTrail::Action::Create, QStringLiteral("reception"), QString::number(id),
                            QStringLiteral("patient %1").arg(patientNumber));
    tx.commit();
    for (const auto& e : forDay(day)) {
        if (e.id == id) {
            return e;
        }
    }
    throw Error(Error::Kind::NotFound, tr("The reception entry was not found."));
}

void ReceptionList::setStatus(qint64 entryId, ReceptionStatus status) {
    m_record.require(Permission::ManageReception);
    auto& db = m_record.db();
    Transaction tx(db);
    Statement st(db, "UPDATE reception_entries SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?;");
    st.bind(1, receptionStatusToString(status)).bind(2, Timestamp::toStorage(m_record.clock().now()));
    st.bind(3, m_record.currentUser().id).bind(4, entryId).run();
    if (db.changes() == 0) {
        throw Error(Error::Kind::NotFound, tr("The reception entry was not found."));
    }
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("reception"), QString::number(entryId),
                            receptionStatusToString(status));
    tx.commit();
}

QList<ReceptionEntry> ReceptionList::forDay(const QDate& day) const {
    Statement st(m_record.db(),
                 "SELECT r.id, r.visit_date, r.queue_number, r.status, r.arrived_at, p.id, p.patient_number, "
                 "p.family_name, p.given_name, p.family_kana, p.given_kana, p.sex, p.birth_date, p.version "
                 "FROM reception_entries r JOIN patients p ON p.id = r.patient_id "
                 "WHERE r.visit_date = ? ORDER BY r.queue_number;");
    st.bind(1, day.toString(Qt::ISODate));
    QList<ReceptionEntry> out;
    while (st.step()) {
        ReceptionEntry e;
        e.id = st.int64(0);
        e.date = QDate::fromString(st.text(1), Qt::ISODate);
        e.queueNumber = int(st.int64(2));
        e.status = receptionStatusFromString(st.text(3)).value_or(ReceptionStatus::Waiting);
        e.arrivedAt = Timestamp::fromStorage(st.text(4));
        e.patient.id = st.int64(5);
        e.patient.number = st.int64(6);
        const auto cell = [&e](const char* column) {
            return SealedCell(QStringLiteral("patients"), QLatin1String(column), e.patient.id);
        };
        e.patient.familyName = st.cellText(7, cell("family_name"));
        e.patient.givenName = st.cellText(8, cell("given_name"));
        e.patient.familyKana = st.cellText(9, cell("family_kana"));
        e.patient.givenKana = st.cellText(10, cell("given_kana"));
        e.patient.sex = sexFromString(st.cellText(11, cell("sex"))).value_or(Sex::Unknown);
        e.patient.birthDate = QDate::fromString(st.cellText(12, cell("birth_date")), Qt::ISODate);
        e.patient.version = int(st.int64(13));
        out.append(e);
    }
    return out;
}

QList<ReceptionEntry> ReceptionList::today() const {
    return forDay(m_record.clock().today());
}

} // namespace tsumugi
