#include "core/protocol/syncmessages.h"

#include "core/protocol/recorddecoder.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <climits>

namespace helpline {

namespace {

constexpr int kMaxId = 64;
constexpr int kMaxToken = 256;
constexpr int kMaxPassword = 1024;
constexpr int kMaxName = 100;
constexpr int kMaxReason = 2000;
constexpr int kMaxLostFields = 100;

QString oneOfMessage(const QString &path, const QStringList &allowed)
{
    return QCoreApplication::translate("helpline::RecordDecoder", "\"%1\" must be one of: %2.")
        .arg(path, allowed.join(QStringLiteral(", ")));
}

void oneOf(JsonReader &reader, const char *key, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(value))
        reader.addProblem(key, problemcode::kInvalidRequest,
                          oneOfMessage(reader.pathOf(key), allowed));
}

int toInt(const std::optional<qint64> &value)
{
    return value ? static_cast<int>(*value) : 0;
}

template<typename T>
std::optional<T> done(JsonReader &reader, T value)
{
    reader.finish();
    if (!reader.ok())
        return std::nullopt;
    return value;
}

template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace

const QStringList &pullStreams()
{
    static const QStringList streams{QStringLiteral("directory"), QStringLiteral("taxonomy"),
                                     QStringLiteral("forms"), QStringLiteral("accounts"),
                                     QStringLiteral("cases")};
    return streams;
}

const QStringList &lostSides()
{
    static const QStringList sides{QStringLiteral("incoming"), QStringLiteral("stored")};
    return sides;
}

const QStringList &pushOutcomes()
{
    static const QStringList outcomes{QStringLiteral("applied"), QStringLiteral("duplicate"),
                                      QStringLiteral("merged"), QStringLiteral("rejected")};
    return outcomes;
}

// PushItem ------------------------------------------------------------------------------------

std::optional<PushItem> PushItem::fromJson(const QJsonObject &object, DecodeProblems *problems,
                                           const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    PushItem item;
    const qsizetype before = r.problems()->size();
    item.type = r.string("type", true, kMaxId);
    if (r.problems()->size() == before)
        oneOf(r, "type", item.type, recordTypes());
    const qsizetype beforeId = r.problems()->size();
    item.id = r.string("id", true, kMaxId);
    if (!isUuid(item.id) && r.problems()->size() == beforeId)
        r.addProblem("id", problemcode::kInvalidRequest,
                     QCoreApplication::translate(
                         "helpline::RecordDecoder",
                         "\"%1\" must be a UUID such as 0192d3a4-5b6c-7d8e-9f01-23456789abcd.")
                         .arg(r.pathOf("id")));
    item.revision = toInt(r.integer("revision", true, 1, INT_MAX));
    item.changedFields = r.stringList("changed_fields", false, 100, kMaxId);
    item.hlc = r.string("hlc", false, kMaxId);
    item.base = r.object("base", false);
    // Strict like any object: a base value for a field the item does not change would be
    // ignored, so the desk could believe it was compared.
    for (auto it = item.base.constBegin(); it != item.base.constEnd(); ++it) {
        if (item.changedFields.contains(it.key()))
            continue;
        const QString shown =
            it.key().size() > kMaxId ? it.key().left(kMaxId) + QStringLiteral("…") : it.key();
        const QString keyPath = jsonPath(r.pathOf("base"), shown);
        r.problems()->append(
            {keyPath, QString(problemcode::kUnknownField),
             QCoreApplication::translate("helpline::JsonReader", "\"%1\" is not a known field.")
                 .arg(keyPath)});
    }
    item.record = r.object("record");
    return done(r, std::move(item));
}

QJsonObject PushItem::toJson() const
{
    QJsonObject object{{QStringLiteral("type"), type},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("record"), record}};
    if (!changedFields.isEmpty())
        object.insert(QStringLiteral("changed_fields"), QJsonArray::fromStringList(changedFields));
    if (!hlc.isEmpty())
        object.insert(QStringLiteral("hlc"), hlc);
    if (!base.isEmpty())
        object.insert(QStringLiteral("base"), base);
    return object;
}

// PushRequest ---------------------------------------------------------------------------------

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject &object,
                                                 DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    PushRequest request;
    request.deviceId = r.text("device_id", kMaxId);
    const QJsonArray records = r.array("records", true, -1);
    if (records.size() > kMaxPushRecords) {
        r.addProblem("records", problemcode::kTooLarge,
                     QCoreApplication::translate("helpline::SyncMessages",
                                                 "A push may hold at most %1 records.")
                         .arg(kMaxPushRecords));
    } else {
        request.items = decodeObjects<PushItem>(r, "records", records, PushItem::fromJson);
    }
    return done(r, std::move(request));
}

