#pragma once

#include <QString>

namespace tsumugi {

struct ClinicInfo {
    QString name;
    QString institutionNumber; // 医療機関番号, 10 digits
    QString address;
    QString phone;
};

} // namespace tsumugi
