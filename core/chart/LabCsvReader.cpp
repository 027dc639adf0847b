#include "core/chart/LabCsvReader.h"

#include "core/Error.h"
#include "core/masters/CsvParser.h"

#include <QHash>
#include <QTimeZone>

namespace tsumugi {

const QStringList& LabCsvReader::requiredColumns() {
    static const QStringList c = {QStringLiteral("patient_number"), QStringLiteral("collected_at"),
                                  QStringLiteral("code_system"),    QStringLiteral("code"),
                                  QStringLiteral("name"),           QStringLiteral("value"),
                                  QStringLiteral("unit"),           QStringLiteral("specimen")};
    return c;
}

namespace {
std::optional<double> number(const QString& text, bool* ok) {
    *ok = true;
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const double v = t.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

// "2026-11-20T09:30", "2026-11-20 09:30:00", "2026/11/20 9:30" (clinic local time unless an offset is given).
QDateTime timeOf(const QString& text) {
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    if (!d.isValid()) {
        for (const char* f : {"yyyy-M-d'T'H:mm", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d"}) {
            d = QDateTime::fromString(t, QString::fromLatin1(f));
            if (d.isValid()) {
                break;
            }
        }
    }
    return d;
}
} // namespace

QList<LabCsvReader::Row> LabCsvReader::read(const QByteArray& bytes) {
    const QList<CsvRow> rows = CsvParser::parse(CsvParser::decode(bytes));
    if (rows.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The lab file is empty."));
    }
    QHash<QString, int> col;
    const QStringList header = rows.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        col.insert(header.at(i).trimmed().toLower(), i);
    }
    QStringList missing;
    for (const QString& c : requiredColumns()) {
        if (!col.contains(c)) {
            missing << c;
        }
    }
    if (!missing.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Line 1 of the lab file must name the columns; missing: %1 "
                                                "(see docs/lab-results-csv.md).")
                                                 .arg(missing.join(QStringLiteral(", "))));
    }
    const auto field = [&](const CsvRow& r, const char* name) {
        const int i = col.value(QString::fromLatin1(name), -1);
        return i >= 0 ? r.fields.value(i).trimmed() : QString();
    };
    QList<Row> out;
    QStringList errors;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const CsvRow& r = rows.at(i);
        QStringList problems;
        if (r.fields.size() != header.size()) {
            problems << tr("%1 fields where the header has %2").arg(r.fields.size()).arg(header.size());
        }
        Row row;
        row.line = r.line;
        bool ok = false;
        row.patientNumber = field(r, "patient_number").toLongLong(&ok);
        if (!ok || row.patientNumber <= 0) {
            problems << tr("the patient number '%1' is not a number").arg(field(r, "patient_number"));
        }
        LabResult& res = row.result;
        res.collectedAt = timeOf(field(r, "collected_at"));
        if (!res.collectedAt.isValid()) {
            problems << tr("the collection time '%1' is not a date and time like 2026-11-20 09:30")
                            .arg(field(r, "collected_at"));
        }
        const auto system = labCodeSystemFromString(field(r, "code_system").toLower());
        if (!system) {
            problems << tr("the code system '%1' is not jlac10, jlac11 or local").arg(field(r, "code_system"));
        } else {
            res.codeSystem = *system;
        }
        res.code = field(r, "code");
        res.name = field(r, "name");
        const QString value = field(r, "value");
        bool numeric = false;
        res.valueNumber = number(value, &numeric);
        if (!numeric) {
            res.valueText = value; // qualitative (陰性, 1+, <0.1)
        }
        res.unit = field(r, "unit");
        res.referenceLow = number(field(r, "reference_low"), &ok);
        if (!ok) {
            problems << tr("the reference low '%1' is not a number").arg(field(r, "reference_low"));
        }
        res.referenceHigh = number(field(r, "reference_high"), &ok);
        if (!ok) {
            problems << tr("the reference high '%1' is not a number").arg(field(r, "reference_high"));
        }
        res.referenceText = field(r, "reference_text");
        res.abnormalFlag = field(r, "abnormal_flag");
        res.specimen = field(r, "specimen");
        res.comment = field(r, "comment");
        res.localCode = field(r, "local_code");
        row.orderedBy = field(r, "ordered_by");
        for (const QString& p : problems) {
            errors << tr("line %1: %2").arg(r.line).arg(p);
        }
        out.append(row);
    }
    if (!errors.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The lab file was not imported (nothing was saved):\n%1")
                                                 .arg(errors.mid(0, 20).join(QLatin1Char('\n'))));
    }
    if (out.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The lab file has a header but no results."));
    }
    return out;
}

} // namespace tsumugi
