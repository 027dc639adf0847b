#pragma once

#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsumugi {

// When two desks edited the same patient, what the second desk offers to save: the patient as the other desk saved
// it, with each field this desk changed put on top. A field both changed differently keeps this desk's value and
// is named, with the other desk's value, for the user to check before saving.
struct PatientMerge {
    Q_DECLARE_TR_FUNCTIONS(PatientMerge)
public:
    Patient merged;          // the version and identity of theirs, the fields of both
    QStringList bothChanged; // "電話番号: 03-1234-5678" (the field, and the value the other desk saved)

    // base: the patient both desks opened; theirs: as saved meanwhile; mine: as typed here.
    static PatientMerge of(const Patient& base, const Patient& theirs, const Patient& mine);
};

} // namespace tsumugi
