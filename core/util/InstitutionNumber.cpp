#include "core/util/InstitutionNumber.h"

namespace tsumugi {

InstitutionNumber::Status InstitutionNumber::check(const QString& number) {
    if (number.isEmpty()) {
        return Status::Empty;
    }
    for (QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return Status::NotDigits;
        }
    }
    if (number.size() != 10) {
        return Status::WrongLength;
    }
    const int prefecture = number.left(2).toInt();
    if (prefecture < 1 || prefecture > 47) {
        return Status::UnknownPrefecture;
    }
    const QChar feeSchedule = number.at(2);
    if (feeSchedule != QLatin1Char('1') && feeSchedule != QLatin1Char('3')) {
        return Status::UnknownFeeSchedule;
    }
    return Status::Valid;
}

} // namespace tsumugi
