// Who may do what on the running server: every route against every kind of caller (no token, a
// made-up, expired or signed-out token, a revoked desk, a disabled account, each role), and which
// case records reach whom, on the embedded store and on PostgreSQL.
#include <catch2/catch.hpp>

#include "serverfixtures.h"
#include "serverharness.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace helpline;
using namespace helpline::test;
using helpline::server::Access;

namespace {

// Two offices (baku, tovuz), a desk in each, and accounts of every role in them:
//   aysel, bahar: counsellors of baku; samir: supervisor of baku; tural: supervisor of tovuz;
//   tofiq: counsellor of tovuz; victim: a counsellor of baku the admin routes act on.
struct World {
    explicit World(TestDatabase::Kind kind)
        : db(kind)
    {
        requireDatabase(db);
        const CliResult init = initServer(db);
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const CliResult office = runCli(db, {"offices", "create", "tovuz", "--name", "Tovuz"});
        INFO(office.err.toStdString());
        REQUIRE(office.exitCode == 0);
        REQUIRE(server.start(db));
        bakuDesk = enrolDesk(db, server, "baku");
        tovuzDesk = enrolDesk(db, server, "tovuz");
        REQUIRE(!bakuDesk.deviceId.isEmpty());
        REQUIRE(tovuzDesk.officeId == "tovuz");
        admin = signIn(server, bakuDesk, "admin", kAdminPassword).access;
        REQUIRE(!admin.isEmpty());
        addAccount("aysel", "counsellor", "baku");
        addAccount("bahar", "counsellor", "baku");
        addAccount("samir", "supervisor", "baku");
        addAccount("tural", "supervisor", "tovuz");
        addAccount("tofiq", "counsellor", "tovuz");
        addAccount("victim", "counsellor", "baku");
        for (const char *name : {"aysel", "bahar", "samir", "victim"})
            tokens[name] = session(name, bakuDesk);
        for (const char *name : {"tural", "tofiq"})
            tokens[name] = session(name, tovuzDesk);
    }

    QString addAccount(const QString &username, const QString &role, const QString &office)
    {
        const Reply r = postJson(server, "/v1/admin/accounts",
                                 {{"username", username},
                                  {"display_name", username.toUpper()},
                                  {"role", role},
                                  {"office_id", office},
                                  {"password", kPassword}},
                                 admin);
        INFO(r.body.toStdString());
        REQUIRE(r.status == 201);
        const QString id = r.json.value("id").toString();
        REQUIRE(!id.isEmpty());
        ids[username] = id;
        return id;
    }

    QString session(const QString &username, const Desk &desk)
    {
        const Session s = signIn(server, desk, username, kPassword);
        INFO(username.toStdString());
        REQUIRE(s.status == 200);
        return s.access;
    }

    // A fresh one-time enrolment code, issued by the admin.
    QString issueCode(const QString &office = "baku")
    {
        const Reply r = postJson(server, "/v1/admin/devices/enrolment-codes",
                                 {{"office_id", office}, {"device_name", "Spare desk"}}, admin);
        REQUIRE(r.status == 201);
        return r.json.value("code").toString();
    }

    // A newly enrolled desk.
    Desk newDesk(const QString &office = "baku")
    {
        const Reply r = postJson(server, "/v1/devices/enrol",
                                 {{"code", issueCode(office)}, {"device_name", "Spare desk"}});
        REQUIRE(r.status == 201);
        Desk desk;
        desk.deviceId = r.json.value("device_id").toString();
        desk.deviceSecret = r.json.value("device_secret").toString();
        desk.officeId = r.json.value("office_id").toString();
        return desk;
    }

    Author author(const QString &username, const Desk &desk) const
    {
        return Author{ids.value(username), desk.deviceId};
    }

    Reply push(const QString &username, const Desk &desk, const QJsonArray &items)
    {
        return postJson(server, "/v1/sync/push", pushBody(desk.deviceId, items),
                        tokens.value(username));
    }

