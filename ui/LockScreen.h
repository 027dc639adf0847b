#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tsumugi::ui {

// Shown instead of the workspace while the record is locked: no patient data, only the password field.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    void prepare(const QString& userDisplayName, const QString& userName);
    void showError(const QString& message);

signals:
    void unlockRequested(const QString& password);
    void quitRequested();

private:
    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace tsumugi::ui
