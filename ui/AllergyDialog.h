#pragma once

#include "core/chart/Allergy.h"
#include "core/masters/MasterEntry.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class MasterSearchField;

// An allergy (food / environment from J-FAGY, other, or free text) or a drug allergy / contraindication at the
// level the doctor means it: a drug class (ペニシリン系), an ingredient (from any product holding it) or one product
// (YJ or 一般名), or free text; a free text that names a class is offered to be recorded as that class.
class AllergyDialog : public QDialog {
    Q_OBJECT
public:
    AllergyDialog(ClinicRecord& record, qint64 patientId, qint64 visitId, QWidget* parent = nullptr);

    const Allergy& saved() const { return m_saved; }
    void accept() override;

    // How a drug allergy is recorded (the level combo's data).
    enum class Level { DrugClass, Ingredient, Product };

private:
    Allergy::Category category() const;
    Level level() const;
    void pick(const MasterEntry& entry);
    void showLevel();
    void offerClass();

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    qint64 m_visitId = 0;
    Allergy m_saved;
    std::optional<MasterEntry> m_entry;
    QComboBox* m_category = nullptr;
    QComboBox* m_level = nullptr;
    QLabel* m_levelLabel = nullptr;
    QComboBox* m_class = nullptr;
    QLabel* m_classLabel = nullptr;
    QLabel* m_allergenLabel = nullptr;
    QPushButton* m_codeAsClass = nullptr;
    QString m_offeredClass;
    QLineEdit* m_name = nullptr;
    MasterSearchField* m_search = nullptr;
    QListWidget* m_results = nullptr; // the search field's list
    QLabel* m_code = nullptr;
    QLineEdit* m_reaction = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tsumugi::ui
