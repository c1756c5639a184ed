#include "server/http/router.h"

namespace helpline::server {

void Router::add(QByteArray method, QString pattern, Access access, RouteHandler handler)
{
    m_routes.append(Route{std::move(method), std::move(pattern), access, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(u'/');
    for (const Route &route : m_routes) {
        const QStringList parts = route.pattern.split(u'/');
        if (parts.size() != segments.size())
            continue;
        QStringList args;
        bool matches = true;
        for (qsizetype i = 0; i < parts.size() && matches; ++i) {
            if (parts.at(i).startsWith(u'{')) {
                matches = !segments.at(i).isEmpty();
                args << segments.at(i);
            } else {
                matches = parts.at(i) == segments.at(i);
            }
        }
        if (!matches)
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.route = &route;
        result.args = args;
        return result;
    }
    return result;
}

} // namespace helpline::server
