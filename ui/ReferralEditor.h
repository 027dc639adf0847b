#pragma once

#include "ui/DocumentEditor.h"

namespace tsumugi::ui {

// 診療情報提供書: the addressee (from the address book or typed: institution, 医療機関番号, department, doctor),
// purpose, diagnoses and chief complaint, history, allergies, current medications and labs picked from the
// chart, clinical course, remarks, attachments and optionally a discharge summary of the same patient.
class ReferralEditor : public DocumentEditor {
    Q_OBJECT
public:
    // A new referral for the patient (prefilled from the chart) or, with documentId, an existing one.
    ReferralEditor(ClinicRecord& record, qint64 patientId, qint64 documentId = 0, QWidget* parent = nullptr);

    // Fills the addressee fields from an address book entry (its index in the combo, 0 = none).
    void chooseAddressBookEntry(int index);

protected:
    void readKindFields(Document& d) const override;
    void showKindFields(const Document& d) override;
    // A referral with an addressee's institution number goes to the sharing service by default.
    bool sendSuggested() const override;

private:
    QComboBox* m_addressBook = nullptr;
    QLineEdit* m_institutionName = nullptr;
    QLineEdit* m_institutionNumber = nullptr;
    QLineEdit* m_department = nullptr;
    QLineEdit* m_doctor = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_clinicalCourse = nullptr;
    QPlainTextEdit* m_instructions = nullptr;
    QComboBox* m_discharge = nullptr;
};

} // namespace tsumugi::ui
