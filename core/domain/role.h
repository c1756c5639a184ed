#pragma once

#include <QString>

#include <optional>

namespace helpline {

enum class Role { Counsellor, Supervisor, Admin };

QString roleCode(Role role);                           // "counsellor", "supervisor", "admin"
std::optional<Role> roleFromCode(const QString &code); // nullopt for anything else
QString roleDisplayName(Role role);                    // translated

} // namespace helpline
