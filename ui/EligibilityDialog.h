#pragma once

#include "core/eligibility/EligibilityCheck.h"
#include "core/patients/Patient.h"
#include "sync/cardreader/SimulatedCardReader.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class EligibilityResultView;
class EligibilityRunner;

// オンライン資格確認 at the desk for one patient (and reception entry): by My Number card — read by the card
// reader (here the simulated one: card id, verification method and result, consent choices as a real reader
// reports them) — or by the insurance card's fields. The result is stored with the entry; an unreachable service
// stores 未確認 and the same request can be retried; a differing insurance is offered, never applied silently.
class EligibilityDialog : public QDialog {
    Q_OBJECT
public:
    EligibilityDialog(ClinicRecord& record, qint64 patientId, qint64 receptionId, QWidget* parent = nullptr);

    enum Mode { CardMode, CardDataMode };
    void setMode(Mode mode);
    sync::SimulatedCardReader& cardReader() { return m_reader; }
    EligibilityResultView* resultView() const { return m_result; }
    std::optional<EligibilityCheck> lastCheck() const { return m_check; }
    bool isChecking() const;

public slots:
    // Reads the card (or the typed fields) and asks the service; the answer arrives asynchronously.
    void runCheck();
    // Asks again exactly what the last check asked.
    void retry();
    void acceptInsuranceUpdate();

signals:
    void checked(const tsumugi::EligibilityCheck& check);
    void patientUpdated(qint64 patientId);

private:
    void start(const EligibilityRequest& request);
    void showOutcome(const EligibilityCheck& check);
    void showError(const QString& message);
    std::optional<EligibilityRequest> requestFromForm();

    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    qint64 m_receptionId = 0;
    std::optional<Patient> m_patient;
    std::optional<EligibilityCheck> m_check;
    sync::SimulatedCardReader m_reader;
    EligibilityRunner* m_runner = nullptr;

    QLabel* m_patientLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_cardId = nullptr;
    QComboBox* m_method = nullptr;
    QCheckBox* m_verificationFailed = nullptr;
    QCheckBox* m_consentClinical = nullptr;
    QCheckBox* m_consentMedication = nullptr;
    QCheckBox* m_consentCheckup = nullptr;
    QCheckBox* m_consentSurgery = nullptr;
    QLineEdit* m_insurer = nullptr;
    QLineEdit* m_symbol = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_branch = nullptr;
    QLineEdit* m_birth = nullptr;
    QPushButton* m_check_ = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_error = nullptr;
    EligibilityResultView* m_result = nullptr;
};

} // namespace tsumugi::ui
