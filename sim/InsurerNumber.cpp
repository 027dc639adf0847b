#include "sim/InsurerNumber.h"

namespace tsumugi::sim {

bool InsurerNumber::wellFormed(const QString& number) {
    if (number.size() != 6 && number.size() != 8)
        return false;
    for (const QChar c : number)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int InsurerNumber::checkDigitFor(const QString& digits) {
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int product = (digits.at(i).unicode() - u'0') * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    return (10 - sum % 10) % 10;
}

bool InsurerNumber::checkDigitValid(const QString& number) {
    if (!wellFormed(number))
        return false;
    return checkDigitFor(number.left(number.size() - 1)) == number.back().unicode() - u'0';
}

QString InsurerNumber::zeroPadded(const QString& number) {
    return number.rightJustified(8, u'0');
}

QString InsurerNumber::memberId(const QString& insurer, const QString& symbol, const QString& number,
                                const QString& branch) {
    return zeroPadded(insurer) + u':' + symbol + u':' + number + u':' + branch;
}

} // namespace tsumugi::sim
