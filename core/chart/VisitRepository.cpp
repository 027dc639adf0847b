#include "core/chart/VisitRepository.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/users/User.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

QString encounterClassToString(Visit::EncounterClass c) {
    return c == Visit::EncounterClass::Inpatient ? QStringLiteral("inpatient") : QStringLiteral("outpatient");
}

std::optional<Visit::EncounterClass> encounterClassFromString(const QString& text) {
    if (text == QStringLiteral("outpatient")) {
        return Visit::EncounterClass::Outpatient;
    }
    if (text == QStringLiteral("inpatient")) {
        return Visit::EncounterClass::Inpatient;
    }
    return std::nullopt;
}

namespace {
const char* const Columns =
    "v.id, v.patient_id, v.version, v.visit_date, v.encounter_class, v.department, v.doctor_id, "
    "d.display_name, v.status, v.withdrawn_reason, v.source_institution, v.updated_at, "
    "u.display_name";
const char* const From = " FROM visits v JOIN users d ON d.id = v.doctor_id JOIN users u ON u.id = v.updated_by ";

// A visit's cell: its free text is sealed on the clinic server (Schema: 21).
SealedCell visitCell(qint64 id, const char* column) {
    return {QStringLiteral("visits"), QLatin1String(column), id};
}

Visit readVisit(const Statement& st) {
    Visit v;
    v.id = st.int64(0);
    v.patientId = st.int64(1);
    v.version = int(st.int64(2));
    v.date = QDate::fromString(st.text(3), Qt::ISODate);
    v.encounterClass = encounterClassFromString(st.text(4)).value_or(Visit::EncounterClass::Outpatient);
    v.department = st.text(5);
    v.doctorId = st.int64(6);
    v.doctorName = st.text(7);
    v.withdrawn = st.text(8) == QStringLiteral("withdrawn");
    v.withdrawnReason = st.cellText(9, visitCell(v.id, "withdrawn_reason"));
    v.sourceInstitution = st.cellText(10, visitCell(v.id, "source_institution"));
    v.updatedAt = Timestamp::fromStorage(st.text(11));
    v.updatedBy = st.text(12);
    return v;
}

QJsonObject toJson(const Visit& v) {
    return {{QStringLiteral("date"), v.date.toString(Qt::ISODate)},
            {QStringLiteral("class"), encounterClassToString(v.encounterClass)},
            {QStringLiteral("department"), v.department},
            {QStringLiteral("doctorId"), v.doctorId},
            {QStringLiteral("withdrawn"), v.withdrawn},
            {QStringLiteral("withdrawnReason"), v.withdrawnReason}};
}
} // namespace

VisitRepository::VisitRepository(ChartItemJournal& journal)
    : m_journal(journal) {}

QStringList VisitRepository::problems(const Visit& v, const QDate& today) {
    QStringList out;
    if (!v.date.isValid()) {
        out << tr("Enter the visit date.");
    } else if (v.date > today) {
        out << tr("The visit date %1 is in the future.").arg(v.date.toString(Qt::ISODate));
    } else if (v.date.year() < 1900) {
        out << tr("The visit date %1 is too far in the past.").arg(v.date.toString(Qt::ISODate));
    }
    if (v.department.trimmed().isEmpty()) {
        out << tr("Enter the department (診療科).");
    } else if (v.department.trimmed().size() > 40) {
        out << tr("The department name is longer than 40 characters.");
    }
    return out;
}

Visit VisitRepository::create(const Visit& input) {
    m_journal.requireWrite();
    Visit v = input;
    v.department = v.department.trimmed();
    v.sourceInstitution.clear();
    ChartItemJournal::throwIfAny(problems(v, m_journal.today()));
    auto& db = m_journal.record().db();
    Transaction tx(db);
    m_journal.requirePatient(v.patientId);
    if (v.doctorId == 0) {
        v.doctorId = m_journal.userId();
    }
    {
        Statement doctor(db, "SELECT role FROM users WHERE id = ?;");
        doctor.bind(1, v.doctorId);
        if (!doctor.step() || doctor.text(0) != QStringLiteral("doctor")) {
            throw Error(Error::Kind::Validation, tr("The doctor of a visit must be a user with the doctor role."));
        }
    }
    v.version = 1;
    const QString now = m_journal.nowForStorage();
    Statement ins(db, "INSERT INTO visits (patient_id, version, visit_date, encounter_class, department, doctor_id, "
                      "created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?);");
    ins.bind(1, v.patientId).bind(2, v.version).bind(3, v.date.toString(Qt::ISODate));
    ins.bind(4, encounterClassToString(v.encounterClass)).bind(5, v.department).bind(6, v.doctorId);
    ins.bind(7, now).bind(8, now).bind(9, m_journal.userId());
    v.id = ins.insert();
    m_journal.saveVersion(QStringLiteral("visit"), v.id, v.version, toJson(v), {});
    m_journal.changed(ChartChange::Item::Visit, v.patientId, v.id, ChartChange::Kind::Created, v.version);
    tx.commit();
    return *find(v.id);
}

