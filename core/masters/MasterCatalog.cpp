#include "core/masters/MasterCatalog.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/CommonDiseases.h"
#include "core/masters/JfagyMasterReader.h"
#include "core/masters/JlacValueSetReader.h"
#include "core/masters/MasterArchive.h"
#include "core/masters/ReceiptMasterReader.h"
#include "core/masters/ShippedMasters.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/KanaNormalizer.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace tsumugi {

QString masterKindToString(MasterKind kind) {
    switch (kind) {
    case MasterKind::Disease:
        return QStringLiteral("disease");
    case MasterKind::Modifier:
        return QStringLiteral("modifier");
    case MasterKind::Drug:
        return QStringLiteral("drug");
    case MasterKind::GenericDrug:
        return QStringLiteral("generic");
    case MasterKind::Jfagy:
        return QStringLiteral("jfagy");
    case MasterKind::Jlac:
        return QStringLiteral("jlac");
    }
    return QStringLiteral("disease");
}

std::optional<MasterKind> masterKindFromString(const QString& text) {
    for (auto k : {MasterKind::Disease, MasterKind::Modifier, MasterKind::Drug, MasterKind::GenericDrug,
                   MasterKind::Jfagy, MasterKind::Jlac}) {
        if (masterKindToString(k) == text) {
            return k;
        }
    }
    return std::nullopt;
}

