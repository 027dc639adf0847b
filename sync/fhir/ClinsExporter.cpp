#include "sync/fhir/ClinsExporter.h"

#include "sync/fhir/AllergyIntoleranceMapper.h"
#include "sync/fhir/BundleIdentifier.h"
#include "sync/fhir/ClinsBundleBuilder.h"
#include "sync/fhir/ConditionMapper.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"
#include "sync/fhir/LabObservationMapper.h"
#include "sync/fhir/PatientMapper.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QHash>
#include <algorithm>
#include <limits>

namespace tsumugi::fhir {

Json ClinsExporter::Bundle::json() const {
    return Json::parse(data.constBegin(), data.constEnd());
}

ClinsExporter::ClinsExporter(ClinicRecord& record)
    : m_record(record) {}

QList<ClinsExporter::Bundle> ClinsExporter::exportPatient(qint64 patientId, const Options& options) {
    const std::optional<Patient> patient = m_record.patients().open(patientId);
    if (!patient) {
        throw Error(Error::Kind::NotFound, tr("There is no patient with id %1.").arg(patientId));
    }
    if (const QString problem = PatientMapper::exportProblem(*patient); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    const QDateTime now = options.now.isValid() ? options.now : m_record.clock().now().toUTC();
    // The reporting windows count in Japan time, as the service does.
    const QDate today = now.toOffsetFromUtc(9 * 3600).date();
    const int year = options.year > 0 ? options.year : today.year();
    const ClinicInfo clinic = m_record.clinic();
    UuidSource uuids = options.seed ? UuidSource(*options.seed) : UuidSource();

    Chart& chart = m_record.chart();
    EcsContext context;
    context.clinic = clinic;
    context.lastUpdated = now;
    context.today = today;
    context.lastUpdatedText = FhirTime::instant(now);
    for (const Visit& v : chart.visits().forPatient(patientId)) {
        context.visits.insert(v.id, v);
    }
    const Json patientJson = PatientMapper::toFhir(*patient, clinic, now);

    QList<Bundle> out;
    // Received items (includeReceived): the mappers judge them as if ours, and write the institution that
    // recorded them in its extension (EcsContext::recordedBy). Item id → that institution, one map for the three
    // kinds' turns (ids are per table, so it is cleared between them).
    QHash<qint64, QString> received;
    const auto asOurs = [&](auto item) {
        if (options.includeReceived && !item.sourceInstitution.isEmpty()) {
            received.insert(item.id, item.sourceInstitution);
            item.sourceInstitution.clear();
        }
        return item;
    };
    const auto addBundle = [&](const QString& type, const auto& items, const auto& write) {
        if (!items.isEmpty()) {
            Bundle b;
            b.resourceType = type;
            b.identifier =
                BundleIdentifier::make(clinic.institutionNumber, year, BundleIdentifier::unitId(patient->number, type));
            b.fileName = BundleIdentifier::unitId(patient->number, type) + QStringLiteral(".json");
            ClinsBundleBuilder builder(type, b.identifier, now, uuids);
            // About 2 KB a resource (contained Encounter, extensions, codings).
            builder.reserve(std::size_t(items.size()) * 2304 + 4096);
            context.patientReference = builder.setPatient(patientJson);
            for (const auto& item : items) {
                context.recordedBy = received.value(item.id);
                write(builder.beginEntry(), item, context);
                builder.endEntry();
            }
            context.recordedBy.clear();
            b.items = int(items.size());
            b.data = builder.finish();
            out.append(std::move(b));
        }
        received.clear();
    };

    QList<Diagnosis> diagnoses;
    for (const Diagnosis& stored : chart.diagnoses().forPatient(patientId)) {
        const Diagnosis d = asOurs(stored);
        if (ConditionMapper::isReportable(d, today)) {
            diagnoses.append(d);
        }
    }
    std::sort(diagnoses.begin(), diagnoses.end(), [](const Diagnosis& a, const Diagnosis& b) {
        return a.startDate != b.startDate ? a.startDate < b.startDate : a.id < b.id;
    });
    addBundle(QStringLiteral("Condition"), diagnoses, &ConditionMapper::write);

    QList<Allergy> allergies;
    for (const Allergy& stored : chart.allergies().forPatient(patientId)) {
        const Allergy a = asOurs(stored);
        if (AllergyIntoleranceMapper::isReportable(a)) {
            allergies.append(a);
        }
    }
    std::sort(allergies.begin(), allergies.end(), [](const Allergy& a, const Allergy& b) { return a.id < b.id; });
    addBundle(QStringLiteral("AllergyIntolerance"), allergies, &AllergyIntoleranceMapper::write);

    QList<LabResult> stored = chart.labs().recent(patientId, std::numeric_limits<int>::max());
    for (LabResult& r : stored) {
        r = asOurs(r);
    }
    QSet<qint64> receivedLabs;
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        receivedLabs.insert(it.key());
    }
    addBundle(QStringLiteral("Observation"), LabObservationMapper::reportable(stored, today, receivedLabs),
              &LabObservationMapper::write);
    return out;
}

QByteArray ClinsExporter::serialize(const Json& bundle) {
    // Compact (what is sent: half the bytes of an indented dump, well under the 10 MB limit) and UTF-8 as is.
    return QByteArray::fromStdString(bundle.dump(-1, ' ', false) + "\n");
}

} // namespace tsumugi::fhir
