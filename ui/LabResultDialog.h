#pragma once

#include "core/chart/LabResult.h"
#include "core/masters/MasterEntry.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class MasterSearchField;

// One lab result typed by hand (a result on paper, a quick test in the clinic): the item from the JLAC master or a
// local code, the value (number or text), unit, reference range, specimen and collection time.
class LabResultDialog : public QDialog {
    Q_OBJECT
public:
    LabResultDialog(ClinicRecord& record, qint64 patientId, qint64 visitId, QWidget* parent = nullptr);

    const LabResult& saved() const { return m_saved; }
    void accept() override;

private:
    void pick(const MasterEntry& entry);
    LabResult current() const;
    void updateSharing();

    ClinicRecord& m_record;
    QLineEdit* m_localCode = nullptr;
    qint64 m_patientId = 0;
    qint64 m_visitId = 0;
    LabResult m_saved;
    std::optional<MasterEntry> m_entry;
    QLineEdit* m_name = nullptr;
    MasterSearchField* m_search = nullptr;
    QListWidget* m_results = nullptr; // the search field's list
    QLineEdit* m_code = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_low = nullptr;
    QLineEdit* m_high = nullptr;
    QComboBox* m_specimen = nullptr;
    QDateTimeEdit* m_collected = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_sharing = nullptr;
    QLabel* m_defaults = nullptr;
};

} // namespace tsumugi::ui