namespace {
const char* const Columns = "e.kind, e.code, e.name, e.kana, e.medis_code, e.icd10, e.yj_code, e.generic_name, e.unit, "
                            "e.group_code, e.category, e.detail, e.valid_until, e.successor, e.priority";

MasterEntry readEntry(const Statement& st) {
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
    e.validUntil = st.text(12);
    e.successor = st.text(13);
    e.priority = int(st.int64(14));
    return e;
}

QString upperBound(const QString& prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QString ymd(const QDate& d) {
    return d.toString(QStringLiteral("yyyyMMdd"));
}

// What makes two versions of a row the same entry; a difference counts as "changed".
QString signatureOf(const MasterEntry& e) {
    return QStringList{e.name, e.kana,      e.medisCode, e.icd10,  e.yjCode,    e.genericName,
                       e.unit, e.groupCode, e.category,  e.detail, e.successor, e.validUntil}
        .join(QChar(0x1F));
}

// The drug's 一般名 without 【般】, as a search key: アムロジピン finds ノルバスク and アムロジン.
QString genericKeyOf(const MasterEntry& e) {
    if (e.kind != MasterKind::Drug || e.genericName.isEmpty()) {
        return {};
    }
    QString reading = e.genericName;
    reading.remove(QStringLiteral("【般】"));
    return KanaNormalizer::normalize(reading);
}

int priorityOf(const MasterEntry& e) {
    if (e.kind == MasterKind::Disease) {
        return CommonDiseases::priorityOf(e.code);
    }
    // 一般名処方 is what the fee schedule encourages: the 【般】 wording comes before the products it covers.
    return e.kind == MasterKind::GenericDrug ? 1 : 0;
}

// A bulk load drops the master indexes and builds them once afterwards: several times faster than keeping seven
// indexes up to date row by row. Used inside the loading transaction, so a failure brings the old ones back.
// Not on the clinic server: dropping an index locks the table against every desk's master search until the import
// commits, while keeping them lets the desks search the old masters meanwhile (MVCC). There the planner is given the
// new rows' statistics instead, so a search uses its index at once.
class IndexRebuild {
public:
    explicit IndexRebuild(DbConnection& db)
        : m_db(db) {
        if (m_db.driver() == DbConnection::Driver::Postgres) {
            m_analyse = true;
            return;
        }
        m_db.setBulkLoad(true);
        m_indexes = m_db.secondaryIndexes(QStringLiteral("master_entries"));
        for (const auto& index : std::as_const(m_indexes)) {
            m_db.exec(QStringLiteral("DROP INDEX %1;").arg(index.first).toUtf8().constData());
        }
    }
    ~IndexRebuild() {
        try {
            m_db.setBulkLoad(false);
        } catch (const Error&) {
            // The cache size is a tuning: failing to restore it loses nothing.
        }
    }
    IndexRebuild(const IndexRebuild&) = delete;
    IndexRebuild& operator=(const IndexRebuild&) = delete;

    // Called before the transaction commits; a throw before it leaves the rollback to restore the indexes.
    void rebuild() {
        if (m_analyse) {
            m_db.exec("ANALYZE master_entries;");
            return;
        }
        for (const auto& index : std::as_const(m_indexes)) {
            m_db.exec((index.second + QLatin1Char(';')).toUtf8().constData());
        }
        m_indexes.clear();
    }

private:
    DbConnection& m_db;
    QList<std::pair<QString, QString>> m_indexes;
    bool m_analyse = false;
};

QList<MasterKind> searchedKinds(MasterKind kind) {
    if (kind == MasterKind::Drug) {
        return {MasterKind::Drug, MasterKind::GenericDrug};
    }
    return {kind};
}
} // namespace

MasterCatalog::MasterCatalog(ClinicRecord& record)
    : m_record(record) {}

void MasterCatalog::fillNewRecord(DbConnection& db, const QDate& today, const QDateTime& now) {
    IndexRebuild indexes(db);
    for (MasterKind kind : ShippedMasters::kinds()) {
        writeKind(db, {kind, ShippedMasters::entries(kind, ymd(today)), ShippedMasters::sourceOf(kind), {}}, today, now,
                  0, {}, 0, 0);
    }
    indexes.rebuild();
}

void MasterCatalog::ensureLoaded(MasterKind kind) {
    if (m_checked.contains(kind)) {
        return;
    }
    if (!ShippedMasters::kinds().contains(kind)) {
        m_checked.append(kind); // J-FAGY: only ever imported
        return;
    }
    // A record made before the masters were shipped has the old starter rows (or none): it gets the shipped ones.
    // Any other import (the shipped load itself included) means the kind is filled.
    Statement st(m_record.db(), "SELECT EXISTS (SELECT 1 FROM master_imports WHERE kind = ? AND source <> 'starter');");
    st.bind(1, masterKindToString(kind));
    st.step();
    const bool imported = st.int64(0) != 0;
    st.reset();
    if (imported) {
        // Only a committed master is remembered: a load inside a transaction that later rolls back is tried again.
        m_checked.append(kind);
        return;
    }
    Transaction tx(m_record.db());
    const QDate today = m_record.clock().today();
    IndexRebuild indexes(m_record.db());
    writeKind(m_record.db(), {kind, ShippedMasters::entries(kind, ymd(today)), ShippedMasters::sourceOf(kind), {}},
              today, m_record.clock().now(), 0, {}, 0, 0);
    indexes.rebuild();
    tx.commit();
}

QList<MasterEntry> MasterCatalog::search(MasterKind kind, const QString& rawQuery, int limit) {
    const QList<MasterKind> kinds = searchedKinds(kind);
    for (MasterKind k : kinds) {
        ensureLoaded(k);
    }
    const QString query = rawQuery.normalized(QString::NormalizationForm_KC).trimmed();
    QList<MasterEntry> out;
    if (query.isEmpty() || limit <= 0) {
        return out;
    }
    const QString key = KanaNormalizer::normalize(query);
    const QString code = query.toUpper();
    static const QRegularExpression icdLike(QStringLiteral("^[A-Z][0-9][0-9A-Z.]*$"));
    static const QRegularExpression codeLike(QStringLiteral("^[0-9A-Z]{4,}$"));
    const bool byIcd = kind == MasterKind::Disease && icdLike.match(code).hasMatch();
    const bool byCodePrefix = codeLike.match(code).hasMatch();

    // Each way of finding an entry is one indexed range; the union is ranked once.
    // A prefix range is read in index order and capped (?9): a one-letter prefix matches thousands of names, and
    // ranking them all cost more than the search itself. Common names and what this clinic uses are always
    // candidates (their own small ranges), so the cap never hides them.
    const auto prefix = [](const char* column) {
        return QStringLiteral(
                   "SELECT kind, code FROM (SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND "
                   "%1 >= ?3 AND %1 < ?4 ORDER BY kind, %1 LIMIT ?9) AS capped")
            .arg(QLatin1String(column));
    };
    QStringList ways{
        prefix("kana_key"), prefix("name_key"),
        QStringLiteral(
            "SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND priority > 0 AND kana_key >= ?3 "
            "AND kana_key < ?4"),
        QStringLiteral(
            "SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND priority > 0 AND name_key >= ?3 "
            "AND name_key < ?4"),

        // CROSS JOIN keeps the small usage table outside: driven from the prefix ranges instead, a one-letter
        // prefix made this way read thousands of rows (p95 of 50 ms).
        // (The join's terms are in WHERE: PostgreSQL takes no ON after CROSS JOIN, and plans the join itself.)
        QStringLiteral(
            "SELECT u.kind, u.code FROM master_usage u CROSS JOIN master_entries e WHERE e.kind = u.kind AND "
            "e.code = u.code AND u.kind IN (?1, ?2) AND ((e.kana_key >= ?3 AND e.kana_key < ?4) OR "
            "(e.name_key >= ?3 AND e.name_key < ?4) OR (e.generic_key >= ?3 AND e.generic_key < ?4))"),
        QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND code = ?5"),
        QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND medis_code = ?5")};
    if (kind == MasterKind::Drug) {
        ways << prefix("generic_key");
    }
    // Inside a name too (「高血圧」 finds 本態性高血圧症, 「ロキソプロフェン」 the 【般】 wording): a scan of the kind,
    // so only for two characters or more, capped like the prefix ranges and ranked after them. A reading is looked for
    // in readings, anything else in names.
    // Found inside a name by the in-memory index; codes are unique across the kinds searched together (a drug's
    // 9 digits, a 一般名コード's 12 characters), so the codes alone name the entries. Parameters from ?11 on.
    QStringList insideCodes;
    if (key.size() >= 2 && !byIcd && !byCodePrefix) {
        const QStringList kindNames = {masterKindToString(kinds.first()), masterKindToString(kinds.last())};
        for (const auto& hit :
             m_names.inside(m_record.db(), kindNames, KanaNormalizer::isKana(query), key, limit * 4)) {
            insideCodes << hit.second;
        }
    }
    if (!insideCodes.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < insideCodes.size(); ++i) {
            marks << QStringLiteral("?%1").arg(11 + i);
        }
        ways << QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND code IN (%1)")
                    .arg(marks.join(QStringLiteral(", ")));
    }
    if (byIcd) {
        ways << QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND icd10 >= ?5 AND "
                               "icd10 < ?6");
    }
    if (byCodePrefix) {
        ways << QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND yj_code >= ?5 AND "
                               "yj_code < ?6")
             << QStringLiteral("SELECT kind, code FROM master_entries WHERE kind IN (?1, ?2) AND group_code = ?5");
    }
    const QString hits = ways.join(QStringLiteral(" UNION "));
    const QString today = ymd(m_record.clock().today());
    const auto bindAll = [&](Statement& st) {
        st.bind(1, masterKindToString(kinds.first())).bind(2, masterKindToString(kinds.last()));
        st.bind(3, key).bind(4, upperBound(key)).bind(5, code);
        if (byIcd || byCodePrefix) {
            st.bind(6, upperBound(code)); // only the code ranges name ?6
        }
        st.bind(7, today).bind(8, qint64(limit)).bind(9, qint64(limit) * 4);
        for (int i = 0; i < insideCodes.size(); ++i) {
            st.bind(11 + i, insideCodes.at(i));
        }
    };
    {
        const QString sql = QStringLiteral("WITH hits(kind, code) AS (%1) SELECT %2 FROM hits h JOIN master_entries e "
                                           "ON e.kind = h.kind AND e.code = h.code LEFT JOIN master_usage u ON "
                                           "u.kind = e.kind AND u.code = e.code WHERE (e.valid_until IS NULL OR "
                                           "e.valid_until >= ?7) ORDER BY coalesce(u.uses, 0) DESC, "
                                           // found only inside a name: after every other way
                                           "(substr(e.kana_key, 1, length(?3)) = ?3 OR "
                                           "substr(e.name_key, 1, length(?3)) = ?3 OR "
                                           "substr(coalesce(e.generic_key, ''), 1, length(?3)) = ?3 OR "
                                           "NOT (instr(e.name_key, ?3) > 1 OR instr(e.kana_key, ?3) > 1)) DESC, "
                                           "e.priority DESC, "
                                           "(e.kana_key = ?3 OR e.name_key = ?3 OR e.code = ?5) DESC, "
                                           "length(e.name), e.kana_key, e.code LIMIT ?8;")
                                .arg(hits, QLatin1String(Columns));
        Statement st(m_record.db(), sql.toStdString());
        bindAll(st);
        while (st.step()) {
            out.append(readEntry(st));
        }
    }
    if (out.size() >= limit) {
        return out;
    }
    // Ended codes that match: their 移行先 is offered in their place (once, and only if it may be chosen).
    const QString sql = QStringLiteral("WITH hits(kind, code) AS (%1) SELECT s.code, e.code FROM hits h JOIN "
                                       "master_entries e ON e.kind = h.kind AND e.code = h.code JOIN master_entries s "
                                       "ON s.kind = e.kind AND s.code = e.successor WHERE e.valid_until < ?7 AND "
                                       "(s.valid_until IS NULL OR s.valid_until >= ?7) ORDER BY e.kana_key LIMIT ?8;")
                            .arg(hits);
    Statement st(m_record.db(), sql.toStdString());
    bindAll(st);
    QList<QPair<QString, QString>> successors;
    while (st.step()) {
        successors.append({st.text(0), st.text(1)});
    }
    st.reset();
    for (const auto& pair : successors) {
        // Named copies, not structured bindings: clang 14 (the fuzz build) cannot capture those in a lambda.
        const QString& successor = pair.first;
        const QString& ended = pair.second;
        // Found on its own (e.g. inside a name): it still says which ended code it takes the place of.
        const auto present =
            std::find_if(out.begin(), out.end(), [&](const MasterEntry& e) { return e.code == successor; });
        if (present != out.end()) {
            if (present->replaces.isEmpty()) {
                present->replaces = ended;
            }
            continue;
        }
        if (out.size() >= limit) {
            continue;
        }
        if (auto e = find(kind, successor)) {
            e->replaces = ended;
            out.append(*e);
        }
    }
    return out;
}

