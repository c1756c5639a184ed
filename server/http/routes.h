#pragma once

#include "server/http/router.h"

#include <QLatin1String>

namespace helpline::server {

struct ServerContext;

// The push route: ApiServer runs it on threads of its own (pushes queue for the writers' lock;
// pulls must not wait behind them).
inline constexpr QLatin1String kPushPath("/v1/sync/push");

// Every route of API v1 (docs/api/openapi.yaml). tests/server checks that the two agree.
Router buildRoutes(ServerContext &context);

} // namespace helpline::server
