#include "core/documents/AddressBookRepository.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/InstitutionNumber.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

namespace {
const char* const Select = "SELECT id, institution_name, institution_number, department, doctor, use_count, "
                           "last_used_at FROM document_addressees ";

AddressBookEntry readEntry(const Statement& st) {
    AddressBookEntry e;
    e.id = st.int64(0);
    e.addressee = {st.text(1), st.text(2), st.text(3), st.text(4)};
    e.useCount = int(st.int64(5));
    if (!st.isNull(6)) {
        e.lastUsedAt = Timestamp::fromStorage(st.text(6));
    }
    return e;
}
} // namespace

AddressBookRepository::AddressBookRepository(ClinicRecord& record)
    : m_record(record) {}

AddressBookEntry AddressBookRepository::save(const AddressBookEntry& input) {
    if (!m_record.can(Permission::WriteCharts)) {
        throw Error(Error::Kind::PermissionDenied, tr("Only doctors keep the address book."));
    }
    const DocumentAddressee a{input.addressee.institutionName.trimmed(), input.addressee.institutionNumber.trimmed(),
                              input.addressee.department.trimmed(), input.addressee.doctor.trimmed()};
    QStringList problems;
    if (a.institutionName.isEmpty()) {
        problems << tr("Enter the institution's name.");
    }
    if (!InstitutionNumber::isValid(a.institutionNumber)) {
        problems << tr("The institution number (医療機関番号) \"%1\" is not valid: it has 10 digits, prefecture "
                       "(01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.")
                        .arg(a.institutionNumber);
    }
    if (!problems.isEmpty()) {
        throw Error(Error::Kind::Validation, problems.join(QLatin1Char('\n')));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    const QString now = Timestamp::toStorage(m_record.clock().now());
    qint64 id = input.id;
    if (id == 0) {
        Statement ins(db, "INSERT INTO document_addressees (institution_name, institution_number, department, "
                          "doctor, updated_at, updated_by) VALUES (?,?,?,?,?,?);");
        ins.bind(1, a.institutionName).bind(2, a.institutionNumber).bindOptional(3, a.department);
        ins.bindOptional(4, a.doctor).bind(5, now).bind(6, m_record.currentUser().id);
        id = ins.insert();
    } else {
        if (!find(id)) {
            throw Error(Error::Kind::NotFound, tr("The address book entry was not found."));
        }
        Statement upd(db, "UPDATE document_addressees SET institution_name=?, institution_number=?, "
                          "department=?, doctor=?, updated_at=?, updated_by=? WHERE id=?;");
        upd.bind(1, a.institutionName).bind(2, a.institutionNumber).bindOptional(3, a.department);
        upd.bindOptional(4, a.doctor).bind(5, now).bind(6, m_record.currentUser().id).bind(7, id).run();
    }
    m_record.audit().append(input.id == 0 ? AuditTrail::Action::Create : AuditTrail::Action::Update,
                            QStringLiteral("addressee"), QString::number(id), a.institutionNumber);
    tx.commit();
    return *find(id);
}

void AddressBookRepository::retire(qint64 id) {
    if (!m_record.can(Permission::WriteCharts)) {
        throw Error(Error::Kind::PermissionDenied, tr("Only doctors keep the address book."));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    if (!find(id)) {
        throw Error(Error::Kind::NotFound, tr("The address book entry was not found."));
    }
    Statement upd(db, "UPDATE document_addressees SET active=0, updated_at=?, updated_by=? WHERE id=?;");
    upd.bind(1, Timestamp::toStorage(m_record.clock().now())).bind(2, m_record.currentUser().id).bind(3, id).run();
    m_record.audit().append(AuditTrail::Action::Withdraw, QStringLiteral("addressee"), QString::number(id));
    tx.commit();
}

QList<AddressBookEntry> AddressBookRepository::list() const {
    QList<AddressBookEntry> out;
    Statement st(m_record.db(),
                 std::string(Select) + "WHERE active = 1 ORDER BY use_count DESC, institution_name, id;");
    while (st.step()) {
        out.append(readEntry(st));
    }
    return out;
}

std::optional<AddressBookEntry> AddressBookRepository::find(qint64 id) const {
    Statement st(m_record.db(), std::string(Select) + "WHERE id = ? AND active = 1;");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readEntry(st);
}

std::optional<AddressBookEntry> AddressBookRepository::findByNumber(const QString& institutionNumber) const {
    Statement st(m_record.db(),
                 std::string(Select) + "WHERE institution_number = ? AND active = 1 ORDER BY id LIMIT 1;");
    st.bind(1, institutionNumber);
    if (!st.step()) {
        return std::nullopt;
    }
    return readEntry(st);
}

void AddressBookRepository::noteUsed(const DocumentAddressee& addressee) {
    if (!InstitutionNumber::isValid(addressee.institutionNumber) || addressee.institutionName.trimmed().isEmpty()) {
        return;
    }
    const QString now = Timestamp::toStorage(m_record.clock().now());
    if (const auto existing = findByNumber(addressee.institutionNumber)) {
        Statement upd(m_record.db(),
                      "UPDATE document_addressees SET use_count = use_count + 1, last_used_at = ? WHERE id = ?;");
        upd.bind(1, now).bind(2, existing->id).run();
        return;
    }
    Statement ins(m_record.db(),
                  "INSERT INTO document_addressees (institution_name, institution_number, department, doctor, "
                  "use_count, last_used_at, updated_at, updated_by) VALUES (?,?,?,?,1,?,?,?);");
    ins.bind(1, addressee.institutionName.trimmed()).bind(2, addressee.institutionNumber);
    ins.bindOptional(3, addressee.department.trimmed()).bindOptional(4, addressee.doctor.trimmed());
    ins.bind(5, now).bind(6, now).bind(7, m_record.currentUser().id).run();
}

} // namespace tsumugi
