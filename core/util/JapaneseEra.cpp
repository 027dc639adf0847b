#include "core/util/JapaneseEra.h"

#include <QRegularExpression>
#include <array>

namespace tsumugi {

namespace {
struct EraDef {
    const char16_t* name;
    char letter;
    int y, m, d;
};
// Newest first so the first era whose start is not after the date is the right one.
constexpr std::array<EraDef, 5> Eras{{
    {u"令和", 'R', 2019, 5, 1},
    {u"平成", 'H', 1989, 1, 8},
    {u"昭和", 'S', 1926, 12, 25},
    {u"大正", 'T', 1912, 7, 30},
    {u"明治", 'M', 1868, 1, 25},
}};
} // namespace

JapaneseEra::Era JapaneseEra::eraOf(const QDate& date) {
    for (const auto& e : Eras) {
        const QDate start(e.y, e.m, e.d);
        if (date.isValid() && date >= start) {
            return Era{QString::fromUtf16(e.name), QChar(e.letter), start, date.year() - e.y + 1};
        }
    }
    return {};
}

QString JapaneseEra::format(const QDate& date) {
    const Era era = eraOf(date);
    if (era.name.isEmpty()) {
        return date.toString(Qt::ISODate);
    }
    // The 和暦 form is itself Japanese notation (as on an insurance card), so it is not translated.
    return QStringLiteral("%1%2年%3月%4日")
        .arg(era.name, era.year == 1 ? QStringLiteral("元") : QString::number(era.year))
        .arg(date.month())
        .arg(date.day());
}

QString JapaneseEra::formatShort(const QDate& date) {
    const Era era = eraOf(date);
    if (era.name.isEmpty()) {
        return date.toString(Qt::ISODate);
    }
    return QStringLiteral("%1%2.%3.%4").arg(era.letter).arg(era.year).arg(date.month()).arg(date.day());
}

QDate JapaneseEra::parse(const QString& text) {
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression shortForm(QStringLiteral("^([MTSHRmtshr])\\s*(\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{1,2})$"));
    static const QRegularExpression longForm(
        QStringLiteral("^(明治|大正|昭和|平成|令和)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    int eraIndex = -1;
    int year = 0, month = 0, day = 0;
    if (auto m = shortForm.match(t); m.hasMatch()) {
        const char letter = m.captured(1).toUpper().at(0).toLatin1();
        for (int i = 0; i < int(Eras.size()); ++i) {
            if (Eras[i].letter == letter) {
                eraIndex = i;
            }
        }
        year = m.captured(2).toInt();
        month = m.captured(3).toInt();
        day = m.captured(4).toInt();
    } else if (auto l = longForm.match(t); l.hasMatch()) {
        for (int i = 0; i < int(Eras.size()); ++i) {
            if (QString::fromUtf16(Eras[i].name) == l.captured(1)) {
                eraIndex = i;
            }
        }
        year = l.captured(2) == QStringLiteral("元") ? 1 : l.captured(2).toInt();
        month = l.captured(3).toInt();
        day = l.captured(4).toInt();
    }
    if (eraIndex < 0 || year < 1) {
        return {};
    }
    const auto& e = Eras[eraIndex];
    const QDate date(e.y + year - 1, month, day);
    // The date must really belong to that era (昭和65年 or 平成1年1月1日 do not exist).
    if (!date.isValid() || eraOf(date).name != QString::fromUtf16(e.name)) {
        return {};
    }
    return date;
}

} // namespace tsumugi
