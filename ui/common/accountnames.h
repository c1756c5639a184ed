#pragma once

#include <QHash>
#include <QString>

namespace helpline {

class CaseStore;

// The display names of the desk's accounts (active or not) by id, for the "who" of a list;
// empty when they cannot be read (the lists then show the ids).
QHash<QString, QString> accountDisplayNames(CaseStore &store);

} // namespace helpline
