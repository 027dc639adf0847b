#pragma once

#include "core/chart/ClinicalNote.h"
#include "core/chart/Diagnosis.h"
#include "ui/ChartTab.h"

#include <optional>
#include <utility>

class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tsumugi {
struct ChartVisit;
struct NoteTemplate;
} // namespace tsumugi

namespace tsumugi::ui {

// The chart's 2号用紙 tab for the visit selected in the timeline: S/O and plan columns with the active problem
// list in sight, drafts and finalised versions (a new version after finalising, with a reason), stock phrases,
// the version history, and the visit's prescriptions. What was typed survives a re-read of the chart.
class VisitNoteTab : public ChartTab {
    Q_OBJECT
public:
    VisitNoteTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent);

    // Shows the visit set with setVisitId, keeping what was typed for it when the chart was only re-read.
    void showChart() override;
    // Another visit was selected: shows it (what was typed before was kept with keepUnsavedNote).
    void showVisit();
    // The doctor writes with the active problem list in sight (主病名 first, in bold).
    void showActiveDiagnoses(const QList<Diagnosis>& diagnoses);

    std::optional<ClinicalNote> currentNote() const { return m_note; }
    bool noteChanged() const;
    // Saves the note being typed as a draft (before leaving the visit, closing or locking); false if refused.
    bool keepUnsavedNote();
    void insertTemplate(const NoteTemplate& t);
    void focusNote();
    QWidget* firstField() const;

public slots:
    bool saveDraft();
    bool finalizeNote();
    void chooseTemplate();
    void showHistory();
    void addPrescription();
    void editPrescription();
    void repeatPrescription();
    void withdrawPrescription();

signals:
    // A line for the window's status bar (a note finalised).
    void statusMessage(const QString& text);

private:
    const ChartVisit* currentChartVisit() const;
    void updateNoteControls();
    // Whether the stored note moved on since the text was typed on typedOn (another desk saved it).
    static bool savedSince(const std::optional<ClinicalNote>& typedOn, const ClinicalNote& stored);
    // After a save was refused: when another desk saved the note, shows both texts together and says who and when.
    bool offerMergeAfterRefusal();
    void offerMerge(const std::optional<ClinicalNote>& typedOn, const std::pair<QString, QString>& typed);
    void showConflictText(const std::pair<QString, QString>& text);

    std::optional<ClinicalNote> m_note;
    qint64 m_shownVisitId = 0;
    QFrame* m_conflict = nullptr;
    QLabel* m_conflictText = nullptr;
    std::pair<QString, QString> m_typed; // what this desk typed when the conflict was found (findings, orders)
    QLabel* m_visitInfo = nullptr;
    QLabel* m_activeDiagnoses = nullptr;
    QLabel* m_noteStatus = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_orders = nullptr;
    QPlainTextEdit* m_lastFocusedColumn = nullptr;
    QLineEdit* m_revisionReason = nullptr;
    QLabel* m_revisionReasonLabel = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_finalize = nullptr;
    QPushButton* m_template = nullptr;
    QPushButton* m_history = nullptr;
    QTableWidget* m_prescriptions = nullptr;
    QPushButton* m_addPrescription = nullptr;
    QPushButton* m_editPrescription = nullptr;
    QPushButton* m_repeatPrescription = nullptr;
    QPushButton* m_withdrawPrescription = nullptr;
};

} // namespace tsumugi::ui