std::optional<MasterEntry> MasterCatalog::find(MasterKind kind, const QString& code) {
    ensureLoaded(kind);
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM master_entries e WHERE e.kind = ? AND e.code = ?;";
    Statement st(m_record.db(), sql.toStdString());
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
        " FROM master_entries e WHERE e.kind = 'drug' AND e.yj_code >= ? AND e.yj_code < ? ORDER BY e.yj_code;";
    Statement st(m_record.db(), sql.toStdString());
    st.bind(1, prefix).bind(2, upperBound(prefix));
    while (st.step()) {
        out.append(readEntry(st));
    }
    return out;
}

qint64 MasterCatalog::count(MasterKind kind) {
    ensureLoaded(kind);
    Statement st(m_record.db(), "SELECT count(*) FROM master_entries WHERE kind = ?;");
    st.bind(1, masterKindToString(kind));
    st.step();
    return st.int64(0);
}

QList<MasterCatalog::Source> MasterCatalog::sources() {
    QList<Source> out;
    Statement st(m_record.db(), "SELECT kind, source, entries, imported_at FROM master_imports WHERE id IN "
                                "(SELECT max(id) FROM master_imports GROUP BY kind) ORDER BY kind;");
    while (st.step()) {
        Source s;
        s.kind = masterKindFromString(st.text(0)).value_or(MasterKind::Disease);
        s.source = st.text(1);
        s.entries = st.int64(2);
        s.importedAt = Timestamp::fromStorage(st.text(3));
        out.append(s);
    }
    return out;
}

