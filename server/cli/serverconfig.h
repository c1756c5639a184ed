#pragma once

#include "server/auth/passwordhasher.h"
#include "server/db/serverdatabase.h"
#include "server/http/apiserver.h"

#include <QString>
#include <QStringList>

namespace helpline::server {

// Everything the server can be told, from the config file (INI, docs/server.md) and then the
// command line, which wins. Unknown keys in the file are an error, not a silent typo.
struct ServerConfig {
    DatabaseLocation database;
    ListenOptions listen;
    bool fastHashingForTests = false;

    // Reads `path` into this config; an error names the key or line.
    ApiResult<void> readFile(const QString &path);
    // "127.0.0.1:8443", "[::1]:8443", "0.0.0.0:443"
    ApiResult<void> setListen(const QString &text);
    HashStrength passwordStrength() const
    {
        return fastHashingForTests ? HashStrength::Test : HashStrength::Interactive;
    }

    static QStringList knownKeys();
};

} // namespace helpline::server