    TestDatabase db;
    ServerProcess server;
    Desk bakuDesk;
    Desk tovuzDesk;
    QString admin;
    QHash<QString, QString> ids;    // username -> account id
    QHash<QString, QString> tokens; // username -> access token
};

// --- the authorization matrix --------------------------------------------------------------------

// Someone calling the API. `role` is empty for callers whose token must not work.
struct Caller {
    QString name;
    QString role; // counsellor, supervisor, admin, or empty
    QString token;
    QString code401; // the error code a refused token gets
    QString username;
    Desk desk;
    QString password;
};

struct Call {
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
};

struct RouteCase {
    QByteArray method;
    QString pattern;
    Access access;
    int success; // the status of an allowed call
    std::function<Call(World &, const Caller &)> make;
    bool endsSession = false; // a successful call ends the caller's sign-in
};

Call body(const QString &path, const QJsonObject &object = {})
{
    return Call{path, compact(object)};
}

// Mirrors server/http/routes.cpp; "the access table lists every route" keeps the two in step.
QList<RouteCase> routeTable()
{
    static int counter = 0;
    return {
        {"GET", "/v1/health", Access::Public, 200,
         [](World &, const Caller &) {
             return Call{"/v1/health", {}};
         }},
        {"POST", "/v1/devices/enrol", Access::Public, 201,
         [](World &w, const Caller &) {
             return body("/v1/devices/enrol", {{"code", w.issueCode()}, {"device_name", "New"}});
         }},
        {"POST", "/v1/auth/sign-in", Access::Public, 200,
         [](World &w, const Caller &) {
             return body("/v1/auth/sign-in", {{"username", "bahar"},
                                              {"password", kPassword},
                                              {"device_id", w.bakuDesk.deviceId},
                                              {"device_secret", w.bakuDesk.deviceSecret}});
         }},
        {"POST", "/v1/auth/refresh", Access::Public, 200,
         [](World &w, const Caller &) {
             const Session s = signIn(w.server, w.bakuDesk, "bahar", kPassword);
             return body("/v1/auth/refresh",
                         {{"refresh_token", s.refresh}, {"device_id", w.bakuDesk.deviceId}});
         }},
        {"POST", "/v1/auth/sign-out", Access::SignedIn, 204,
         [](World &, const Caller &) { return body("/v1/auth/sign-out"); }, true},
        {"GET", "/v1/me", Access::SignedIn, 200,
         [](World &, const Caller &) {
             return Call{"/v1/me", {}};
         }},
        {"POST", "/v1/sync/push", Access::CaseWorker, 200,
         [](World &w, const Caller &c) {
             const QString device =
                 c.desk.deviceId.isEmpty() ? w.bakuDesk.deviceId : c.desk.deviceId;
             return body("/v1/sync/push", pushBody(device, {}));
         }},
        {"POST", "/v1/cases/openings", Access::CaseWorker, 404,
         [](World &, const Caller &) {
             // No such case: the status an allowed caller gets, after the access check.
             return body("/v1/cases/openings", {{"case_number", "2026-0000-99999"},
                                                {"reason", "The child called back at night."}});
         }},
        {"POST", "/v1/audit/upload", Access::SignedIn, 200,
         [](World &w, const Caller &c) {
             const QString device =
                 c.desk.deviceId.isEmpty() ? w.bakuDesk.deviceId : c.desk.deviceId;
             return body("/v1/audit/upload", {{"device_id", device}, {"entries", QJsonArray()}});
         }},
        {"GET", "/v1/sync/pull", Access::SignedIn, 200,
         [](World &, const Caller &) {
             return Call{"/v1/sync/pull?stream=directory", {}};
         }},
        {"GET", "/v1/admin/accounts", Access::Admin, 200,
         [](World &, const Caller &) {
             return Call{"/v1/admin/accounts", {}};
         }},
        {"POST", "/v1/admin/accounts", Access::Admin, 201,
         [](World &, const Caller &) {
             return body("/v1/admin/accounts", {{"username", QString("new%1").arg(++counter)},
                                                {"display_name", "New Person"},
                                                {"role", "counsellor"},
                                                {"office_id", "baku"},
                                                {"password", kPassword}});
         }},
        {"POST", "/v1/admin/accounts/{id}/disable", Access::Admin, 200,
         [](World &w, const Caller &) {
             return body("/v1/admin/accounts/" + w.ids.value("victim") + "/disable");
         }},
        {"POST", "/v1/admin/accounts/{id}/enable", Access::Admin, 200,
         [](World &w, const Caller &) {
             return body("/v1/admin/accounts/" + w.ids.value("victim") + "/enable");
         }},
        {"POST", "/v1/admin/accounts/{id}/reset-password", Access::Admin, 200,
         [](World &w, const Caller &) {
             return body("/v1/admin/accounts/" + w.ids.value("victim") + "/reset-password",
                         {{"password", "yet another long password"}});
         }},
        {"POST", "/v1/admin/accounts/{id}/role", Access::Admin, 200,
         [](World &w, const Caller &) {
             return body("/v1/admin/accounts/" + w.ids.value("victim") + "/role",
                         {{"role", "counsellor"}});
         }},
        {"GET", "/v1/admin/offices", Access::Admin, 200,
         [](World &, const Caller &) {
             return Call{"/v1/admin/offices", {}};
         }},
        {"POST", "/v1/admin/offices", Access::Admin, 201,
         [](World &, const Caller &) {
             return body("/v1/admin/offices",
                         {{"id", QString("office%1").arg(++counter)}, {"name", "Branch"}});
         }},
        {"POST", "/v1/admin/offices/{id}/rules", Access::Admin, 200,
         [](World &, const Caller &) {
             return body("/v1/admin/offices/baku/rules",
                         {{"closure_needs_approval", true}, {"new_counsellor_weeks", 4}});
         }},
        {"GET", "/v1/admin/devices", Access::Admin, 200,
         [](World &, const Caller &) {
             return Call{"/v1/admin/devices", {}};
         }},
        {"POST", "/v1/admin/devices/enrolment-codes", Access::Admin, 201,
         [](World &, const Caller &) {
             return body("/v1/admin/devices/enrolment-codes",
                         {{"office_id", "baku"}, {"device_name", "Desk 9"}, {"valid_hours", 2}});
         }},
        {"POST", "/v1/admin/devices/{id}/revoke", Access::Admin, 200,
         [](World &w, const Caller &) {
             return body("/v1/admin/devices/" + w.newDesk().deviceId + "/revoke");
         }},
        {"GET", "/v1/admin/audit/devices", Access::Admin, 200,
         [](World &, const Caller &) {
             return Call{"/v1/admin/audit/devices", {}};
         }},
        {"GET", "/v1/admin/directory", Access::Admin, 200,
         [](World &, const Caller &) {
             return Call{"/v1/admin/directory?format=json", {}};
         }},
        {"POST", "/v1/admin/directory/import", Access::Admin, 200,
         [](World &, const Caller &) {
             const QJsonArray entries{QJsonObject{{"name", "Sınaq Mərkəzi"},
                                                  {"service_types", QJsonArray{"psychology"}},
                                                  {"nationwide", true},
                                                  {"verified_on", "2026-01-14"}}};
             return Call{"/v1/admin/directory/import",
                         QJsonDocument(entries).toJson(QJsonDocument::Compact)};
         }},
    };
}

int expectedStatus(const RouteCase &route, const Caller &caller)
{
    if (route.access == Access::Public)
        return route.success;
    if (caller.role.isEmpty())
        return 401;
    switch (route.access) {
    case Access::Public:
    case Access::SignedIn:
        return route.success;
    case Access::CaseWorker:
        return caller.role == "admin" ? 403 : route.success;
    case Access::Admin:
        return caller.role == "admin" ? route.success : 403;
    }
    return 0;
}

QString describe(const QByteArray &method, const QString &pattern, Access access)
{
    return QString::fromLatin1(method) + ' ' + pattern + " (" + accessName(access) + ')';
}

} // namespace

