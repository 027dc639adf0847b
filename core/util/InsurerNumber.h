#pragma once

#include <QString>

namespace tsumugi {

// 保険者番号: 8 digits (6 for 国民健康保険), the last one a check digit.
class InsurerNumber {
public:
    enum class Status { Valid, Empty, WrongLength, NotDigits, WrongCheckDigit };

    static Status check(const QString& number);
    static bool isValid(const QString& number) { return check(number) == Status::Valid; }
    // Check digit over the digits before it: weights 2,1,2,… from the right, digit sums of the products.
    static int checkDigit(const QString& digitsWithoutCheck);
    // Zero-padded to 8 digits, as JP_Insurance_memberID wants it.
    static QString padded(const QString& number);
};

} // namespace tsumugi
