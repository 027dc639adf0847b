#pragma once

#include "core/patients/FieldError.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>

namespace tsumugi {

// What a patient registration must satisfy before it is saved. Field names are the Patient members'.
class PatientValidator {
    Q_DECLARE_TR_FUNCTIONS(PatientValidator)
public:
    static FieldErrors validate(const Patient& patient, const QDate& today);
    static QString insurerNumberProblem(const QString& number);
};

} // namespace tsumugi