TEST_CASE("the access table lists every route of the router with its access level",
          "[server][access]")
{
    const QList<RouteInfo> served = serverRoutes();
    REQUIRE(!served.isEmpty());
    QStringList fromRouter;
    for (const RouteInfo &r : served)
        fromRouter << describe(r.method, r.pattern, r.access);
    QStringList fromTable;
    for (const RouteCase &r : routeTable())
        fromTable << describe(r.method, r.pattern, r.access);
    fromRouter.sort();
    fromTable.sort();
    QStringList missing;
    QStringList extra;
    for (const QString &r : std::as_const(fromRouter))
        if (!fromTable.contains(r))
            missing << r;
    for (const QString &r : std::as_const(fromTable))
        if (!fromRouter.contains(r))
            extra << r;
    INFO("served, not in the access table (or with another access level):\n  "
         << missing.join("\n  ").toStdString());
    INFO("in the access table, not served:\n  " << extra.join("\n  ").toStdString());
    CHECK(missing.isEmpty());
    CHECK(extra.isEmpty());
    CHECK(fromTable.size() == fromRouter.size());
}

TEST_CASE("every route answers each kind of caller as its access level says", "[server][access]")
{
    World w(backend());

    // Tokens that must not work.
    const Desk revokedDesk = w.newDesk();
    w.addAccount("rauf", "counsellor", "baku");
    const QString revokedToken = w.session("rauf", revokedDesk);
    REQUIRE(postJson(w.server, "/v1/admin/devices/" + revokedDesk.deviceId + "/revoke", {}, w.admin)
                .status == 200);
    w.addAccount("dina", "counsellor", "baku");
    const QString disabledToken = w.session("dina", w.bakuDesk);
    const CliResult disabled = runCli(w.db, {"accounts", "disable", "dina"});
    INFO(disabled.err.toStdString());
    REQUIRE(disabled.exitCode == 0);
    const QString expiredToken = w.session("aysel", w.bakuDesk);
    REQUIRE(expireAccessToken(w.db, expiredToken));
    const QString signedOutToken = w.session("aysel", w.bakuDesk);
    REQUIRE(postJson(w.server, "/v1/auth/sign-out", {}, signedOutToken).status == 204);

    const QList<Caller> callers{
        {"no token", {}, {}, "unauthenticated", {}, {}, {}},
        {"a made-up token", {}, "hla_" + newUuidV7().remove('-'), "unauthenticated", {}, {}, {}},
        {"an expired token", {}, expiredToken, "token_expired", {}, {}, {}},
        {"a signed-out token", {}, signedOutToken, "unauthenticated", {}, {}, {}},
        {"a revoked desk's token", {}, revokedToken, "device_revoked", {}, {}, {}},
        {"a disabled account's token", {}, disabledToken, "unauthenticated", {}, {}, {}},
        {"a counsellor", "counsellor", w.tokens["aysel"], {}, "aysel", w.bakuDesk, kPassword},
        {"a supervisor", "supervisor", w.tokens["samir"], {}, "samir", w.bakuDesk, kPassword},
        {"another office's supervisor",
         "supervisor",
         w.tokens["tural"],
         {},
         "tural",
         w.tovuzDesk,
         kPassword},
        {"an admin", "admin", w.admin, {}, "admin", w.bakuDesk, kAdminPassword},
    };

    QStringList wrong;
    int calls = 0;
    for (const RouteCase &route : routeTable()) {
        for (const Caller &caller : callers) {
            QString token = caller.token;
            // A call that ends the sign-in gets a sign-in of its own.
            if (route.endsSession && !caller.role.isEmpty())
                token = signIn(w.server, caller.desk, caller.username, caller.password).access;
            const Call call = route.make(w, caller);
            const Reply r = httpRequest(route.method, w.server.url(call.path), call.body, token,
                                        call.contentType);
            ++calls;
            const int expected = expectedStatus(route, caller);
            QString problem;
            if (r.status != expected)
                problem = QString("got %1, expected %2").arg(r.status).arg(expected);
            else if (expected == 401 && r.errorCode() != caller.code401)
                problem =
                    QString("401 with code %1, expected %2").arg(r.errorCode(), caller.code401);
            else if (expected == 403 && r.errorCode() != "forbidden")
                problem = QString("403 with code %1").arg(r.errorCode());
            if (!problem.isEmpty())
                wrong << QString("%1 %2 as %3: %4 %5")
                             .arg(QString::fromLatin1(route.method), call.path, caller.name,
                                  problem, QString::fromUtf8(r.body.left(200)));
        }
    }
    INFO(w.db.name().toStdString()
         << ": " << wrong.size() << " of " << calls << " calls answered wrongly:\n  "
         << wrong.join("\n  ").toStdString());
    CHECK(wrong.isEmpty());
    CHECK(calls == routeTable().size() * callers.size());

    // The working sessions survived the matrix (only sign-out ends one, on its own sign-in).
    CHECK(getJson(w.server, "/v1/me", w.tokens["aysel"]).status == 200);
    CHECK(getJson(w.server, "/v1/me", w.admin).status == 200);
    CHECK(w.server.stop() == 0);
}

