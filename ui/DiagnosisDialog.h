#pragma once

#include "core/chart/Diagnosis.h"
#include "core/masters/MasterEntry.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QKeyEvent;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class MasterSearchField;

// A 傷病名: searched in the disease master as the doctor types (kana or kanji), or kept as free text (未コード化);
// start date, 主病名, 疑い, outcome with end date, and the flags LTS / 未告知 / 未提供.
class DiagnosisDialog : public QDialog {
    Q_OBJECT
public:
    DiagnosisDialog(ClinicRecord& record, const Diagnosis& diagnosis, QWidget* parent = nullptr);

    const Diagnosis& saved() const { return m_saved; }
    void accept() override;

protected:
    // A bare Enter moves to the next field (so 主病名 and 疑い can still be set) and never saves; Ctrl+Enter saves.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void pick(const MasterEntry& entry);
    void addModifier(const MasterEntry& entry);
    void showPreview();

    ClinicRecord& m_record;
    Diagnosis m_initial;
    Diagnosis m_saved;
    std::optional<MasterEntry> m_entry;
    QLineEdit* m_name = nullptr;
    MasterSearchField* m_search = nullptr;
    QListWidget* m_results = nullptr; // the search field's list
    QLabel* m_code = nullptr;
    MasterSearchField* m_modifierSearch = nullptr;
    QListWidget* m_modifierResults = nullptr;
    QListWidget* m_modifiers = nullptr; // the chosen 修飾語, in order
    QList<DiseaseModifier> m_chosen;
    QPushButton* m_removeModifier = nullptr;
    QLabel* m_preview = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_principal = nullptr;
    QCheckBox* m_suspected = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_end = nullptr;
    QCheckBox* m_longTerm = nullptr;
    QCheckBox* m_uninformed = nullptr;
    QCheckBox* m_undelivered = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tsumugi::ui
