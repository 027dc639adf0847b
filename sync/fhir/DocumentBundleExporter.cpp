#include "sync/fhir/DocumentBundleExporter.h"

#include "sync/fhir/BundleIdentifier.h"
#include "sync/fhir/DischargeSummaryBundleBuilder.h"
#include "sync/fhir/PatientMapper.h"
#include "sync/fhir/ReferralBundleBuilder.h"
#include "sync/fhir/UuidSource.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <algorithm>

namespace tsumugi::fhir {

DocumentBundleExporter::DocumentBundleExporter(ClinicRecord& record)
    : m_record(record) {}

QString DocumentBundleExporter::identifierFor(const QString& institutionNumber, const Document& d) {
    // The year the document was first written (Japan time) never changes, so every version keeps the identifier.
    const int year = d.createdAt.toOffsetFromUtc(9 * 3600).date().year();
    const QString id = QStringLiteral("D%1-%2")
                           .arg(d.id, 7, 10, QLatin1Char('0'))
                           .arg(d.isReferral() ? QStringLiteral("Referral") : QStringLiteral("Discharge"));
    return BundleIdentifier::make(institutionNumber, year, id);
}

CompositionSource DocumentBundleExporter::sourceFor(const Document& d, const QDateTime& now) {
    Chart& chart = m_record.chart();
    CompositionSource s;
    s.document = d;
    const auto patient = m_record.patients().open(d.patientId);
    if (!patient) {
        throw Error(Error::Kind::NotFound, tr("There is no patient with id %1.").arg(d.patientId));
    }
    s.patient = *patient;
    s.clinic = m_record.clinic();
    s.authorName = d.finalizedBy.isEmpty() ? d.updatedBy : d.finalizedBy;
    s.bundleIdentifier = identifierFor(s.clinic.institutionNumber, d);
    s.now = now;
    for (const Visit& v : chart.visits().forPatient(d.patientId)) {
        s.visits.insert(v.id, v);
    }
    QStringList missing;
    const auto collect = [&](const QList<qint64>& ids, auto find, auto& out, const QString& what) {
        for (qint64 id : ids) {
            auto item = find(id);
            if (!item || item->patientId != d.patientId) {
                missing << tr("%1 %2 is missing from the chart.").arg(what).arg(id);
            } else {
                out.append(*item);
            }
        }
    };
    collect(
        d.diagnosisIds, [&](qint64 id) { return chart.diagnoses().find(id); }, s.diagnoses, tr("Diagnosis"));
    collect(
        d.admissionDiagnosisIds, [&](qint64 id) { return chart.diagnoses().find(id); }, s.admissionDiagnoses,
        tr("Diagnosis"));
    collect(
        d.allergyIds, [&](qint64 id) { return chart.allergies().find(id); }, s.allergies, tr("Allergy"));
    collect(
        d.labResultIds, [&](qint64 id) { return chart.labs().find(id); }, s.labs, tr("Lab result"));
    collect(
        d.prescriptionIds, [&](qint64 id) { return chart.prescriptions().find(id); }, s.prescriptions,
        tr("Prescription"));
    if (!missing.isEmpty()) {
        throw Error(Error::Kind::Validation, missing.join(QLatin1Char('\n')));
    }
    // Labs oldest first, as a reader expects a course.
    std::stable_sort(s.labs.begin(), s.labs.end(),
                     [](const LabResult& a, const LabResult& b) { return a.collectedAt < b.collectedAt; });
    DocumentRepository& docs = m_record.documents();
    for (const DocumentAttachment& a : d.attachments) {
        s.files.append({a, docs.attachmentData(a.id)});
    }
    return s;
}

DocumentBundleExporter::Result DocumentBundleExporter::exportDocument(qint64 documentId, const Options& options) {
    m_record.require(Permission::ReadCharts);
    DocumentRepository& docs = m_record.documents();
    const auto document = docs.find(documentId);
    if (!document) {
        throw Error(Error::Kind::NotFound, tr("Document %1 was not found.").arg(documentId));
    }
    if (!document->isOurs()) {
        throw Error(Error::Kind::Validation,
                    tr("Document %1 was received from %2; only our own documents are exported.")
                        .arg(documentId)
                        .arg(document->sourceInstitution));
    }
    if (document->status != Document::Status::Final) {
        throw Error(Error::Kind::Validation, tr("Document %1 is %2; only a finalised document is exported.")
                                                 .arg(documentId)
                                                 .arg(documentStatusToString(document->status)));
    }
    const QDateTime now = options.now.isValid() ? options.now : m_record.clock().now().toUTC();
    UuidSource uuids = options.seed ? UuidSource(*options.seed) : UuidSource();
    CompositionSource source = sourceFor(*document, now);
    if (const QString problem = PatientMapper::exportProblem(source.patient); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (document->isReferral() && document->attachedDischargeId != 0) {
        const auto summary = docs.find(document->attachedDischargeId);
        if (!summary || summary->status != Document::Status::Final) {
            throw Error(Error::Kind::Validation, tr("The attached discharge summary (document %1) is not finalised.")
                                                     .arg(document->attachedDischargeId));
        }
        const CompositionSource summarySource = sourceFor(*summary, now);
        source.attachedDischarge = DischargeSummaryBundleBuilder::build(summarySource, uuids);
        source.attachedDischargeTitle =
            QStringLiteral("退院時サマリー（%1〜%2）")
                .arg(summary->admissionDate.toString(Qt::ISODate), summary->dischargeDate.toString(Qt::ISODate));
    }
    Result r;
    r.kind = document->kind;
    r.identifier = source.bundleIdentifier;
    r.fileName = r.identifier.section(QLatin1Char('^'), 2) + QStringLiteral(".json");
    r.version = document->version;
    r.json = document->isReferral() ? ReferralBundleBuilder::build(source, uuids)
                                    : DischargeSummaryBundleBuilder::build(source, uuids);
    m_record.audit().append(
        AuditTrail::Action::Export, QStringLiteral("document"), QString::number(source.patient.number),
        QStringLiteral("id %1 version %2 %3").arg(documentId).arg(document->version).arg(r.identifier));
    return r;
}

} // namespace tsumugi::fhir