TEST_CASE("case records reach their counsellor and the office's supervisor and nobody else",
          "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const Person child = childPerson(aysel, QString::fromUtf8("Nərgiz Quliyeva"));
    CaseRecord kase = newCase(aysel, aysel.accountId, "baku", child.meta.id);
    const Contact contact = counsellingContact(aysel, kase.meta.id, child.meta.id);
    const Note note = caseNote(aysel, kase.meta.id);
    const Reply pushed =
        w.push("aysel", w.bakuDesk,
               {pushItem("person", toJson(child)), pushItem("case", toJson(kase)),
                pushItem("contact", toJson(contact)), pushItem("note", toJson(note))});
    INFO(pushed.body.toStdString());
    REQUIRE(pushed.status == 200);
    for (const QJsonObject &result : resultsById(pushed))
        CHECK(result.value("result").toString() == "applied");
    const QSet<QString> all{child.meta.id, kase.meta.id, contact.meta.id, note.meta.id};

    CHECK(pullAll(w.server, w.tokens["aysel"], "cases").ids() == all);
    CHECK(pullAll(w.server, w.tokens["samir"], "cases").ids() == all);
    const Pulled bahar = pullAll(w.server, w.tokens["bahar"], "cases");
    CHECK(bahar.status == 200);
    CHECK(bahar.ids().isEmpty());
    const Pulled tural = pullAll(w.server, w.tokens["tural"], "cases");
    CHECK(tural.status == 200);
    CHECK(tural.ids().isEmpty());
    CHECK(pullAll(w.server, w.tokens["tofiq"], "cases").ids().isEmpty());
    const Pulled admin = pullAll(w.server, w.admin, "cases");
    CHECK(admin.status == 403);
    CHECK(admin.errorCode == "forbidden");

    // Account profiles: each office sees its own, the admin all of them.
    const Pulled tovuzAccounts = pullAll(w.server, w.tokens["tural"], "accounts");
    REQUIRE(tovuzAccounts.status == 200);
    CHECK(tovuzAccounts.ids().contains(w.ids["tofiq"]));
    CHECK(!tovuzAccounts.ids().contains(w.ids["aysel"]));
    for (const QJsonObject &item : tovuzAccounts.items)
        CHECK(item.value("record").toObject().value("office_id").toString() == "tovuz");
    CHECK(pullAll(w.server, w.admin, "accounts").ids().contains(w.ids["tofiq"]));
    CHECK(pullAll(w.server, w.admin, "accounts").ids().contains(w.ids["aysel"]));

    // Assigned to bahar, the case and everything in it reach her.
    kase.assigneeId = w.ids["bahar"];
    kase.meta.revision = 2;
    kase.meta.updatedAt = kase.meta.updatedAt.addSecs(5);
    const Reply reassigned =
        w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase), {"assignee_id"})});
    REQUIRE(reassigned.status == 200);
    CHECK(resultsById(reassigned).value(kase.meta.id).value("result").toString() == "applied");
    const Pulled baharAfter = pullAll(w.server, w.tokens["bahar"], "cases");
    CHECK(baharAfter.ids() == all);
    CHECK(baharAfter.record(kase.meta.id).value("assignee_id").toString() == w.ids["bahar"]);
    // aysel wrote them, so she still receives them, and a withdrawal that tells her desk the
    // case is bahar's now; the supervisor (same office) gets no withdrawal; tovuz nothing.
    auto withdrawals = [](const Pulled &pulled) {
        QList<QJsonObject> found;
        for (const QJsonObject &item : pulled.items)
            if (item.value("type").toString() == "withdrawal")
                found << item.value("record").toObject();
        return found;
    };
    const Pulled ayselAfter = pullAll(w.server, w.tokens["aysel"], "cases");
    const QList<QJsonObject> toAysel = withdrawals(ayselAfter);
    REQUIRE(toAysel.size() == 1);
    CHECK(toAysel.first().value("case_id").toString() == kase.meta.id);
    CHECK(toAysel.first().value("assignee_id").toString() == w.ids["bahar"]);
    CHECK(toAysel.first().value("office_id").toString() == "baku");
    CHECK(ayselAfter.ids() == (QSet<QString>(all) << toAysel.first().value("id").toString()));
    CHECK(withdrawals(baharAfter).isEmpty());
    CHECK(pullAll(w.server, w.tokens["samir"], "cases").ids() == all);
    CHECK(pullAll(w.server, w.tokens["tural"], "cases").ids().isEmpty());

    // Back to aysel: now bahar's desk learns that the case left her.
    kase.assigneeId = aysel.accountId;
    kase.meta.revision = 3;
    kase.meta.updatedAt = kase.meta.updatedAt.addSecs(5);
    REQUIRE(w.push("samir", w.bakuDesk, {pushItem("case", toJson(kase), {"assignee_id"})}).status ==
            200);
    const QList<QJsonObject> toBahar = withdrawals(pullAll(w.server, w.tokens["bahar"], "cases"));
    REQUIRE(toBahar.size() == 1);
    CHECK(toBahar.first().value("assignee_id").toString() == aysel.accountId);
    CHECK(withdrawals(pullAll(w.server, w.tokens["aysel"], "cases")).size() == 1); // the old one
    // A desk cannot push a withdrawal: it is not a record type.
    const Reply forged = w.push("aysel", w.bakuDesk,
                                {QJsonObject{{"type", "withdrawal"},
                                             {"id", toAysel.first().value("id").toString()},
                                             {"revision", 2},
                                             {"record", toAysel.first()}}});
    CHECK(forged.status == 400);
}

TEST_CASE("only the case's counsellor and its office's supervisor may change a case",
          "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
    REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))}).status == 200);

    CaseRecord changed = kase;
    changed.status = "active";
    changed.meta.revision = 2;
    changed.meta.updatedAt = kase.meta.updatedAt.addSecs(5);

    struct Attempt {
        const char *who;
        Desk desk;
    };
    for (const Attempt &attempt : {Attempt{"bahar", w.bakuDesk}, Attempt{"tural", w.tovuzDesk},
                                   Attempt{"tofiq", w.tovuzDesk}}) {
        INFO(attempt.who);
        const Reply r =
            w.push(attempt.who, attempt.desk,
                   {pushItem("case", toJson(changed), {"status"}),
                    pushItem("note",
                             toJson(caseNote(w.author(attempt.who, attempt.desk), kase.meta.id)))});
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        const QJsonArray results = r.json.value("results").toArray();
        REQUIRE(results.size() == 2);
        for (const QJsonValue &result : results) {
            CHECK(result.toObject().value("result").toString() == "rejected");
            CHECK(!result.toObject().value("reason").toString().isEmpty());
        }
    }
    // Nothing of theirs arrived.
    const Pulled seen = pullAll(w.server, w.tokens["samir"], "cases");
    CHECK(seen.ids() == QSet<QString>{kase.meta.id});
    CHECK(seen.record(kase.meta.id).value("status").toString() == "open");
    CHECK(seen.record(kase.meta.id).value("revision").toInt() == 1);

    // The office's supervisor may.
    const Reply bySupervisor =
        w.push("samir", w.bakuDesk, {pushItem("case", toJson(changed), {"status"})});
    REQUIRE(bySupervisor.status == 200);
    CHECK(resultsById(bySupervisor).value(kase.meta.id).value("result").toString() == "applied");
    CHECK(pullAll(w.server, w.tokens["aysel"], "cases")
              .record(kase.meta.id)
              .value("status")
              .toString() == "active");

    // An admin does not sync case records at all.
    const QString adminId = getJson(w.server, "/v1/me", w.admin)
                                .json.value("account")
                                .toObject()
                                .value("id")
                                .toString();
    const Note byAdminNote = caseNote(Author{adminId, w.bakuDesk.deviceId}, kase.meta.id);
    const Reply byAdmin =
        postJson(w.server, "/v1/sync/push",
                 pushBody(w.bakuDesk.deviceId, {pushItem("note", toJson(byAdminNote))}), w.admin);
    CHECK(byAdmin.status == 403);
    CHECK(pullAll(w.server, w.tokens["samir"], "cases").ids() == QSet<QString>{kase.meta.id});
}

