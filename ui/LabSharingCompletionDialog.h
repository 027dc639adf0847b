#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Completes what the sharing service asks of an item's results that were kept back (JP-CLINS 1.9 and 1.6): this
// clinic's own code of the item where a result has none, and the signed-in doctor as the ordering doctor where none
// is recorded. One step for the whole item, since a clinic's code of an item does not change per result.
class LabSharingCompletionDialog : public QDialog {
    Q_OBJECT
public:
    LabSharingCompletionDialog(ClinicRecord& record, qint64 patientId, const QString& itemKey, const QString& itemName,
                               const QString& why, QWidget* parent);
    int completed() const { return m_completed; }

public slots:
    void accept() override;

private:
    ClinicRecord& m_record;
    qint64 m_patientId;
    QString m_itemKey;
    QLineEdit* m_localCode = nullptr;
    QLabel* m_error = nullptr;
    int m_completed = 0;
};

} // namespace tsumugi::ui
