#pragma once

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/FhirWriter.h"

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
    // lastUpdated as written (FhirTime::instant), when the caller formatted it once for many resources.
    std::string lastUpdatedText;
    // The institution that recorded the item being written, when not this clinic (a re-export of received
    // items keeps their sender's number); empty for ours.
    QString recordedBy;
    QString recordingInstitution() const { return recordedBy.isEmpty() ? clinic.institutionNumber : recordedBy; }
};

// The elements the eCS profiles repeat: institution number and department extensions, the resource
// identifier, flags as meta.tag, and the contained JP_Encounter. Written straight into the resource being
// written (FhirWriter); the Json forms are for the document builders, which assemble trees.
class EcsElements {
public:
    // An element of the open "extension" array.
    static void writeInstitutionExtension(FhirWriter& w, const QString& institutionNumber);
    // Department text (the coding is optional; our department is free text). An element of "extension".
    static void writeDepartmentExtension(FhirWriter& w, QStringView department);
    // The "identifier" member, stable per item: a resend replaces the same resource.
    static void writeResourceIdentifier(FhirWriter& w, const ClinicInfo& clinic, const char* kind, qint64 id);
    // An element of the open meta "tag" array.
    static void writeTag(FhirWriter& w, const char* code, const char* display);
    // The contained JP_Encounter (id "encounter"): class AMB/IMP of the visit the item was recorded at. An
    // element of the open "contained" array.
    static void writeContainedEncounter(FhirWriter& w, const Visit* visit);
    // A CodeableConcept member with one coding (clinicalStatus, verificationStatus, …).
    static void writeCodeableConcept(FhirWriter& w, const char* key, const char* system, const char* code,
                                     const char* display = nullptr);
    // "meta": the context's lastUpdated and the profile; tags (writeTag) follow when the caller leaves meta open.
    static void beginMeta(FhirWriter& w, const EcsContext& context, const char* profile);

    static Json institutionExtension(const ClinicInfo& clinic);
    static Json departmentExtension(const QString& department);

    // The department for an item: its own, else its visit's; the guide requires one (R9014C/O).
    static QString departmentOf(const QString& own, const Visit* visit);
    static const Visit* visitOf(const EcsContext& context, qint64 visitId);
};

} // namespace tsumugi::fhir
