#include "core/masters/ReceiptMasterReader.h"

#include "core/Error.h"
#include "core/masters/CsvParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace tsumugi {

namespace {
bool abolished(const QString& date, const QString& today) {
    return !date.isEmpty() && date != QStringLiteral("99999999") && date != QStringLiteral("0") && date < today;
}

// Checks the record type and width, then hands each row to fill.
ReceiptMasterReader::Result readRows(const QByteArray& bytes, const QString& today, const QString& type, int minFields,
                                     int abolishedColumn, const QString& fileName,
                                     const std::function<MasterEntry(const QStringList&)>& fill) {
    ReceiptMasterReader::Result result;
    const QList<CsvRow> rows = CsvParser::parse(CsvParser::decode(bytes));
    if (rows.isEmpty()) {
        throw Error(Error::Kind::Validation, ReceiptMasterReader::tr("The %1 file is empty.").arg(fileName));
    }
    for (const CsvRow& row : rows) {
        const QStringList& f = row.fields;
        if (f.size() < minFields || f.at(1) != type) {
            throw Error(Error::Kind::Validation,
                        ReceiptMasterReader::tr("Line %1 is not a record of the %2 (expected at least %3 fields with "
                                                "master type %4 in field 2).")
                            .arg(row.line)
                            .arg(fileName)
                            .arg(minFields)
                            .arg(type));
        }
        if (abolished(f.at(abolishedColumn - 1), today)) {
            ++result.abolished;
            continue;
        }
        result.entries.append(fill(f));
    }
    return result;
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

ReceiptMasterReader::Result ReceiptMasterReader::readDiseases(const QByteArray& bytes, const QString& today) {
    return readRows(bytes, today, QStringLiteral("B"), 24, 24, tr("disease master (傷病名マスター)"),
                    [](const QStringList& f) {
                        MasterEntry e;
                        e.kind = MasterKind::Disease;
                        e.code = f.at(2);
                        e.name = f.at(5);
                        e.kana = f.at(9);
                        e.medisCode = f.at(10);
                        e.icd10 = f.at(15);
                        e.detail = compact({{QStringLiteral("abbreviation"), f.at(7)},
                                            {QStringLiteral("exchangeCode"), f.at(12)},
                                            {QStringLiteral("icd10_2"), f.at(16)},
                                            {QStringLiteral("successor"), f.at(3)}});
                        return e;
                    });
}

ReceiptMasterReader::Result ReceiptMasterReader::readModifiers(const QByteArray& bytes, const QString& today) {
    return readRows(
        bytes, today, QStringLiteral("Z"), 16, 16, tr("modifier master (修飾語マスター)"), [](const QStringList& f) {
            MasterEntry e;
            e.kind = MasterKind::Modifier;
            e.code = f.at(2);
            e.name = f.at(6);
            e.kana = f.at(9);
            e.medisCode = f.value(16);
            // 修飾語コード 8xxx are suffixes (接尾語); the rest go before the name.
            e.category = e.code.startsWith(QLatin1Char('8')) ? QStringLiteral("suffix") : QStringLiteral("prefix");
            e.detail = compact(
                {{QStringLiteral("exchangeCode"), f.value(17)}, {QStringLiteral("modifierClass"), f.value(18)}});
            return e;
        });
}

ReceiptMasterReader::Result ReceiptMasterReader::readDrugs(const QByteArray& bytes, const QString& today) {
    return readRows(bytes, today, QStringLiteral("Y"), 32, 31, tr("drug master (医薬品マスター)"),
                    [](const QStringList& f) {
                        MasterEntry e;
                        e.kind = MasterKind::Drug;
                        e.code = f.at(2);
                        e.name = f.at(4);
                        e.kana = f.at(6);
                        e.unit = f.at(9);
                        e.yjCode = f.at(31);
                        e.genericName = f.value(37);
                        e.category = f.value(27); // 剤形: 1 内用, 3 その他, 4 注射, 6 外用, 8 歯科
                        e.detail = compact({{QStringLiteral("price"), f.at(11)},
                                            {QStringLiteral("generic"), f.at(16) == QStringLiteral("1")},
                                            {QStringLiteral("genericCode"), f.value(36)},
                                            {QStringLiteral("baseName"), f.value(34)}});
                        return e;
                    });
}

} // namespace tsumugi
