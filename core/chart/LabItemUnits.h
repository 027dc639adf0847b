#pragma once

#include <QString>

namespace tsumugi {

// The unit a Japanese lab report gives each JP-CLINS core item in (HbA1c-NGSP: %, ALT: U/L, PLT: ×10^4/μL): the
// value sets carry no unit, and a result entered without one cannot be shared as a quantity.
class LabItemUnits {
public:
    // Empty for an item without a usual unit (PT-INR, qualitative results) or one not in the core set.
    static QString of(const QString& item);
};

} // namespace tsumugi
