#pragma once

namespace tsumugi {

class ClinicRecord;

// A handful of plausible patients (the same insured persons tsumugi-sim's demo seed knows), some of them on
// today's reception list, so a new install can be tried at once. Only fills an empty record.
class DemoData {
public:
    // Returns how many patients were added (0 when the record already had patients).
    static int fill(ClinicRecord& record);
};

} // namespace tsumugi
