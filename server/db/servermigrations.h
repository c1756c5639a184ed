#pragma once

#include "server/db/serverdatabase.h"

#include <QList>
#include <QStringList>

namespace helpline::server {

// The server's schema as numbered migrations: element i holds the statements that take the
// database from version i to i + 1. The same statements run on SQLCipher and PostgreSQL (only
// types both understand: TEXT, INTEGER, BIGINT; booleans are 0/1; times are UTC ISO 8601 text,
// which sorts in time order).
QList<QStringList> serverMigrations(Dialect dialect);

} // namespace helpline::server
