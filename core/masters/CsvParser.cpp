#include "core/masters/CsvParser.h"

#include <QStringDecoder>
#include <deque>

namespace tsumugi {

void CsvParser::forEachRow(QStringView text, const RowHandler& handle) {
    Fields fields;
    std::deque<QString> owned; // fields that had to be unescaped ("" inside quotes), for the current record
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    const auto isEnd = [&](qsizetype at) {
        const QChar c = text.at(at);
        return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    while (i < n) {
        const int rowLine = line;
        fields.clear();
        owned.clear();
        for (;;) {
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const qsizetype start = ++i;
                bool doubled = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == QLatin1Char('\n')) {
                        ++line;
                    }
                    ++i;
                }
                const QStringView quoted = text.sliced(start, i - start);
                if (i < n) {
                    ++i; // the closing quote
                }
                // Text between the closing quote and the comma belongs to the field, as a lenient reader keeps it.
                const qsizetype tail = i;
                while (i < n && !isEnd(i)) {
                    ++i;
                }
                if (doubled || i > tail) {
                    QString f = quoted.toString();
                    if (doubled) {
                        f.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                    }
                    f += text.sliced(tail, i - tail);
                    owned.push_back(std::move(f));
                    fields.append(QStringView(owned.back()));
                } else {
                    fields.append(quoted);
                }
            } else {
                const qsizetype start = i;
                while (i < n && !isEnd(i)) {
                    ++i;
                }
                fields.append(text.sliced(start, i - start));
            }
            if (i < n && text.at(i) == QLatin1Char(',')) {
                ++i;
                continue;
            }
            // CRLF, a lone CR or LF, or the end of the text ends the record.
            if (i < n && text.at(i) == QLatin1Char('\r')) {
                ++i;
                if (i < n && text.at(i) == QLatin1Char('\n')) {
                    ++i;
                }
            } else if (i < n) {
                ++i;
            }
            ++line;
            break;
        }
        // A blank line is not a record.
        if (!(fields.size() == 1 && fields.first().isEmpty())) {
            handle(fields, rowLine);
        }
    }
}

QList<CsvRow> CsvParser::parse(const QString& text) {
    QList<CsvRow> rows;
    forEachRow(text, [&](const Fields& fields, int line) {
        CsvRow row;
        row.line = line;
        row.fields.reserve(fields.size());
        for (QStringView f : fields) {
            row.fields.append(f.toString());
        }
        rows.append(std::move(row));
    });
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
