#pragma once

#include "core/directory/directorysearch.h"
#include "core/domain/person.h"

#include <optional>

namespace helpline {

// The directory search a referral starts with: the service types the contact's categories call
// for (serviceTypesForCategories), the child's age when it is known in years, and the child's
// region unless it is unknown or outside Azerbaijan. The counsellor can widen every part.
DirectoryQuery referralQuery(const QStringList &categories, const std::optional<Person> &child);

} // namespace helpline
