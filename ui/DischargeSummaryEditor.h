#pragma once

#include "ui/DocumentEditor.h"

class QDateEdit;

namespace tsumugi::ui {

// 退院時サマリー for clinics with beds: admission and discharge dates, reason for admission, diagnoses on
// admission and at discharge, hospital course, discharge medications and instructions, condition at discharge.
// A finalised summary can be sent with a referral (chosen in the referral editor).
class DischargeSummaryEditor : public DocumentEditor {
    Q_OBJECT
public:
    DischargeSummaryEditor(ClinicRecord& record, qint64 patientId, qint64 documentId = 0, QWidget* parent = nullptr);

protected:
    void readKindFields(Document& d) const override;
    void showKindFields(const Document& d) override;
    void prefillKindFields(Document& d) override;

private:
    QDateEdit* m_admission = nullptr;
    QDateEdit* m_discharge = nullptr;
    QLineEdit* m_disposition = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QListWidget* m_admissionDiagnoses = nullptr;
    QPlainTextEdit* m_hospitalCourse = nullptr;
    QPlainTextEdit* m_instructions = nullptr;
};

} // namespace tsumugi::ui
