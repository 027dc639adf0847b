#pragma once

#include "sync/fhir/FhirJson.h"

#include "core/chart/Visit.h"
#include "core/record/ClinicInfo.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace tsumugi::fhir {

// What every 5 情報 resource of one bundle shares: the institution, the Patient's urn:uuid, the snapshot time,
// the day "today" is for the reporting windows, and the patient's visits (for contained Encounters).
struct EcsContext {
    ClinicInfo clinic;
    QString patientReference;
    QDateTime lastUpdated;
    QDate today;
    QHash<qint64, Visit> visits;
};

// The elements the eCS profiles repeat: institution number and department extensions, the resource
// identifier, flags as meta.tag, and the contained JP_Encounter.
class EcsElements {
public:
    static Json institutionExtension(const ClinicInfo& clinic);
    // Department text (the coding is optional; our department is free text).
    static Json departmentExtension(const QString& department);
    // Stable per item: a resend replaces the same resource.
    static Json resourceIdentifier(const ClinicInfo& clinic, const char* kind, qint64 id);
    static Json tag(const char* code, const char* display);
    // The contained JP_Encounter (id "encounter"): class AMB/IMP of the visit the item was recorded at.
    static Json containedEncounter(const Visit* visit);
    // The department for an item: its own, else its visit's; the guide requires one (R9014C/O).
    static QString departmentOf(const QString& own, const Visit* visit);
    static const Visit* visitOf(const EcsContext& context, qint64 visitId);
};

} // namespace tsumugi::fhir
