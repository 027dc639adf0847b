#include "core/masters/MasterCatalog.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/SqliteConnection.h"
#include "core/db/SqliteStatement.h"
#include "core/db/SqliteTransaction.h"
#include "core/masters/JfagyMasterReader.h"
#include "core/masters/JlacValueSetReader.h"
#include "core/masters/ReceiptMasterReader.h"
#include "core/masters/StarterMasters.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/KanaNormalizer.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>

namespace tsumugi {

QString masterKindToString(MasterKind kind) {
    switch (kind) {
    case MasterKind::Disease:
        return QStringLiteral("disease");
    case MasterKind::Modifier:
        return QStringLiteral("modifier");
    case MasterKind::Drug:
        return QStringLiteral("drug");
    case MasterKind::Jfagy:
        return QStringLiteral("jfagy");
    case MasterKind::Jlac:
        return QStringLiteral("jlac");
    }
    return QStringLiteral("disease");
}

std::optional<MasterKind> masterKindFromString(const QString& text) {
    for (auto k : {MasterKind::Disease, MasterKind::Modifier, MasterKind::Drug, MasterKind::Jfagy, MasterKind::Jlac}) {
        if (masterKindToString(k) == text) {
            return k;
        }
    }
    return std::nullopt;
}

namespace {
const char* const Columns = "kind, code, name, kana, medis_code, icd10, yj_code, generic_name, unit, group_code, "
                            "category, detail";

MasterEntry readEntry(const SqliteStatement& st) {
    MasterEntry e;
    e.kind = masterKindFromString(st.text(0)).value_or(MasterKind::Disease);
    e.code = st.text(1);
    e.name = st.text(2);
    e.kana = st.text(3);
    e.medisCode = st.text(4);
    e.icd10 = st.text(5);
    e.yjCode = st.text(6);
    e.genericName = st.text(7);
    e.unit = st.text(8);
    e.groupCode = st.text(9);
    e.category = st.text(10);
    e.detail = st.text(11);
    return e;
}

QString upperBound(const QString& prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}
} // namespace

MasterCatalog::MasterCatalog(ClinicRecord& record)
    : m_record(record) {}

void MasterCatalog::ensureLoaded(MasterKind kind) {
    if (m_checked.contains(kind)) {
        return;
    }
    SqliteStatement st(m_record.db(), "SELECT (SELECT count(*) FROM master_imports WHERE kind = ?1) + "
                                      "(SELECT EXISTS (SELECT 1 FROM master_entries WHERE kind = ?1));");
    st.bind(1, masterKindToString(kind));
    st.step();
    if (st.int64(0) > 0) {
        // Only a committed master is remembered: a starter load inside a transaction that later rolls back
        // must be tried again.
        m_checked.append(kind);
        return;
    }
    const QByteArray starter = StarterMasters::text(kind);
    if (starter.isEmpty()) {
        return;
    }
    const QString today = m_record.clock().today().toString(QStringLiteral("yyyyMMdd"));
    ReceiptMasterReader::Result r;
    if (kind == MasterKind::Disease) {
        r = ReceiptMasterReader::readDiseases(starter, today);
    } else if (kind == MasterKind::Modifier) {
        r = ReceiptMasterReader::readModifiers(starter, today);
    } else {
        r = ReceiptMasterReader::readDrugs(starter, today);
    }
    SqliteTransaction tx(m_record.db());
    SqliteStatement ins(m_record.db(),
                        "INSERT OR REPLACE INTO master_entries (kind, code, name, kana, kana_key, "
                        "name_key, medis_code, icd10, yj_code, generic_name, unit, group_code, category, "
                        "detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    for (const MasterEntry& e : r.entries) {
        ins.reset();
        ins.bind(1, masterKindToString(kind)).bind(2, e.code).bind(3, e.name).bind(4, e.kana);
        ins.bind(5, KanaNormalizer::normalize(e.kana)).bind(6, KanaNormalizer::normalize(e.name));
        ins.bindOptional(7, e.medisCode).bindOptional(8, e.icd10).bindOptional(9, e.yjCode);
        ins.bindOptional(10, e.genericName).bindOptional(11, e.unit).bindOptional(12, e.groupCode);
        ins.bindOptional(13, e.category).bindOptional(14, e.detail);
        ins.run();
    }
    SqliteStatement log(m_record.db(), "INSERT INTO master_imports (kind, source, entries, imported_at) "
                                       "VALUES (?, 'starter', ?, ?);");
    log.bind(1, masterKindToString(kind)).bind(2, qint64(r.entries.size()));
    log.bind(3, Timestamp::toStorage(m_record.clock().now())).run();
    tx.commit();
}

QList<MasterEntry> MasterCatalog::search(MasterKind kind, const QString& rawQuery, int limit) {
    ensureLoaded(kind);
    const QString query = rawQuery.normalized(QString::NormalizationForm_KC).trimmed();
    QList<MasterEntry> out;
    if (query.isEmpty()) {
        return out;
    }
    const QString key = KanaNormalizer::normalize(query);
    const bool kana = KanaNormalizer::isKana(query);
    // Kana: the reading's prefix. Otherwise the name's prefix, and codes (exact, or the JLAC item).
    const QByteArray sql =
        QByteArray("SELECT ") + Columns + " FROM master_entries WHERE kind = ?1 AND " +
        (kana ? "kana_key >= ?2 AND kana_key < ?3"
              : "((name_key >= ?2 AND name_key < ?3) OR code = ?4 OR group_code = ?4 OR yj_code = ?4)") +
        " ORDER BY " + (kana ? "kana_key" : "name_key") + ", code LIMIT ?5;";
    SqliteStatement st(m_record.db(), sql.toStdString());
    st.bind(1, masterKindToString(kind)).bind(2, key).bind(3, upperBound(key));
    if (!kana) {
        st.bind(4, query);
    }
    st.bind(5, qint64(limit));
    while (st.step()) {
        out.append(readEntry(st));
    }
    return out;
}

std::optional<MasterEntry> MasterCatalog::find(MasterKind kind, const QString& code) {
    ensureLoaded(kind);
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM master_entries WHERE kind = ? AND code = ?;";
    SqliteStatement st(m_record.db(), sql.toStdString());
    st.bind(1, masterKindToString(kind)).bind(2, code);
    if (!st.step()) {
        return std::nullopt;
    }
    return readEntry(st);
}

QList<MasterEntry> MasterCatalog::drugsByYj(const QString& yjCode) {
    ensureLoaded(MasterKind::Drug);
    QList<MasterEntry> out;
    if (yjCode.size() < 7) {
        return out;
    }
    const QString prefix = yjCode.left(7);
    const QByteArray sql =
        QByteArray("SELECT ") + Columns +
        " FROM master_entries WHERE kind = 'drug' AND yj_code >= ? AND yj_code < ? ORDER BY yj_code;";
    SqliteStatement st(m_record.db(), sql.toStdString());
    st.bind(1, prefix).bind(2, upperBound(prefix));
    while (st.step()) {
        out.append(readEntry(st));
    }
    return out;
}

qint64 MasterCatalog::count(MasterKind kind) {
    ensureLoaded(kind);
    SqliteStatement st(m_record.db(), "SELECT count(*) FROM master_entries WHERE kind = ?;");
    st.bind(1, masterKindToString(kind));
    st.step();
    return st.int64(0);
}

MasterCatalog::ImportResult MasterCatalog::replace(MasterKind kind, const QList<MasterEntry>& entries,
                                                   const QString& source, const QStringList& notes) {
    if (!m_record.can(Permission::WriteCharts) && !m_record.can(Permission::ManageClinic)) {
        throw Error(Error::Kind::PermissionDenied, tr("Only doctors and administrators import masters."));
    }
    if (entries.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("The file has no entries; the %1 master was left as it was.").arg(masterKindToString(kind)));
    }
    auto& db = m_record.db();
    SqliteTransaction tx(db);
    {
        SqliteStatement del(db, "DELETE FROM master_entries WHERE kind = ?;");
        del.bind(1, masterKindToString(kind)).run();
    }
    SqliteStatement ins(db, "INSERT OR REPLACE INTO master_entries (kind, code, name, kana, kana_key, name_key, "
                            "medis_code, icd10, yj_code, generic_name, unit, group_code, category, detail) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    for (const MasterEntry& e : entries) {
        ins.reset();
        ins.bind(1, masterKindToString(kind)).bind(2, e.code).bind(3, e.name).bind(4, e.kana);
        ins.bind(5, KanaNormalizer::normalize(e.kana)).bind(6, KanaNormalizer::normalize(e.name));
        ins.bindOptional(7, e.medisCode).bindOptional(8, e.icd10).bindOptional(9, e.yjCode);
        ins.bindOptional(10, e.genericName).bindOptional(11, e.unit).bindOptional(12, e.groupCode);
        ins.bindOptional(13, e.category).bindOptional(14, e.detail);
        ins.run();
    }
    SqliteStatement log(db, "INSERT INTO master_imports (kind, source, entries, imported_at, imported_by) "
                            "VALUES (?,?,?,?,?);");
    log.bind(1, masterKindToString(kind)).bind(2, source).bind(3, qint64(entries.size()));
    log.bind(4, Timestamp::toStorage(m_record.clock().now())).bind(5, m_record.currentUser().id).run();
    m_record.audit().append(AuditTrail::Action::Import, QStringLiteral("master"), masterKindToString(kind),
                            QStringLiteral("%1 entries from %2").arg(entries.size()).arg(source));
    tx.commit();
    return {kind, int(entries.size()), source, notes};
}

