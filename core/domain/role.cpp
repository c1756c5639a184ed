#include "core/domain/role.h"

#include <QCoreApplication>

namespace helpline {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Counsellor:
        return QStringLiteral("counsellor");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : {Role::Counsellor, Role::Supervisor, Role::Admin})
        if (roleCode(role) == code)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Counsellor:
        return QCoreApplication::translate("helpline::Role", "Counsellor");
    case Role::Supervisor:
        return QCoreApplication::translate("helpline::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("helpline::Role", "Administrator");
    }
    return {};
}

} // namespace helpline
