#include "server/http/routes.h"

#include "core/protocol/auditmessages.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/syncmessages.h"
#include "server/db/serverdatabase.h"
#include "server/servercontext.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace helpline::server {

namespace {

Q_LOGGING_CATEGORY(lcRoutes, "helpline.server.routes")

constexpr qsizetype kSmallBody = 64 * 1024;
// A directory import is a whole file.
constexpr qsizetype kDirectoryBody = 16 * 1024 * 1024;

ApiError fromProblem(const DecodeProblem &problem)
{
    ApiError e = ApiError::invalid(problem.message, problem.path, problem.code);
    if (problem.code == problemcode::kTooLarge)
        e.status = 413;
    return e;
}

ApiError fromProblems(const DecodeProblems &problems)
{
    if (problems.isEmpty())
        return ApiError::invalid(QStringLiteral("The request is not valid."));
    return fromProblem(problems.constFirst());
}

ApiResult<QJsonObject> jsonBody(const HttpRequest &request, qsizetype maxBytes = kSmallBody)
{
    const ParsedJson parsed = parseJsonObject(request.body, maxBytes, kMaxJsonDepth);
    if (!parsed.ok())
        return fromProblem(*parsed.problem);
    return parsed.object;
}

HttpResponse fail(const ApiError &error)
{
    // What the client is not told (ApiError::detail: ids and SQL errors, never case content).
    if (error.status >= 500 && !error.detail.isEmpty())
        qCWarning(lcRoutes).noquote() << error.status << error.code << error.detail;
    return HttpResponse::error(error);
}

template<typename T, typename Fn>
HttpResponse reply(ApiResult<T> result, Fn toJson, int status = 200)
{
    if (!result)
        return fail(result.error());
    return HttpResponse::json(toJson(*result), status);
}

// Reads a small admin request body strictly with `read`, which returns the decoded value.
template<typename Fn>
auto strictBody(const HttpRequest &request, Fn read)
    -> ApiResult<std::decay_t<decltype(read(std::declval<JsonReader &>()))>>
{
    auto body = jsonBody(request);
    if (!body)
        return body.error();
    DecodeProblems problems;
    JsonReader reader(*body, QString(), &problems);
    auto value = read(reader);
    reader.finish();
    if (!problems.isEmpty())
        return fromProblems(problems);
    return value;
}

QJsonObject accountJson(const Account &a)
{
    return a.toJson();
}

} // namespace

