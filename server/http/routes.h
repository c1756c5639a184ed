#pragma once

#include "server/http/router.h"

namespace helpline::server {

struct ServerContext;

// Every route of API v1 (docs/api/openapi.yaml). tests/server checks that the two agree.
Router buildRoutes(ServerContext &context);

} // namespace helpline::server
