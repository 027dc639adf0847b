#pragma once

#include "core/patients/Patient.h"

#include <QDialog>
#include <QList>
#include <optional>

class QButtonGroup;
class QPushButton;

namespace tsumugi::ui {

// 患者の確認: a received file's patient has the same name, reading and birth date as one of ours, but no
// identifier links them. Shows the file's patient next to ours and lets the user choose: import into our
// patient, register a new patient, or not import the file. Escape (or closing) means "do not import".
class FhirImportMatchDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Skip, Accept, Create };

    // filePatient: as the file describes them (none when the file's patient could not be read for display).
    FhirImportMatchDialog(const QString& fileName, const std::optional<Patient>& filePatient,
                          const QList<Patient>& candidates, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The patient chosen with Accept (the only candidate, or the one ticked when there are several).
    qint64 acceptedPatientId() const;

private:
    void choose(Choice choice);

    QList<Patient> m_candidates;
    Choice m_choice = Choice::Skip;
    QButtonGroup* m_candidateChoice = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace tsumugi::ui
