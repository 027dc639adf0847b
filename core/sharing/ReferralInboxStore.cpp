#include "core/sharing/ReferralInboxStore.h"

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
const char* const Select = "SELECT id, bundle_identifier, sha256, sender, member_id, delivered_at, document_json, "
                           "stored_at, patient_id, import_status, import_message, received_at FROM referral_inbox ";

// A letter's cell: who sent it, for whom, what it says, sealed on the clinic server (25).
SealedCell letterCell(qint64 id, const char* column) {
    return {QStringLiteral("referral_inbox"), QLatin1String(column), id};
}

QString optionalTime(const QDateTime& t) {
    return t.isValid() ? Timestamp::toStorage(t) : QString();
}
} // namespace

ReferralInboxStore::ReferralInboxStore(ClinicRecord& record)
    : m_record(record) {}

QString ReferralInboxStore::importStatusCode(ReferralLetter::ImportStatus s) {
    switch (s) {
    case ReferralLetter::ImportStatus::Imported:
        return QStringLiteral("imported");
    case ReferralLetter::ImportStatus::Failed:
        return QStringLiteral("failed");
    case ReferralLetter::ImportStatus::NotImported:
        break;
    }
    return QStringLiteral("not_imported");
}

QList<ReferralLetter> ReferralInboxStore::select(const QByteArray& where, const std::function<void(Statement&)>& bind,
                                                 int limit) const {
    const QByteArray sql = QByteArray(Select) + where + " ORDER BY id DESC LIMIT " + QByteArray::number(limit) + ";";
    Statement st(m_record.db(), sql.toStdString());
    if (bind) {
        bind(st);
    }
    QList<ReferralLetter> out;
    while (st.step()) {
        ReferralLetter l;
        l.id = st.int64(0);
        l.bundleIdentifier = st.text(1);
        l.sha256 = st.text(2);
        l.sender = st.cellText(3, letterCell(l.id, "sender"));
        l.memberId = st.cellText(4, letterCell(l.id, "member_id"));
        l.deliveredAt = st.isNull(5) ? QDateTime() : Timestamp::fromStorage(st.text(5));
        l.documentJson = st.cellText(6, letterCell(l.id, "document_json")).toUtf8();
        l.storedAt = Timestamp::fromStorage(st.text(7));
        l.patientId = st.isNull(8) ? 0 : st.int64(8);
        const QString status = st.text(9);
        l.importStatus = status == QLatin1String("imported") ? ReferralLetter::ImportStatus::Imported
                         : status == QLatin1String("failed") ? ReferralLetter::ImportStatus::Failed
                                                             : ReferralLetter::ImportStatus::NotImported;
        l.importMessage = st.cellText(10, letterCell(l.id, "import_message"));
        l.receivedAt = st.isNull(11) ? QDateTime() : Timestamp::fromStorage(st.text(11));
        out.append(l);
    }
    return out;
}

std::optional<ReferralLetter> ReferralInboxStore::find(const QString& bundleIdentifier, const QString& sha256) const {
    const auto rows = select(
        "WHERE bundle_identifier = ? AND sha256 = ?",
        [&](Statement& st) { st.bind(1, bundleIdentifier).bind(2, sha256); }, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<ReferralLetter> ReferralInboxStore::findById(qint64 id) const {
    const auto rows = select(
        "WHERE id = ?", [&](Statement& st) { st.bind(1, id); }, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

ReferralLetter ReferralInboxStore::store(const ReferralLetter& letter) {
    m_record.require(Permission::ManageReception);
    if (letter.bundleIdentifier.isEmpty() || letter.sha256.isEmpty() || letter.documentJson.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("A referral letter needs its identifier, hash and document."));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    if (auto existing = find(letter.bundleIdentifier, letter.sha256)) {
        return *existing;
    }
    const qint64 id = db.reserveId("referral_inbox"); // first: its sealed cells carry it
    const auto cell = [id](const char* column) { return letterCell(id, column); };
    Statement ins(db, "INSERT INTO referral_inbox (bundle_identifier, sha256, sender, member_id, delivered_at, "
                      "document_json, stored_at, stored_by, id) VALUES (?,?,?,?,?,?,?,?,?);");
    ins.bind(1, letter.bundleIdentifier).bind(2, letter.sha256).bindCell(3, cell("sender"), letter.sender);
    ins.bindCellOptional(4, cell("member_id"), letter.memberId).bindOptional(5, optionalTime(letter.deliveredAt));
    ins.bindCell(6, cell("document_json"), QString::fromUtf8(letter.documentJson));
    ins.bind(7, Timestamp::toStorage(m_record.clock().now())).bind(8, m_record.currentUser().id).bind(9, id).run();
    m_record.audit().append(AuditTrail::Action::Import, QStringLiteral("referral"), QString::number(id),
                            QStringLiteral("%1 from %2").arg(letter.bundleIdentifier, letter.sender));
    tx.commit();
    return *findById(id);
}

void ReferralInboxStore::markReceived(qint64 id, const QDateTime& at) {
    auto& db = m_record.db();
    Transaction tx(db);
    Statement upd(db, "UPDATE referral_inbox SET received_at = ? WHERE id = ? AND received_at IS NULL;");
    upd.bind(1, Timestamp::toStorage(at)).bind(2, id).run();
    if (db.changes() > 0) {
        m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("referral"), QString::number(id),
                                QStringLiteral("receipt acknowledged"));
    }
    tx.commit();
}

void ReferralInboxStore::setImportResult(qint64 id, qint64 patientId, ReferralLetter::ImportStatus status,
                                         const QString& message) {
    auto& db = m_record.db();
    Transaction tx(db);
    Statement upd(db, "UPDATE referral_inbox SET patient_id = ?, import_status = ?, import_message = ? WHERE id = ?;");
    if (patientId != 0) {
        upd.bind(1, patientId);
    } else {
        upd.bindNull(1);
    }
    upd.bind(2, importStatusCode(status)).bindCellOptional(3, letterCell(id, "import_message"), message);
    upd.bind(4, id).run();
    tx.commit();
}

QList<ReferralLetter> ReferralInboxStore::list(int limit) const {
    return select("", nullptr, limit);
}

QList<ReferralLetter> ReferralInboxStore::awaitingReceipt() const {
    return select("WHERE received_at IS NULL", nullptr, 10000);
}

} // namespace tsumugi
