#pragma once

#include <QWizard>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tsumugi {
class ClinicRecord;
class Clock;
} // namespace tsumugi

namespace tsumugi::ui {

class ServerJoinPage;

// First start on this computer: no record yet. Either a new record on this PC (the clinic and the first
// administrator, the encrypted record, optionally demo patients for training) or this desk joins the clinic server
// (ServerJoinPage).
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { StartPage, ClinicPage, AdminPage, FinishPage, JoinPage };

    // serverFolder: where a joining desk keeps its certificates (empty: WorkstationSettings::serverFolder()).
    SetupWizard(const QString& recordPath, const Clock& clock, const QString& serverFolder = {},
                QWidget* parent = nullptr);
    ~SetupWizard() override;

    std::unique_ptr<ClinicRecord> takeRecord();
    // Pre-ticks "add demo patients" (the try-it-out start from scripts/setup --run); the user can still untick it.
    void offerDemoDataByDefault(bool on);
    bool validateCurrentPage() override;
    int nextId() const override;

protected:
    void initializePage(int id) override;

private:
    bool validateClinic();
    bool validateAdmin();
    bool createRecord();
    static void showError(QLabel* label, const QString& message);

    QString m_recordPath;
    const Clock& m_clock;
    QRadioButton* m_newRecord = nullptr;
    QRadioButton* m_joinServer = nullptr;
    ServerJoinPage* m_joinPage = nullptr;
    QLineEdit* m_clinicName = nullptr;
    QLineEdit* m_institutionNumber = nullptr;
    QLineEdit* m_clinicAddress = nullptr;
    QLineEdit* m_clinicPhone = nullptr;
    QLabel* m_clinicError = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_adminDisplayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordRepeat = nullptr;
    QLabel* m_adminError = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_demoData = nullptr;
    QLabel* m_finishError = nullptr;
    std::unique_ptr<ClinicRecord> m_record;
};

} // namespace tsumugi::ui
