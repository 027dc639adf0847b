#include "core/chart/LabResultRepository.h"

#include "core/Error.h"
#include "core/chart/ChartItemLifecycle.h"
#include "core/chart/LabCsvReader.h"
#include "core/chart/LabUnits.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace tsumugi {

QString labCodeSystemToString(LabResult::CodeSystem c) {
    switch (c) {
    case LabResult::CodeSystem::Jlac10:
        return QStringLiteral("jlac10");
    case LabResult::CodeSystem::Jlac11:
        return QStringLiteral("jlac11");
    case LabResult::CodeSystem::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("local");
}

std::optional<LabResult::CodeSystem> labCodeSystemFromString(const QString& text) {
    for (auto c : {LabResult::CodeSystem::Jlac10, LabResult::CodeSystem::Jlac11, LabResult::CodeSystem::Local}) {
        if (labCodeSystemToString(c) == text) {
            return c;
        }
    }
    return std::nullopt;
}

QString LabResult::displayValue() const {
    QString v = valueNumber ? QString::number(*valueNumber, 'g', 10) : valueText;
    if (valueNumber && !valueText.isEmpty()) {
        v = valueText; // a comparator such as <0.1 says more than the number
    }
    return unit.isEmpty() ? v : v + QLatin1Char(' ') + unit;
}

namespace {
const char* const Select =
    "SELECT l.id, l.patient_id, l.visit_id, l.version, l.status, l.code_system, l.code, l.item_key, l.name, "
    "l.infection, l.value_number, l.value_text, l.unit, l.ucum_unit, l.reference_low, l.reference_high, "
    "l.reference_text, l.abnormal_flag, l.specimen, l.collected_at, l.origin, l.comment, l.source_institution, "
    "r.display_name, l.updated_at, u.display_name FROM lab_results l JOIN users r ON r.id = l.recorded_by "
    "JOIN users u ON u.id = l.updated_by ";

LabResult readResult(const Statement& st) {
    LabResult r;
    r.id = st.int64(0);
    r.patientId = st.int64(1);
    r.visitId = st.int64(2);
    r.version = int(st.int64(3));
    r.withdrawn = st.text(4) == QStringLiteral("withdrawn");
    r.codeSystem = labCodeSystemFromString(st.text(5)).value_or(LabResult::CodeSystem::Local);
    r.code = st.text(6);
    r.itemKey = st.text(7);
    r.name = st.text(8);
    r.infection = st.int64(9) != 0;
    if (!st.isNull(10)) {
        r.valueNumber = st.real(10);
    }
    r.valueText = st.text(11);
    r.unit = st.text(12);
    r.ucumUnit = st.text(13);
    if (!st.isNull(14)) {
        r.referenceLow = st.real(14);
    }
    if (!st.isNull(15)) {
        r.referenceHigh = st.real(15);
    }
    r.referenceText = st.text(16);
    r.abnormalFlag = st.text(17);
    r.specimen = st.text(18);
    r.collectedAt = Timestamp::fromStorage(st.text(19));
    r.fromCsv = st.text(20) == QStringLiteral("csv");
    r.comment = st.text(21);
    r.sourceInstitution = st.text(22);
    r.recordedBy = st.text(23);
    r.updatedAt = Timestamp::fromStorage(st.text(24));
    r.updatedBy = st.text(25);
    return r;
}

QJsonValue optionalNumber(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject toJson(const LabResult& r) {
    return {{QStringLiteral("codeSystem"), labCodeSystemToString(r.codeSystem)},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("itemKey"), r.itemKey},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("infection"), r.infection},
            {QStringLiteral("value"), optionalNumber(r.valueNumber)},
            {QStringLiteral("valueText"), r.valueText},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("ucum"), r.ucumUnit},
            {QStringLiteral("low"), optionalNumber(r.referenceLow)},
            {QStringLiteral("high"), optionalNumber(r.referenceHigh)},
            {QStringLiteral("referenceText"), r.referenceText},
            {QStringLiteral("flag"), r.abnormalFlag},
            {QStringLiteral("specimen"), r.specimen},
            {QStringLiteral("collectedAt"), Timestamp::toStorage(r.collectedAt)},
            {QStringLiteral("comment"), r.comment},
            {QStringLiteral("withdrawn"), r.withdrawn}};
}

