#include "sync/services/SharedItemAdopter.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "sync/fhir/ClinsImporter.h"

namespace tsumugi::sync {

SharedItemAdopter::SharedItemAdopter(ClinicRecord& record)
    : m_record(record) {}

QString SharedItemAdopter::adopt(const SharedSummaryItem& item, qint64 patientId) {
    m_record.require(Permission::WriteCharts);
    if (!item.isAdoptable()) {
        throw Error(Error::Kind::Validation,
                    tr("Only shared allergies, drug contraindications and diagnoses can be adopted."));
    }
    if (item.sourceInstitution.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The shared item does not name the institution it came from."));
    }
    if (item.sourceInstitution == m_record.clinic().institutionNumber) {
        throw Error(Error::Kind::Conflict, tr("This item was registered by this clinic; it is already ours."));
    }
    fhir::ClinsImporter::Options options;
    options.patientId = patientId;
    options.sourceInstitution = item.sourceInstitution;
    const fhir::FhirImportResult r = fhir::ClinsImporter(m_record).importData(
        item.resourceJson, tr("shared record (%1)").arg(item.sourceInstitution), options);
    if (!r.ok()) {
        throw Error(Error::Kind::Validation, r.error.isEmpty() ? r.text() : r.error);
    }
    if (r.added == 0 && r.updated == 0) {
        return tr("%1 from %2 is already in this patient's record.").arg(item.title, item.sourceInstitution);
    }
    return tr("%1 was adopted into the record (source: %2).").arg(item.title, item.sourceInstitution);
}

} // namespace tsumugi::sync
