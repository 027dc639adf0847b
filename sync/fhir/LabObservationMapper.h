#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/chart/LabResult.h"

#include <QList>
#include <QSet>
#include <optional>

namespace tsumugi::fhir {

// LabResult → JP_Observation_LabResult_eCS (検査 and 感染症): the JLAC10/11 code in the core-lab or infection
// CodeSystem slice with the display the profile fixes, value (Quantity with UCUM, or text), interpretation,
// reference range, contained Encounter (R9013O) and Specimen, department (R9014O).
class LabObservationMapper {
public:
    // The results that belong in the snapshot: ours, not withdrawn, of a JP-CLINS core or infection item (the
    // 5 情報 labs; local-only items are not sent), collected within the year before today, and at least the
    // latest three of each item (the platform keeps "1 year or the last 3", MISSION §4). Oldest first.
    // `received`: ids of another institution's results re-exported as if ours (ClinsExporter's includeReceived):
    // their performer is that institution, so they need only the local code.
    static QList<LabResult> reportable(const QList<LabResult>& results, const QDate& today,
                                       const QSet<qint64>& received = {});
    static bool isSharedItem(const LabResult& r);
    // Whether it carries what a CLINS bundle asks of a result since 1.9 and 1.6: the clinic's local code of the item
    // and the ordering doctor (the performer).
    static bool isComplete(const LabResult& r);
    // The resource, written as an element (or the top-level value) of w.
    static void write(FhirWriter& w, const LabResult& r, const EcsContext& context);
    static Json toFhir(const LabResult& r, const EcsContext& context);

    // A result that could not be obtained (no number; no text, or words such as 測定不能, 検体不良, 未実施): sent as
    // dataAbsentReason (data-absent-reason code) with the words as its text, instead of a value.
    struct AbsentReason {
        const char* code;
        const char* display;
        QString text;
    };
    static std::optional<AbsentReason> absentReasonOf(const LabResult& r);
};

} // namespace tsumugi::fhir
