#pragma once

#include "core/chart/Chart.h"
#include "core/chart/NoteTemplateLibrary.h"

#include <QMainWindow>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class AllergyBanner;
class AllergyTab;
class ChartTab;
class DiagnosisTab;
class DocumentListPanel;
class LabTab;
class SharedRecordPanel;
class VisitNoteTab;

// One patient's chart as its own window: header, allergy banner, visit timeline (newest first) and one widget per
// tab: the visit (2号用紙 note with prescriptions), diagnoses, allergies, labs and documents. The window reads the
// chart (one audited view) and each tab shows its part; a tab that saves asks the window to read it again.
// Doctors edit; other readers only read.
class ChartWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { VisitTab, DiagnosesTab, AllergiesTab, LabsTab, DocumentsTab };

    ChartWindow(ClinicRecord& record, qint64 patientId, QWidget* parent = nullptr);

    qint64 patientId() const { return m_patientId; }
    bool isReadOnly() const { return m_readOnly; }
    qint64 currentVisitId() const;
    // F1: this window's page (its keys read from its actions).
    void showHelp();
    std::optional<ClinicalNote> currentNote() const;
    const ChartSnapshot& snapshot() const { return m_snapshot; }
    AllergyBanner* allergyBanner() const { return m_banner; }
    VisitNoteTab* visitTab() const { return m_visitTab; }
    DiagnosisTab* diagnosisTab() const { return m_diagnosisTab; }
    AllergyTab* allergyTab() const { return m_allergyTab; }
    LabTab* labTab() const { return m_labTab; }
    // The 文書 tab: referrals and discharge summaries (ui/DocumentListPanel).
    DocumentListPanel* documentsPanel() const { return m_documents; }

    // Reads the chart again (one audited view) and keeps the selected visit.
    void reload();
    // Another desk changed this patient's chart: a quiet bar offers to read it again (keeping the note being typed
    // as a draft first); nothing shown changes until the user chooses.
    void noteChangedElsewhere();
    // While the desk waits for the clinic server: what it waits for, in the status bar (empty: not waiting).
    void showServerWait(const QString& text);
    QWidget* changedElsewhereBar() const { return m_changedElsewhere; }
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
    // The patient's shared record / emergency summary (a dialog over the chart; objectName sharedRecordDialog).
    SharedRecordPanel* openSharedRecord();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addChartTab(ChartTab* tab, const QString& title);
    void createActions();
    void showHeader();
    void showTimeline();
    void showVisitControls();
    const ChartVisit* currentChartVisit() const;
    void showError(const QString& message);

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    bool m_readOnly = true;
    ChartSnapshot m_snapshot;
    qint64 m_visitId = 0;

    QLabel* m_header = nullptr;
    AllergyBanner* m_banner = nullptr;
    QListWidget* m_timeline = nullptr;
    QPushButton* m_newVisit = nullptr;
    QPushButton* m_withdrawVisit = nullptr;
    QDateEdit* m_visitDate = nullptr;
    QComboBox* m_visitClass = nullptr;
    QLineEdit* m_department = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<ChartTab*> m_chartTabs;
    VisitNoteTab* m_visitTab = nullptr;
    DiagnosisTab* m_diagnosisTab = nullptr;
    AllergyTab* m_allergyTab = nullptr;
    LabTab* m_labTab = nullptr;
    DocumentListPanel* m_documents = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_serverWait = nullptr;
    QWidget* m_changedElsewhere = nullptr;
};

} // namespace tsumugi::ui
