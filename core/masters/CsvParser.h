#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

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
    static QList<CsvRow> parse(const QString& text);
    // UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Shift_JIS (CP932).
    static QString decode(const QByteArray& bytes);
};

} // namespace tsumugi
