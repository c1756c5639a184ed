#include "enrolleddesk.h"

#include "testsupport.h"
#include "waituntil.h"

#include "core/sync/desksetup.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace helpline::test {

EnrolledDesk enrolDeskAs(const TestDatabase &db, const ServerProcess &server, const QString &dir,
                         const QString &deskName, const QString &username, const QString &password,
                         QNetworkAccessManager &network, Clock *clock)
{
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", "baku", "--name", deskName});
    const QString code = QJsonDocument::fromJson(issued.out).object().value("code").toString();
    REQUIRE_FALSE(code.isEmpty());
    DeskIdentity desk;
    desk.server = server.url(QString());
    desk.deviceName = deskName;
    DeskSetup setup(network, clock);
    std::optional<DeskSetupResult> result;
    setup.enrol(dir, desk, code, username, helpline::test::password(password.toUtf8().constData()),
                fastKdf(), [&](DeskSetupResult r) { result = std::move(r); });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
    INFO(result->error.toStdString());
    REQUIRE(result->ok());
    return {std::move(result->store), *result->desk, *result->tokens};
}

} // namespace helpline::test
