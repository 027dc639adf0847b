#include "core/users/UserDirectory.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>

namespace tsumugi {

UserDirectory::UserDirectory(ClinicRecord& record)
    : m_record(record) {}

QString UserDirectory::passwordProblem(const QString& password) {
    if (password.size() < MinimumPasswordLength) {
        return tr("The password needs at least %1 characters.").arg(MinimumPasswordLength);
    }
    if (password.size() > MaximumPasswordLength) {
        return tr("The password may have at most %1 characters.").arg(MaximumPasswordLength);
    }
    return {};
}

QString UserDirectory::loginProblem(const QString& name, const QString& password) {
    if (name.size() > MaximumLoginNameLength) {
        return tr("A user name has at most %1 characters. Check what was typed in the user name field.")
            .arg(MaximumLoginNameLength);
    }
    if (password.size() > MaximumPasswordLength) {
        return tr("A password has at most %1 characters.").arg(MaximumPasswordLength);
    }
    return {};
}

QString UserDirectory::nameProblem(const QString& name) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!valid.match(name).hasMatch()) {
        return tr("The user name has 2 to 32 letters, digits, dots, hyphens or underscores (e.g. tanaka).");
    }
    return {};
}

User UserDirectory::add(const QString& name, const QString& displayName, Role role, const QString& password) {
    m_record.require(Permission::ManageUsers);
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    if (find(name)) {
        throw Error(Error::Kind::Conflict, tr("A user named %1 already exists.").arg(name));
    }
    User user{0, name, displayName.trimmed().isEmpty() ? name : displayName.trimmed(), role, true};
    auto& db = m_record.db();
    Transaction tx(db);
    Statement ins(db, "INSERT INTO users (name, display_name, role, active, created_at, created_by) "
                      "VALUES (?, ?, ?, 1, ?, ?);");
    ins.bind(1, user.name).bind(2, user.displayName).bind(3, roleToString(role));
    ins.bind(4, Timestamp::toStorage(m_record.clock().now())).bind(5, m_record.currentUser().id);
    user.id = ins.insert();
    m_record.audit().append(AuditTrail::Action::Create, QStringLiteral("user"), name,
                            QStringLiteral("role %1").arg(roleToString(role)));
    // The slot is written last: if it fails, the transaction rolls back and no user exists without a key.
    m_record.writeKeySlot(name, password);
    tx.commit();
    return user;
}

void UserDirectory::changePassword(const QString& oldPassword, const QString& newPassword) {
    const QString name = m_record.currentUser().name;
    if (!m_record.passwordOpensSlot(name, oldPassword)) {
        m_record.audit().append(AuditTrail::Action::FailedLogin, QStringLiteral("user"), name,
                                QStringLiteral("password change"));
        throw Error(Error::Kind::WrongPassword, tr("The current password is incorrect."));
    }
    if (const QString problem = passwordProblem(newPassword); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    m_record.writeKeySlot(name, newPassword);
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("user"), name, QStringLiteral("password"));
}

void UserDirectory::resetPassword(const QString& name, const QString& newPassword) {
    m_record.require(Permission::ManageUsers);
    if (!find(name)) {
        throw Error(Error::Kind::NotFound, tr("There is no user named %1.").arg(name));
    }
    if (const QString problem = passwordProblem(newPassword); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    m_record.writeKeySlot(name, newPassword);
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("user"), name,
                            QStringLiteral("password reset by an administrator"));
}

void UserDirectory::setActive(const QString& name, bool active) {
    m_record.require(Permission::ManageUsers);
    if (name == m_record.currentUser().name && !active) {
        throw Error(Error::Kind::Validation, tr("You cannot disable your own account."));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    Statement st(db, "UPDATE users SET active = ? WHERE name = ?;");
    st.bind(1, qint64(active ? 1 : 0)).bind(2, name).run();
    if (db.changes() == 0) {
        throw Error(Error::Kind::NotFound, tr("There is no user named %1.").arg(name));
    }
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("user"), name,
                            active ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    tx.commit();
}

QList<User> UserDirectory::list() const {
    QList<User> out;
    Statement st(m_record.db(), "SELECT id, name, display_name, role, active FROM users ORDER BY name;");
    while (st.step()) {
        out.append(User{st.int64(0), st.text(1), st.text(2), roleFromString(st.text(3)).value_or(Role::Clerk),
                        st.int64(4) != 0});
    }
    return out;
}

std::optional<User> UserDirectory::find(const QString& name) const {
    Statement st(m_record.db(), "SELECT id, name, display_name, role, active FROM users WHERE name = ?;");
    st.bind(1, name);
    if (!st.step()) {
        return std::nullopt;
    }
    return User{st.int64(0), st.text(1), st.text(2), roleFromString(st.text(3)).value_or(Role::Clerk),
                st.int64(4) != 0};
}

} // namespace tsumugi