TEST_CASE("a push may not name another office or an unknown author or another desk",
          "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);

    SECTION("a new case of another office")
    {
        const CaseRecord foreign = newCase(aysel, aysel.accountId, "tovuz");
        const Reply r = w.push("aysel", w.bakuDesk, {pushItem("case", toJson(foreign))});
        REQUIRE(r.status == 200);
        const QJsonObject result = resultsById(r).value(foreign.meta.id);
        CHECK(result.value("result").toString() == "rejected");
        CHECK(result.value("field").toString() == "records[0].record.office_id");
        CHECK(pullAll(w.server, w.tokens["tural"], "cases").ids().isEmpty());
    }
    SECTION("an author who is no account")
    {
        const CaseRecord unknown =
            newCase(Author{newUuidV7(), w.bakuDesk.deviceId}, aysel.accountId, "baku");
        const Reply r = w.push("aysel", w.bakuDesk, {pushItem("case", toJson(unknown))});
        REQUIRE(r.status == 200);
        const QJsonObject result = resultsById(r).value(unknown.meta.id);
        CHECK(result.value("result").toString() == "rejected");
        CHECK(result.value("field").toString() == "records[0].record.created_by");
    }
    SECTION("another desk's id")
    {
        const CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
        const Reply r = postJson(w.server, "/v1/sync/push",
                                 pushBody(w.tovuzDesk.deviceId, {pushItem("case", toJson(kase))}),
                                 w.tokens["aysel"]);
        CHECK(r.status == 403);
        CHECK(r.errorCode() == "forbidden");
        CHECK(pullAll(w.server, w.tokens["aysel"], "cases").ids().isEmpty());
    }
}

TEST_CASE("admin routes acting on another account work only for an admin", "[server][access]")
{
    World w(backend());
    const QString bahar = w.ids["bahar"];
    const QString aysel = w.ids["aysel"];
    const QString samir = w.ids["samir"];

    // A counsellor cannot disable a colleague.
    const Reply disable =
        postJson(w.server, "/v1/admin/accounts/" + bahar + "/disable", {}, w.tokens["aysel"]);
    CHECK(disable.status == 403);
    CHECK(getJson(w.server, "/v1/me", w.tokens["bahar"]).status == 200);
    // A supervisor cannot reset a counsellor's password of their office...
    const Reply reset = postJson(w.server, "/v1/admin/accounts/" + aysel + "/reset-password",
                                 {{"password", "a password samir knows"}}, w.tokens["samir"]);
    CHECK(reset.status == 403);
    CHECK(signIn(w.server, w.bakuDesk, "aysel", kPassword).status == 200);
    CHECK(signIn(w.server, w.bakuDesk, "aysel", "a password samir knows").status == 401);
    // ... nor make themselves an admin, nor revoke a desk of another office.
    const Reply promote = postJson(w.server, "/v1/admin/accounts/" + samir + "/role",
                                   {{"role", "admin"}}, w.tokens["samir"]);
    CHECK(promote.status == 403);
    CHECK(getJson(w.server, "/v1/me", w.tokens["samir"])
              .json.value("account")
              .toObject()
              .value("role")
              .toString() == "supervisor");
    const Reply revoke = postJson(w.server, "/v1/admin/devices/" + w.tovuzDesk.deviceId + "/revoke",
                                  {}, w.tokens["tural"]);
    CHECK(revoke.status == 403);
    CHECK(getJson(w.server, "/v1/me", w.tokens["tofiq"]).status == 200);

    // The admin can, and the change takes effect at once.
    const Reply byAdmin =
        postJson(w.server, "/v1/admin/accounts/" + bahar + "/disable", {}, w.admin);
    CHECK(byAdmin.status == 200);
    CHECK(byAdmin.json.value("active").toBool(true) == false);
    CHECK(getJson(w.server, "/v1/me", w.tokens["bahar"]).status == 401);
    // Signing in again: the password is right, the account disabled (403, as documented).
    CHECK(signIn(w.server, w.bakuDesk, "bahar", kPassword).status == 403);
    // The admin of one office administers all: accounts are the server's, not the office's.
    const Reply role = postJson(w.server, "/v1/admin/accounts/" + w.ids["tofiq"] + "/role",
                                {{"role", "supervisor"}, {"office_id", "tovuz"}}, w.admin);
    CHECK(role.status == 200);
    CHECK(role.json.value("role").toString() == "supervisor");
}

TEST_CASE("a push may not name an author of another office", "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    // aysel (baku) writes a baku case in tofiq's (tovuz) name. The server's own rule
    // (server/sync/pushservice.cpp, "Accounts named as authors"): authors "must exist and be of
    // the caller's office (admins of any)".
    const CaseRecord kase =
        newCase(Author{w.ids["tofiq"], w.bakuDesk.deviceId}, aysel.accountId, "baku");
    const Reply r = w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))});
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const QJsonObject result = resultsById(r).value(kase.meta.id);
    CHECK(result.value("result").toString() == "rejected");
    CHECK(result.value("field").toString() == "records[0].record.created_by");
    // Otherwise tofiq of tovuz receives a baku case (counsellors receive what they wrote) and
    // may change it.
    CHECK(!pullAll(w.server, w.tokens["tofiq"], "cases").ids().contains(kase.meta.id));
}