MasterCatalog::ImportResult MasterCatalog::importFile(MasterKind kind, const QString& path) {
    const QString source = QFileInfo(path).fileName();
    if (kind == MasterKind::Jlac) {
        const auto r = JlacValueSetReader::read(path);
        return replace(kind, r.entries, source, r.notes);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, tr("The file %1 cannot be read.").arg(path));
    }
    const QByteArray bytes = f.readAll();
    const QDate today = m_record.clock().today();
    const QString ymd = today.toString(QStringLiteral("yyyyMMdd"));
    switch (kind) {
    case MasterKind::Jfagy: {
        const auto r = JfagyMasterReader::read(bytes, today);
        return replace(kind, r.entries, source,
                       r.ended ? QStringList{tr("%n ended code(s) left out.", nullptr, r.ended)} : QStringList{});
    }
    case MasterKind::Disease:
    case MasterKind::Modifier:
    case MasterKind::Drug: {
        const auto r = kind == MasterKind::Disease    ? ReceiptMasterReader::readDiseases(bytes, ymd)
                       : kind == MasterKind::Modifier ? ReceiptMasterReader::readModifiers(bytes, ymd)
                                                      : ReceiptMasterReader::readDrugs(bytes, ymd);
        return replace(kind, r.entries, source,
                       r.abolished ? QStringList{tr("%n abolished code(s) left out.", nullptr, r.abolished)}
                                   : QStringList{});
    }
    case MasterKind::Jlac:
        break;
    }
    return {};
}

} // namespace tsumugi