void MasterCatalog::recordUse(MasterKind kind, const QString& code) {
    if (code.isEmpty()) {
        return;
    }
    // SQLCipher 3.4 (SQLite 3.15) has no upsert: count the use, and insert the first one. Both drivers read this;
    // writers are serialised, so nobody inserts between the two.
    const QString now = Timestamp::toStorage(m_record.clock().now());
    Transaction tx(m_record.db());
    Statement up(m_record.db(), "UPDATE master_usage SET uses = uses + 1, last_used_at = ? WHERE kind = ? AND "
                                "code = ?;");
    up.bind(1, now).bind(2, masterKindToString(kind)).bind(3, code).run();
    if (m_record.db().changes() == 0) {
        Statement ins(m_record.db(), "INSERT INTO master_usage (kind, code, uses, last_used_at) VALUES (?, ?, 1, ?);");
        ins.bind(1, masterKindToString(kind)).bind(2, code).bind(3, now).run();
    }
    tx.commit();
}

MasterCatalog::ImportResult MasterCatalog::writeKind(DbConnection& db, const Batch& batch, const QDate& today,
                                                     const QDateTime& now, qint64 userId, const Progress& progress,
                                                     qint64 doneBefore, qint64 total) {
    const QString kind = masterKindToString(batch.kind);
    const QString todayYmd = ymd(today);
    ImportResult result{batch.kind, int(batch.entries.size()), 0, 0, 0, batch.source, batch.notes};
    // What the record holds now, to tell the clinic what the file changed and to keep codes the file left out.
    QHash<QString, MasterEntry> before;
    {
        const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM master_entries e WHERE e.kind = ?;";
        Statement st(db, sql.toStdString());
        st.bind(1, kind);
        while (st.step()) {
            MasterEntry e = readEntry(st);
            before.insert(e.code, std::move(e));
        }
    }
    QList<MasterEntry> rows;
    rows.reserve(batch.entries.size() + 16);
    QSet<QString> seen;
    for (const MasterEntry& e : batch.entries) {
        if (seen.contains(e.code)) {
            continue; // a repeated row: the first one stands
        }
        seen.insert(e.code);
        rows.append(e);
        const auto it = before.constFind(e.code);
        if (it == before.cend()) {
            ++result.added;
            continue;
        }
        if (it->isOffered(todayYmd) && !e.isOffered(todayYmd)) {
            ++result.ended;
        } else if (signatureOf(*it) != signatureOf(e)) {
            ++result.changed;
        }
    }
    // A code the new file no longer lists is not offered any more, but old charts still read it.
    const QString yesterday = ymd(today.addDays(-1));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (seen.contains(it.key())) {
            continue;
        }
        MasterEntry kept = it.value();
        if (kept.isOffered(todayYmd)) {
            kept.validUntil = yesterday;
            ++result.ended;
        }
        rows.append(std::move(kept));
    }
    // SSK publishes each master whole: a file that would end most of what the record offers is a partial or wrong
    // file, not a new release (it would silently take half the clinic's codes away).
    const auto offeredBefore =
        std::count_if(before.cbegin(), before.cend(), [&](const MasterEntry& e) { return e.isOffered(todayYmd); });
    if (offeredBefore >= 100 && result.ended * 2 > offeredBefore) {
        throw Error(Error::Kind::Validation,
                    tr("%1 lists %2 entries, but the record offers %3 of this master now and %4 of them would end. An "
                       "SSK master file is the whole master: check that this is the full file. Nothing was imported.")
                        .arg(batch.source)
                        .arg(batch.entries.size())
                        .arg(offeredBefore)
                        .arg(result.ended));
    }
    // Rows in key order: the table's B-tree only appends.
    std::sort(rows.begin(), rows.end(), [](const MasterEntry& a, const MasterEntry& b) { return a.code < b.code; });
    if (!before.isEmpty()) {
        Statement del(db, "DELETE FROM master_entries WHERE kind = ?;");
        del.bind(1, kind).run();
    }
    // Rows go in RowsPerInsert at a time (900 parameters, within SQLite's oldest limit of 999): on the server each
    // statement is a round trip, and one per row made a new record's masters take half a minute.
    constexpr int ColumnsPerRow = 18;
    constexpr int RowsPerInsert = 50;
    const auto insertSql = [](int count) {
        std::string sql = "INSERT INTO master_entries (kind, code, name, kana, kana_key, name_key, generic_key, "
                          "medis_code, icd10, yj_code, generic_name, unit, group_code, category, detail, valid_until, "
                          "successor, priority) VALUES ";
        for (int r = 0; r < count; ++r) {
            sql += r ? ",(" : "(";
            for (int c = 0; c < ColumnsPerRow; ++c) {
                sql += c ? ",?" : "?";
            }
            sql += ")";
        }
        return sql + ";";
    };
    Statement many(db, insertSql(RowsPerInsert));
    const auto bindRow = [&](Statement& ins, int first, const MasterEntry& e) {
        ins.bind(first + 1, kind).bind(first + 2, e.code).bind(first + 3, e.name).bind(first + 4, e.kana);
        ins.bind(first + 5, KanaNormalizer::normalize(e.kana)).bind(first + 6, KanaNormalizer::normalize(e.name));
        ins.bindOptional(first + 7, genericKeyOf(e));
        ins.bindOptional(first + 8, e.medisCode).bindOptional(first + 9, e.icd10).bindOptional(first + 10, e.yjCode);
        ins.bindOptional(first + 11, e.genericName).bindOptional(first + 12, e.unit);
        ins.bindOptional(first + 13, e.groupCode).bindOptional(first + 14, e.category);
        ins.bindOptional(first + 15, e.detail).bindOptional(first + 16, e.validUntil);
        ins.bindOptional(first + 17, e.successor).bind(first + 18, qint64(e.priority ? e.priority : priorityOf(e)));
    };
    qint64 done = doneBefore;
    const qsizetype whole = rows.size() - rows.size() % RowsPerInsert;
    for (qsizetype i = 0; i < rows.size();) {
        const bool batch = i < whole;
        std::optional<Statement> one;
        if (!batch) {
            one.emplace(db, insertSql(1));
        }
        Statement& ins = batch ? many : *one;
        ins.reset();
        const int count = batch ? RowsPerInsert : 1;
        for (int r = 0; r < count; ++r) {
            bindRow(ins, r * ColumnsPerRow, rows[i + r]);
        }
        ins.run();
        for (int r = 0; r < count; ++r) {
            if (progress && (++done % 1000) == 0) {
                progress(done, total);
            }
        }
        i += count;
    }
    Statement log(db, "INSERT INTO master_imports (kind, source, entries, imported_at, imported_by, added, "
                      "changed, ended) VALUES (?,?,?,?,?,?,?,?);");
    log.bind(1, kind).bind(2, batch.source).bind(3, qint64(result.entries)).bind(4, Timestamp::toStorage(now));
    if (userId > 0) {
        log.bind(5, userId);
    } else {
        log.bindNull(5);
    }
    log.bind(6, qint64(result.added)).bind(7, qint64(result.changed)).bind(8, qint64(result.ended)).run();
    return result;
}