const QSet<QString>& flags() {
    static const QSet<QString> f = {QString(),           QStringLiteral("N"),   QStringLiteral("H"),
                                    QStringLiteral("L"), QStringLiteral("HH"),  QStringLiteral("LL"),
                                    QStringLiteral("A"), QStringLiteral("POS"), QStringLiteral("NEG")};
    return f;
}
} // namespace

LabResultRepository::LabResultRepository(ChartItemJournal& journal, MasterCatalog& masters)
    : m_journal(journal)
    , m_masters(masters)
    , m_lifecycle(
          journal, [this](qint64 id) { return find(id); },
          [this](const LabResult& item, const QString& reason, ChartChange::Kind kind) {
              return write(item, reason, kind);
          },
          [] {
              return ChartItemWords{
                  tr("The lab result was not found."), tr("The lab result is already withdrawn."),
                  tr("A withdrawn result cannot be edited."),
                  tr("%1 changed this result at %2 (now version %3) while you were editing it. Nothing was saved; "
                     "reopen it and apply your change again.")};
          }) {}

QStringList LabResultRepository::problems(const LabResult& r, const QDateTime& now) {
    static const QRegularExpression jlac10(QStringLiteral("^[0-9A-Z]{17}$"));
    static const QRegularExpression other(QStringLiteral("^[0-9A-Za-z._-]{1,20}$"));
    QStringList out;
    if (r.codeSystem == LabResult::CodeSystem::Jlac10 && !jlac10.match(r.code).hasMatch()) {
        out << tr("'%1' is not a JLAC10 code (17 letters and digits).").arg(r.code);
    } else if (r.codeSystem != LabResult::CodeSystem::Jlac10 && !other.match(r.code).hasMatch()) {
        out << tr("'%1' is not a usable item code (1 to 20 letters, digits, '.', '_' or '-').").arg(r.code);
    }
    if (r.name.trimmed().isEmpty()) {
        out << tr("Enter the name of the lab item.");
    }
    if (!r.valueNumber && r.valueText.trimmed().isEmpty()) {
        out << tr("Enter the result value.");
    }
    if (r.valueNumber && !std::isfinite(*r.valueNumber)) {
        out << tr("The result value is not a finite number.");
    }
    if (r.valueNumber && r.unit.isEmpty()) {
        out << tr("A numeric result needs its unit.");
    }
    if (!r.unit.isEmpty() && !LabUnits::isPlausible(r.unit)) {
        out << tr("The unit '%1' is not usable (at most 20 characters, no spaces).").arg(r.unit);
    }
    if (r.referenceLow && r.referenceHigh && *r.referenceLow > *r.referenceHigh) {
        out << tr("The reference range is reversed: %1 is above %2.").arg(*r.referenceLow).arg(*r.referenceHigh);
    }
    if (!flags().contains(r.abnormalFlag)) {
        out << tr("The abnormal flag '%1' is not one of N, H, L, HH, LL, A, POS, NEG.").arg(r.abnormalFlag);
    }
    if (r.specimen.trimmed().isEmpty()) {
        out << tr("Enter the specimen (血清, 血漿, 全血, 尿, …).");
    }
    if (!r.collectedAt.isValid()) {
        out << tr("Enter the collection date and time.");
    } else if (r.collectedAt > now.addSecs(600)) {
        out << tr("The collection time %1 is in the future.").arg(r.collectedAt.toLocalTime().toString(Qt::ISODate));
    }
    return out;
}

