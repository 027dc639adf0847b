#include "core/chart/DiagnosisRepository.h"

#include "core/Error.h"
#include "core/chart/ChartItemLifecycle.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace tsumugi {

QString outcomeToString(Diagnosis::Outcome o) {
    switch (o) {
    case Diagnosis::Outcome::Continuing:
        return QStringLiteral("continuing");
    case Diagnosis::Outcome::Cured:
        return QStringLiteral("cured");
    case Diagnosis::Outcome::Died:
        return QStringLiteral("died");
    case Diagnosis::Outcome::Discontinued:
        return QStringLiteral("discontinued");
    case Diagnosis::Outcome::Transferred:
        return QStringLiteral("transferred");
    }
    return QStringLiteral("continuing");
}

std::optional<Diagnosis::Outcome> outcomeFromString(const QString& text) {
    for (auto o : {Diagnosis::Outcome::Continuing, Diagnosis::Outcome::Cured, Diagnosis::Outcome::Died,
                   Diagnosis::Outcome::Discontinued, Diagnosis::Outcome::Transferred}) {
        if (outcomeToString(o) == text) {
            return o;
        }
    }
    return std::nullopt;
}

QString Diagnosis::displayName() const {
    QString out;
    for (const auto& m : modifiers) {
        if (!m.suffix) {
            out += m.name;
        }
    }
    out += name;
    for (const auto& m : modifiers) {
        if (m.suffix) {
            out += m.name;
        }
    }
    if (suspected) {
        out += QStringLiteral("の疑い");
    }
    return out;
}

namespace {
const char* const Select =
    "SELECT d.id, d.patient_id, d.visit_id, d.version, d.status, d.name, d.medis_code, d.receipt_code, d.icd10, "
    "d.modifiers, d.start_date, d.principal, d.suspected, d.outcome, d.end_date, d.long_term, d.uninformed, "
    "d.undelivered, d.department, d.comment, d.source_institution, d.recorded_at, r.display_name, d.updated_at, "
    "u.display_name FROM diagnoses d JOIN users r ON r.id = d.recorded_by JOIN users u ON u.id = d.updated_by ";

QJsonArray modifiersToJson(const QList<DiseaseModifier>& mods) {
    QJsonArray a;
    for (const auto& m : mods) {
        QJsonObject o{
            {QStringLiteral("code"), m.code}, {QStringLiteral("name"), m.name}, {QStringLiteral("suffix"), m.suffix}};
        if (!m.medisCode.isEmpty()) {
            o.insert(QStringLiteral("medis"), m.medisCode);
        }
        a.append(o);
    }
    return a;
}

QList<DiseaseModifier> modifiersFromJson(const QJsonArray& a) {
    QList<DiseaseModifier> out;
    for (const auto& v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("suffix")).toBool(), o.value(QStringLiteral("medis")).toString()});
    }
    return out;
}

// A diagnosis's cell: its words and codes are sealed on the clinic server (Schema: 22).
SealedCell diagnosisCell(qint64 id, const char* column) {
    return {QStringLiteral("diagnoses"), QLatin1String(column), id};
}

Diagnosis readDiagnosis(const Statement& st) {
    Diagnosis d;
    d.id = st.int64(0);
    const auto cell = [&d](const char* column) { return diagnosisCell(d.id, column); };
    d.patientId = st.int64(1);
    d.visitId = st.int64(2);
    d.version = int(st.int64(3));
    d.withdrawn = st.text(4) == QStringLiteral("withdrawn");
    d.name = st.cellText(5, cell("name"));
    d.medisCode = st.cellText(6, cell("medis_code"));
    d.receiptCode = st.cellText(7, cell("receipt_code"));
    d.icd10 = st.cellText(8, cell("icd10"));
    d.modifiers = modifiersFromJson(QJsonDocument::fromJson(st.cellText(9, cell("modifiers")).toUtf8()).array());
    d.startDate = PartialDate::fromIso(st.text(10), &d.startPrecision);
    d.principal = st.int64(11) != 0;
    d.suspected = st.int64(12) != 0;
    d.outcome = outcomeFromString(st.text(13)).value_or(Diagnosis::Outcome::Continuing);
    d.endDate = PartialDate::fromIso(st.text(14), &d.endPrecision);
    d.longTerm = st.int64(15) != 0;
    d.uninformed = st.int64(16) != 0;
    d.undelivered = st.int64(17) != 0;
    d.department = st.text(18);
    d.comment = st.cellText(19, cell("comment"));
    d.sourceInstitution = st.cellText(20, cell("source_institution"));
    d.recordedAt = Timestamp::fromStorage(st.text(21));
    d.recordedBy = st.text(22);
    d.updatedAt = Timestamp::fromStorage(st.text(23));
    d.updatedBy = st.text(24);
    return d;
}

