#include "core/chart/LabResultRepository.h"

#include "core/Error.h"
#include "core/chart/ChartItemLifecycle.h"
#include "core/chart/LabCsvReader.h"
#include "core/chart/LabUnits.h"
#include "core/db/DbConnection.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

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
    "r.display_name, l.updated_at, u.display_name, l.local_code, l.ordered_by, o.name, o.display_name "
    "FROM lab_results l JOIN users r ON r.id = l.recorded_by JOIN users u ON u.id = l.updated_by "
    "LEFT JOIN users o ON o.id = l.ordered_by ";

// A result's cell: its code, value, range and words are sealed on the clinic server (Schema: 23).
SealedCell labCell(qint64 id, const char* column) {
    return {QStringLiteral("lab_results"), QLatin1String(column), id};
}

LabResult readResult(const Statement& st) {
    LabResult r;
    r.id = st.int64(0);
    const auto cell = [&r](const char* column) { return labCell(r.id, column); };
    r.patientId = st.int64(1);
    r.visitId = st.int64(2);
    r.version = int(st.int64(3));
    r.withdrawn = st.text(4) == QStringLiteral("withdrawn");
    r.codeSystem = labCodeSystemFromString(st.text(5)).value_or(LabResult::CodeSystem::Local);
    r.code = st.cellText(6, cell("code"));
    r.itemKey = st.cellText(7, cell("item_key"));
    r.name = st.cellText(8, cell("name"));
    r.infection = st.int64(9) != 0;
    r.valueNumber = st.cellNumber(10, cell("value_number"));
    r.valueText = st.cellText(11, cell("value_text"));
    r.unit = st.cellText(12, cell("unit"));
    r.ucumUnit = st.cellText(13, cell("ucum_unit"));
    r.referenceLow = st.cellNumber(14, cell("reference_low"));
    r.referenceHigh = st.cellNumber(15, cell("reference_high"));
    r.referenceText = st.cellText(16, cell("reference_text"));
    r.abnormalFlag = st.cellText(17, cell("abnormal_flag"));
    r.specimen = st.cellText(18, cell("specimen"));
    r.collectedAt = Timestamp::fromStorage(st.text(19));
    r.fromCsv = st.text(20) == QStringLiteral("csv");
    r.comment = st.cellText(21, cell("comment"));
    r.sourceInstitution = st.cellText(22, cell("source_institution"));
    r.recordedBy = st.text(23);
    r.updatedAt = Timestamp::fromStorage(st.text(24));
    r.updatedBy = st.text(25);
    r.localCode = st.cellText(26, cell("local_code"));
    r.orderedById = st.isNull(27) ? 0 : st.int64(27);
    r.orderedByLogin = st.text(28);
    r.orderedByName = st.text(29);
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
            {QStringLiteral("localCode"), r.localCode},
            {QStringLiteral("orderedBy"), r.orderedByLogin},
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
    if (!r.localCode.isEmpty() && !other.match(r.localCode).hasMatch()) {
        out << tr("'%1' is not a usable local item code (1 to 20 letters, digits, '.', '_' or '-').").arg(r.localCode);
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
    r.localCode = r.localCode.trimmed();
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
    // A new result takes its id first: its sealed cells carry it.
    const qint64 id = kind == ChartChange::Kind::Created ? db.reserveId("lab_results") : r.id;
    int version = r.version;
    const auto bindFields = [&](Statement& st) {
        st.bind(1, r.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active"));
        bindValues(st, 2, id, r);
        st.bind(18, now).bind(19, m_journal.userId());
    };
    if (kind == ChartChange::Kind::Created) {
        Statement ins(db, "INSERT INTO lab_results (status, code_system, code, item_key, name, infection, "
                          "value_number, value_text, unit, ucum_unit, reference_low, reference_high, "
                          "reference_text, abnormal_flag, specimen, collected_at, comment, updated_at, updated_by, "
                          "patient_id, visit_id, origin, version, recorded_by, id, local_code, ordered_by) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?);");
        bindFields(ins);
        bindSharing(ins, 25, id, r);
        ins.bind(20, r.patientId);
        if (r.visitId != 0) {
            ins.bind(21, r.visitId);
        } else {
            ins.bindNull(21);
        }
        ins.bind(22, r.fromCsv ? QStringLiteral("csv") : QStringLiteral("manual")).bind(23, m_journal.userId());
        ins.bind(24, id).run();
        version = 1;
    } else {
        Statement upd(db, "UPDATE lab_results SET status=?, code_system=?, code=?, item_key=?, name=?, "
                          "infection=?, value_number=?, value_text=?, unit=?, ucum_unit=?, reference_low=?, "
                          "reference_high=?, reference_text=?, abnormal_flag=?, specimen=?, collected_at=?, "
                          "comment=?, updated_at=?, updated_by=?, local_code=?, ordered_by=?, version=version+1 "
                          "WHERE id=? AND version=?;");
        bindFields(upd);
        bindSharing(upd, 20, id, r);
        upd.bind(22, r.id).bind(23, r.version).run();
        version = r.version + 1;
    }
    indexTokens(db, id, r);
    LabResult saved = r;
    saved.version = version;
    m_journal.saveVersion(QStringLiteral("lab-result"), id, version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::LabResult, r.patientId, id, kind, version);
    return *find(id);
}

void LabResultRepository::bindValues(Statement& st, int first, qint64 id, const LabResult& r) {
    const auto cell = [id](const char* column) { return labCell(id, column); };
    int i = first;
    st.bind(i++, labCodeSystemToString(r.codeSystem));
    st.bindCell(i++, cell("code"), r.code);
    st.bindCell(i++, cell("item_key"), r.itemKey);
    st.bindCell(i++, cell("name"), r.name);
    st.bind(i++, int(r.infection));
    st.bindCellNumber(i++, cell("value_number"), r.valueNumber);
    st.bindCellOptional(i++, cell("value_text"), r.valueText);
    st.bindCellOptional(i++, cell("unit"), r.unit);
    st.bindCellOptional(i++, cell("ucum_unit"), r.ucumUnit);
    st.bindCellNumber(i++, cell("reference_low"), r.referenceLow);
    st.bindCellNumber(i++, cell("reference_high"), r.referenceHigh);
    st.bindCellOptional(i++, cell("reference_text"), r.referenceText);
    st.bindCell(i++, cell("abnormal_flag"), r.abnormalFlag);
    st.bindCell(i++, cell("specimen"), r.specimen);
    st.bind(i++, Timestamp::toStorage(r.collectedAt));
    st.bindCellOptional(i, cell("comment"), r.comment);
}

void LabResultRepository::bindSharing(Statement& st, int first, qint64 id, const LabResult& r) {
    st.bindCellOptional(first, labCell(id, "local_code"), r.localCode);
    if (r.orderedById != 0) {
        st.bind(first + 1, r.orderedById);
    } else {
        st.bindNull(first + 1);
    }
}

qint64 LabResultRepository::doctorId(const QString& login, QStringList* problems) const {
    Statement st(m_journal.record().db(), "SELECT id, role FROM users WHERE name = ?;");
    st.bind(1, login.trimmed());
    if (!st.step()) {
        *problems << tr("there is no user '%1' to have ordered the test").arg(login.trimmed());
        return 0;
    }
    if (st.text(1) != QStringLiteral("doctor")) {
        *problems << tr("'%1' is not a doctor, so cannot have ordered the test").arg(login.trimmed());
        return 0;
    }
    return st.int64(0);
}

LabResult LabResultRepository::withSharingDefaults(LabResult r, QHash<QString, QString>& localCodes,
                                                   QStringList* problems) const {
    if (r.orderedById == 0 && !r.orderedByLogin.trimmed().isEmpty()) {
        r.orderedById = doctorId(r.orderedByLogin, problems);
        if (r.orderedById == 0) {
            return r;
        }
    }
    // The clinic's code of the item as its last result of the item had it: a clinic's codes do not change per result.
    if (r.localCode.isEmpty() && r.codeSystem != LabResult::CodeSystem::Local && !r.itemKey.isEmpty()) {
        auto it = localCodes.constFind(r.itemKey);
        if (it == localCodes.constEnd()) {
            const std::optional<LabResult> last = lastOfItem(r.itemKey);
            it = localCodes.insert(r.itemKey, last ? last->localCode : QString());
        }
        r.localCode = *it;
    } else if (!r.localCode.isEmpty() && r.codeSystem != LabResult::CodeSystem::Local) {
        localCodes.insert(r.itemKey, r.localCode);
    }
    // Who ordered it: the doctor in charge of its visit, else the doctor recording it (only doctors write charts).
    if (r.orderedById == 0 && r.visitId != 0) {
        Statement visit(m_journal.record().db(), "SELECT doctor_id FROM visits WHERE id = ?;");
        visit.bind(1, r.visitId);
        if (visit.step() && !visit.isNull(0)) {
            r.orderedById = visit.int64(0);
        }
    }
    if (r.orderedById == 0) {
        r.orderedById = m_journal.userId();
    }
    return r;
}

int LabResultRepository::completeForSharing(qint64 patientId, const QString& itemKey, const QString& localCode,
                                            const QString& orderedBy) {
    m_journal.requireWrite();
    QStringList problemsFound;
    const qint64 doctor = orderedBy.trimmed().isEmpty() ? m_journal.userId() : doctorId(orderedBy, &problemsFound);
    static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z._-]{1,20}$"));
    if (!localCode.trimmed().isEmpty() && !code.match(localCode.trimmed()).hasMatch()) {
        problemsFound << tr("'%1' is not a usable local item code (1 to 20 letters, digits, '.', '_' or '-').")
                             .arg(localCode.trimmed());
    }
    ChartItemJournal::throwIfAny(problemsFound);
    int changed = 0;
    // All of the item's results or none.
    m_journal.record().atomically([&] {
        changed = 0;
        completeEach(patientId, itemKey, localCode.trimmed(), doctor, changed);
        return true;
    });
    return changed;
}

void LabResultRepository::completeEach(qint64 patientId, const QString& itemKey, const QString& localCode,
                                       qint64 doctor, int& changed) {
    for (LabResult r : series(patientId, itemKey)) {
        if (r.withdrawn || !r.sourceInstitution.isEmpty() || r.codeSystem == LabResult::CodeSystem::Local ||
            (!r.localCode.isEmpty() && r.orderedById != 0)) {
            continue;
        }
        bool touched = false;
        if (r.localCode.isEmpty() && !localCode.isEmpty()) {
            r.localCode = localCode;
            touched = true;
        }
        if (r.orderedById == 0) {
            r.orderedById = doctor;
            touched = true;
        }
        if (!touched) {
            continue;
        }
        update(r, tr("Completed for the sharing service (local item code, ordering doctor)"));
        ++changed;
    }
}

void LabResultRepository::indexTokens(DbConnection& db, qint64 id, const LabResult& r) {
    SearchTokens(db).index("lab_results", id, {{"code", r.code}, {"item_key", r.itemKey}});
}

LabResult LabResultRepository::create(const LabResult& input) {
    m_journal.requireWrite();
    QHash<QString, QString> localCodes;
    QStringList orderer;
    const LabResult r = withSharingDefaults(completed(input), localCodes, &orderer);
    ChartItemJournal::throwIfAny(orderer);
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
    QHash<QString, QString> localCodes;
    for (const LabCsvReader::Row& row : rows) {
        LabResult r = completed(row.result);
        r.fromCsv = true;
        r.orderedByLogin = row.orderedBy;
        QStringList orderer;
        r = withSharingDefaults(r, localCodes, &orderer);
        if (!patientIds.contains(row.patientNumber)) {
            Statement p(db, "SELECT id FROM patients WHERE patient_number = ?;");
            p.bind(1, row.patientNumber);
            patientIds.insert(row.patientNumber, p.step() ? p.int64(0) : 0);
        }
        r.patientId = patientIds.value(row.patientNumber);
        QStringList problemsOfRow = problems(r, m_journal.now()) + orderer;
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
    // The server cannot group by item (the key is sealed): the desk reads each active result's key and time, keeps
    // the latest per item with its count, then reads those rows whole.
    auto& db = m_journal.record().db();
    struct Latest {
        qint64 id = 0;
        QString collectedAt;
        int count = 0;
    };
    QHash<QString, Latest> byItem;
    Statement keys(db, "SELECT id, item_key, collected_at FROM lab_results WHERE patient_id = ? AND "
                       "status = 'active';");
    keys.bind(1, patientId);
    while (keys.step()) {
        const qint64 id = keys.int64(0);
        Latest& l = byItem[keys.cellText(1, labCell(id, "item_key"))];
        const QString at = keys.text(2);
        ++l.count;
        if (l.id == 0 || at > l.collectedAt || (at == l.collectedAt && id > l.id)) {
            l.id = id;
            l.collectedAt = at;
        }
    }
    std::vector<qint64> ids;
    for (const Latest& l : std::as_const(byItem)) {
        ids.push_back(l.id);
    }
    QList<LabItemSummary> out;
    for (const LabResult& r : byIds(ids)) {
        LabItemSummary s;
        s.itemKey = r.itemKey;
        s.name = r.name;
        s.unit = r.unit;
        s.infection = r.infection;
        s.count = byItem.value(r.itemKey).count;
        s.latestAt = r.collectedAt;
        s.latestValue = r.valueNumber && r.valueText.isEmpty() ? QString::number(*r.valueNumber, 'g', 10) : r.valueText;
        s.latestFlag = r.abnormalFlag;
        s.latestSource = r.sourceInstitution;
        const LabSharing::Reason reason = LabSharing::reasonFor(r, m_masters);
        s.shareable = reason == LabSharing::Reason::Shared;
        s.notShared = LabSharing::explanation(reason);
        s.canBeCompleted = LabSharing::canBeCompleted(reason);
        out.append(s);
    }
    // Infection items after the others, then by item (as a results table lists them).
    std::sort(out.begin(), out.end(), [](const LabItemSummary& a, const LabItemSummary& b) {
        return std::make_pair(a.infection, a.itemKey) < std::make_pair(b.infection, b.itemKey);
    });
    return out;
}

QList<LabResult> LabResultRepository::byIds(const std::vector<qint64>& ids) const {
    constexpr std::size_t Batch = 50;
    static const std::string sql = std::string(Select) + "WHERE l.id IN (" + Statement::marks(Batch) + ");";
    QList<LabResult> out;
    for (std::size_t from = 0; from < ids.size(); from += Batch) {
        Statement st(m_journal.record().db(), sql);
        for (std::size_t i = 0; i < Batch; ++i) {
            st.bind(int(i + 1), from + i < ids.size() ? ids[from + i] : ids[from]); // unused marks repeat the first
        }
        while (st.step()) {
            out.append(readResult(st));
        }
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
    auto& db = m_journal.record().db();
    // The patient's rows that carry the item's token (the key itself is sealed on the server).
    Statement st(db, std::string(Select) + "WHERE l.patient_id = ? AND l.status = 'active' AND EXISTS (SELECT 1 FROM "
                                           "search_tokens t WHERE t.kind = ? AND t.token = ? AND t.row_id = l.id) "
                                           "ORDER BY l.collected_at, l.id;");
    st.bind(1, patientId).bind(2, SearchTokens::kindOf("lab_results", "item_key"));
    st.bind(3, SearchTokens(db).lookup("lab_results", "item_key", itemKey));
    QList<LabResult> out;
    while (st.step()) {
        LabResult r = readResult(st);
        if (r.itemKey == itemKey) { // a token names the value; the opened value is the word
            out.append(std::move(r));
        }
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
    auto& db = m_journal.record().db();
    // The item's rows by its token, newest entries first, a page at a time: the newest collected of the first page
    // that holds any of this clinic's own active results (a clinic's ten years of one item are never all read).
    constexpr int Page = 200;
    Statement st(db, std::string(Select) + "WHERE l.id IN (SELECT t.row_id FROM search_tokens t WHERE t.kind = ? AND "
                                           "t.token = ? AND t.row_id < ? ORDER BY t.row_id DESC LIMIT ?) AND "
                                           "l.status = 'active' AND l.source_institution IS NULL "
                                           "ORDER BY l.collected_at DESC, l.id DESC;");
    Statement last(db, "SELECT min(row_id), count(*) FROM (SELECT t.row_id FROM search_tokens t WHERE t.kind = ? "
                       "AND t.token = ? AND t.row_id < ? ORDER BY t.row_id DESC LIMIT ?) AS page;");
    const QString kind = SearchTokens::kindOf("lab_results", "item_key");
    const QByteArray token = SearchTokens(db).lookup("lab_results", "item_key", itemKey);
    qint64 below = std::numeric_limits<qint64>::max();
    for (;;) {
        st.bind(1, kind).bind(2, token).bind(3, below).bind(4, qint64(Page));
        while (st.step()) {
            LabResult r = readResult(st);
            if (r.itemKey == itemKey) {
                return r;
            }
        }
        st.reset();
        last.bind(1, kind).bind(2, token).bind(3, below).bind(4, qint64(Page));
        if (!last.step() || last.int64(1) < Page) {
            return std::nullopt;
        }
        below = last.int64(0);
        last.reset();
    }
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