LabSharing::Reason LabResultRepository::sharingOf(const LabResult& r) const {
    return LabSharing::reasonFor(r, m_masters);
}

QMap<LabSharing::Reason, qint64> LabResultRepository::unshareableCounts() const {
    return LabSharing::unshareableCounts(m_journal.record().db());
}

LabResult LabResultRepository::completed(LabResult r) const {
    r.code = r.code.trimmed();
    r.name = r.name.trimmed();
    r.unit = r.unit.normalized(QString::NormalizationForm_KC).trimmed();
    r.unit.replace(QChar(0x00B5), QChar(0x03BC));
    r.specimen = r.specimen.trimmed();
    r.valueText = r.valueText.trimmed();
    r.abnormalFlag = r.abnormalFlag.trimmed().toUpper();
    if (r.codeSystem != LabResult::CodeSystem::Local) {
        if (const auto entry = m_masters.find(MasterKind::Jlac, r.code)) {
            if (r.itemKey.isEmpty()) {
                r.itemKey = entry->groupCode;
            }
            if (r.name.isEmpty()) {
                r.name = entry->name;
            }
            r.infection = r.infection || entry->category == QStringLiteral("infection");
        }
    }
    if (r.itemKey.isEmpty()) {
        r.itemKey = r.code;
    }
    r.ucumUnit = LabUnits::ucumOf(r.unit);
    if (r.abnormalFlag.isEmpty() && r.valueNumber && (r.referenceLow || r.referenceHigh)) {
        if (r.referenceHigh && *r.valueNumber > *r.referenceHigh) {
            r.abnormalFlag = QStringLiteral("H");
        } else if (r.referenceLow && *r.valueNumber < *r.referenceLow) {
            r.abnormalFlag = QStringLiteral("L");
        } else {
            r.abnormalFlag = QStringLiteral("N");
        }
    }
    return r;
}

