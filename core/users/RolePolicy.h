#pragma once

#include "core/users/User.h"

namespace tsumugi {

enum class Permission {
    ManageUsers,     // add users, change roles (admin)
    ManageClinic,    // clinic settings (admin)
    RegisterPatients, // register and edit patient demographics (everyone at the desk)
    ManageReception, // today's list
    WriteCharts,     // clinical record (doctor)
    ReadCharts,      // clinical record (doctor, admin for audits)
    ReadAudit,       // audit trail (admin)
};

// What each role may do; checked in the core so no screen or script can go around it.
class RolePolicy {
public:
    static bool allows(Role role, Permission permission);
};

} // namespace tsumugi
