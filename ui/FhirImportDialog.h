#pragma once

#include "sync/fhir/FhirImportResult.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tsumugi {
class ClinicRecord;
}
namespace tsumugi::fhir {
class ClinsImporter;
}

namespace tsumugi::ui {

// FHIRファイルの取り込み: JP-CLINS bundles and eCS resources received from other institutions, through
// fhir::ClinsImporter. One row per file (result, patient, how the patient was found, added / updated /
// unchanged) with the importer's notes (unknown codes and elements kept) and errors (file and element) under
// it. A file whose patient agrees with one of ours only by name, reading and birth date is imported only
// after the user's choice in FhirImportMatchDialog; skipped, nothing of it is written.
class FhirImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { FileColumn, ResultColumn, PatientColumn, FoundColumn, AddedColumn, UpdatedColumn, UnchangedColumn };

    explicit FhirImportDialog(ClinicRecord& record, QWidget* parent = nullptr);

    QTreeWidget* results() const { return m_results; }
    // One import run (one importer: a Patient file given first is the patient of resources after it). Asks for
    // confirmation where the importer needs one; returns each file's final result (skipped files keep
    // NeedsConfirmation).
    QList<fhir::FhirImportResult> importFiles(const QStringList& paths);

public slots:
    // The file picker, then the import; false when no file was chosen.
    bool chooseFiles();

signals:
    // Something was written for this patient (items added or updated, or the patient registered).
    void patientChanged(qint64 patientId);
    void chartRequested(qint64 patientId);

private:
    fhir::FhirImportResult confirmAndImport(fhir::ClinsImporter& importer, const fhir::FhirImportResult& asked,
                                            const QString& path, bool* skipped);
    void addRow(const fhir::FhirImportResult& result, bool skipped);
    void updateButtons();

    ClinicRecord& m_record;
    QTreeWidget* m_results = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_openChart = nullptr;
    QString m_lastFolder;
};

} // namespace tsumugi::ui