LabResult LabResultRepository::write(const LabResult& r, const QString& reason, ChartChange::Kind kind) {
    auto& db = m_journal.record().db();
    const QString now = m_journal.nowForStorage();
    qint64 id = r.id;
    int version = r.version;
    const auto bindOptionalNumber = [](Statement& st, int i, const std::optional<double>& v) {
        if (v) {
            st.bind(i, *v);
        } else {
            st.bindNull(i);
        }
    };
    const auto bindFields = [&](Statement& st) {
        st.bind(1, r.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active"));
        st.bind(2, labCodeSystemToString(r.codeSystem)).bind(3, r.code).bind(4, r.itemKey).bind(5, r.name);
        st.bind(6, int(r.infection));
        bindOptionalNumber(st, 7, r.valueNumber);
        st.bindOptional(8, r.valueText).bindOptional(9, r.unit).bindOptional(10, r.ucumUnit);
        bindOptionalNumber(st, 11, r.referenceLow);
        bindOptionalNumber(st, 12, r.referenceHigh);
        st.bindOptional(13, r.referenceText).bind(14, r.abnormalFlag).bind(15, r.specimen);
        st.bind(16, Timestamp::toStorage(r.collectedAt)).bindOptional(17, r.comment).bind(18, now);
        st.bind(19, m_journal.userId());
    };
    if (kind == ChartChange::Kind::Created) {
        Statement ins(db, "INSERT INTO lab_results (status, code_system, code, item_key, name, infection, "
                          "value_number, value_text, unit, ucum_unit, reference_low, reference_high, "
                          "reference_text, abnormal_flag, specimen, collected_at, comment, updated_at, updated_by, "
                          "patient_id, visit_id, origin, version, recorded_by) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?);");
        bindFields(ins);
        ins.bind(20, r.patientId);
        if (r.visitId != 0) {
            ins.bind(21, r.visitId);
        } else {
            ins.bindNull(21);
        }
        ins.bind(22, r.fromCsv ? QStringLiteral("csv") : QStringLiteral("manual")).bind(23, m_journal.userId());
        id = ins.insert();
        version = 1;
    } else {
        Statement upd(db, "UPDATE lab_results SET status=?, code_system=?, code=?, item_key=?, name=?, "
                          "infection=?, value_number=?, value_text=?, unit=?, ucum_unit=?, reference_low=?, "
                          "reference_high=?, reference_text=?, abnormal_flag=?, specimen=?, collected_at=?, "
                          "comment=?, updated_at=?, updated_by=?, version=version+1 WHERE id=? AND version=?;");
        bindFields(upd);
        upd.bind(20, r.id).bind(21, r.version).run();
        version = r.version + 1;
    }
    LabResult saved = r;
    saved.version = version;
    m_journal.saveVersion(QStringLiteral("lab-result"), id, version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::LabResult, r.patientId, id, kind, version);
    return *find(id);
}

LabResult LabResultRepository::create(const LabResult& input) {
    m_journal.requireWrite();
    const LabResult r = completed(input);
    ChartItemJournal::throwIfAny(problems(r, m_journal.now()));
    return m_lifecycle.create(r);
}

LabResult LabResultRepository::update(const LabResult& input, const QString& reason) {
    m_journal.requireWrite();
    const LabResult r = completed(input);
    ChartItemJournal::throwIfAny(problems(r, m_journal.now()));
    // Whether it came from the lab company's file stays what it was.
    return m_lifecycle.update(r, reason,
                              [](LabResult& edited, const LabResult& current) { edited.fromCsv = current.fromCsv; });
}

LabResult LabResultRepository::withdraw(qint64 id, const QString& reason) {
    m_journal.requireWrite();
    return m_lifecycle.withdraw(id, reason);
}

LabResultRepository::ImportSummary LabResultRepository::importCsv(const QByteArray& bytes, const QString& sourceName) {
    m_journal.requireWrite();
    auto& db = m_journal.record().db();
    const QList<LabCsvReader::Row> rows = LabCsvReader::read(bytes);
    // Every row is checked before anything is written; the message names each bad line.
    QStringList errors;
    QList<LabResult> results;
    QHash<qint64, qint64> patientIds;
    for (const LabCsvReader::Row& row : rows) {
        LabResult r = completed(row.result);
        r.fromCsv = true;
        if (!patientIds.contains(row.patientNumber)) {
            Statement p(db, "SELECT id FROM patients WHERE patient_number = ?;");
            p.bind(1, row.patientNumber);
            patientIds.insert(row.patientNumber, p.step() ? p.int64(0) : 0);
        }
        r.patientId = patientIds.value(row.patientNumber);
        QStringList problemsOfRow = problems(r, m_journal.now());
        if (r.patientId == 0) {
            problemsOfRow.prepend(tr("there is no patient number %1").arg(row.patientNumber));
        }
        for (const QString& p : problemsOfRow) {
            errors << tr("line %1: %2").arg(row.line).arg(p);
        }
        results.append(r);
    }
    if (!errors.isEmpty()) {
        const int shown = 20;
        QStringList lines = errors.mid(0, shown);
        if (errors.size() > shown) {
            lines << tr("… and %n more problem(s).", nullptr, int(errors.size() - shown));
        }
        throw Error(Error::Kind::Validation,
                    tr("%1 was not imported (nothing was saved):\n%2").arg(sourceName, lines.join(QLatin1Char('\n'))));
    }
    Transaction tx(db);
    QSet<qint64> patients;
    for (const LabResult& r : results) {
        write(r, QStringLiteral("CSV %1").arg(sourceName), ChartChange::Kind::Created);
        patients.insert(r.patientId);
    }
    tx.commit();
    return {int(results.size()), int(patients.size())};
}

std::optional<LabResult> LabResultRepository::find(qint64 id) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE l.id = ?;");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readResult(st);
}

