#pragma once

#include "core/protocol/syncmessages.h"
#include "server/auth/authservice.h"
#include "server/http/apierror.h"

namespace helpline::server {

class ServerDatabase;

// GET /v1/sync/pull: one page of a stream after a cursor, in sequence order. Sequence numbers
// are given in commit order (ServerTransaction::nextSeq), so a page never skips a record that
// commits later, and a page read again gives the same items or later versions of them.
//
// What each caller may see: the directory, taxonomy and form streams are for every signed-in
// desk; accounts: the public profiles of the caller's office; cases: a counsellor's own records
// and the cases assigned to them, a supervisor's every record of their office.
class PullService {
public:
    explicit PullService(ServerDatabase &db);
    ApiResult<PullPage> pull(const AuthContext &caller, const PullQuery &query);

private:
    ServerDatabase &m_db;
};

} // namespace helpline::server
