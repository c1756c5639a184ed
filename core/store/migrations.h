#pragma once

#include "core/store/storeerror.h"

#include <QSqlDatabase>

namespace helpline {

// The schema, as numbered migrations. Each migration runs in its own transaction and sets
// PRAGMA user_version; a database whose version is newer than latestVersion() is refused.
class Migrations {
public:
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Refuses a version newer than latestVersion(); reads and writes nothing.
    static Outcome<void> checkKnown(int version);
    static Outcome<void> apply(QSqlDatabase &db);
};

} // namespace helpline
