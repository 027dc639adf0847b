#pragma once

#include "sync/fhir/FhirJson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::fhir {

// One patient → the JP_Bundle_CLINS submissions of the 5 情報 (MISSION §2): one bundle per resource type
// (Condition, AllergyIntolerance, Observation), each the full snapshot of that reporting unit, Patient first.
// Empty units give no bundle (R02143 wants at least one resource).
class ClinsExporter {
    Q_DECLARE_TR_FUNCTIONS(ClinsExporter)
public:
    struct Options {
        int year = 0;                      // the unit's first-send year for Bundle.identifier; 0 = the year of now
        QDateTime now;                     // snapshot time (meta.lastUpdated, timestamp) and "today" for the windows
        std::optional<std::uint64_t> seed; // reproducible urn:uuid (tests, diffs); random otherwise
        // Also items received from other institutions, each with its own institution number (a re-export of what was
        // received, e.g. the import round trip); never for a submission, which carries only our own items.
        bool includeReceived = false;
    };
    struct Bundle {
        QString resourceType;
        QString identifier; // {医療機関番号}^{year}^P0000042-Condition
        QString fileName;   // P0000042-Condition.json
        int items = 0;
        QByteArray data;   // compact UTF-8, newline-terminated: the bytes sent and written to a file
        Json json() const; // parsed (tests, tools)
    };

    explicit ClinsExporter(ClinicRecord& record);
    // Throws tsumugi::Error (Validation) when the patient cannot be shared (PatientMapper::exportProblem), or
    // NotFound for an unknown patient id.
    QList<Bundle> exportPatient(qint64 patientId, const Options& options);
    // Compact UTF-8, newline-terminated, as Bundle::data is written.
    static QByteArray serialize(const Json& bundle);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi::fhir
