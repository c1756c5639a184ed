#pragma once

#include "server/audit/auditcopyservice.h"
#include "server/auth/accountservice.h"
#include "server/auth/authservice.h"
#include "server/auth/deviceservice.h"
#include "server/directory/directoryservice.h"
#include "server/sync/pullservice.h"
#include "server/sync/pushservice.h"

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;

// The server's services over one database: what the HTTP routes and the command line share.
struct ServerContext {
    ServerContext(ServerDatabase &database, Clock &clock, HashStrength strength)
        : db(database)
        , clock(clock)
        , accounts(database, clock, strength)
        , devices(database, clock)
        , auth(database, clock, accounts, devices)
        , push(database, clock)
        , pull(database)
        , directory(database, clock)
        , auditCopies(database, clock)
    {
    }
    ServerDatabase &db;
    Clock &clock;
    AccountService accounts;
    DeviceService devices;
    AuthService auth;
    PushService push;
    PullService pull;
    DirectoryService directory;
    AuditCopyService auditCopies;
};

} // namespace helpline::server
