#include "core/users/User.h"

namespace tsumugi {

QString roleToString(Role role) {
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::Clerk:
        return QStringLiteral("clerk");
    }
    return QStringLiteral("clerk");
}

std::optional<Role> roleFromString(const QString& text) {
    if (text == QStringLiteral("admin")) {
        return Role::Admin;
    }
    if (text == QStringLiteral("doctor")) {
        return Role::Doctor;
    }
    if (text == QStringLiteral("clerk")) {
        return Role::Clerk;
    }
    return std::nullopt;
}

} // namespace tsumugi
