#pragma once

#include "core/eligibility/EligibilityCheck.h"
#include "core/patients/Patient.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tsumugi::ui {

// The answer of an eligibility check as the desk reads it: the validity first (an invalid, unknown or unchecked
// result in large red letters), then person, insurer and copay classes, consents and their expiry, and — when
// the reported insurance differs from the registration — the differences with a button to register them.
class EligibilityResultView : public QWidget {
    Q_OBJECT
public:
    explicit EligibilityResultView(QWidget* parent = nullptr);

    // registered: the patient's registration (for the difference), if the check is for a registered patient.
    void display(const EligibilityCheck& check, const std::optional<Patient>& registered);
    void clear();
    QString headline() const;
    // The insurance-update offer is visible only when there is a difference and it has not been accepted.
    bool offersInsuranceUpdate() const;
    void setUpdateAccepted(const QString& message);

    static QString validityText(EligibilityResult::Validity v);

signals:
    void insuranceUpdateRequested();

private:
    void setHeadline(const QString& text, const QString& color, bool alarming);
    void addRow(const QString& label, const QString& value, const QString& objectName = {});

    QLabel* m_headline = nullptr;
    QLabel* m_message = nullptr;
    QGroupBox* m_detailsBox = nullptr;
    QFormLayout* m_details = nullptr;
    QGroupBox* m_diffBox = nullptr;
    QTableWidget* m_diff = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_acceptedLabel = nullptr;
};

} // namespace tsumugi::ui
