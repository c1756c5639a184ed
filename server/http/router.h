#pragma once

#include "server/auth/authservice.h"
#include "server/http/httpmessage.h"

#include <functional>
#include <optional>

namespace helpline::server {

// Who may call a route. Every route names one; the route-versus-spec test and the
// authorization matrix test read them from routes().
enum class Access {
    Public,     // no token (health, enrolment, sign-in, refresh)
    SignedIn,   // any valid access token
    CaseWorker, // counsellor or supervisor
    Admin,
};

using RouteHandler = std::function<HttpResponse(const HttpRequest &, const AuthContext *)>;

struct Route {
    QByteArray method;
    QString pattern; // "/v1/admin/accounts/{id}/disable"
    Access access = Access::SignedIn;
    RouteHandler handler;
};

// Maps (method, path) to a route. Paths are matched segment by segment; "{name}" matches one
// non-empty segment.
class Router {
public:
    void add(QByteArray method, QString pattern, Access access, RouteHandler handler);
    struct Match {
        const Route *route = nullptr;
        QStringList args;
        bool pathKnown = false; // the path exists with another method (405)
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace helpline::server