Router buildRoutes(ServerContext &ctx)
{
    Router r;

    r.add("GET", QStringLiteral("/v1/health"), Access::Public,
          [&ctx](const HttpRequest &, const AuthContext *) {
              const int schema = ctx.db.schemaVersion();
              if (schema == 0)
                  return HttpResponse::json(
                      {{QStringLiteral("status"), QStringLiteral("unavailable")}}, 503);
              return HttpResponse::json(
                  {{QStringLiteral("status"), QStringLiteral("ok")},
                   {QStringLiteral("version"), QStringLiteral(HELPLINE_SERVER_VERSION)},
                   {QStringLiteral("database"), ctx.db.kind()},
                   {QStringLiteral("schema"), schema}});
          });

    r.add("POST", QStringLiteral("/v1/devices/enrol"), Access::Public,
          [&ctx](const HttpRequest &request, const AuthContext *) {
              auto body = jsonBody(request);
              if (!body)
                  return fail(body.error());
              DecodeProblems problems;
              auto enrol = EnrolRequest::fromJson(*body, &problems);
              if (!enrol)
                  return fail(fromProblems(problems));
              auto done = ctx.devices.enrol(enrol->code, enrol->deviceName);
              if (!done)
                  return fail(done.error());
              return HttpResponse::json(
                  {{QStringLiteral("device_id"), done->deviceId},
                   {QStringLiteral("device_secret"), done->deviceSecret},
                   {QStringLiteral("office_id"), done->officeId},
                   {QStringLiteral("escrow_key"), QString::fromLatin1(done->escrowKey.toBase64())}},
                  201);
          });

    r.add("POST", QStringLiteral("/v1/auth/sign-in"), Access::Public,
          [&ctx](const HttpRequest &request, const AuthContext *) {
              auto body = jsonBody(request);
              if (!body)
                  return fail(body.error());
              DecodeProblems problems;
              auto in = SignInRequest::fromJson(*body, &problems);
              if (!in)
                  return fail(fromProblems(problems));
              SignIn signIn{in->username,     in->password,      in->deviceId,
                            in->deviceSecret, in->requestEscrow, request.remoteAddress};
              auto tokens = ctx.auth.signIn(signIn);
              in->password.fill('\0');
              signIn.password.fill('\0');
              return reply(tokens, [](const Tokens &t) { return t.toJson(); });
          });

    r.add("POST", QStringLiteral("/v1/auth/refresh"), Access::Public,
          [&ctx](const HttpRequest &request, const AuthContext *) {
              auto body = jsonBody(request);
              if (!body)
                  return fail(body.error());
              DecodeProblems problems;
              auto in = RefreshRequest::fromJson(*body, &problems);
              if (!in)
                  return fail(fromProblems(problems));
              return reply(ctx.auth.refresh(in->refreshToken, in->deviceId),
                           [](const Tokens &t) { return t.toJson(); });
          });

    r.add("POST", QStringLiteral("/v1/auth/sign-out"), Access::SignedIn,
          [&ctx](const HttpRequest &, const AuthContext *caller) {
              auto done = ctx.auth.signOut(*caller);
              return done ? HttpResponse::noContent() : fail(done.error());
          });

    r.add("GET", QStringLiteral("/v1/me"), Access::SignedIn,
          [&ctx](const HttpRequest &, const AuthContext *caller) {
              QJsonObject device{{QStringLiteral("id"), caller->deviceId},
                                 {QStringLiteral("name"), caller->deviceName},
                                 {QStringLiteral("office_id"), caller->deviceOfficeId}};
              return HttpResponse::json({{QStringLiteral("account"), caller->account.toJson()},
                                         {QStringLiteral("device"), device}});
          });

    r.add("POST", QString(kPushPath), Access::CaseWorker,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto body = jsonBody(request, kMaxPushBytes);
              if (!body)
                  return fail(body.error());
              DecodeProblems problems;
              auto push = PushRequest::fromJson(*body, &problems);
              if (!push)
                  return fail(fromProblems(problems));
              return reply(ctx.push.push(*caller, *push),
                           [](const PushResponse &p) { return p.toJson(); });
          });

    r.add("GET", QStringLiteral("/v1/sync/pull"), Access::SignedIn,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              DecodeProblems problems;
              auto query = PullQuery::fromQuery(request.query, &problems);
              if (!query)
                  return fail(fromProblems(problems));
              return reply(ctx.pull.pull(*caller, *query),
                           [](const PullPage &p) { return p.toJson(); });
          });

    r.add("POST", QStringLiteral("/v1/cases/openings"), Access::CaseWorker,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &in) {
                  const QString number = in.text("case_number", 32);
                  return QStringList{number, in.text("reason", 2000)};
              });
              if (!input)
                  return fail(input.error());
              return reply(
                  ctx.push.openByNumber(*caller, input->at(0), input->at(1)),
                  [](const PushService::Opening &o) { return o.toJson(); }, 201);
          });

    // Any signed-in account's desk sends its own trail (an administrator's desk audits too).
    r.add("POST", QStringLiteral("/v1/audit/upload"), Access::SignedIn,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto body = jsonBody(request, kMaxAuditUploadBytes);
              if (!body)
                  return fail(body.error());
              DecodeProblems problems;
              auto upload = AuditUploadRequest::fromJson(*body, &problems);
              if (!upload)
                  return fail(fromProblems(problems));
              return reply(ctx.auditCopies.upload(*caller, *upload),
                           [](const AuditCopyStatus &s) { return s.toJson(); });
          });

    // --- administration -------------------------------------------------------------------
    r.add("GET", QStringLiteral("/v1/admin/accounts"), Access::Admin,
          [&ctx](const HttpRequest &, const AuthContext *) {
              return reply(ctx.accounts.list(), [](const QList<Account> &list) {
                  QJsonArray array;
                  for (const Account &a : list)
                      array << a.toJson();
                  return QJsonObject{{QStringLiteral("accounts"), array}};
              });
          });
    r.add("POST", QStringLiteral("/v1/admin/accounts"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &in) {
                  NewAccount a;
                  a.username = in.text("username", 64);
                  a.displayName = in.text("display_name", 200);
                  a.role = in.text("role", 20);
                  a.officeId = in.text("office_id", 32);
                  a.password = in.text("password", 1024).toUtf8();
                  return a;
              });
              if (!input)
                  return fail(input.error());
              auto created = ctx.accounts.create(*input, caller->account.id);
              input->password.fill('\0');
              return reply(created, accountJson, 201);
          });
    r.add("POST", QStringLiteral("/v1/admin/accounts/{id}/disable"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &) { return true; });
              if (!input)
                  return fail(input.error());
              return reply(
                  ctx.accounts.setActive(request.pathArgs.at(0), false, caller->account.id),
                  accountJson);
          });
    r.add("POST", QStringLiteral("/v1/admin/accounts/{id}/enable"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &) { return true; });
              if (!input)
                  return fail(input.error());
              return reply(ctx.accounts.setActive(request.pathArgs.at(0), true, caller->account.id),
                           accountJson);
          });
    r.add("POST", QStringLiteral("/v1/admin/accounts/{id}/reset-password"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(
                  request, [](JsonReader &in) { return in.text("password", 1024).toUtf8(); });
              if (!input)
                  return fail(input.error());
              auto done =
                  ctx.accounts.resetPassword(request.pathArgs.at(0), *input, caller->account.id);
              input->fill('\0');
              return reply(done, accountJson);
          });
    r.add("POST", QStringLiteral("/v1/admin/accounts/{id}/role"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &in) {
                  const QString role = in.text("role", 20);
                  return QStringList{role, in.string("office_id", false, 32)};
              });
              if (!input)
                  return fail(input.error());
              return reply(ctx.accounts.changeRole(request.pathArgs.at(0), input->at(0),
                                                   input->at(1), caller->account.id),
                           accountJson);
          });
    r.add("GET", QStringLiteral("/v1/admin/offices"), Access::Admin,
          [&ctx](const HttpRequest &, const AuthContext *) {
              return reply(ctx.accounts.offices(), [](const QList<Office> &list) {
                  QJsonArray array;
                  for (const Office &o : list)
                      array << o.toJson();
                  return QJsonObject{{QStringLiteral("offices"), array}};
              });
          });
    r.add("POST", QStringLiteral("/v1/admin/offices"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &in) {
                  const QString id = in.text("id", 32);
                  return QStringList{id, in.text("name", 200)};
              });
              if (!input)
                  return fail(input.error());
              return reply(
                  ctx.accounts.createOffice(input->at(0), input->at(1), caller->account.id),
                  [](const Office &o) { return o.toJson(); }, 201);
          });
    r.add("POST", QStringLiteral("/v1/admin/offices/{id}/rules"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              struct Input {
                  bool closure = true;
                  int weeks = 4;
              };
              auto input = strictBody(request, [](JsonReader &in) {
                  Input i;
                  i.closure = in.boolean("closure_needs_approval");
                  i.weeks = int(in.integer("new_counsellor_weeks", true, 0, 52).value_or(4));
                  return i;
              });
              if (!input)
                  return fail(input.error());
              return reply(ctx.accounts.setOfficeRules(request.pathArgs.at(0), input->closure,
                                                       input->weeks, caller->account.id),
                           [](const Office &o) { return o.toJson(); });
          });
    r.add("GET", QStringLiteral("/v1/admin/devices"), Access::Admin,
          [&ctx](const HttpRequest &, const AuthContext *) {
              return reply(ctx.devices.list(), [](const QList<Device> &list) {
                  QJsonArray array;
                  for (const Device &d : list)
                      array << d.toJson();
                  return QJsonObject{{QStringLiteral("devices"), array}};
              });
          });
    r.add(
        "POST", QStringLiteral("/v1/admin/devices/enrolment-codes"), Access::Admin,
        [&ctx](const HttpRequest &request, const AuthContext *caller) {
            struct Input {
                QString office;
                QString name;
                int hours;
            };
            auto input = strictBody(request, [](JsonReader &in) {
                Input i;
                i.office = in.text("office_id", 32);
                i.name = in.text("device_name", 100);
                i.hours = int(in.integer("valid_hours", false, 1, 168).value_or(24));
                return i;
            });
            if (!input)
                return fail(input.error());
            return reply(
                ctx.devices.issueCode(input->office, input->name, input->hours, caller->account.id),
                [](const EnrolmentCode &c) {
                    return QJsonObject{{QStringLiteral("code"), c.code},
                                       {QStringLiteral("expires_at"), c.expiresAt}};
                },
                201);
        });
    r.add("POST", QStringLiteral("/v1/admin/devices/{id}/revoke"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              auto input = strictBody(request, [](JsonReader &) { return true; });
              if (!input)
                  return fail(input.error());
              return reply(ctx.devices.revoke(request.pathArgs.at(0), caller->account.id),
                           [](const Device &d) { return d.toJson(); });
          });
    r.add("GET", QStringLiteral("/v1/admin/directory"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *) {
              const QString name = request.query.queryItemValue(QStringLiteral("format"));
              const auto format =
                  DirectoryService::formatFromName(name.isEmpty() ? QStringLiteral("json") : name);
              if (!format)
                  return fail(ApiError::invalid(QStringLiteral("format is json or csv."),
                                                QStringLiteral("format")));
              auto file = ctx.directory.exportAll(*format);
              if (!file)
                  return fail(file.error());
              return HttpResponse::text(*file,
                                        *format == DirectoryFormat::Csv
                                            ? QByteArrayLiteral("text/csv; charset=utf-8")
                                            : QByteArrayLiteral("application/json; charset=utf-8"));
          });
    r.add("POST", QStringLiteral("/v1/admin/directory/import"), Access::Admin,
          [&ctx](const HttpRequest &request, const AuthContext *caller) {
              if (request.body.size() > kDirectoryBody)
                  return fail(ApiError{413,
                                       QStringLiteral("too_large"),
                                       QStringLiteral("A directory file may have up to 16 MiB."),
                                       {},
                                       0,
                                       {},
                                       {}});
              const QByteArray type = request.header("content-type").toLower();
              const DirectoryFormat format =
                  type.startsWith("text/csv") ? DirectoryFormat::Csv : DirectoryFormat::Json;
              return reply(ctx.directory.import(request.body, format, caller->account.id),
                           [](const DirectoryImportSummary &s) { return s.toJson(); });
          });
    r.add("GET", QStringLiteral("/v1/admin/audit/devices"), Access::Admin,
          [&ctx](const HttpRequest &, const AuthContext *) {
              return reply(ctx.auditCopies.verifyAll(), [](const QList<DeviceAuditCopy> &list) {
                  QJsonArray array;
                  for (const DeviceAuditCopy &c : list)
                      array << c.toJson();
                  return QJsonObject{{QStringLiteral("devices"), array}};
              });
          });
    return r;
}

} // namespace helpline::server
