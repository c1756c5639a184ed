#pragma once

#include "core/store/storeerror.h"

#include <QString>

namespace helpline {

class CaseStore;

// The refresh token of each account's server session, kept in the encrypted store (store_meta)
// so that sync resumes after a restart or a lock without the password. Cleared when the server
// ends the session.
class SyncCredentials {
public:
    // Empty when the account has none.
    static Outcome<QString> refreshToken(CaseStore &store, const QString &accountId);
    // An empty token removes it.
    static Outcome<void> setRefreshToken(CaseStore &store, const QString &accountId,
                                         const QString &token);
};

} // namespace helpline
