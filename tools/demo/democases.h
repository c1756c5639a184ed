#pragma once

#include "core/store/contactrepository.h"

#include <QList>

namespace helpline::demo {

// The demo's contacts: fictional children and callers across Azerbaijan, in the mix a helpline
// sees (counselling contacts of every risk level, a caller about a child, silent and prank
// calls), dated in the days before `now`. Nothing here is a real person or case.
QList<ContactSave> demoContacts(const QDateTime &now);

} // namespace helpline::demo