// An existing record is judged by the case it is stored under, not by the case_id the pushed
// copy names (persons name none at all).
TEST_CASE("a case's records cannot be changed through their own ids by those who may not "
          "change the case",
          "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const Person child = childPerson(aysel, QString::fromUtf8("Nərgiz Quliyeva"));
    const CaseRecord kase = newCase(aysel, aysel.accountId, "baku", child.meta.id);
    const Contact contact = counsellingContact(aysel, kase.meta.id, child.meta.id);
    const Referral referral = caseReferral(aysel, kase.meta.id);
    const Reply pushed =
        w.push("aysel", w.bakuDesk,
               {pushItem("person", toJson(child)), pushItem("case", toJson(kase)),
                pushItem("contact", toJson(contact)), pushItem("referral", toJson(referral))});
    REQUIRE(pushed.status == 200);
    for (const QJsonObject &result : resultsById(pushed))
        REQUIRE(result.value("result").toString() == "applied");

    struct Attempt {
        const char *who;
        Desk desk;
    };
    int round = 0;
    for (const Attempt &attempt : {Attempt{"tural", w.tovuzDesk}, Attempt{"bahar", w.bakuDesk}}) {
        INFO(attempt.who);
        ++round;
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(round);
        // The person, without a case of its own in the record.
        Person renamed = child;
        renamed.name = "Changed by " + QString::fromLatin1(attempt.who);
        renamed.meta.revision = 1 + round;
        renamed.meta.updatedAt = later;
        // The contact, said to be of no case: a later revision of an append-only record.
        Contact rewritten = contact;
        rewritten.caseId.clear();
        rewritten.summary = "Changed by " + QString::fromLatin1(attempt.who);
        rewritten.meta.revision = 1 + round;
        rewritten.meta.updatedAt = later;
        // The referral, said to be of a case that does not exist.
        Referral moved = referral;
        moved.caseId = newUuidV7();
        moved.reason = "Changed by " + QString::fromLatin1(attempt.who);
        moved.meta.revision = 1 + round;
        moved.meta.updatedAt = later;
        const Reply r =
            w.push(attempt.who, attempt.desk,
                   {pushItem("person", toJson(renamed)), pushItem("contact", toJson(rewritten)),
                    pushItem("referral", toJson(moved))});
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        const auto results = resultsById(r);
        CHECK(results.value(child.meta.id).value("result").toString() == "rejected");
        CHECK(results.value(contact.meta.id).value("result").toString() == "rejected");
        CHECK(results.value(referral.meta.id).value("result").toString() == "rejected");
    }
    const Pulled seen = pullAll(w.server, w.tokens["samir"], "cases");
    CHECK(seen.record(child.meta.id).value("name").toString() == child.name);
    CHECK(seen.record(contact.meta.id).value("summary").toString() == contact.summary);
    CHECK(seen.record(contact.meta.id).value("case_id").toString() == kase.meta.id);
    CHECK(seen.record(referral.meta.id).value("reason").toString() == referral.reason);
    CHECK(seen.record(referral.meta.id).value("case_id").toString() == kase.meta.id);
}

TEST_CASE("review comments and decisions are a supervisor's, a counsellor only asks for one",
          "[server][access][review]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const Author samir = w.author("samir", w.bakuDesk);
    const CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
    REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))}).status == 200);

    auto review = [&](const Author &author, const QString &decision) {
        CaseEvent e;
        e.meta = newMeta(author);
        e.caseId = kase.meta.id;
        e.kind = CaseEvent::reviewKind();
        e.subjectType = QStringLiteral("case");
        e.subjectId = kase.meta.id;
        e.newValue = decision;
        e.field = QStringLiteral("needs_review");
        e.reason = QStringLiteral("Please look at the safety plan.");
        return e;
    };
    auto comment = [&](const Author &author) {
        Note n = caseNote(author, kase.meta.id, QStringLiteral("Well handled."));
        n.kind = QStringLiteral("review_comment");
        return n;
    };

    // The counsellor: her request lands, a comment or decision in her name does not.
    const CaseEvent request = review(aysel, QStringLiteral("requested"));
    const CaseEvent selfApproval = review(aysel, QStringLiteral("approved"));
    const Note selfComment = comment(aysel);
    const Reply byCounsellor = w.push("aysel", w.bakuDesk,
                                      {pushItem("case_event", toJson(request)),
                                       pushItem("case_event", toJson(selfApproval)),
                                       pushItem("note", toJson(selfComment))});
    INFO(byCounsellor.body.toStdString());
    REQUIRE(byCounsellor.status == 200);
    auto results = resultsById(byCounsellor);
    CHECK(results.value(request.meta.id).value("result").toString() == "applied");
    CHECK(results.value(selfApproval.meta.id).value("result").toString() == "rejected");
    CHECK(results.value(selfComment.meta.id).value("result").toString() == "rejected");
    CHECK(results.value(selfComment.meta.id).value("field").toString() ==
          "records[2].record.created_by");

    // The office's supervisor: both land, and reach the counsellor.
    const CaseEvent approval = review(samir, QStringLiteral("approved"));
    const Note supervisorComment = comment(samir);
    const Reply bySupervisor = w.push(
        "samir", w.bakuDesk,
        {pushItem("case_event", toJson(approval)), pushItem("note", toJson(supervisorComment))});
    REQUIRE(bySupervisor.status == 200);
    results = resultsById(bySupervisor);
    CHECK(results.value(approval.meta.id).value("result").toString() == "applied");
    CHECK(results.value(supervisorComment.meta.id).value("result").toString() == "applied");
    const QSet<QString> seen = pullAll(w.server, w.tokens["aysel"], "cases").ids();
    CHECK(seen.contains(approval.meta.id));
    CHECK(seen.contains(supervisorComment.meta.id));
    CHECK_FALSE(seen.contains(selfApproval.meta.id));
}

