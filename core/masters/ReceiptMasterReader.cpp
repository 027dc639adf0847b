#include "core/masters/ReceiptMasterReader.h"

#include "core/Error.h"
#include "core/masters/CsvParser.h"
#include "core/util/KanaNormalizer.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace tsumugi {

namespace {
const QString OpenEnded = QStringLiteral("99999999");

bool isDate(const QString& ymd) {
    return ymd.size() == 8 && ymd != OpenEnded && ymd != QStringLiteral("00000000");
}

// The last day a row may be chosen: the earlier of its 廃止年月日 and 経過措置年月日; 抹消/廃止 without a date
// end it at once.
QString endOf(const QString& changeType, const QString& abolished, const QString& transition) {
    QString until;
    for (const QString& d : {abolished, transition}) {
        if (isDate(d) && (until.isEmpty() || d < until)) {
            until = d;
        }
    }
    if (until.isEmpty() && (changeType == QStringLiteral("1") || changeType == QStringLiteral("9"))) {
        until = QStringLiteral("00000000");
    }
    return until;
}

// One row's fields, read as QStrings only where the reader takes them; a missing trailing field reads empty.
class Row {
public:
    explicit Row(const CsvParser::Fields& fields)
        : m_fields(fields) {}
    QString at(int i) const { return i < m_fields.size() ? m_fields.at(i).toString() : QString(); }
    QString value(int i) const { return at(i); }
    qsizetype size() const { return m_fields.size(); }

private:
    const CsvParser::Fields& m_fields;
};

// Checks the record type and width, then hands each row to fill.
ReceiptMasterReader::Result readRows(const QByteArray& bytes, const QString& today, const QString& type, int minFields,
                                     const QString& fileName, const std::function<MasterEntry(const Row&)>& fill) {
    ReceiptMasterReader::Result result;
    const QString text = CsvParser::decode(bytes);
    result.entries.reserve(text.count(QLatin1Char('\n')) + 1);
    CsvParser::forEachRow(text, [&](const CsvParser::Fields& fields, int line) {
        if (fields.size() < minFields || fields.at(1) != type) {
            throw Error(Error::Kind::Validation,
                        ReceiptMasterReader::tr("Line %1 is not a record of the %2 (expected at least %3 fields with "
                                                "master type %4 in field 2).")
                            .arg(line)
                            .arg(fileName)
                            .arg(minFields)
                            .arg(type));
        }
        MasterEntry e = fill(Row(fields));
        if (e.code.isEmpty() || e.name.isEmpty()) {
            throw Error(Error::Kind::Validation,
                        ReceiptMasterReader::tr("Line %1 of the %2 has no code or no name.").arg(line).arg(fileName));
        }
        if (!e.isOffered(today)) {
            ++result.ended;
        }
        result.entries.append(std::move(e));
    });
    if (result.entries.isEmpty()) {
        throw Error(Error::Kind::Validation, ReceiptMasterReader::tr("The %1 file is empty.").arg(fileName));
    }
    return result;
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

ReceiptMasterReader::Result ReceiptMasterReader::readDiseases(const QByteArray& bytes, const QString& today) {
    return readRows(bytes, today, QStringLiteral("B"), 24, tr("disease master (傷病名マスター)"), [](const Row& f) {
        MasterEntry e;
        e.kind = MasterKind::Disease;
        e.code = f.at(2);
        if (!f.at(3).isEmpty() && f.at(3) != e.code) {
            e.successor = f.at(3);
        }
        e.name = f.at(5);
        e.kana = f.at(9);
        e.medisCode = f.at(10);
        e.icd10 = f.at(15);
        e.validUntil = endOf(f.at(0), f.at(23), {});
        e.detail = compact({{QStringLiteral("abbreviation"), f.at(7)},
                            {QStringLiteral("exchangeCode"), f.at(12)},
                            {QStringLiteral("icd10_2"), f.at(16)},
                            {QStringLiteral("adoption"), f.at(11)},
                            {QStringLiteral("listed"), f.at(21)}});
        return e;
    });
}

ReceiptMasterReader::Result ReceiptMasterReader::readModifiers(const QByteArray& bytes, const QString& today) {
    return readRows(bytes, today, QStringLiteral("Z"), 16, tr("modifier master (修飾語マスター)"), [](const Row& f) {
        MasterEntry e;
        e.kind = MasterKind::Modifier;
        e.code = f.at(2);
        e.name = f.at(6);
        e.kana = f.at(9);
        e.medisCode = f.value(16);
        // 修飾語コード 8xxx are suffixes (接尾語); the rest go before the name.
        e.category = e.code.startsWith(QLatin1Char('8')) ? QStringLiteral("suffix") : QStringLiteral("prefix");
        e.validUntil = endOf(f.at(0), f.at(15), {});
        e.detail =
            compact({{QStringLiteral("exchangeCode"), f.value(17)}, {QStringLiteral("modifierClass"), f.value(18)}});
        return e;
    });
}

ReceiptMasterReader::Result ReceiptMasterReader::readDrugs(const QByteArray& bytes, const QString& today) {
    Result r = readRows(bytes, today, QStringLiteral("Y"), 38, tr("drug master (医薬品マスター)"), [](const Row& f) {
        MasterEntry e;
        e.kind = MasterKind::Drug;
        e.code = f.at(2);
        e.name = f.at(4);
        e.kana = f.at(6);
        e.unit = f.at(9);
        e.yjCode = f.at(31);
        e.genericName = f.value(37);
        e.groupCode = f.value(36); // 一般名コード: the 一般名処方 this drug belongs to
        e.category = f.value(27);  // 剤形: 1 内用, 3 その他, 4 注射, 6 外用, 8 歯科
        e.validUntil = endOf(f.at(0), f.at(30), f.value(33));
        e.detail = compact({{QStringLiteral("price"), f.at(11)},
                            {QStringLiteral("generic"), f.at(16) == QStringLiteral("1")},
                            {QStringLiteral("genericCode"), f.value(36)},
                            {QStringLiteral("baseName"), f.value(34)},
                            {QStringLiteral("narcotic"), f.value(13)}});
        return e;
    });
    // One 【般】 entry per 一般名コード, offered while any of its drugs is; the first drug's unit and form.
    QHash<QString, qsizetype> generics;
    const qsizetype drugs = r.entries.size();
    for (qsizetype i = 0; i < drugs; ++i) {
        const MasterEntry& d = r.entries.at(i);
        const QString& code = d.groupCode;
        if (code.isEmpty() || d.genericName.isEmpty()) {
            continue;
        }
        const auto it = generics.constFind(code);
        if (it == generics.cend()) {
            MasterEntry g;
            g.kind = MasterKind::GenericDrug;
            g.code = code;
            g.name = d.genericName;
            QString reading = d.genericName;
            reading.remove(QStringLiteral("【般】"));
            g.kana = KanaNormalizer::normalize(reading);
            g.genericName = d.genericName;
            g.unit = d.unit;
            g.category = d.category;
            g.validUntil = d.validUntil;
            g.detail = compact({{QStringLiteral("firstDrug"), d.code}});
            generics.insert(code, r.entries.size());
            r.entries.append(std::move(g));
            continue;
        }
        MasterEntry& g = r.entries[*it];
        if (!g.validUntil.isEmpty() && (d.validUntil.isEmpty() || d.validUntil > g.validUntil)) {
            g.validUntil = d.validUntil;
        }
    }
    return r;
}

ReceiptMasterReader::Result ReceiptMasterReader::read(MasterKind kind, const QByteArray& bytes, const QString& today) {
    switch (kind) {
    case MasterKind::Disease:
        return readDiseases(bytes, today);
    case MasterKind::Modifier:
        return readModifiers(bytes, today);
    case MasterKind::Drug:
        return readDrugs(bytes, today);
    case MasterKind::GenericDrug:
    case MasterKind::Jfagy:
    case MasterKind::Jlac:
        break;
    }
    throw Error(Error::Kind::Validation, tr("This master is not a レセ電 基本マスター file."));
}

} // namespace tsumugi
