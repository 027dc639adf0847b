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
};

} // namespace tsumugi::ui
