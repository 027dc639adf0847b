#include "core/chart/ReceivedItemStore.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/ChartItemJournal.h"
#include "core/chart/LabResultRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <string>
#include <vector>

namespace tsumugi {

// The columns a kind fills from its item (same order for INSERT and UPDATE), and how to bind them from 1 for the
// item's row (its sealed columns carry the row's id).
struct ReceivedItemStore::Columns {
    std::vector<const char*> names;
    std::function<void(Statement&, qint64 id)> bind;
    std::function<void(qint64 id)> indexTokens; // where the kind's values are searched (SearchTokens)
};

namespace {
QString hashOf(const QByteArray& raw) {
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

SealedCell cellOf(const char* table, const char* column, qint64 id) {
    return {QLatin1String(table), QLatin1String(column), id};
}

} // namespace

QString ReceivedItemStore::receivedRow(const Source& source) const {
    // A row keyed by the tokens of its sender and key is named by them (StorageModel: several key columns, "/").
    return Statement::keyedText(m_record.db(), "received_items", "source_institution", source.institution) +
           QLatin1Char('/') + Statement::keyedText(m_record.db(), "received_items", "resource_key", source.resourceKey);
}

ReceivedItemStore::ReceivedItemStore(ClinicRecord& record)
    : m_record(record) {}

ReceivedItemStore::~ReceivedItemStore() = default;

std::optional<ReceivedItemStore::Existing> ReceivedItemStore::existing(const Source& source,
                                                                       const QString& hash) const {
    // The sender, the key and the hash are held as keyed tokens (schema 26): compared where they are.
    Statement st(m_record.db(), "SELECT item_id, patient_id, CASE WHEN content_hash = ? THEN 1 ELSE 0 END FROM "
                                "received_items WHERE source_institution = ? AND resource_key = ?;");
    st.bindKeyed(1, "received_items", "content_hash", hash)
        .bindKeyed(2, "received_items", "source_institution", source.institution)
        .bindKeyed(3, "received_items", "resource_key", source.resourceKey);
    if (!st.step()) {
        return std::nullopt;
    }
    return Existing{st.int64(0), st.int64(1), st.int64(2) == 1};
}

ReceivedItemStore::Result ReceivedItemStore::store(const char* kind, const char* table, qint64 patientId,
                                                   const Source& source, const Columns& columns) {
    ChartItemJournal journal(m_record);
    journal.requireWrite();
    if (source.institution.trimmed().isEmpty() || source.resourceKey.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("A received item needs its source institution and resource key."));
    }
    auto& db = m_record.db();
    // Inside the importer's per-file transaction no savepoint per item is needed (a failure rolls the whole file
    // back); called alone, the item is written all or nothing by its own transaction.
    std::optional<Transaction> tx;
    if (!db.inTransaction()) {
        tx.emplace(db);
    }
    if (m_checkedPatient != patientId) {
        journal.requirePatient(patientId);
        m_checkedPatient = patientId;
    }
    const QString hash = hashOf(source.rawJson);
    const QString now = journal.nowForStorage();
    const auto before = existing(source, hash);
    if (before && before->patientId != patientId) {
        throw Error(Error::Kind::Conflict,
                    tr("This resource (%1 from institution %2) was already imported for another patient; it is not "
                       "imported a second time.")
                        .arg(source.resourceKey, source.institution));
    }
    if (before && before->sameContent) {
        if (tx) {
            tx->commit();
        }
        return {before->itemId, Outcome::Unchanged};
    }
    const int n = int(columns.names.size());
    qint64 itemId = 0;
    int version = 1;
    if (!before) {
        std::string sql = std::string("INSERT INTO ") + table + " (";
        for (const char* c : columns.names) {
            sql += std::string(c) + ", ";
        }
        sql += "patient_id, version, status, recorded_by, source_institution, raw_json, updated_at, updated_by, id) "
               "VALUES (";
        for (int i = 0; i < n; ++i) {
            sql += "?, ";
        }
        sql += "?, 1, 'active', ?, ?, ?, ?, ?, ?);";
        itemId = db.reserveId(table); // first: the sealed columns carry it
        Statement ins(db, sql);
        columns.bind(ins, itemId);
        ins.bind(n + 1, patientId).bind(n + 2, journal.userId());
        ins.bindCell(n + 3, cellOf(table, "source_institution", itemId), source.institution);
        ins.bindCell(n + 4, cellOf(table, "raw_json", itemId), QString::fromUtf8(source.rawJson));
        ins.bind(n + 5, now).bind(n + 6, journal.userId()).bind(n + 7, itemId).run();
        Statement key(db, "INSERT INTO received_items (source_institution, resource_key, kind, "
                          "item_id, patient_id, content_hash, received_at, source_institution_value, "
                          "resource_key_value, content_hash_value) VALUES (?,?,?,?,?,?,?,?,?,?);");
        key.bindKeyed(1, "received_items", "source_institution", source.institution)
            .bindKeyed(2, "received_items", "resource_key", source.resourceKey)
            .bind(3, kind)
            .bind(4, itemId);
        key.bind(5, patientId).bindKeyed(6, "received_items", "content_hash", hash).bind(7, now);
        const QString row = receivedRow(source);
        key.bindCell(8, {QStringLiteral("received_items"), QStringLiteral("source_institution_value"), row},
                     source.institution);
        key.bindCell(9, {QStringLiteral("received_items"), QStringLiteral("resource_key_value"), row},
                     source.resourceKey);
        key.bindCell(10, {QStringLiteral("received_items"), QStringLiteral("content_hash_value"), row}, hash).run();
    } else {
        itemId = before->itemId;
        std::string sql = std::string("UPDATE ") + table + " SET ";
        for (const char* c : columns.names) {
            sql += std::string(c) + " = ?, ";
        }
        sql += "raw_json = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?;";
        Statement upd(db, sql);
        columns.bind(upd, itemId);
        upd.bindCell(n + 1, cellOf(table, "raw_json", itemId), QString::fromUtf8(source.rawJson));
        upd.bind(n + 2, now).bind(n + 3, journal.userId());
        upd.bind(n + 4, itemId).run();
        Statement v(db, std::string("SELECT version FROM ") + table + " WHERE id = ?;");
        v.bind(1, itemId);
        v.step();
        version = int(v.int64(0));
        // The sender and key are written again beside their tokens too (a row from before 27 had no copy).
        Statement key(db, "UPDATE received_items SET content_hash = ?, received_at = ?, source_institution_value = ?, "
                          "resource_key_value = ?, content_hash_value = ? "
                          "WHERE source_institution = ? AND resource_key = ?;");
        const QString row = receivedRow(source);
        key.bindKeyed(1, "received_items", "content_hash", hash).bind(2, now);
        key.bindCell(3, {QStringLiteral("received_items"), QStringLiteral("source_institution_value"), row},
                     source.institution);
        key.bindCell(4, {QStringLiteral("received_items"), QStringLiteral("resource_key_value"), row},
                     source.resourceKey);
        key.bindCell(5, {QStringLiteral("received_items"), QStringLiteral("content_hash_value"), row}, hash);
        key.bindKeyed(6, "received_items", "source_institution", source.institution)
            .bindKeyed(7, "received_items", "resource_key", source.resourceKey)
            .run();
    }
    if (columns.indexTokens) {
        columns.indexTokens(itemId);
    }
    // The version row keeps the resource as it arrived, so an update from the sender never loses the earlier one.
    // Written as text around the raw JSON (already valid JSON): no parse and re-serialisation per item.
    QByteArray data = "{\"sourceInstitution\":\"" + source.institution.toUtf8() + "\",\"resourceKey\":";
    data += QJsonDocument(QJsonArray{source.resourceKey}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    data += ",\"received\":";
    data += source.rawJson;
    data += '}';
    Statement v(db, "INSERT INTO chart_item_versions (kind, item_id, version, data, reason, author_id, "
                    "created_at) VALUES (?,?,?,?,?,?,?);");
    const QString itemKind = QLatin1String(kind);
    v.bind(1, itemKind).bind(2, itemId).bind(3, version);
    v.bindCell(4, ChartItemJournal::versionCell(itemKind, itemId, version, "data"), QString::fromUtf8(data));
    v.bindCell(5, ChartItemJournal::versionCell(itemKind, itemId, version, "reason"),
               before ? tr("Updated by the sending institution %1").arg(source.institution)
                      : tr("Received from institution %1").arg(source.institution));
    v.bind(6, journal.userId()).bind(7, now).run();
    // No ChartChangeListener call: a received item is not ours to send, so it changes nothing in our submissions.
    if (tx) {
        tx->commit();
    }
    return {itemId, before ? Outcome::Updated : Outcome::Added};
}

ReceivedItemStore::Result ReceivedItemStore::receive(const Diagnosis& d, const Source& source) {
    Columns c;
    c.names = {"name",        "medis_code", "receipt_code", "icd10",      "modifiers", "start_date",
               "principal",   "suspected",  "outcome",      "end_date",   "long_term", "uninformed",
               "undelivered", "department", "comment",      "recorded_at"};
    const QString recordedAt =
        d.recordedAt.isValid() ? Timestamp::toStorage(d.recordedAt) : ChartItemJournal(m_record).nowForStorage();
    c.bind = [&](Statement& st, qint64 id) {
        const auto cell = [id](const char* column) { return cellOf("diagnoses", column, id); };
        st.bindCell(1, cell("name"), d.name).bindCell(2, cell("medis_code"), d.medisCode);
        st.bindCellOptional(3, cell("receipt_code"), d.receiptCode).bindCellOptional(4, cell("icd10"), d.icd10);
        st.bindCell(5, cell("modifiers"), QStringLiteral("[]")).bind(6, d.startText()).bind(7, int(d.principal));
        st.bind(8, int(d.suspected)).bind(9, outcomeToString(d.outcome));
        st.bindOptional(10, d.endText());
        st.bind(11, int(d.longTerm)).bind(12, int(d.uninformed)).bind(13, int(d.undelivered));
        st.bindOptional(14, d.department).bindCellOptional(15, cell("comment"), d.comment).bind(16, recordedAt);
    };
    return store("diagnosis", "diagnoses", d.patientId, source, c);
}

ReceivedItemStore::Result ReceivedItemStore::receive(const Allergy& a, const Source& source) {
    Columns c;
    c.names = {"category",    "code_system",  "code",       "name",          "reaction",  "severity",
               "criticality", "verification", "onset_date", "recorded_date", "long_term", "comment"};
    const QDate recorded = a.recordedDate.isValid() ? a.recordedDate : ChartItemJournal(m_record).today();
    c.bind = [&](Statement& st, qint64 id) {
        const auto cell = [id](const char* column) { return cellOf("allergies", column, id); };
        st.bind(1, allergyCategoryToString(a.category)).bind(2, allergyCodeSystemToString(a.codeSystem));
        st.bindCellOptional(3, cell("code"), a.code).bindCell(4, cell("name"), a.name);
        st.bindCellOptional(5, cell("reaction"), a.reaction).bind(6, severityToString(a.severity));
        st.bind(7, criticalityToString(a.criticality));
        st.bind(8, a.unconfirmed ? QStringLiteral("unconfirmed") : QStringLiteral("confirmed"));
        st.bindOptional(9, a.onsetText());
        st.bind(10, recorded.toString(Qt::ISODate)).bind(11, int(a.longTerm));
        st.bindCellOptional(12, cell("comment"), a.comment);
    };
    return store("allergy", "allergies", a.patientId, source, c);
}

ReceivedItemStore::Result ReceivedItemStore::receive(const LabResult& r, const Source& source) {
    Columns c;
    c.names = {"code_system",   "code",     "item_key",     "name",          "infection",      "value_number",
               "value_text",    "unit",     "ucum_unit",    "reference_low", "reference_high", "reference_text",
               "abnormal_flag", "specimen", "collected_at", "comment",       "local_code",     "ordered_by"};
    c.bind = [&](Statement& st, qint64 id) {
        LabResultRepository::bindValues(st, 1, id, r);
        LabResultRepository::bindSharing(st, 17, id, r); // the sender's local code; ordered here by nobody
    };
    c.indexTokens = [&](qint64 id) { LabResultRepository::indexTokens(m_record.db(), id, r); };
    return store("lab-result", "lab_results", r.patientId, source, c);
}

QByteArray ReceivedItemStore::rawJson(const QString& kind, qint64 itemId) const {
    const char* table = kind == QStringLiteral("diagnosis")    ? "diagnoses"
                        : kind == QStringLiteral("allergy")    ? "allergies"
                        : kind == QStringLiteral("lab-result") ? "lab_results"
                                                               : nullptr;
    if (!table) {
        return {};
    }
    Statement st(m_record.db(), std::string("SELECT raw_json FROM ") + table + " WHERE id = ?;");
    st.bind(1, itemId);
    return st.step() && !st.isNull(0) ? st.cellText(0, cellOf(table, "raw_json", itemId)).toUtf8() : QByteArray();
}

std::optional<qint64> ReceivedItemStore::linkedPatient(const QString& identifier) const {
    Statement st(m_record.db(), "SELECT patient_id FROM received_patient_links WHERE identifier = ?;");
    st.bindKeyed(1, "received_patient_links", "identifier", identifier);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.int64(0);
}

void ReceivedItemStore::link(const QString& identifier, qint64 patientId) {
    ChartItemJournal journal(m_record);
    // A link stays with the patient it was made for (a sender's identifier names one person).
    Statement st(m_record.db(), "INSERT INTO received_patient_links (identifier, patient_id, linked_at, linked_by, "
                                "identifier_value) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                                "received_patient_links WHERE identifier = ?);");
    st.bindKeyed(1, "received_patient_links", "identifier", identifier)
        .bind(2, patientId)
        .bind(3, journal.nowForStorage())
        .bind(4, journal.userId());
    st.bindCell(5,
                {QStringLiteral("received_patient_links"), QStringLiteral("identifier_value"),
                 Statement::keyedText(m_record.db(), "received_patient_links", "identifier", identifier)},
                identifier);
    st.bindKeyed(6, "received_patient_links", "identifier", identifier).run();
}

void ReceivedItemStore::logImport(const ImportLogEntry& e) {
    ChartItemJournal journal(m_record);
    // The file's name, origin and report (which names what was read) are sealed on the clinic server (25).
    const qint64 id = m_record.db().reserveId("fhir_imports");
    const auto cell = [id](const char* column) { return cellOf("fhir_imports", column, id); };
    Statement st(m_record.db(), "INSERT INTO fhir_imports (file_name, sha256, source_institution, patient_id, "
                                "added, updated, unchanged, report, imported_at, imported_by, id) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?);");
    st.bindCell(1, cell("file_name"), e.fileName).bind(2, QString::fromLatin1(e.sha256.toHex()));
    st.bindCellOptional(3, cell("source_institution"), e.sourceInstitution);
    if (e.patientId != 0) {
        st.bind(4, e.patientId);
    } else {
        st.bindNull(4);
    }
    st.bind(5, e.added).bind(6, e.updated).bind(7, e.unchanged).bindCell(8, cell("report"), e.report);
    st.bind(9, journal.nowForStorage()).bind(10, journal.userId()).bind(11, id).run();
    const QString number = e.patientId != 0 ? QString::number(journal.requirePatient(e.patientId)) : QString();
    m_record.audit().append(AuditTrail::Action::Import, QStringLiteral("fhir-import"), number,
                            QStringLiteral("%1 from %2: %3 added, %4 updated, %5 unchanged")
                                .arg(e.fileName, e.sourceInstitution)
                                .arg(e.added)
                                .arg(e.updated)
                                .arg(e.unchanged));
}

} // namespace tsumugi