QJsonObject PushRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("records"), toArray(items)}};
}

// LostField -----------------------------------------------------------------------------------

std::optional<LostField> LostField::fromJson(const QJsonObject &object, DecodeProblems *problems,
                                             const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    LostField lost;
    lost.field = r.text("field", kMaxId);
    lost.value = r.value("value");
    lost.winningValue = r.value("winning_value");
    lost.winningHlc = r.string("winning_hlc", true, kMaxId);
    lost.lostHlc = r.string("lost_hlc", true, kMaxId);
    const qsizetype before = r.problems()->size();
    lost.lostSide = r.string("lost_side", true, kMaxId);
    if (r.problems()->size() == before)
        oneOf(r, "lost_side", lost.lostSide, lostSides());
    return done(r, std::move(lost));
}

QJsonObject LostField::toJson() const
{
    return QJsonObject{{QStringLiteral("field"), field},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("winning_value"), winningValue},
                       {QStringLiteral("winning_hlc"), winningHlc},
                       {QStringLiteral("lost_hlc"), lostHlc},
                       {QStringLiteral("lost_side"), lostSide}};
}

// PushResult ----------------------------------------------------------------------------------

std::optional<PushResult> PushResult::fromJson(const QJsonObject &object, DecodeProblems *problems,
                                               const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    PushResult result;
    result.id = r.text("id", kMaxId);
    result.revision = toInt(r.integer("revision", true, 0, INT_MAX));
    const qsizetype before = r.problems()->size();
    result.result = r.string("result", true, kMaxId);
    if (r.problems()->size() == before)
        oneOf(r, "result", result.result, pushOutcomes());
    result.serverRevision = toInt(r.integer("server_revision", true, 0, INT_MAX));
    result.reason = r.string("reason", false, kMaxReason);
    result.field = r.string("field", false, kMaxReason);
    result.lost = decodeObjects<LostField>(r, "lost", r.array("lost", false, kMaxLostFields),
                                           LostField::fromJson);
    return done(r, std::move(result));
}

QJsonObject PushResult::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("result"), result},
                       {QStringLiteral("server_revision"), serverRevision}};
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    if (!lost.isEmpty())
        object.insert(QStringLiteral("lost"), toArray(lost));
    return object;
}

// PushResponse --------------------------------------------------------------------------------

std::optional<PushResponse> PushResponse::fromJson(const QJsonObject &object,
                                                   DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    PushResponse response;
    response.results = decodeObjects<PushResult>(
        r, "results", r.array("results", true, kMaxPushRecords), PushResult::fromJson);
    return done(r, std::move(response));
}

QJsonObject PushResponse::toJson() const
{
    return QJsonObject{{QStringLiteral("results"), toArray(results)}};
}

// PullQuery -----------------------------------------------------------------------------------

std::optional<PullQuery> PullQuery::fromQuery(const QUrlQuery &query, DecodeProblems *problems)
{
    DecodeProblems local;
    DecodeProblems &out = problems ? *problems : local;
    const qsizetype before = out.size();
    auto add = [&](const QString &name, QLatin1String code, const QString &message) {
        out.append({name, QString(code), message});
    };
    PullQuery pull;
    bool hasStream = false;
    QSet<QString> seen;
    // A whole number of at most 18 digits (no sign, no spaces) within [min, max].
    auto number = [&](const QString &name, const QString &text, qint64 min, qint64 max) {
        bool valid = !text.isEmpty() && text.size() <= 18;
        for (const QChar c : text)
            valid = valid && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const qint64 value = valid ? text.toLongLong() : -1;
        if (!valid || value < min || value > max) {
            add(name, problemcode::kInvalidRequest,
                QCoreApplication::translate("helpline::JsonReader",
                                            "\"%1\" must be between %2 and %3.")
                    .arg(name)
                    .arg(min)
                    .arg(max));
            return min;
        }
        return value;
    };
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (seen.contains(name)) {
            add(name, problemcode::kInvalidRequest,
                QCoreApplication::translate("helpline::SyncMessages",
                                            "\"%1\" is given more than once.")
                    .arg(name));
            continue;
        }
        seen.insert(name);
        if (name == QLatin1String("stream")) {
            hasStream = true;
            pull.stream = value;
            if (!pullStreams().contains(value))
                add(name, problemcode::kInvalidRequest, oneOfMessage(name, pullStreams()));
        } else if (name == QLatin1String("cursor")) {
            pull.cursor = number(name, value, 0, std::numeric_limits<qint64>::max());
        } else if (name == QLatin1String("limit")) {
            pull.limit = int(number(name, value, kMinPullLimit, kMaxPullLimit));
        } else if (name == QLatin1String("own")) {
            const QStringList allowed{QStringLiteral("include"), QStringLiteral("skip")};
            pull.skipOwn = value == QLatin1String("skip");
            if (!allowed.contains(value))
                add(name, problemcode::kInvalidRequest, oneOfMessage(name, allowed));
        } else {
            const QString shown = name.size() > 64 ? name.left(64) + QStringLiteral("…") : name;
            add(shown, problemcode::kUnknownField,
                QCoreApplication::translate("helpline::JsonReader", "\"%1\" is not a known field.")
                    .arg(shown));
        }
    }
    if (!hasStream)
        add(QStringLiteral("stream"), problemcode::kMissingField,
            QCoreApplication::translate("helpline::JsonReader", "\"%1\" is required.")
                .arg(QStringLiteral("stream")));
    if (out.size() != before)
        return std::nullopt;
    return pull;
}