Visit VisitRepository::stored(const Visit& v, const QString& reason, bool withdrawing) {
    auto& db = m_journal.record().db();
    Statement upd(db, "UPDATE visits SET version=?, visit_date=?, encounter_class=?, department=?, doctor_id=?, "
                      "status=?, withdrawn_reason=?, updated_at=?, updated_by=? WHERE id=? AND version=?;");
    upd.bind(1, v.version + 1).bind(2, v.date.toString(Qt::ISODate)).bind(3, encounterClassToString(v.encounterClass));
    upd.bind(4, v.department).bind(5, v.doctorId);
    upd.bind(6, v.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active"))
        .bindCellOptional(7, visitCell(v.id, "withdrawn_reason"), v.withdrawnReason);
    upd.bind(8, m_journal.nowForStorage()).bind(9, m_journal.userId()).bind(10, v.id).bind(11, v.version);
    upd.run();
    Visit saved = v;
    saved.version = v.version + 1;
    m_journal.saveVersion(QStringLiteral("visit"), v.id, saved.version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::Visit, v.patientId, v.id,
                      withdrawing ? ChartChange::Kind::Withdrawn : ChartChange::Kind::Updated, saved.version);
    return *find(v.id);
}

Visit VisitRepository::update(const Visit& input, const QString& reason) {
    m_journal.requireWrite();
    Visit v = input;
    v.department = v.department.trimmed();
    ChartItemJournal::throwIfAny(problems(v, m_journal.today()));
    Transaction tx(m_journal.record().db());
    const auto current = find(v.id);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The visit was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->version != v.version) {
        throw Error(Error::Kind::Conflict, tr("%1 changed this visit at %2 (now version %3) while you were editing it. "
                                              "Nothing was saved; reopen it and apply your change again.")
                                               .arg(current->updatedBy, Timestamp::forMessage(current->updatedAt))
                                               .arg(current->version));
    }
    v.patientId = current->patientId;
    v.withdrawn = current->withdrawn;
    v.withdrawnReason = current->withdrawnReason;
    if (v.doctorId == 0) {
        v.doctorId = current->doctorId;
    }
    const Visit saved = stored(v, reason, false);
    tx.commit();
    return saved;
}

Visit VisitRepository::withdraw(qint64 visitId, const QString& reason) {
    m_journal.requireWrite();
    Transaction tx(m_journal.record().db());
    auto current = find(visitId);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The visit was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->withdrawn) {
        throw Error(Error::Kind::Conflict, tr("The visit is already withdrawn."));
    }
    current->withdrawn = true;
    current->withdrawnReason = reason.trimmed();
    const Visit saved = stored(*current, reason, true);
    tx.commit();
    return saved;
}

std::optional<Visit> VisitRepository::find(qint64 visitId) const {
    const QByteArray sql = QByteArray("SELECT ") + Columns + From + "WHERE v.id = ?;";
    Statement st(m_journal.record().db(), sql.toStdString());
    st.bind(1, visitId);
    if (!st.step()) {
        return std::nullopt;
    }
    return readVisit(st);
}

QList<Visit> VisitRepository::forPatient(qint64 patientId, int limit) const {
    const QByteArray sql = QByteArray("SELECT ") + Columns + From +
                           "WHERE v.patient_id = ? ORDER BY v.visit_date DESC, v.id DESC LIMIT ?;";
    Statement st(m_journal.record().db(), sql.toStdString());
    st.bind(1, patientId).bindLimit(2, limit);
    QList<Visit> out;
    while (st.step()) {
        out.append(readVisit(st));
    }
    return out;
}

} // namespace tsumugi
