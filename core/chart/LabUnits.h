#pragma once

#include <QString>

namespace tsumugi {

// The units Japanese lab reports use, and their UCUM spelling for FHIR (Observation.valueQuantity.code).
class LabUnits {
public:
    // The UCUM code of a known unit (e.g. "mg/dL" → "mg/dL", "×10^4/μL" → "10*4/uL"); empty when unknown.
    static QString ucumOf(const QString& unit);
    // A unit must be short and printable; unknown units are kept (with no UCUM code) so no lab report is refused
    // for a spelling we do not know.
    static bool isPlausible(const QString& unit);
};

} // namespace tsumugi