QUrlQuery PullQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), stream);
    query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (skipOwn)
        query.addQueryItem(QStringLiteral("own"), QStringLiteral("skip"));
    return query;
}

// PullItem / PullPage -------------------------------------------------------------------------

std::optional<PullItem> PullItem::fromJson(const QJsonObject &object, DecodeProblems *problems,
                                           const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    PullItem item;
    item.seq = r.integer("seq", true, 1, JsonReader::kMaxInteger).value_or(0);
    item.type = r.text("type", kMaxId);
    item.id = r.text("id", kMaxId);
    item.revision = toInt(r.integer("revision", true, 0, INT_MAX));
    item.deleted = r.boolean("deleted");
    item.record = r.object("record");
    return done(r, std::move(item));
}

QJsonObject PullItem::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},         {QStringLiteral("type"), type},
                       {QStringLiteral("id"), id},           {QStringLiteral("revision"), revision},
                       {QStringLiteral("deleted"), deleted}, {QStringLiteral("record"), record}};
}

std::optional<PullPage> PullPage::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    PullPage page;
    const qsizetype before = r.problems()->size();
    page.stream = r.string("stream", true, kMaxId);
    if (r.problems()->size() == before)
        oneOf(r, "stream", page.stream, pullStreams());
    page.cursor = r.integer("cursor", true, 0, JsonReader::kMaxInteger).value_or(0);
    page.more = r.boolean("more");
    page.items = decodeObjects<PullItem>(r, "items", r.array("items", true, kMaxPullLimit),
                                         PullItem::fromJson);
    return done(r, std::move(page));
}

QJsonObject PullPage::toJson() const
{
    return QJsonObject{{QStringLiteral("stream"), stream},
                       {QStringLiteral("cursor"), cursor},
                       {QStringLiteral("more"), more},
                       {QStringLiteral("items"), toArray(items)}};
}

// Sign-in, refresh, enrolment -----------------------------------------------------------------

std::optional<SignInRequest> SignInRequest::fromJson(const QJsonObject &object,
                                                     DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    SignInRequest request;
    request.username = r.text("username", kMaxName);
    // Not trimmed: spaces are part of a password. Empty is still no password.
    const qsizetype before = r.problems()->size();
    const QString password = r.string("password", true, kMaxPassword);
    if (r.problems()->size() == before && password.isEmpty())
        r.addProblem(
            "password", problemcode::kInvalidRequest,
            QCoreApplication::translate("helpline::JsonReader", "\"%1\" must not be empty.")
                .arg(r.pathOf("password")));
    request.password = password.toUtf8();
    request.deviceId = r.text("device_id", kMaxId);
    request.deviceSecret = r.text("device_secret", kMaxToken);
    request.requestEscrow = r.boolean("request_escrow", false);
    return done(r, std::move(request));
}

QJsonObject SignInRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("username"), username},
                       {QStringLiteral("password"), QString::fromUtf8(password)},
                       {QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("device_secret"), deviceSecret}};
    if (requestEscrow)
        object.insert(QStringLiteral("request_escrow"), true);
    return object;
}

std::optional<RefreshRequest> RefreshRequest::fromJson(const QJsonObject &object,
                                                       DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    RefreshRequest request;
    request.refreshToken = r.text("refresh_token", kMaxToken);
    request.deviceId = r.text("device_id", kMaxId);
    return done(r, std::move(request));
}

QJsonObject RefreshRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("device_id"), deviceId}};
}

std::optional<EnrolRequest> EnrolRequest::fromJson(const QJsonObject &object,
                                                   DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    EnrolRequest request;
    request.code = r.text("code", kMaxId);
    request.deviceName = r.text("device_name", kMaxName);
    return done(r, std::move(request));
}

