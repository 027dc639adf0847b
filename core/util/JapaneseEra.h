#pragma once

#include <QDate>
#include <QString>

namespace tsumugi {

// 和暦: clinics read and write birth dates in the Japanese calendar (昭和50年4月12日, S50.4.12).
class JapaneseEra {
public:
    struct Era {
        QString name;      // 昭和
        QChar letter;      // S
        QDate start;       // first day of the era
        int year = 0;      // year within the era (1 = 元年)
    };

    // The era a date falls in; empty name for dates before Meiji.
    static Era eraOf(const QDate& date);
    // "昭和50年4月12日" (元年 for the first year).
    static QString format(const QDate& date);
    // "S50.4.12"
    static QString formatShort(const QDate& date);
    // Accepts "S50.4.12", "s50/4/12", "昭和50年4月12日", "令和元年5月1日"; invalid QDate when not a 和暦 date.
    static QDate parse(const QString& text);
};

} // namespace tsumugi
