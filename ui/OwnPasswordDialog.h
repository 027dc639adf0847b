#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// After a sign-in (or an unlock) with a one-time password an administrator handed out (a rotation of the record
// key): the user sets a password of its own before working, so the one handed out opens nothing from then on.
class OwnPasswordDialog : public QDialog {
    Q_OBJECT
public:
    OwnPasswordDialog(ClinicRecord& record, QString oneTimePassword, QWidget* parent = nullptr);
    // Shown when the record was opened with a one-time password (else nothing happens): true once the user has a
    // password of its own, false when it declined (the caller signs out or locks again).
    static bool ownPasswordSet(ClinicRecord& record, const QString& typedPassword, QWidget* parent);

private:
    void save();

    ClinicRecord& m_record;
    QString m_oneTimePassword;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tsumugi::ui
