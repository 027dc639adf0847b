#pragma once

#include <QString>

namespace tsumugi {

// 医療機関番号: 10 digits = prefecture (01–47) + 点数表 (1 医科, 3 歯科) + 医療機関コード (7).
class InstitutionNumber {
public:
    enum class Status { Valid, Empty, WrongLength, NotDigits, UnknownPrefecture, UnknownFeeSchedule };
    static Status check(const QString& number);
    static bool isValid(const QString& number) { return check(number) == Status::Valid; }
};

} // namespace tsumugi
