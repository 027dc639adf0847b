#pragma once

#include "core/chart/Allergy.h"
#include "core/masters/MasterEntry.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class MasterSearchField;

// An allergy (food / environment from J-FAGY, other, or free text) or a drug contraindication (from the drug
// master by YJ code, or free text), with the reaction and its severity.
class AllergyDialog : public QDialog {
    Q_OBJECT
public:
    AllergyDialog(ClinicRecord& record, qint64 patientId, qint64 visitId, QWidget* parent = nullptr);

    const Allergy& saved() const { return m_saved; }
    void accept() override;

private:
    Allergy::Category category() const;
    void pick(const MasterEntry& entry);

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    qint64 m_visitId = 0;
    Allergy m_saved;
    std::optional<MasterEntry> m_entry;
    QComboBox* m_category = nullptr;
    QLineEdit* m_name = nullptr;
    MasterSearchField* m_search = nullptr;
    QListWidget* m_results = nullptr; // the search field's list
    QLabel* m_code = nullptr;
    QLineEdit* m_reaction = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tsumugi::ui
