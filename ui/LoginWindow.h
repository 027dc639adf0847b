#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
class Clock;
} // namespace tsumugi

namespace tsumugi::ui {

class ServerCallThread;

// Asks for user name and password and opens (decrypts) the clinic record with them.
// Accepted only when the record is open; takeRecord() hands it over.
class LoginWindow : public QDialog {
    Q_OBJECT
public:
    LoginWindow(const QString& recordPath, const Clock& clock, QWidget* parent = nullptr);
    ~LoginWindow() override;

    std::unique_ptr<ClinicRecord> takeRecord();

private slots:
    void tryLogin();
    void restorePreviousKeys();

private:
    void showError(const QString& message);

    QString m_recordPath;
    const Clock& m_clock;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    // Shown only when the key file is damaged and its previous generation is intact.
    QPushButton* m_restoreKeys = nullptr;
    std::unique_ptr<ClinicRecord> m_record;
    // Opening runs here (the key derivation, and on the clinic server the connection): the window goes on painting.
    ServerCallThread* m_opening = nullptr;
};

} // namespace tsumugi::ui