TEST_CASE("a restricted case takes changes only from its counsellor and the office's supervisors, "
          "and an opening with a reason from anyone of the office",
          "[server][access][opening]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const Author bahar = w.author("bahar", w.bakuDesk);
    // Aysel opens the case; it goes to Bahar and is restricted.
    CaseRecord kase = newCase(aysel, bahar.accountId, "baku");
    kase.restricted = true;
    REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))}).status == 200);

    // Aysel, who opened it but does not hold it, can no longer write to it.
    const Note byOpener = caseNote(aysel, kase.meta.id);
    Reply r = w.push("aysel", w.bakuDesk, {pushItem("note", toJson(byOpener))});
    REQUIRE(r.status == 200);
    CHECK(resultsById(r).value(byOpener.meta.id).value("result").toString() == "rejected");

    // Her opening with a reason (break glass) is accepted: supervisors must see it.
    CaseEvent opening;
    opening.meta = newMeta(aysel);
    opening.caseId = kase.meta.id;
    opening.kind = CaseEvent::accessKind();
    opening.newValue = QStringLiteral("break_glass");
    opening.reason = QStringLiteral("The girl called back; Bahar is off.");
    r = w.push("aysel", w.bakuDesk, {pushItem("case_event", toJson(opening))});
    REQUIRE(r.status == 200);
    CHECK(resultsById(r).value(opening.meta.id).value("result").toString() == "applied");
    CHECK(pullAll(w.server, w.tokens["samir"], "cases").ids().contains(opening.meta.id));

    // Another office's counsellor cannot open it, even with a reason.
    CaseEvent foreign = opening;
    foreign.meta = newMeta(w.author("tofiq", w.tovuzDesk));
    r = w.push("tofiq", w.tovuzDesk, {pushItem("case_event", toJson(foreign))});
    REQUIRE(r.status == 200);
    CHECK(resultsById(r).value(foreign.meta.id).value("result").toString() == "rejected");

    // Its counsellor and the office's supervisor still write.
    const Note byHolder = caseNote(bahar, kase.meta.id);
    r = w.push("bahar", w.bakuDesk, {pushItem("note", toJson(byHolder))});
    CHECK(resultsById(r).value(byHolder.meta.id).value("result").toString() == "applied");
    const Note bySupervisor = caseNote(w.author("samir", w.bakuDesk), kase.meta.id);
    r = w.push("samir", w.bakuDesk, {pushItem("note", toJson(bySupervisor))});
    CHECK(resultsById(r).value(bySupervisor.meta.id).value("result").toString() == "applied");
}

TEST_CASE("a new record is judged by its author when the author has signed in on the pushing "
          "desk, not otherwise",
          "[server][access]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
    REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))}).status == 200);

    // The supervisor wrote a note on the shared Baku desk; it goes when Bahar, who may not
    // change Aysel's case herself, is the one signed in and syncing.
    const Note bySamir = caseNote(w.author("samir", w.bakuDesk), kase.meta.id);
    const Reply shared = w.push("bahar", w.bakuDesk, {pushItem("note", toJson(bySamir))});
    INFO(shared.body.toStdString());
    REQUIRE(shared.status == 200);
    CHECK(resultsById(shared).value(bySamir.meta.id).value("result").toString() == "applied");

    // Bahar's own note on the case is still hers to be refused.
    const Note byBahar = caseNote(w.author("bahar", w.bakuDesk), kase.meta.id);
    const Reply own = w.push("bahar", w.bakuDesk, {pushItem("note", toJson(byBahar))});
    CHECK(resultsById(own).value(byBahar.meta.id).value("result").toString() == "rejected");

    // An update names the record's first author, not who changed it: the pushing account's.
    CaseRecord changed = kase;
    changed.status = "active";
    changed.meta.revision = 2;
    changed.meta.updatedAt = kase.meta.updatedAt.addSecs(5);
    const Reply update =
        w.push("bahar", w.bakuDesk, {pushItem("case", toJson(changed), {"status"})});
    CHECK(resultsById(update).value(kase.meta.id).value("result").toString() == "rejected");

    // On a desk where the supervisor never signed in, a note naming him is judged as the
    // account that pushes it.
    const Desk spare = w.newDesk("baku");
    w.tokens["bahar"] = w.session("bahar", spare);
    const Note forged = caseNote(w.author("samir", spare), kase.meta.id);
    const Reply elsewhere = w.push("bahar", spare, {pushItem("note", toJson(forged))});
    INFO(elsewhere.body.toStdString());
    REQUIRE(elsewhere.status == 200);
    CHECK(resultsById(elsewhere).value(forged.meta.id).value("result").toString() == "rejected");

    const Pulled seen = pullAll(w.server, w.tokens["samir"], "cases");
    CHECK(seen.ids().contains(bySamir.meta.id));
    CHECK_FALSE(seen.ids().contains(byBahar.meta.id));
    CHECK_FALSE(seen.ids().contains(forged.meta.id));
}

