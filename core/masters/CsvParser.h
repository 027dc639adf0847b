#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <functional>

namespace tsumugi {

// One record of a CSV file and the line it starts on (1-based), so errors can name the line.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes), as the official masters and lab companies
// write it. Masters come in Shift_JIS (レセ電) or UTF-8 (J-FAGY); decode() tells them apart.
class CsvParser {
public:
    // A record's fields as views into the text (or into the parser's own copy of a field with doubled quotes),
    // valid during the callback only: a 50,000-row master is read without a string per field.
    using Fields = QVarLengthArray<QStringView, 64>;
    using RowHandler = std::function<void(const Fields& fields, int line)>;

    static void forEachRow(QStringView text, const RowHandler& handle);
    static QList<CsvRow> parse(const QString& text);
    // UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Shift_JIS (CP932).
    static QString decode(const QByteArray& bytes);
};

} // namespace tsumugi
