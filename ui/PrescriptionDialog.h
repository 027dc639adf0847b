#pragma once

#include "core/chart/Prescription.h"
#include "core/masters/MasterEntry.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class MasterSearchField;

// One drug line: the drug from the master (by brand or generic name) or free text, dose, unit, usage, days,
// quantity, in-house or outside. The core's check (contraindication, allergy, same drug still running) is shown
// in red before saving; saving then needs "prescribe anyway".
class PrescriptionDialog : public QDialog {
    Q_OBJECT
public:
    PrescriptionDialog(ClinicRecord& record, const Prescription& prescription, QWidget* parent = nullptr);

    const Prescription& saved() const { return m_saved; }
    QStringList shownWarnings() const { return m_warnings; }

    void accept() override;

private:
    void pickDrug(const MasterEntry& entry);
    void fillUsualDosage();
    Prescription current() const;
    void showWarnings(const QList<PrescriptionWarning>& warnings);

    ClinicRecord& m_record;
    Prescription m_initial;
    Prescription m_saved;
    std::optional<MasterEntry> m_drug;
    QStringList m_warnings;
    QLineEdit* m_name = nullptr;
    MasterSearchField* m_search = nullptr;
    QListWidget* m_results = nullptr; // the search field's list
    QLabel* m_code = nullptr;
    QCheckBox* m_generic = nullptr;
    QDoubleSpinBox* m_dose = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_usage = nullptr;
    QLabel* m_usual = nullptr;
    QSpinBox* m_days = nullptr;
    QDoubleSpinBox* m_quantity = nullptr;
    QComboBox* m_dispensing = nullptr;
    QLabel* m_warningLabel = nullptr;
    QCheckBox* m_anyway = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace tsumugi::ui
