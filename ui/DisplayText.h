#pragma once

#include "core/patients/Patient.h"
#include "core/reception/ReceptionEntry.h"
#include "core/users/User.h"

#include <QCoreApplication>

namespace tsumugi::ui {

// The words the screens use for the domain's values, all through tr().
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString sex(Sex sex);
    static QString receptionStatus(ReceptionStatus status);
    static QString role(Role role);
    // "1975-04-12 (昭和50年4月12日)": the 西暦 for the computer, the 和暦 as on the insurance card.
    static QString birthDate(const QDate& date);
    static QString age(const Patient& patient, const QDate& today);
    static QString patientNumber(qint64 number);
    // "保険者番号 39131016 記号 … 番号 00012345 枝番 01", the parts that are on the card; "no insurance on file".
    static QString insurance(const Insurance& insurance);
};

} // namespace tsumugi::ui
