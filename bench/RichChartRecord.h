#pragma once

#include "core/record/ClinicRecord.h"

#include <QString>
#include <memory>

class QTemporaryDir;

namespace tsumugi::bench {

// The JP-CLINS benchmarks' fixture: a fresh encrypted record signed in as a doctor, and the rich patient
// (50 diagnoses, 20 allergies, 300 lab results of JP-CLINS core and infection items over about ten months).
class RichChartRecord {
public:
    static std::unique_ptr<ClinicRecord> open(const QTemporaryDir& dir, const QString& fileName,
                                              const QString& institutionNumber);
    // Registers the patient and charts everything; returns the patient's id.
    static qint64 addRichPatient(ClinicRecord& record);
};

} // namespace tsumugi::bench
