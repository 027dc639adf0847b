#pragma once

#include "core/chart/Chart.h"
#include "core/chart/NoteTemplateLibrary.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class AllergyBanner;
class DocumentListPanel;
class SharedRecordPanel;
class LabTrendChart;

// One patient's chart as its own window: header, allergy banner, visit timeline (newest first) and tabs for the
// visit (2号用紙 note with prescriptions), diagnoses, allergies and labs. Doctors edit; other readers only read.
class ChartWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { VisitTab, DiagnosesTab, AllergiesTab, LabsTab, DocumentsTab };

    ChartWindow(ClinicRecord& record, qint64 patientId, QWidget* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    bool isReadOnly() const { return m_readOnly; }
    qint64 currentVisitId() const;
    std::optional<ClinicalNote> currentNote() const { return m_note; }
    const ChartSnapshot& snapshot() const { return m_snapshot; }
    AllergyBanner* allergyBanner() const { return m_banner; }
    // The 文書 tab: referrals and discharge summaries (ui/DocumentListPanel).
    DocumentListPanel* documentsPanel() const { return m_documents; }

    // Reads the chart again (one audited view) and keeps the selected visit.
    void reload();
    void selectVisit(qint64 visitId);
    void insertTemplate(const NoteTemplate& t);
    // Reads a lab company's file; false (and the core's per-line message shown) when refused.
    bool importLabCsvFile(const QString& path);
    void selectLabItem(const QString& itemKey);
    // Saves the note being typed as a draft (before leaving the visit, closing or locking); false if refused.
    bool keepUnsavedNote();

public slots:
    void startVisit();
    void withdrawVisit();
    bool saveDraft();
    bool finalizeNote();
    void chooseTemplate();
    void showHistory();
    void addPrescription();
    void editPrescription();
    void repeatPrescription();
    void withdrawPrescription();
    void addDiagnosis();
    void editDiagnosis();
    void withdrawDiagnosis();
    void addAllergy();
    void recordNoKnownAllergies();
    void withdrawAllergy();
    void importLabCsv();
    void addLabResult();
    // The patient's shared record / emergency summary (a dialog over the chart; objectName sharedRecordDialog).
    SharedRecordPanel* openSharedRecord();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createVisitTab();
    QWidget* createDiagnosesTab();
    QWidget* createAllergiesTab();
    QWidget* createLabsTab();
    void createActions();
    void showHeader();
    void showTimeline();
    void showVisit();
    void showDiagnoses();
    void showAllergies();
    void showLabs();
    void showLabSeries();
    void updateNoteControls();
    bool noteChanged() const;
    const ChartVisit* currentChartVisit() const;
    qint64 selectedRowId(QTableWidget* table) const;
    void showError(const QString& message);
    bool confirmReason(const QString& title, QString* reason);

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    bool m_readOnly = true;
    ChartSnapshot m_snapshot;
    qint64 m_visitId = 0;
    std::optional<ClinicalNote> m_note;
    QString m_labItemKey;

    QLabel* m_header = nullptr;
    DocumentListPanel* m_documents = nullptr;
    AllergyBanner* m_banner = nullptr;
    QListWidget* m_timeline = nullptr;
    QPushButton* m_newVisit = nullptr;
    QPushButton* m_withdrawVisit = nullptr;
    QDateEdit* m_visitDate = nullptr;
    QComboBox* m_visitClass = nullptr;
    QLineEdit* m_department = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_visitInfo = nullptr;
    QLabel* m_noteStatus = nullptr;
    QLabel* m_activeDiagnoses = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_orders = nullptr;
    QPlainTextEdit* m_lastFocusedColumn = nullptr;
    QLineEdit* m_revisionReason = nullptr;
    QLabel* m_revisionReasonLabel = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_finalize = nullptr;
    QPushButton* m_template = nullptr;
    QPushButton* m_history = nullptr;
    QTableWidget* m_visitPrescriptions = nullptr;
    QPushButton* m_addPrescription = nullptr;
    QPushButton* m_editPrescription = nullptr;
    QPushButton* m_repeatPrescription = nullptr;
    QPushButton* m_withdrawPrescription = nullptr;
    QTableWidget* m_diagnoses = nullptr;
    QPushButton* m_addDiagnosis = nullptr;
    QPushButton* m_editDiagnosis = nullptr;
    QPushButton* m_withdrawDiagnosis = nullptr;
    QTableWidget* m_allergies = nullptr;
    QPushButton* m_addAllergy = nullptr;
    QPushButton* m_noKnownAllergies = nullptr;
    QPushButton* m_withdrawAllergy = nullptr;
    QTableWidget* m_labItems = nullptr;
    QTableWidget* m_labResults = nullptr;
    LabTrendChart* m_trend = nullptr;
    QPushButton* m_importLabs = nullptr;
    QPushButton* m_addLab = nullptr;
    QLabel* m_labMessage = nullptr;
    QLabel* m_message = nullptr;
    QList<QAction*> m_writeActions;
};

} // namespace tsumugi::ui