QList<MasterCatalog::ImportResult> MasterCatalog::write(const QList<Batch>& batches, const Progress& progress) {
    if (!m_record.can(Permission::WriteCharts) && !m_record.can(Permission::ManageClinic)) {
        throw Error(Error::Kind::PermissionDenied, tr("Only doctors and administrators import masters."));
    }
    qint64 total = 0;
    for (const Batch& b : batches) {
        // What changed is told against what the record offers now (the shipped masters on a record filling lazily).
        ensureLoaded(b.kind);
        if (b.entries.isEmpty()) {
            throw Error(
                Error::Kind::Validation,
                tr("The file has no entries; the %1 master was left as it was.").arg(masterKindToString(b.kind)));
        }
        total += b.entries.size();
    }
    auto& db = m_record.db();
    const QDate today = m_record.clock().today();
    const QDateTime now = m_record.clock().now();
    QList<ImportResult> results;
    Transaction tx(db);
    IndexRebuild indexes(db);
    qint64 done = 0;
    for (const Batch& b : batches) {
        ImportResult r = writeKind(db, b, today, now, m_record.currentUser().id, progress, done, total);
        done += b.entries.size();
        m_record.audit().append(AuditTrail::Action::Import, QStringLiteral("master"), masterKindToString(b.kind),
                                QStringLiteral("%1 entries from %2 (added %3, changed %4, ended %5)")
                                    .arg(r.entries)
                                    .arg(b.source)
                                    .arg(r.added)
                                    .arg(r.changed)
                                    .arg(r.ended));
        results.append(r);
    }
    indexes.rebuild();
    tx.commit();
    for (const Batch& b : batches) {
        m_checked.removeAll(b.kind);
        m_checked.append(b.kind);
    }
    if (progress) {
        progress(total, total);
    }
    return results;
}