TEST_CASE("the office's closure approval: a counsellor's closing push needs a supervisor's "
          "approval on record",
          "[server][access][review]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    const Author samir = w.author("samir", w.bakuDesk);
    int revision = 1;
    auto freshCase = [&] {
        const CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
        REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("case", toJson(kase))}).status == 200);
        return kase;
    };
    auto closing = [&](CaseRecord kase) {
        kase.status = QStringLiteral("closed");
        kase.meta.revision = ++revision;
        kase.meta.updatedAt = kase.meta.updatedAt.addSecs(60);
        return pushItem("case", toJson(kase), {"status"});
    };
    auto approval = [&](const Author &author, const CaseRecord &kase) {
        CaseEvent e;
        e.meta = newMeta(author);
        e.caseId = kase.meta.id;
        e.kind = CaseEvent::reviewKind();
        e.subjectType = QStringLiteral("case");
        e.subjectId = kase.meta.id;
        e.newValue = QStringLiteral("approved");
        e.field = QStringLiteral("closure");
        return e;
    };
    auto resultOf = [](const Reply &r, const QString &id) {
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        return resultsById(r).value(id).value("result").toString();
    };

    // The rule is on by default: the counsellor alone cannot close.
    const CaseRecord first = freshCase();
    const Reply refused = w.push("aysel", w.bakuDesk, {closing(first)});
    CHECK(resultOf(refused, first.meta.id) == "rejected");
    CHECK(resultsById(refused).value(first.meta.id).value("field").toString() ==
          "records[0].record.status");

    // With the supervisor's approval in the same push (a shared desk), it closes.
    const CaseEvent approved = approval(samir, first);
    const Reply withApproval =
        w.push("aysel", w.bakuDesk, {closing(first), pushItem("case_event", toJson(approved))});
    CHECK(resultOf(withApproval, first.meta.id) == "applied");

    // With the approval already on the server, it closes too.
    const CaseRecord second = freshCase();
    const CaseEvent stored = approval(samir, second);
    REQUIRE(resultOf(w.push("samir", w.bakuDesk, {pushItem("case_event", toJson(stored))}),
                     stored.meta.id) == "applied");
    CHECK(resultOf(w.push("aysel", w.bakuDesk, {closing(second)}), second.meta.id) == "applied");

    // A supervisor closes without an approval of their own.
    const CaseRecord third = freshCase();
    CHECK(resultOf(w.push("samir", w.bakuDesk, {closing(third)}), third.meta.id) == "applied");

    // An office without the rule lets its counsellors close.
    const Reply rules =
        postJson(w.server, "/v1/admin/offices/baku/rules",
                 {{"closure_needs_approval", false}, {"new_counsellor_weeks", 0}}, w.admin);
    REQUIRE(rules.status == 200);
    CHECK_FALSE(rules.json.value("closure_needs_approval").toBool());
    const CaseRecord fourth = freshCase();
    CHECK(resultOf(w.push("aysel", w.bakuDesk, {closing(fourth)}), fourth.meta.id) == "applied");

    CHECK(postJson(w.server, "/v1/admin/offices/baku/rules",
                   {{"closure_needs_approval", true}, {"new_counsellor_weeks", 53}}, w.admin)
              .status == 400);
}

namespace {
// One pull of the cases stream after `cursor`: the ids it brought, and the new cursor.
QPair<QSet<QString>, qint64> casesAfter(World &w, const QString &who, qint64 cursor)
{
    const Reply r = getJson(
        w.server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=1000").arg(cursor),
        w.tokens.value(who));
    REQUIRE(r.status == 200);
    QSet<QString> ids;
    for (const QJsonValue &v : r.json.value("items").toArray())
        ids.insert(v.toObject().value("id").toString());
    return {ids, r.json.value("cursor").toInteger()};
}
} // namespace

TEST_CASE("a counsellor opens a case their desk does not hold with a reason, and receives it "
          "for eight hours",
          "[server][access][opening]")
{
    World w(backend());
    const Author aysel = w.author("aysel", w.bakuDesk);
    CaseRecord kase = newCase(aysel, aysel.accountId, "baku");
    kase.restricted = true;
    const Note note = caseNote(aysel, kase.meta.id, QStringLiteral("Spoke with the school."));
    REQUIRE(w.push("aysel", w.bakuDesk,
                   {pushItem("case", toJson(kase)), pushItem("note", toJson(note))})
                .status == 200);
    // Bahar's desk is up to date and holds nothing of the case.
    auto [before, cursor] = casesAfter(w, "bahar", 0);
    CHECK_FALSE(before.contains(kase.meta.id));

    auto open = [&](const QString &who, const QString &number, const QString &reason) {
        return postJson(w.server, "/v1/cases/openings",
                        {{"case_number", number}, {"reason", reason}}, w.tokens.value(who));
    };
    const QString reason = QStringLiteral("The child called back at night; Aysel is off.");
    CHECK(open("bahar", kase.caseNumber, "short").status == 400);
    CHECK(open("bahar", "2026-0000-99999", reason).status == 404);
    CHECK(open("tofiq", kase.caseNumber, reason).status == 404); // another office: not told
    CHECK(open("samir", kase.caseNumber, reason).status == 409); // a supervisor has it already
    CHECK(open("aysel", kase.caseNumber, reason).status == 409); // hers

    const Reply opened = open("bahar", kase.caseNumber.toLower(), reason);
    INFO(opened.body.toStdString());
    REQUIRE(opened.status == 201);
    CHECK(opened.json.value("case_id").toString() == kase.meta.id);
    CHECK(opened.json.value("kind").toString() == "break_glass");
    const QString eventId = opened.json.value("event_id").toString();

    // Her next pull, from where she was, brings the whole case and the opening.
    auto [after, next] = casesAfter(w, "bahar", cursor);
    CHECK(after.contains(kase.meta.id));
    CHECK(after.contains(note.meta.id));
    CHECK(after.contains(eventId));
    // The supervisor sees the break glass (it goes to the review queue on the desk).
    CHECK(pullAll(w.server, w.tokens["samir"], "cases").ids().contains(eventId));
    // Writing is still refused: an opening reads.
    const Note hers = caseNote(w.author("bahar", w.bakuDesk), kase.meta.id);
    CHECK(resultsById(w.push("bahar", w.bakuDesk, {pushItem("note", toJson(hers))}))
              .value(hers.meta.id)
              .value("result")
              .toString() == "rejected");

    // Eight hours later the case's new records no longer come.
    {
        auto database = openDatabase(w.db);
        REQUIRE(database);
        server::ServerTransaction tx(*database);
        tx.exec(QStringLiteral("UPDATE case_openings SET expires_at = ?"),
                {isoUtc(QDateTime::currentDateTimeUtc().addSecs(-60))});
        REQUIRE(tx.commit().ok());
    }
    const Note later = caseNote(aysel, kase.meta.id, QStringLiteral("Safety plan agreed."));
    REQUIRE(w.push("aysel", w.bakuDesk, {pushItem("note", toJson(later))}).status == 200);
    auto [expired, last] = casesAfter(w, "bahar", next);
    CHECK_FALSE(expired.contains(later.meta.id));
    (void)last;
}