QJsonObject toJson(const Diagnosis& d) {
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("medisCode"), d.medisCode},
            {QStringLiteral("receiptCode"), d.receiptCode},
            {QStringLiteral("icd10"), d.icd10},
            {QStringLiteral("modifiers"), modifiersToJson(d.modifiers)},
            {QStringLiteral("startDate"), d.startText()},
            {QStringLiteral("principal"), d.principal},
            {QStringLiteral("suspected"), d.suspected},
            {QStringLiteral("outcome"), outcomeToString(d.outcome)},
            {QStringLiteral("endDate"), d.endText()},
            {QStringLiteral("longTerm"), d.longTerm},
            {QStringLiteral("uninformed"), d.uninformed},
            {QStringLiteral("undelivered"), d.undelivered},
            {QStringLiteral("department"), d.department},
            {QStringLiteral("comment"), d.comment},
            {QStringLiteral("withdrawn"), d.withdrawn}};
}
} // namespace

DiagnosisRepository::DiagnosisRepository(ChartItemJournal& journal, MasterCatalog& masters)
    : m_journal(journal)
    , m_masters(masters)
    , m_lifecycle(
          journal, [this](qint64 id) { return find(id); },
          [this](const Diagnosis& item, const QString& reason, ChartChange::Kind kind) {
              return write(item, reason, kind);
          },
          [] {
              return ChartItemWords{
                  tr("The diagnosis was not found."), tr("The diagnosis is already withdrawn."),
                  tr("A withdrawn diagnosis cannot be edited."),
                  tr("%1 changed this diagnosis at %2 (now version %3) while you were editing it. Nothing was saved; "
                     "reopen it and apply your change again.")};
          }) {}

QStringList DiagnosisRepository::problems(const Diagnosis& d, const QDate& today) {
    static const QRegularExpression medis(QStringLiteral("^[0-9]{8}$"));
    static const QRegularExpression receipt(QStringLiteral("^[0-9]{7}$"));
    static const QRegularExpression icd10(QStringLiteral("^[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,2})?$"));
    static const QRegularExpression modifier(QStringLiteral("^[0-9]{4}$"));
    QStringList out;
    if (d.name.trimmed().isEmpty()) {
        out << tr("Enter the disease name.");
    } else if (d.name.size() > 200) {
        out << tr("The disease name is longer than 200 characters.");
    }
    if (!medis.match(d.medisCode).hasMatch()) {
        out << tr("The MEDIS disease number (病名管理番号) has 8 digits (99999999 for a name not in the master); "
                  "'%1' is not one.")
                   .arg(d.medisCode);
    }
    if (!d.receiptCode.isEmpty() && !receipt.match(d.receiptCode).hasMatch()) {
        out << tr("The receipt disease code (傷病名コード) has 7 digits; '%1' is not one.").arg(d.receiptCode);
    }
    if (!d.icd10.isEmpty() && !icd10.match(d.icd10).hasMatch()) {
        out << tr("'%1' is not an ICD-10 code (a letter and two digits, then up to two more, e.g. I10 or E11.9).")
                   .arg(d.icd10);
    }
    if (d.modifiers.size() > Diagnosis::MaxModifiers) {
        out << tr("A disease name takes at most %1 modifiers (修飾語), as the レセ電 record holds them; this one has "
                  "%2.")
                   .arg(Diagnosis::MaxModifiers)
                   .arg(d.modifiers.size());
    }
    if (!d.modifiers.isEmpty() && d.receiptCode == Diagnosis::UncodedReceiptCode) {
        out << tr(
            "A name that is not in the master (未コード化傷病名) is sent as its whole wording: write the modifier "
            "into the name instead of adding it.");
    }
    QSet<QString> seenModifiers;
    for (const auto& m : d.modifiers) {
        if (seenModifiers.contains(m.code)) {
            out << tr("The modifier %1 (%2) is chosen twice.").arg(m.code, m.name);
        }
        seenModifiers.insert(m.code);
        if (!modifier.match(m.code).hasMatch() || m.name.trimmed().isEmpty()) {
            out << tr("A modifier (修飾語) needs its 4-digit code and its name; '%1 %2' is not complete.")
                       .arg(m.code, m.name);
        }
    }
    if (!d.startDate.isValid()) {
        out << tr("Enter the start date of the diagnosis.");
    } else if (d.startDate > today) {
        out << tr("The start date %1 is in the future.").arg(d.startDate.toString(Qt::ISODate));
    }
    if (d.outcome == Diagnosis::Outcome::Continuing) {
        if (d.endDate.isValid()) {
            out << tr("A continuing diagnosis has no end date; choose the outcome (転帰) as well.");
        }
    } else if (!d.endDate.isValid()) {
        out << tr("Enter the end date (転帰日) for the outcome %1.").arg(outcomeToString(d.outcome));
    } else if (d.startDate.isValid() && d.endDate < d.startDate) {
        out << tr("The end date %1 is before the start date %2.")
                   .arg(d.endDate.toString(Qt::ISODate), d.startDate.toString(Qt::ISODate));
    } else if (d.endDate > today) {
        out << tr("The end date %1 is in the future.").arg(d.endDate.toString(Qt::ISODate));
    }
    return out;
}