QList<LabItemSummary> LabResultRepository::summaries(qint64 patientId) const {
    // The latest result per item and how many there are, in SQL both engines read (SQLCipher's SQLite has no window
    // functions; PostgreSQL takes no bare columns beside an aggregate).
    Statement st(m_journal.record().db(),
                 std::string("SELECT item_key, name, unit, infection, (SELECT count(*) FROM lab_results c WHERE "
                             "c.patient_id = lab_results.patient_id AND c.status = 'active' AND c.item_key = "
                             "lab_results.item_key), collected_at, value_number, value_text, abnormal_flag, "
                             "source_institution, ") +
                     LabSharing::SharedCodeSql +
                     " FROM lab_results WHERE patient_id = ? AND status = 'active' AND id = (SELECT x.id FROM "
                     "lab_results x WHERE x.patient_id = lab_results.patient_id AND x.status = 'active' AND "
                     "x.item_key = lab_results.item_key ORDER BY x.collected_at DESC, x.id DESC LIMIT 1) ORDER BY "
                     "infection, item_key;");
    st.bind(1, patientId);
    QList<LabItemSummary> out;
    while (st.step()) {
        LabItemSummary s;
        s.itemKey = st.text(0);
        s.name = st.text(1);
        s.unit = st.text(2);
        s.infection = st.int64(3) != 0;
        s.count = int(st.int64(4));
        s.latestAt = Timestamp::fromStorage(st.text(5));
        s.latestValue = st.isNull(6) ? st.text(7) : QString::number(st.real(6), 'g', 10);
        if (!st.isNull(6) && !st.text(7).isEmpty()) {
            s.latestValue = st.text(7);
        }
        s.latestFlag = st.text(8);
        s.latestSource = st.text(9);
        s.shareable = st.int64(10) != 0;
        out.append(s);
    }
    return out;
}

QList<LabItemSummary> LabResultRepository::items(qint64 patientId) {
    m_journal.requireRead();
    m_journal.viewed(QStringLiteral("lab-results"), patientId);
    return summaries(patientId);
}

QList<LabResult> LabResultRepository::series(qint64 patientId, const QString& itemKey) {
    m_journal.requireRead();
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE l.patient_id = ? AND l.item_key = ? AND "
                                                                "l.status = 'active' ORDER BY l.collected_at, l.id;");
    st.bind(1, patientId).bind(2, itemKey);
    QList<LabResult> out;
    while (st.step()) {
        out.append(readResult(st));
    }
    m_journal.viewed(QStringLiteral("lab-series"), patientId, itemKey);
    return out;
}

QList<LabResult> LabResultRepository::recent(qint64 patientId, int limit) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE l.patient_id = ? AND l.status = 'active' "
                                                                "ORDER BY l.collected_at DESC, l.id DESC LIMIT ?;");
    st.bind(1, patientId).bindLimit(2, limit);
    QList<LabResult> out;
    while (st.step()) {
        out.append(readResult(st));
    }
    return out;
}

std::optional<LabResult> LabResultRepository::lastOfItem(const QString& itemKey) const {
    m_journal.requireRead();
    Statement st(m_journal.record().db(),
                 std::string(Select) + "WHERE l.item_key = ? AND l.status = 'active' AND "
                                       "COALESCE(l.source_institution, '') = '' ORDER BY l.collected_at DESC, l.id "
                                       "DESC LIMIT 1;");
    st.bind(1, itemKey);
    if (!st.step()) {
        return std::nullopt;
    }
    return readResult(st);
}

QList<ChartItemVersion> LabResultRepository::history(qint64 id) {
    m_journal.requireRead();
    const auto r = find(id);
    if (!r) {
        throw Error(Error::Kind::NotFound, tr("The lab result was not found."));
    }
    m_journal.viewed(QStringLiteral("lab-result-history"), r->patientId, QStringLiteral("id %1").arg(id));
    return m_journal.versions(QStringLiteral("lab-result"), id);
}

} // namespace tsumugi