MasterCatalog::ImportResult MasterCatalog::replace(MasterKind kind, const QList<MasterEntry>& entries,
                                                   const QString& source, const QStringList& notes) {
    return write({{kind, entries, source, notes}}, {}).first();
}

QList<MasterCatalog::ImportResult> MasterCatalog::importArchive(const QString& path, const Progress& progress) {
    const MasterArchive archive = MasterArchive::readFile(path);
    const auto kind = archive.kind();
    if (!kind) {
        throw Error(Error::Kind::Validation,
                    tr("%1 is not named like an SSK master (b_ 傷病名, z_ 修飾語, y_ 医薬品); say which master it is.")
                        .arg(archive.fileName));
    }
    return importFile(*kind, path, progress);
}

QList<MasterCatalog::ImportResult> MasterCatalog::importFile(MasterKind kind, const QString& path,
                                                             const Progress& progress) {
    const QString source = QFileInfo(path).fileName();
    if (kind == MasterKind::Jlac) {
        const auto r = JlacValueSetReader::read(path);
        return write({{kind, r.entries, source, r.notes}}, progress);
    }
    const QDate today = m_record.clock().today();
    if (kind == MasterKind::Jfagy) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::FileMissing, tr("The file %1 cannot be read.").arg(path));
        }
        const auto r = JfagyMasterReader::read(f.readAll(), today);
        return write({{kind, r.entries, source,
                       r.ended ? QStringList{tr("%n ended code(s) left out.", nullptr, r.ended)} : QStringList{}}},
                     progress);
    }
    if (kind == MasterKind::GenericDrug) {
        kind = MasterKind::Drug; // the 一般名 entries come from the y_ file
    }
    const MasterArchive archive = MasterArchive::readFile(path);
    if (const auto named = archive.kind(); named && *named != kind) {
        throw Error(Error::Kind::Validation,
                    tr("%1 is the %2 master, not the %3 master; nothing was imported.")
                        .arg(archive.memberName, masterKindToString(*named), masterKindToString(kind)));
    }
    const auto r = ReceiptMasterReader::read(kind, archive.content, ymd(today));
    QList<Batch> batches{{kind, {}, source, {}}};
    if (kind == MasterKind::Drug) {
        batches.append({MasterKind::GenericDrug, {}, source, {}});
    }
    for (const MasterEntry& e : r.entries) {
        (e.kind == MasterKind::GenericDrug ? batches.last() : batches.first()).entries.append(e);
    }
    if (r.ended) {
        batches.first().notes << tr("%n code(s) already ended (廃止 or 経過措置): kept for old charts, not offered.",
                                    nullptr, r.ended);
    }
    return write(batches, progress);
}

} // namespace tsumugi
