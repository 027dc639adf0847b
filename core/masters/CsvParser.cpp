#include "core/masters/CsvParser.h"

#include <QStringDecoder>

namespace tsumugi {

QList<CsvRow> CsvParser::parse(const QString& text) {
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line is not a record.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty())) {
            rows.append(row);
        }
        row = CsvRow{};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF or a lone CR ends the record like LF.
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                continue;
            }
            endRow();
            row.line = ++line;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            row.line = ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || fieldStarted) {
        endRow();
    }
    return rows;
}

QString CsvParser::decode(const QByteArray& bytes) {
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        return text;
    }
    QStringDecoder sjis("Shift_JIS");
    if (sjis.isValid()) {
        return sjis(data);
    }
    return QString::fromLocal8Bit(data);
}

} // namespace tsumugi
