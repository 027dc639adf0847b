#pragma once

#include "core/users/User.h"

#include <QCoreApplication>
#include <QList>

namespace tsumugi {

class ClinicRecord;

// The clinic's users and their key slots. Only an admin adds users; everyone may change their own password.
class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)
public:
    static constexpr int MinimumPasswordLength = 8;
    // Bounds at every entry point (login, setup, user add, password change, command line): what is typed can never
    // grow a file or a hash input without limit.
    static constexpr int MaximumPasswordLength = 1024;
    static constexpr int MaximumLoginNameLength = 64;

    explicit UserDirectory(ClinicRecord& record);

    User add(const QString& name, const QString& displayName, Role role, const QString& password);
    void changePassword(const QString& oldPassword, const QString& newPassword);
    // An administrator sets another user's password (a forgotten one, or after a recovery).
    void resetPassword(const QString& name, const QString& newPassword);
    void setActive(const QString& name, bool active);
    QList<User> list() const;
    std::optional<User> find(const QString& name) const;

    // Shared rules, also used by the first-run setup before a record exists.
    static QString passwordProblem(const QString& password);
    static QString nameProblem(const QString& name);
    // Before a login tries a password: a name or password longer than any that can exist.
    static QString loginProblem(const QString& name, const QString& password);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
