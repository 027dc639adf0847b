#pragma once

#include <QDate>
#include <QString>

namespace tsumugi {

// A date known only to the year or month, as FHIR and other clinics' records carry it ("2019", "2019-04"). The
// QDate beside it is the first day (for sorting and windows); the precision says how much of it is known, so a
// received onset of 2019 is shown and sent again as 2019, never as 2019-01-01.
class PartialDate {
public:
    enum class Precision { Day, Month, Year };

    // "2019", "2019-04" or "2019-04-12".
    static QString toIso(const QDate& date, Precision precision);
    // The first day and the precision of such a text; an invalid date for anything else.
    static QDate fromIso(const QString& text, Precision* precision = nullptr);
    // As the chart shows it: 2019年, 2019年4月, or the full date in the given format.
    static QString display(const QDate& date, Precision precision, const QString& dayFormat);
};

} // namespace tsumugi