Diagnosis DiagnosisRepository::completed(Diagnosis d) const {
    d.name = d.name.trimmed();
    d.medisCode = d.medisCode.trimmed();
    d.receiptCode = d.receiptCode.trimmed();
    d.icd10 = d.icd10.trimmed().toUpper();
    if (d.medisCode.isEmpty() && !d.receiptCode.isEmpty() && d.receiptCode != Diagnosis::UncodedReceiptCode) {
        if (const auto entry = m_masters.find(MasterKind::Disease, d.receiptCode)) {
            d.medisCode = entry->medisCode;
            if (d.icd10.isEmpty()) {
                d.icd10 = entry->icd10;
            }
            if (d.name.isEmpty()) {
                d.name = entry->name;
            }
        }
    }
    // Modifiers as the master has them: name, place (接頭/接尾) and the MEDIS number JP-CLINS sends; の疑い is the
    // 疑い flag. Prefixes keep the order they were chosen in, and so do suffixes.
    QList<DiseaseModifier> prefixes;
    QList<DiseaseModifier> suffixes;
    for (DiseaseModifier m : std::as_const(d.modifiers)) {
        m.code = m.code.trimmed();
        if (m.code == Diagnosis::SuspectedModifierCode) {
            d.suspected = true;
            continue;
        }
        if (const auto entry = m_masters.find(MasterKind::Modifier, m.code)) {
            m.name = entry->name;
            m.suffix = entry->category == QStringLiteral("suffix");
            m.medisCode = entry->medisCode;
        }
        (m.suffix ? suffixes : prefixes).append(m);
    }
    d.modifiers = prefixes + suffixes;
    // No MEDIS number known (free text, or a receipt code whose master row carries none): the guide's all-9s code.
    if (d.medisCode.isEmpty() || d.receiptCode == Diagnosis::UncodedReceiptCode) {
        d.medisCode = Diagnosis::UncodedMedisCode;
    }
    if (d.receiptCode.isEmpty() && d.medisCode == Diagnosis::UncodedMedisCode) {
        d.receiptCode = Diagnosis::UncodedReceiptCode;
    }
    return d;
}

Diagnosis DiagnosisRepository::write(const Diagnosis& d, const QString& reason, ChartChange::Kind kind) {
    auto& db = m_journal.record().db();
    const QString now = m_journal.nowForStorage();
    const QString modifiers =
        QString::fromUtf8(QJsonDocument(modifiersToJson(d.modifiers)).toJson(QJsonDocument::Compact));
    // A new diagnosis takes its id first: its sealed words carry it.
    const qint64 id = kind == ChartChange::Kind::Created ? db.reserveId("diagnoses") : d.id;
    int version = d.version;
    const auto bindFields = [&](Statement& st) {
        const auto cell = [id](const char* column) { return diagnosisCell(id, column); };
        st.bind(1, d.withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("active"));
        st.bindCell(2, cell("name"), d.name).bindCell(3, cell("medis_code"), d.medisCode);
        st.bindCellOptional(4, cell("receipt_code"), d.receiptCode).bindCellOptional(5, cell("icd10"), d.icd10);
        st.bindCell(6, cell("modifiers"), modifiers);
        st.bind(7, d.startText()).bind(8, int(d.principal)).bind(9, int(d.suspected));
        st.bind(10, outcomeToString(d.outcome)).bindOptional(11, d.endText());
        st.bind(12, int(d.longTerm)).bind(13, int(d.uninformed)).bind(14, int(d.undelivered));
        st.bindOptional(15, d.department).bindCellOptional(16, cell("comment"), d.comment);
        st.bind(17, now).bind(18, m_journal.userId());
    };
    if (kind == ChartChange::Kind::Created) {
        Statement ins(db, "INSERT INTO diagnoses (status, name, medis_code, receipt_code, icd10, modifiers, "
                          "start_date, principal, suspected, outcome, end_date, long_term, uninformed, "
                          "undelivered, department, comment, updated_at, updated_by, patient_id, visit_id, "
                          "version, recorded_at, recorded_by, id) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?);");
        bindFields(ins);
        ins.bind(19, d.patientId);
        if (d.visitId != 0) {
            ins.bind(20, d.visitId);
        } else {
            ins.bindNull(20);
        }
        ins.bind(21, now).bind(22, m_journal.userId()).bind(23, id).run();
        version = 1;
    } else {
        Statement upd(db, "UPDATE diagnoses SET status=?, name=?, medis_code=?, receipt_code=?, icd10=?, "
                          "modifiers=?, start_date=?, principal=?, suspected=?, outcome=?, end_date=?, "
                          "long_term=?, uninformed=?, undelivered=?, department=?, comment=?, updated_at=?, "
                          "updated_by=?, version=version+1 WHERE id=? AND version=?;");
        bindFields(upd);
        upd.bind(19, d.id).bind(20, d.version).run();
        version = d.version + 1;
    }
    Diagnosis saved = d;
    saved.version = version;
    m_journal.saveVersion(QStringLiteral("diagnosis"), id, version, toJson(saved), reason);
    m_journal.changed(ChartChange::Item::Diagnosis, d.patientId, id, kind, version);
    return *find(id);
}

