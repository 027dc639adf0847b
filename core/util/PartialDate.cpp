#include "core/util/PartialDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tsumugi {

QString PartialDate::toIso(const QDate& date, Precision precision) {
    if (!date.isValid()) {
        return {};
    }
    switch (precision) {
    case Precision::Year:
        return date.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        break;
    }
    return date.toString(Qt::ISODate);
}

QDate PartialDate::fromIso(const QString& text, Precision* precision) {
    static const QRegularExpression year(QStringLiteral("^([0-9]{4})$"));
    static const QRegularExpression month(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    Precision p = Precision::Day;
    QDate d;
    if (const auto m = year.match(text); m.hasMatch()) {
        d = QDate(m.captured(1).toInt(), 1, 1);
        p = Precision::Year;
    } else if (const auto m2 = month.match(text); m2.hasMatch()) {
        d = QDate(m2.captured(1).toInt(), m2.captured(2).toInt(), 1);
        p = Precision::Month;
    } else {
        d = QDate::fromString(text.left(10), Qt::ISODate);
    }
    if (precision) {
        *precision = d.isValid() ? p : Precision::Day;
    }
    return d;
}

QString PartialDate::display(const QDate& date, Precision precision, const QString& dayFormat) {
    if (!date.isValid()) {
        return {};
    }
    switch (precision) {
    case Precision::Year:
        return QCoreApplication::translate("PartialDate", "%1 (year only)").arg(date.year());
    case Precision::Month:
        return QCoreApplication::translate("PartialDate", "%1-%2 (month only)")
            .arg(date.year())
            .arg(date.month(), 2, 10, QLatin1Char('0'));
    case Precision::Day:
        break;
    }
    return date.toString(dayFormat);
}

} // namespace tsumugi
