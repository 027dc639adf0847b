#include "core/util/InsurerNumber.h"

namespace tsumugi {

int InsurerNumber::checkDigit(const QString& digits) {
    int sum = 0;
    int weight = 2;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        const int product = it->digitValue() * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    return (10 - sum % 10) % 10;
}

InsurerNumber::Status InsurerNumber::check(const QString& number) {
    if (number.isEmpty()) {
        return Status::Empty;
    }
    for (QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return Status::NotDigits;
        }
    }
    if (number.size() != 6 && number.size() != 8) {
        return Status::WrongLength;
    }
    const int expected = checkDigit(number.left(number.size() - 1));
    return number.back().digitValue() == expected ? Status::Valid : Status::WrongCheckDigit;
}

QString InsurerNumber::padded(const QString& number) {
    return number.rightJustified(8, QLatin1Char('0'));
}

} // namespace tsumugi
