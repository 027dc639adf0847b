#pragma once

#include <QString>

namespace tsumugi::sim {

// 保険者番号 rules shared by eligibility and the CLINS Patient identifier.
class InsurerNumber {
public:
    // 6 (国保) or 8 digits.
    static bool wellFormed(const QString& number);
    // Weights 2,1,2,… from the right over all digits but the last; digit sums of the products; the check is
    // (10 − sum mod 10) mod 10.
    static int checkDigitFor(const QString& digitsWithoutCheck);
    static bool checkDigitValid(const QString& number);
    static QString zeroPadded(const QString& number);
    // JP_Insurance_memberID: 保険者番号(8, zero-padded):記号:番号:枝番
    static QString memberId(const QString& insurer, const QString& symbol, const QString& number,
                            const QString& branch);
};

} // namespace tsumugi::sim
