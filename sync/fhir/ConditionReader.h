#pragma once

#include "sync/fhir/EcsReader.h"

#include "core/chart/Diagnosis.h"

namespace tsumugi::fhir {

// JP_Condition_eCS → Diagnosis (the reverse of ConditionMapper): MEDIS 病名管理番号 / レセ電 / ICD-10 codings,
// code.text as the name, 主病名, 疑い, 転帰 from clinicalStatus and abatement, flags from meta.tag, department,
// notes. The name and a start date are required (code.text or a display; onsetDateTime, else the recorded
// date or meta.lastUpdated, noted).
class ConditionReader {
    Q_DECLARE_TR_FUNCTIONS(ConditionReader)
public:
    static Diagnosis read(const Json& resource, const QString& path, ImportNotes& notes);
};

} // namespace tsumugi::fhir
