#pragma once

#include "core/chart/Allergy.h"
#include "core/chart/ClinicalNote.h"
#include "core/chart/Diagnosis.h"
#include "core/chart/LabResult.h"
#include "core/chart/Prescription.h"
#include "core/chart/Visit.h"
#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace tsumugi {

class AllergyRepository;
class ChartItemJournal;
class ClinicRecord;
class ClinicalNoteRepository;
class DiagnosisRepository;
class LabResultRepository;
class NoteTemplateLibrary;
class PrescriptionRepository;
class VisitRepository;

// One visit as the chart shows it: the encounter, its note and its prescriptions.
struct ChartVisit {
    Visit visit;
    std::optional<ClinicalNote> note;
    QList<Prescription> prescriptions;
};

// Everything a chart window shows when it opens, read in one call (and audited as one view).
struct ChartSnapshot {
    Patient patient;
    QList<ChartVisit> visits;                // newest first
    QList<Diagnosis> diagnoses;              // not withdrawn; ended ones included (the window may filter)
    QList<Allergy> allergies;                // allergies and drug contraindications, not withdrawn
    QList<LabItemSummary> labs;              // one row per item with its latest value
    QList<Prescription> activePrescriptions; // still running today
};

// A patient's chart: the entry point for the chart window and tsumugictl. Reading needs ReadCharts (doctors,
// admins), writing WriteCharts (doctors). Every save runs in one transaction with its version row, audit row
// and the ChartChangeListener call.
class Chart {
    Q_DECLARE_TR_FUNCTIONS(Chart)
public:
    static constexpr int DefaultVisitLimit = 200;

    explicit Chart(ClinicRecord& record);
    ~Chart();

    ChartSnapshot open(qint64 patientId, int visitLimit = DefaultVisitLimit);
    // The chart as plain text (for reading, printing and tests); audited as a view.
    QString plainText(qint64 patientId, int visitLimit = DefaultVisitLimit);

    VisitRepository& visits() { return *m_visits; }
    ClinicalNoteRepository& notes() { return *m_notes; }
    NoteTemplateLibrary& templates() { return *m_templates; }
    DiagnosisRepository& diagnoses() { return *m_diagnoses; }
    AllergyRepository& allergies() { return *m_allergies; }
    LabResultRepository& labs() { return *m_labs; }
    PrescriptionRepository& prescriptions() { return *m_prescriptions; }

private:
    ChartSnapshot read(qint64 patientId, int visitLimit);

    ClinicRecord& m_record;
    std::unique_ptr<ChartItemJournal> m_journal;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<ClinicalNoteRepository> m_notes;
    std::unique_ptr<NoteTemplateLibrary> m_templates;
    std::unique_ptr<DiagnosisRepository> m_diagnoses;
    std::unique_ptr<AllergyRepository> m_allergies;
    std::unique_ptr<LabResultRepository> m_labs;
    std::unique_ptr<PrescriptionRepository> m_prescriptions;
};

} // namespace tsumugi
