// The API description (docs/api/openapi.yaml) and the routes the server serves agree: the same
// methods and paths, and the same authentication on each.
#include <catch2/catch.hpp>

#include "serverfixtures.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

using namespace helpline;
using namespace helpline::test;
using helpline::server::Access;

namespace {

// One operation of the spec: "POST /v1/admin/accounts/{id}/disable" and what its block says.
struct SpecOperation {
    int line = 0;
    bool noSecurity = false; // `security: []`: no bearer token
    QStringList responses;   // '200', '401', ...
};

// A tiny reader for the part of OpenAPI YAML this test needs: the paths are 2-space-indented
// keys under the top-level `paths:` that start with '/', the operations are 4-space-indented
// method keys under them, and an operation's own keys are indented 6 spaces (its responses 8).
QMap<QString, SpecOperation> readSpec(const QString &fileName, QString *problem)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = "cannot read " + fileName;
        return {};
    }
    static const QRegularExpression pathKey(QStringLiteral("^  (['\"]?)(/[^'\":]*)\\1:\\s*$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):\\s*(#.*)?$"));
    static const QRegularExpression responseKey(QStringLiteral("^        '?([0-9]{3}|default)'?:"));
    QMap<QString, SpecOperation> operations;
    bool inPaths = false;
    bool inResponses = false;
    QString path;
    QString current;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++number;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        if (!line.startsWith(' ')) { // a top-level key
            inPaths = line.startsWith(QLatin1String("paths:"));
            path.clear();
            current.clear();
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto m = pathKey.match(line); m.hasMatch()) {
            path = m.captured(2);
            current.clear();
            continue;
        }
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            path.clear(); // another 2-space key: not a path
            current.clear();
            continue;
        }
        if (path.isEmpty())
            continue;
        if (const auto m = methodKey.match(line); m.hasMatch()) {
            current = m.captured(1).toUpper() + ' ' + path;
            if (operations.contains(current))
                *problem += QString("line %1: %2 twice\n").arg(number).arg(current);
            operations[current].line = number;
            inResponses = false;
            continue;
        }
        if (line.startsWith(QLatin1String("    ")) && !line.startsWith(QLatin1String("     "))) {
            current.clear(); // `parameters:` or another key of the path
            continue;
        }
        if (current.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("      ")) &&
            !line.startsWith(QLatin1String("       "))) {
            QString key = line.trimmed();
            inResponses = key == QLatin1String("responses:");
            if (key.remove(' ') == QLatin1String("security:[]"))
                operations[current].noSecurity = true;
            continue;
        }
        if (inResponses)
            if (const auto m = responseKey.match(line); m.hasMatch())
                operations[current].responses << m.captured(1);
    }
    return operations;
}

QString specFile()
{
    return QStringLiteral(HELPLINE_SOURCE_DIR "/docs/api/openapi.yaml");
}

} // namespace

TEST_CASE("the spec reader finds paths and operations with their security and responses",
          "[server][spec]")
{
    QTemporaryDir dir;
    const QString name = dir.filePath("api.yaml");
    QFile file(name);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.1.0\n"
               "info:\n"
               "  title: x\n"
               "  description: |\n"
               "    /v1/not-a-path:\n"
               "    get:\n"
               "paths:\n"
               "  /v1/health:\n"
               "    get:\n"
               "      security: []\n"
               "      responses:\n"
               "        '200':\n"
               "          description: ok\n"
               "\n"
               "  '/v1/things/{id}':\n"
               "    parameters:\n"
               "      - name: id\n"
               "    post:\n"
               "      requestBody:\n"
               "        '999': not a response\n"
               "      responses:\n"
               "        '201':\n"
               "          description: made\n"
               "        '401':\n"
               "          $ref: x\n"
               "    delete:  # gone\n"
               "      responses: {}\n"
               "components:\n"
               "  schemas:\n"
               "    get:\n");
    file.close();
    QString problem;
    const auto operations = readSpec(name, &problem);
    CHECK(problem.isEmpty());
    CHECK(operations.keys() ==
          QStringList{"DELETE /v1/things/{id}", "GET /v1/health", "POST /v1/things/{id}"});
    CHECK(operations.value("GET /v1/health").noSecurity);
    CHECK(operations.value("GET /v1/health").responses == QStringList{"200"});
    CHECK(!operations.value("POST /v1/things/{id}").noSecurity);
    CHECK(operations.value("POST /v1/things/{id}").responses == QStringList{"201", "401"});
}

TEST_CASE("every route the server serves is in docs/api/openapi.yaml and the other way round",
          "[server][spec]")
{
    QString problem;
    const auto spec = readSpec(specFile(), &problem);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    REQUIRE(!spec.isEmpty());
    const QList<RouteInfo> served = serverRoutes();
    REQUIRE(!served.isEmpty());

    QMap<QString, Access> routes;
    for (const RouteInfo &r : served)
        routes.insert(QString::fromLatin1(r.method) + ' ' + r.pattern, r.access);
    CHECK(routes.size() == served.size()); // no route twice

    QStringList notInSpec;
    QStringList notServed;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it)
        if (!spec.contains(it.key()))
            notInSpec << it.key();
    for (auto it = spec.cbegin(); it != spec.cend(); ++it)
        if (!routes.contains(it.key()))
            notServed << QString("%1 (line %2)").arg(it.key()).arg(it->line);
    INFO("served but not in docs/api/openapi.yaml:\n  " << notInSpec.join("\n  ").toStdString());
    INFO("in docs/api/openapi.yaml but not served:\n  " << notServed.join("\n  ").toStdString());
    CHECK(notInSpec.isEmpty());
    CHECK(notServed.isEmpty());
}

TEST_CASE("the spec states each route's authentication as the server applies it", "[server][spec]")
{
    QString problem;
    const auto spec = readSpec(specFile(), &problem);
    REQUIRE(problem.isEmpty());
    QStringList wrong;
    for (const RouteInfo &r : serverRoutes()) {
        const QString key = QString::fromLatin1(r.method) + ' ' + r.pattern;
        if (!spec.contains(key))
            continue; // reported by the test above
        const SpecOperation &op = spec.value(key);
        const bool isPublic = r.access == Access::Public;
        if (op.noSecurity != isPublic)
            wrong << QString("%1 (line %2) is %3 but %4 `security: []`")
                         .arg(key)
                         .arg(op.line)
                         .arg(accessName(r.access))
                         .arg(op.noSecurity ? "has" : "lacks");
        if (!isPublic && !op.responses.contains("401"))
            wrong
                << QString("%1 (line %2) needs a token but documents no 401").arg(key).arg(op.line);
        if ((r.access == Access::Admin || r.access == Access::CaseWorker) &&
            !op.responses.contains("403"))
            wrong << QString("%1 (line %2) is for %3 only but documents no 403")
                         .arg(key)
                         .arg(op.line)
                         .arg(accessName(r.access));
    }
    INFO(wrong.join("\n").toStdString());
    CHECK(wrong.isEmpty());
}
