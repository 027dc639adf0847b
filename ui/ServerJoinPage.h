#pragma once

#include <QFutureWatcher>
#include <QWizardPage>
#include <memory>
#include <vector>

#include "sync/transport/ServerConnectionTest.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
class Clock;
} // namespace tsumugi

namespace tsumugi::ui {

// The setup window's 「院内サーバーに接続する」: the join file the administrator made for this desk (tsumugictl server
// certs issue) and its join code, who signs in, a connection test that says in words what works and what does not,
// and the sign-in itself. The desk's certificate and key go into the desk's own folder (owner-only) and this
// computer remembers the server as its record.
class ServerJoinPage : public QWizardPage {
    Q_OBJECT
public:
    ServerJoinPage(const Clock& clock, const QString& serverFolder, QWidget* parent = nullptr);
    ~ServerJoinPage() override;

    // Installs the join and signs in; false with the reason shown when either fails.
    bool join();
    std::unique_ptr<ClinicRecord> takeRecord();

private:
    void browse();
    void describeFile();
    void testConnection();
    void showSteps(const std::vector<ServerConnectionTest::Step>& steps);
    // The join file opened with the code and installed: the record's location, or empty with the reason shown.
    QString install();
    void showError(const QString& message);

    const Clock& m_clock;
    QString m_serverFolder;
    QLineEdit* m_file = nullptr;
    QLabel* m_outline = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_error = nullptr;
    QFutureWatcher<std::vector<ServerConnectionTest::Step>> m_testing;
    std::unique_ptr<ClinicRecord> m_record;
};

} // namespace tsumugi::ui