Diagnosis DiagnosisRepository::create(const Diagnosis& input) {
    m_journal.requireWrite();
    const Diagnosis d = completed(input);
    ChartItemJournal::throwIfAny(problems(d, m_journal.today()));
    requireOffered(d);
    return m_lifecycle.create(d, [this](const Diagnosis& saved) {
        // What the doctor chose, so the search ranks it first next time.
        if (saved.receiptCode != Diagnosis::UncodedReceiptCode) {
            m_masters.recordUse(MasterKind::Disease, saved.receiptCode);
        }
        for (const DiseaseModifier& m : saved.modifiers) {
            m_masters.recordUse(MasterKind::Modifier, m.code);
        }
    });
}

void DiagnosisRepository::requireOffered(const Diagnosis& d) const {
    // An ended code stays readable on old charts; a new entry takes its 移行先 (or another name).
    const QString today = m_journal.today().toString(QStringLiteral("yyyyMMdd"));
    if (d.receiptCode.isEmpty() || d.receiptCode == Diagnosis::UncodedReceiptCode) {
        return;
    }
    if (const auto entry = m_masters.find(MasterKind::Disease, d.receiptCode); entry && !entry->isOffered(today)) {
        throw Error(Error::Kind::Validation,
                    entry->successor.isEmpty()
                        ? tr("The disease code %1 (%2) has ended in the master and is not used for new entries.")
                              .arg(entry->code, entry->name)
                        : tr("The disease code %1 (%2) has ended in the master; use its successor %3 instead.")
                              .arg(entry->code, entry->name, entry->successor));
    }
    for (const DiseaseModifier& m : d.modifiers) {
        if (const auto entry = m_masters.find(MasterKind::Modifier, m.code); entry && !entry->isOffered(today)) {
            throw Error(Error::Kind::Validation,
                        tr("The modifier %1 (%2) has ended in the master.").arg(entry->code, entry->name));
        }
    }
}

Diagnosis DiagnosisRepository::update(const Diagnosis& input, const QString& reason) {
    m_journal.requireWrite();
    const Diagnosis d = completed(input);
    ChartItemJournal::throwIfAny(problems(d, m_journal.today()));
    return m_lifecycle.update(d, reason);
}

Diagnosis DiagnosisRepository::withdraw(qint64 id, const QString& reason) {
    m_journal.requireWrite();
    return m_lifecycle.withdraw(id, reason);
}

std::optional<Diagnosis> DiagnosisRepository::find(qint64 id) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE d.id = ?;");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readDiagnosis(st);
}

QList<Diagnosis> DiagnosisRepository::forPatient(qint64 patientId, bool includeWithdrawn) const {
    Statement st(m_journal.record().db(), std::string(Select) +
                                              "WHERE d.patient_id = ? AND (? = 1 OR d.status = 'active') "
                                              "ORDER BY d.principal DESC, d.start_date, d.id;");
    st.bind(1, patientId).bind(2, int(includeWithdrawn));
    QList<Diagnosis> out;
    while (st.step()) {
        out.append(readDiagnosis(st));
    }
    return out;
}

QList<ChartItemVersion> DiagnosisRepository::history(qint64 id) {
    m_journal.requireRead();
    const auto d = find(id);
    if (!d) {
        throw Error(Error::Kind::NotFound, tr("The diagnosis was not found."));
    }
    m_journal.viewed(QStringLiteral("diagnosis-history"), d->patientId, QStringLiteral("id %1").arg(id));
    return m_journal.versions(QStringLiteral("diagnosis"), id);
}

} // namespace tsumugi
