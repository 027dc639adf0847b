#pragma once

#include "core/eligibility/EligibilityResult.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>

namespace tsumugi {

// Where the qualification the service reports differs from the insurance registered for the patient, field by
// field, so the desk sees exactly what an update would change (it is offered, never applied silently).
class InsuranceDifference {
    Q_DECLARE_TR_FUNCTIONS(InsuranceDifference)
public:
    struct Field {
        QString label; // translated
        QString registered;
        QString reported;
    };

    static QList<Field> between(const Insurance& registered, const Insurance& reported);
    // The qualification an update would register (the current one of a valid or new-qualification answer).
    static std::optional<Insurance> proposedFor(const EligibilityResult& result);
};

} // namespace tsumugi
