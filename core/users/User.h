#pragma once

#include <QString>
#include <optional>

namespace tsumugi {

enum class Role { Admin, Doctor, Clerk };

struct User {
    qint64 id = 0;
    QString name;        // login name
    QString displayName; // shown in the record as the author
    Role role = Role::Clerk;
    bool active = true;
};

// Storage names, stable across languages.
QString roleToString(Role role);
std::optional<Role> roleFromString(const QString& text);

} // namespace tsumugi
