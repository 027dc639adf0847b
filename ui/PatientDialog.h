#pragma once

#include "core/patients/FieldError.h"
#include "core/patients/Patient.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Registers a new patient or edits one. Checks the fields with PatientValidator before saving and shows
// each problem under its field; nothing is written until every field is right.
class PatientDialog : public QDialog {
    Q_OBJECT
public:
    // existing.id == 0 registers a new patient.
    PatientDialog(ClinicRecord& record, const Patient& existing, QWidget* parent = nullptr);

    // The patient as saved (with number and version), valid after accept().
    const Patient& savedPatient() const { return m_saved; }
    Patient patientFromFields() const;
    // Parses 1975-04-12, 1975/4/12, 19750412, S50.4.12 or 昭和50年4月12日; invalid date otherwise.
    static QDate parseBirthDate(const QString& text);

public slots:
    void save();

private slots:
    void updateBirthDatePreview();

private:
    QLineEdit* addLineEdit(const QString& field, QGridLayout* grid, int row, int column, int columnSpan = 1);
    QLabel* errorLabelFor(const QString& field);
    void showErrors(const FieldErrors& errors);
    void clearErrors();
    void growToFitMessages();
    void showPatient(const Patient& p);
    // After a refused save: when another desk saved the patient meanwhile, shows theirs with this desk's changes.
    bool takeInChangesMadeMeanwhile(const Patient& typed, const QString& refusal);

    ClinicRecord& m_record;
    Patient m_original;
    Patient m_saved;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_familyKana = nullptr;
    QLineEdit* m_givenKana = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLabel* m_birthDatePreview = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_insurerNumber = nullptr;
    QLineEdit* m_insuranceSymbol = nullptr;
    QLineEdit* m_insuranceNumber = nullptr;
    QLineEdit* m_insuranceBranch = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace tsumugi::ui