QJsonObject EnrolRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("device_name"), deviceName}};
}

namespace {

QByteArray escrowKeyFrom(JsonReader &r, const char *key, bool required)
{
    const QString text = r.string(key, required, 100);
    if (text.isEmpty())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) {
        r.addProblem(key, problemcode::kInvalidRequest,
                     QCoreApplication::translate("SyncMessages",
                                                 "The escrow key is not 32 bytes of base64."));
        return {};
    }
    return decoded.decoded;
}

} // namespace

std::optional<EnrolReply> EnrolReply::fromJson(const QJsonObject &object, DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    EnrolReply reply;
    reply.deviceId = r.text("device_id", kMaxId);
    reply.deviceSecret = r.text("device_secret", 200);
    reply.officeId = r.text("office_id", kMaxId);
    reply.escrowKey = escrowKeyFrom(r, "escrow_key", true);
    return done(r, std::move(reply));
}

std::optional<AccountProfile>
AccountProfile::fromJson(const QJsonObject &object, DecodeProblems *problems, const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    AccountProfile account;
    account.id = r.text("id", kMaxId);
    account.username = r.text("username", kMaxName);
    account.displayName = r.text("display_name", kMaxName);
    account.role = r.text("role", kMaxId);
    if (!account.role.isEmpty() && account.role != QLatin1String("counsellor") &&
        account.role != QLatin1String("supervisor") && account.role != QLatin1String("admin"))
        r.addProblem("role", problemcode::kInvalidRequest,
                     QCoreApplication::translate("SyncMessages", "Unknown role."));
    account.officeId = r.text("office_id", kMaxId);
    account.active = r.boolean("active", false, true);
    account.lockedUntil = r.time("locked_until", false);
    return done(r, std::move(account));
}

QJsonObject officeRulesToJson(const ReviewRules &rules)
{
    return {{QStringLiteral("closure_needs_approval"), rules.closureNeedsApproval},
            {QStringLiteral("new_counsellor_weeks"), rules.newCounsellorWeeks}};
}

std::optional<SessionTokens> SessionTokens::fromJson(const QJsonObject &object,
                                                     DecodeProblems *problems)
{
    DecodeProblems local;
    DecodeProblems *sink = problems ? problems : &local;
    JsonReader r(object, QString(), sink);
    SessionTokens tokens;
    tokens.accessToken = r.text("access_token", 200);
    tokens.accessExpiresAt = r.time("access_expires_at");
    tokens.refreshToken = r.text("refresh_token", 200);
    tokens.refreshExpiresAt = r.time("refresh_expires_at");
    const QJsonObject account = r.object("account");
    if (auto profile = AccountProfile::fromJson(account, sink, r.pathOf("account")))
        tokens.account = *profile;
    tokens.escrowKey = escrowKeyFrom(r, "escrow_key", false);
    if (r.contains("office_rules")) {
        JsonReader rules = r.child("office_rules", false);
        if (rules.present()) {
            ReviewRules office;
            office.closureNeedsApproval = rules.boolean("closure_needs_approval");
            office.newCounsellorWeeks = int(
                rules.integer("new_counsellor_weeks", true, 0, ReviewRules::maxNewCounsellorWeeks)
                    .value_or(0));
            rules.finish();
            tokens.officeRules = office;
        }
    }
    return done(r, std::move(tokens));
}

QJsonObject CaseOpeningRequest::toJson() const
{
    return {{QStringLiteral("case_number"), caseNumber}, {QStringLiteral("reason"), reason}};
}

std::optional<CaseOpeningReply> CaseOpeningReply::fromJson(const QJsonObject &object,
                                                           DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    CaseOpeningReply reply;
    reply.caseId = r.text("case_id", kMaxId);
    reply.eventId = r.text("event_id", kMaxId);
    reply.kind = r.text("kind", kMaxId);
    reply.until = r.time("until");
    if (!reply.kind.isEmpty())
        oneOf(r, "kind", reply.kind,
              {QStringLiteral("break_glass"), QStringLiteral("reason"),
               QStringLiteral("admin_reason")});
    return done(r, std::move(reply));
}

std::optional<ServerError> ServerError::fromJson(const QJsonObject &object)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject o = error.toObject();
    const QJsonValue code = o.value(QLatin1String("code"));
    const QJsonValue message = o.value(QLatin1String("message"));
    if (!code.isString() || !message.isString())
        return std::nullopt;
    ServerError e;
    e.code = code.toString().left(kMaxId);
    e.message = message.toString().left(2000);
    e.field = o.value(QLatin1String("field")).toString().left(200);
    return e;
}

} // namespace helpline
