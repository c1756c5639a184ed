// core/protocol/syncmessages: the server's replies as the desk reads them (enrolment, tokens,
// errors), strictly.
#include <catch2/catch.hpp>

#include "core/protocol/syncmessages.h"

#include <QJsonDocument>

using namespace helpline;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QByteArray kKey(32, 'k');

QJsonObject account()
{
    return QJsonObject{{"id", "acc-1"},        {"username", "leyla"}, {"display_name", "Leyla"},
                       {"role", "counsellor"}, {"office_id", "baku"}, {"active", true}};
}

QJsonObject tokens()
{
    return QJsonObject{{"access_token", "a"},
                       {"access_expires_at", "2026-11-28T12:15:00Z"},
                       {"refresh_token", "r"},
                       {"refresh_expires_at", "2026-12-28T12:00:00.000Z"},
                       {"account", account()}};
}

bool hasProblemAt(const DecodeProblems &problems, const QString &path)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const DecodeProblem &p) { return p.path == path; });
}

} // namespace

TEST_CASE("an enrolment reply needs every field and a 32-byte escrow key", "[protocol][replies]")
{
    QJsonObject ok{{"device_id", "d-1"},
                   {"device_secret", "s"},
                   {"office_id", "baku"},
                   {"escrow_key", QString::fromLatin1(kKey.toBase64())}};
    const auto reply = EnrolReply::fromJson(ok, nullptr);
    REQUIRE(reply);
    CHECK(reply->deviceId == "d-1");
    CHECK(reply->escrowKey == kKey);

    DecodeProblems problems;
    QJsonObject shortKey = ok;
    shortKey["escrow_key"] = QString::fromLatin1(QByteArray(16, 'k').toBase64());
    CHECK_FALSE(EnrolReply::fromJson(shortKey, &problems));
    CHECK(hasProblemAt(problems, "escrow_key"));

    problems.clear();
    QJsonObject notBase64 = ok;
    notBase64["escrow_key"] = "***";
    CHECK_FALSE(EnrolReply::fromJson(notBase64, &problems));

    problems.clear();
    QJsonObject missing = ok;
    missing.remove("device_secret");
    CHECK_FALSE(EnrolReply::fromJson(missing, &problems));
    CHECK(hasProblemAt(problems, "device_secret"));

    problems.clear();
    QJsonObject extra = ok;
    extra["debug"] = true;
    CHECK_FALSE(EnrolReply::fromJson(extra, &problems));
    CHECK(hasProblemAt(problems, "debug"));
}

TEST_CASE("session tokens are read with their account and an optional escrow key",
          "[protocol][replies]")
{
    auto read = SessionTokens::fromJson(tokens(), nullptr);
    REQUIRE(read);
    CHECK(read->accessToken == "a");
    CHECK(read->accessExpiresAt == QDateTime(QDate(2026, 11, 28), QTime(12, 15), Qt::UTC));
    CHECK(read->account.username == "leyla");
    CHECK(read->account.role == "counsellor");
    CHECK(read->escrowKey.isEmpty());

    QJsonObject withKey = tokens();
    withKey["escrow_key"] = QString::fromLatin1(kKey.toBase64());
    read = SessionTokens::fromJson(withKey, nullptr);
    REQUIRE(read);
    CHECK(read->escrowKey == kKey);

    DecodeProblems problems;
    QJsonObject badRole = tokens();
    QJsonObject a = account();
    a["role"] = "root";
    badRole["account"] = a;
    CHECK_FALSE(SessionTokens::fromJson(badRole, &problems));
    CHECK(hasProblemAt(problems, "account.role"));

    problems.clear();
    QJsonObject wrongType = tokens();
    wrongType["access_expires_at"] = 12345;
    CHECK_FALSE(SessionTokens::fromJson(wrongType, &problems));
    CHECK(hasProblemAt(problems, "access_expires_at"));

    problems.clear();
    QJsonObject localTime = tokens();
    localTime["refresh_expires_at"] = "2026-12-28 12:00";
    CHECK_FALSE(SessionTokens::fromJson(localTime, &problems));

    problems.clear();
    QJsonObject noAccount = tokens();
    noAccount.remove("account");
    CHECK_FALSE(SessionTokens::fromJson(noAccount, &problems));
}

TEST_CASE("a server error body is read leniently but must have a code and a message",
          "[protocol][replies]")
{
    auto e = ServerError::fromJson(
        json(R"({"error":{"code":"forbidden","message":"No.","field":"records[0]","extra":1}})"));
    REQUIRE(e);
    CHECK(e->code == "forbidden");
    CHECK(e->message == "No.");
    CHECK(e->field == "records[0]");
    CHECK_FALSE(ServerError::fromJson(json(R"({"error":"forbidden"})")));
    CHECK_FALSE(ServerError::fromJson(json(R"({"error":{"code":1,"message":"x"}})")));
    CHECK_FALSE(ServerError::fromJson(json(R"({})")));
}
