// libFuzzer target: any bytes as a request body, through the server's limits (parseJsonObject
// with kMaxPushBytes and kMaxJsonDepth) and then every strict decoder of core/protocol (the
// sync, sign-in and audit-copy messages), and as the query string of a pull. Besides crashes
// and sanitizer reports it checks that
// - a decoder returns a value exactly when it reported no problem, and every problem has a
//   known code and a message;
// - whatever decodes, encodes to JSON that decodes again to the same JSON (decoders and
//   encoders stay symmetric).
// FUZZ_VERBOSE=1 prints what each input decoded to (for keeping tests/fuzz/corpus useful).
#include "core/domain/recordjson.h"
#include "core/protocol/auditmessages.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/recorddecoder.h"
#include "core/protocol/syncmessages.h"

#include <QUrlQuery>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace helpline;

namespace {

const DecodeContext &context()
{
    // A fixed clock: the same input always gives the same answer.
    static const DecodeContext fixed{QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), {}};
    return fixed;
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIntValue("FUZZ_VERBOSE") != 0;
    return on;
}

[[noreturn]] void fail(const char *what, const char *detail)
{
    std::fprintf(stderr, "fuzz_requests: %s (%s)\n", what, detail);
    std::abort();
}

void report(const char *what, bool ok, const DecodeProblems &problems)
{
    if (!verbose())
        return;
    std::fprintf(stderr, "  %-12s %s\n", what, ok ? "ok" : "rejected");
    for (const DecodeProblem &p : problems)
        std::fprintf(stderr, "    %s %s: %s\n", qPrintable(p.path), qPrintable(p.code),
                     qPrintable(p.message));
}

void checkProblems(const char *what, bool ok, const DecodeProblems &problems)
{
    report(what, ok, problems);
    if (ok != problems.isEmpty())
        fail("a value and problems, or neither", what);
    static const QLatin1String codes[] = {problemcode::kInvalidRequest, problemcode::kUnknownField,
                                          problemcode::kMissingField,   problemcode::kWrongType,
                                          problemcode::kTooLarge,       problemcode::kTooDeep};
    for (const DecodeProblem &p : problems) {
        if (std::find(std::begin(codes), std::end(codes), p.code) == std::end(codes))
            fail("unknown problem code", what);
        if (p.message.isEmpty())
            fail("problem without a message", what);
    }
}

// fromJson(object) of a message; when it decodes, toJson() must decode to the same JSON again.
template<typename Message>
void message(const char *what, const QJsonObject &object)
{
    DecodeProblems problems;
    const std::optional<Message> first = Message::fromJson(object, &problems);
    checkProblems(what, first.has_value(), problems);
    if (!first)
        return;
    const QJsonObject encoded = first->toJson();
    DecodeProblems again;
    const std::optional<Message> second = Message::fromJson(encoded, &again);
    if (!second || second->toJson() != encoded)
        fail("toJson() of a decoded message does not decode to itself", what);
}

// The same for a record: `decode(object, problems)` and helpline::toJson(). Returns whether
// the object is a valid record.
template<typename Decode>
bool record(const char *what, const QJsonObject &object, Decode decode)
{
    DecodeProblems problems;
    const auto first = decode(object, &problems);
    checkProblems(what, first.has_value(), problems);
    if (!first)
        return false;
    const QJsonObject encoded = toJson(*first);
    DecodeProblems again;
    const auto second = decode(encoded, &again);
    if (!second || toJson(*second) != encoded)
        fail("toJson() of a decoded record does not decode to itself", what);
    return true;
}

// The typed decoder of `type` (one of recordTypes()), with the round trip above.
bool typedRecord(const QString &type, const QJsonObject &object, const QString &path)
{
    const QByteArray name = type.toUtf8();
    const char *what = name.constData();
    if (type == QLatin1String("person"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return personFromJson(o, path, p, context());
        });
    if (type == QLatin1String("contact"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return contactFromJson(o, path, p, context());
        });
    if (type == QLatin1String("case"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return caseFromJson(o, path, p);
        });
    if (type == QLatin1String("note"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return noteFromJson(o, path, p);
        });
    if (type == QLatin1String("referral"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return referralFromJson(o, path, p);
        });
    if (type == QLatin1String("follow_up"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return followUpFromJson(o, path, p);
        });
    if (type == QLatin1String("case_event"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return caseEventFromJson(o, path, p);
        });
    if (type == QLatin1String("case_member"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return caseMemberFromJson(o, path, p);
        });
    if (type == QLatin1String("attachment"))
        return record(what, object, [&](const QJsonObject &o, DecodeProblems *p) {
            return attachmentFromJson(o, path, p);
        });
    fail("a record type without a decoder", what);
}

// The whole body as a record of each type.
void records(const QJsonObject &object)
{
    for (const QString &type : recordTypes())
        typedRecord(type, object, QStringLiteral("record"));
}

// As the server handles a push: the request, then each record by its type.
void push(const QJsonObject &object)
{
    DecodeProblems problems;
    const std::optional<PushRequest> request = PushRequest::fromJson(object, &problems);
    if (!request)
        return;
    for (qsizetype i = 0; i < request->items.size(); ++i) {
        const PushItem &item = request->items.at(i);
        const QString path = jsonPath(jsonPath(QStringLiteral("records"), i), u"record");
        DecodeProblems itemProblems;
        const bool valid = decodeRecord(item.type, item.record, path, &itemProblems, context());
        checkProblems("push record", valid, itemProblems);
        if (typedRecord(item.type, item.record, path) != valid)
            fail("decodeRecord() and the typed decoder disagree", "push record");
    }
}

void pullQuery(const QByteArray &bytes)
{
    if (!bytes.isValidUtf8())
        return;
    DecodeProblems problems;
    const std::optional<PullQuery> query =
        PullQuery::fromQuery(QUrlQuery(QString::fromUtf8(bytes)), &problems);
    checkProblems("pull query", query.has_value(), problems);
    if (!query)
        return;
    const std::optional<PullQuery> again = PullQuery::fromQuery(query->toQuery(), nullptr);
    if (!again || again->stream != query->stream || again->cursor != query->cursor ||
        again->limit != query->limit)
        fail("toQuery() of a decoded pull query does not decode to itself", "pull query");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    pullQuery(bytes);

    const ParsedJson parsed = parseJsonObject(bytes, kMaxPushBytes, kMaxJsonDepth);
    if (!parsed.ok()) {
        checkProblems("body", false, {*parsed.problem});
        return 0;
    }
    if (jsonNestingDepth(bytes, kMaxJsonDepth) > kMaxJsonDepth)
        fail("parsed a body nested deeper than the limit", "body");

    const QJsonObject &object = parsed.object;
    message<PushRequest>("push", object);
    message<PushItem>("push item", object);
    message<PushResponse>("push reply", object);
    message<PushResult>("push result", object);
    message<LostField>("lost field", object);
    message<PullPage>("pull page", object);
    message<PullItem>("pull item", object);
    message<SignInRequest>("sign-in", object);
    message<RefreshRequest>("refresh", object);
    message<EnrolRequest>("enrol", object);
    message<AuditUploadRequest>("audit upload", object);
    message<AuditCopyStatus>("audit copy", object);
    push(object);
    records(object);
    return 0;
}
