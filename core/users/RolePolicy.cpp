#include "core/users/RolePolicy.h"

namespace tsumugi {

bool RolePolicy::allows(Role role, Permission permission) {
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ManageClinic:
    case Permission::ReadAudit:
        return role == Role::Admin;
    case Permission::RegisterPatients:
    case Permission::ManageReception:
        return true;
    case Permission::WriteCharts:
        return role == Role::Doctor;
    case Permission::ReadCharts:
        return role == Role::Doctor || role == Role::Admin;
    }
    return false;
}

} // namespace tsumugi
