#pragma once

#include "core/patients/Patient.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class PatientTableModel;

// One search field (patient number, phone, birth date, kana or kanji prefix) and the patients it finds.
class PatientListPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatientListPanel(ClinicRecord& record, QWidget* parent = nullptr);

    void focusSearch();
    // Forget the shown patients (lock screen) and show them again.
    void clear();
    void runSearch();
    // The same search read again (another desk changed a patient): the selected patient and the scroll position stay.
    void refreshKeepingSelection();
    void showPatient(const Patient& patient);
    std::optional<Patient> currentPatient() const;
    PatientTableModel* model() const { return m_model; }

signals:
    void newPatientRequested();
    void editPatientRequested();
    void addToReceptionRequested();
    void chartRequested();

private:
    void updateButtons();

    ClinicRecord& m_record;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addToReception = nullptr;
    QPushButton* m_chart = nullptr;
    PatientTableModel* m_model = nullptr;
    QTimer m_searchDelay;
};

} // namespace tsumugi::ui
