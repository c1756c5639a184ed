// core/protocol/syncmessages: the sync and sign-in messages, strict both ways.
#include <catch2/catch.hpp>

#include "core/domain/auditentry.h"
#include "core/domain/recordjson.h"
#include "core/protocol/auditmessages.h"
#include "core/protocol/recorddecoder.h"
#include "core/protocol/syncmessages.h"
#include "core/util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace helpline;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);

std::string describe(const DecodeProblems &problems)
{
    QString text;
    for (const DecodeProblem &p : problems)
        text += p.path + QLatin1Char(' ') + p.code + QLatin1String(": ") + p.message +
                QLatin1Char('\n');
    return text.toStdString();
}

bool has(const DecodeProblems &problems, const char *path, QLatin1String code)
{
    return std::any_of(problems.begin(), problems.end(), [&](const DecodeProblem &p) {
        return p.path == QLatin1String(path) && p.code == code;
    });
}

Note note()
{
    Note n;
    n.meta.id = newUuidV7(kNow);
    n.meta.createdAt = kNow;
    n.meta.updatedAt = kNow;
    n.meta.createdBy = QStringLiteral("acc-1");
    n.meta.originDevice = QStringLiteral("desk-1");
    n.meta.revision = 2;
    n.caseId = newUuidV7(kNow);
    n.body = QStringLiteral("Qeyd");
    return n;
}

PushItem itemFor(const Note &n)
{
    PushItem item;
    item.type = QStringLiteral("note");
    item.id = n.meta.id;
    item.revision = n.meta.revision;
    item.record = toJson(n);
    return item;
}

PushRequest request(int records)
{
    PushRequest r;
    r.deviceId = QStringLiteral("desk-1");
    for (int i = 0; i < records; ++i)
        r.items << itemFor(note());
    return r;
}

} // namespace

TEST_CASE("a push request survives toJson and back", "[protocol]")
{
    PushRequest original = request(2);
    original.items[1].changedFields = {QStringLiteral("body"), QStringLiteral("kind")};
    original.items[1].hlc = QStringLiteral("1764298800000:0003:desk-1");
    // Any JSON value, null included: the field may have been empty before.
    original.items[1].base = {{QStringLiteral("body"), QStringLiteral("Qeyd əvvəl")},
                              {QStringLiteral("kind"), QJsonValue(QJsonValue::Null)}};
    DecodeProblems problems;
    const auto decoded = PushRequest::fromJson(original.toJson(), &problems);
    INFO(describe(problems));
    REQUIRE(decoded.has_value());
    CHECK(decoded->deviceId == original.deviceId);
    REQUIRE(decoded->items.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(decoded->items[i].type == original.items[i].type);
        CHECK(decoded->items[i].id == original.items[i].id);
        CHECK(decoded->items[i].revision == original.items[i].revision);
        CHECK(decoded->items[i].changedFields == original.items[i].changedFields);
        CHECK(decoded->items[i].hlc == original.items[i].hlc);
        CHECK(decoded->items[i].base == original.items[i].base);
        CHECK(decoded->items[i].record == original.items[i].record);
    }
    // The records are decoded afterwards by their type, with their path in the request.
    for (qsizetype i = 0; i < decoded->items.size(); ++i)
        CHECK(decodeRecord(decoded->items[i].type, decoded->items[i].record,
                           jsonPath(jsonPath(QStringLiteral("records"), i), u"record"), &problems,
                           DecodeContext{kNow, {}}));
    CHECK(problems.isEmpty());
}

TEST_CASE("a push holds at most 500 records", "[protocol]")
{
    CHECK(PushRequest::fromJson(request(kMaxPushRecords).toJson(), nullptr).has_value());
    DecodeProblems problems;
    CHECK_FALSE(PushRequest::fromJson(request(kMaxPushRecords + 1).toJson(), &problems));
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(has(problems, "records", problemcode::kTooLarge));
}

TEST_CASE("a push body over 4 MiB is too large before it is parsed", "[protocol]")
{
    PushRequest big = request(1);
    big.items[0].record.insert(QStringLiteral("body"),
                               QString(int(kMaxPushBytes), QLatin1Char('x')));
    const QByteArray body = QJsonDocument(big.toJson()).toJson(QJsonDocument::Compact);
    REQUIRE(body.size() > kMaxPushBytes);
    const ParsedJson parsed = parseJsonObject(body, kMaxPushBytes, kMaxJsonDepth);
    REQUIRE(parsed.problem.has_value());
    CHECK(parsed.problem->code == problemcode::kTooLarge);
    CHECK(parseJsonObject(QJsonDocument(request(3).toJson()).toJson(), kMaxPushBytes, kMaxJsonDepth)
              .ok());
}

TEST_CASE("push items are strict", "[protocol]")
{
    const QJsonObject good = request(1).toJson();
    auto withItem = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject body = good;
        QJsonArray records = body.value(QStringLiteral("records")).toArray();
        QJsonObject item = records.at(0).toObject();
        change(item);
        records.replace(0, item);
        body.insert(QStringLiteral("records"), records);
        DecodeProblems problems;
        const bool ok = PushRequest::fromJson(body, &problems).has_value();
        CHECK_FALSE(ok);
        return problems;
    };
    auto one = [](const DecodeProblems &problems, const char *path, QLatin1String code) {
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(has(problems, path, code));
    };
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("type"), QStringLiteral("memo")); }),
        "records[0].type", problemcode::kInvalidRequest);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("type"), 3); }), "records[0].type",
        problemcode::kWrongType);
    one(withItem([](QJsonObject &i) { i.remove(QStringLiteral("record")); }), "records[0].record",
        problemcode::kMissingField);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("record"), QJsonArray()); }),
        "records[0].record", problemcode::kWrongType);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("revision"), 0); }),
        "records[0].revision", problemcode::kInvalidRequest);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("id"), QStringLiteral("n-1")); }),
        "records[0].id", problemcode::kInvalidRequest);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("deleted"), true); }),
        "records[0].deleted", problemcode::kUnknownField);
    one(withItem([](QJsonObject &i) { i.insert(QStringLiteral("changed_fields"), 1); }),
        "records[0].changed_fields", problemcode::kWrongType);
    // That the record's id is the item's is the push handler's check: it rejects that item only,
    // not the whole push.
    QJsonObject otherId = good;
    QJsonArray otherRecords = otherId.value(QStringLiteral("records")).toArray();
    QJsonObject otherItem = otherRecords.at(0).toObject();
    QJsonObject otherRecord = otherItem.value(QStringLiteral("record")).toObject();
    otherRecord.insert(QStringLiteral("id"), newUuidV7(kNow));
    otherItem.insert(QStringLiteral("record"), otherRecord);
    otherRecords.replace(0, otherItem);
    otherId.insert(QStringLiteral("records"), otherRecords);
    CHECK(PushRequest::fromJson(otherId, nullptr).has_value());

    QJsonObject notObject = good;
    notObject.insert(
        QStringLiteral("records"),
        QJsonArray{good.value(QStringLiteral("records")).toArray().at(0), QStringLiteral("x")});
    DecodeProblems problems;
    CHECK_FALSE(PushRequest::fromJson(notObject, &problems));
    CHECK(problems.size() == 1);
    CHECK(has(problems, "records[1]", problemcode::kWrongType));

    QJsonObject noDevice = good;
    noDevice.remove(QStringLiteral("device_id"));
    noDevice.insert(QStringLiteral("device"), QStringLiteral("desk-1"));
    DecodeProblems deviceProblems;
    CHECK_FALSE(PushRequest::fromJson(noDevice, &deviceProblems));
    CHECK(deviceProblems.size() == 2);
    CHECK(has(deviceProblems, "device_id", problemcode::kMissingField));
    CHECK(has(deviceProblems, "device", problemcode::kUnknownField));
}

TEST_CASE("push results and lost fields survive toJson and back", "[protocol]")
{
    PushResult merged;
    merged.id = newUuidV7(kNow);
    merged.revision = 3;
    merged.result = QStringLiteral("merged");
    merged.serverRevision = 5;
    merged.lost = {LostField{QStringLiteral("risk_level"), QJsonValue(QJsonValue::Null),
                             QStringLiteral("high"), QStringLiteral("hlc-2"),
                             QStringLiteral("hlc-1"), QStringLiteral("incoming")},
                   LostField{QStringLiteral("flags"), QJsonArray{QStringLiteral("a")}, QJsonArray(),
                             QStringLiteral("hlc-3"), QString(), QStringLiteral("stored")}};
    PushResult rejected;
    rejected.id = newUuidV7(kNow);
    rejected.revision = 1;
    rejected.result = QStringLiteral("rejected");
    rejected.reason = QStringLiteral("Unknown case status.");
    rejected.field = QStringLiteral("records[1].record.status");
    PushResponse response{{merged, rejected}};

    DecodeProblems problems;
    const auto decoded = PushResponse::fromJson(response.toJson(), &problems);
    INFO(describe(problems));
    REQUIRE(decoded.has_value());
    REQUIRE(decoded->results.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const PushResult &a = decoded->results[i];
        const PushResult &b = response.results[i];
        CHECK(a.id == b.id);
        CHECK(a.revision == b.revision);
        CHECK(a.result == b.result);
        CHECK(a.serverRevision == b.serverRevision);
        CHECK(a.reason == b.reason);
        CHECK(a.field == b.field);
        REQUIRE(a.lost.size() == b.lost.size());
        for (qsizetype j = 0; j < a.lost.size(); ++j) {
            CHECK(a.lost[j].field == b.lost[j].field);
            CHECK(a.lost[j].value == b.lost[j].value);
            CHECK(a.lost[j].winningValue == b.lost[j].winningValue);
            CHECK(a.lost[j].winningHlc == b.lost[j].winningHlc);
            CHECK(a.lost[j].lostHlc == b.lost[j].lostHlc);
            CHECK(a.lost[j].lostSide == b.lost[j].lostSide);
        }
    }
    CHECK(decoded->results[0].lost[0].value.isNull()); // null stays null, not absent

    QJsonObject bad = merged.toJson();
    bad.insert(QStringLiteral("result"), QStringLiteral("maybe"));
    QJsonArray lost = bad.value(QStringLiteral("lost")).toArray();
    QJsonObject firstLost = lost.at(0).toObject();
    firstLost.remove(QStringLiteral("value"));
    lost.replace(0, firstLost);
    bad.insert(QStringLiteral("lost"), lost);
    DecodeProblems badProblems;
    CHECK_FALSE(PushResponse::fromJson(QJsonObject{{QStringLiteral("results"), QJsonArray{bad}}},
                                       &badProblems));
    INFO(describe(badProblems));
    CHECK(badProblems.size() == 2);
    CHECK(has(badProblems, "results[0].result", problemcode::kInvalidRequest));
    CHECK(has(badProblems, "results[0].lost[0].value", problemcode::kMissingField));
}

TEST_CASE("a pull page survives toJson and back", "[protocol]")
{
    PullPage page;
    page.stream = QStringLiteral("cases");
    page.cursor = Q_INT64_C(12345678901);
    page.more = true;
    PullItem item;
    item.seq = Q_INT64_C(12345678900);
    item.type = QStringLiteral("note");
    item.id = newUuidV7(kNow);
    item.revision = 4;
    item.deleted = true;
    item.record = toJson(note());
    page.items = {item};

    DecodeProblems problems;
    const auto decoded = PullPage::fromJson(page.toJson(), &problems);
    INFO(describe(problems));
    REQUIRE(decoded.has_value());
    CHECK(decoded->stream == page.stream);
    CHECK(decoded->cursor == page.cursor);
    CHECK(decoded->more == page.more);
    REQUIRE(decoded->items.size() == 1);
    CHECK(decoded->items[0].seq == item.seq);
    CHECK(decoded->items[0].type == item.type);
    CHECK(decoded->items[0].id == item.id);
    CHECK(decoded->items[0].revision == item.revision);
    CHECK(decoded->items[0].deleted == item.deleted);
    CHECK(decoded->items[0].record == item.record);

    QJsonObject bad = page.toJson();
    bad.insert(QStringLiteral("stream"), QStringLiteral("gossip"));
    bad.insert(QStringLiteral("cursor"), -1);
    DecodeProblems badProblems;
    CHECK_FALSE(PullPage::fromJson(bad, &badProblems));
    CHECK(badProblems.size() == 2);
    CHECK(has(badProblems, "stream", problemcode::kInvalidRequest));
    CHECK(has(badProblems, "cursor", problemcode::kInvalidRequest));

    QJsonObject tooMany = page.toJson();
    QJsonArray items;
    for (int i = 0; i <= kMaxPullLimit; ++i)
        items.append(item.toJson());
    tooMany.insert(QStringLiteral("items"), items);
    DecodeProblems manyProblems;
    CHECK_FALSE(PullPage::fromJson(tooMany, &manyProblems));
    CHECK(has(manyProblems, "items", problemcode::kInvalidRequest));
}

TEST_CASE("pull queries: stream required, cursor from 0, limit 1 to 1000", "[protocol]")
{
    auto parse = [](const char *text, DecodeProblems *problems = nullptr) {
        return PullQuery::fromQuery(QUrlQuery(QString::fromLatin1(text)), problems);
    };
    const auto defaults = parse("stream=cases");
    REQUIRE(defaults.has_value());
    CHECK(defaults->cursor == 0);
    CHECK(defaults->limit == kDefaultPullLimit);

    const auto full = parse("stream=directory&cursor=9007199254740993&limit=1000");
    REQUIRE(full.has_value());
    CHECK(full->stream.toStdString() == "directory");
    CHECK(full->cursor == Q_INT64_C(9007199254740993));
    CHECK(full->limit == 1000);
    CHECK(parse("limit=1&stream=forms").has_value());

    const auto back = PullQuery::fromQuery(full->toQuery(), nullptr);
    REQUIRE(back.has_value());
    CHECK(back->stream == full->stream);
    CHECK(back->cursor == full->cursor);
    CHECK(back->limit == full->limit);

    const struct {
        const char *query;
        const char *path;
        QLatin1String code;
    } bad[] = {
        {"cursor=5", "stream", problemcode::kMissingField},
        {"stream=gossip", "stream", problemcode::kInvalidRequest},
        {"stream=cases&limit=0", "limit", problemcode::kInvalidRequest},
        {"stream=cases&limit=1001", "limit", problemcode::kInvalidRequest},
        {"stream=cases&limit=ten", "limit", problemcode::kInvalidRequest},
        {"stream=cases&limit=", "limit", problemcode::kInvalidRequest},
        {"stream=cases&cursor=-1", "cursor", problemcode::kInvalidRequest},
        {"stream=cases&cursor=+1", "cursor", problemcode::kInvalidRequest},
        {"stream=cases&cursor=99999999999999999999", "cursor", problemcode::kInvalidRequest},
        {"stream=cases&stream=forms", "stream", problemcode::kInvalidRequest},
        {"stream=cases&since=5", "since", problemcode::kUnknownField},
    };
    for (const auto &c : bad) {
        INFO(c.query);
        DecodeProblems problems;
        CHECK_FALSE(parse(c.query, &problems));
        INFO(describe(problems));
        CHECK(problems.size() == 1);
        CHECK(has(problems, c.path, c.code));
    }
}

TEST_CASE("a sign-in request keeps the password as UTF-8 bytes", "[protocol]")
{
    SignInRequest signIn;
    signIn.username = QStringLiteral("aysel");
    signIn.password = QStringLiteral(" şifrə 2026 ").toUtf8();
    signIn.deviceId = QStringLiteral("desk-1");
    signIn.deviceSecret = QStringLiteral("hld_secret");
    signIn.requestEscrow = true;
    const auto decoded = SignInRequest::fromJson(signIn.toJson(), nullptr);
    REQUIRE(decoded.has_value());
    CHECK(decoded->username == signIn.username);
    CHECK(decoded->password == signIn.password); // spaces are kept
    CHECK(decoded->deviceId == signIn.deviceId);
    CHECK(decoded->deviceSecret == signIn.deviceSecret);
    CHECK(decoded->requestEscrow);

    signIn.requestEscrow = false;
    QJsonObject object = signIn.toJson();
    CHECK_FALSE(object.contains(QStringLiteral("request_escrow")));
    const auto noEscrow = SignInRequest::fromJson(object, nullptr);
    REQUIRE(noEscrow.has_value());
    CHECK_FALSE(noEscrow->requestEscrow);

    object.insert(QStringLiteral("password"), QString());
    object.insert(QStringLiteral("request_escrow"), QStringLiteral("yes"));
    object.insert(QStringLiteral("remember_me"), true);
    DecodeProblems problems;
    CHECK_FALSE(SignInRequest::fromJson(object, &problems));
    INFO(describe(problems));
    CHECK(problems.size() == 3);
    CHECK(has(problems, "password", problemcode::kInvalidRequest));
    CHECK(has(problems, "request_escrow", problemcode::kWrongType));
    CHECK(has(problems, "remember_me", problemcode::kUnknownField));
    // No message repeats what the client sent.
    for (const DecodeProblem &p : problems)
        CHECK_FALSE(p.message.contains(QLatin1String("şifrə")));
}

TEST_CASE("refresh and enrolment requests are strict", "[protocol]")
{
    const RefreshRequest refresh{QStringLiteral("hlr_token"), QStringLiteral("desk-1")};
    const auto r = RefreshRequest::fromJson(refresh.toJson(), nullptr);
    REQUIRE(r.has_value());
    CHECK(r->refreshToken == refresh.refreshToken);
    CHECK(r->deviceId == refresh.deviceId);

    const EnrolRequest enrol{QStringLiteral("ABCD-EFGH-JKLM"), QStringLiteral("Desk 3, Baku")};
    const auto e = EnrolRequest::fromJson(enrol.toJson(), nullptr);
    REQUIRE(e.has_value());
    CHECK(e->code == enrol.code);
    CHECK(e->deviceName == enrol.deviceName);

    DecodeProblems problems;
    CHECK_FALSE(EnrolRequest::fromJson(
        QJsonObject{{QStringLiteral("code"), 1234}, {QStringLiteral("device_name"), QString()}},
        &problems));
    CHECK(problems.size() == 2);
    CHECK(has(problems, "code", problemcode::kWrongType));
    CHECK(has(problems, "device_name", problemcode::kInvalidRequest));

    DecodeProblems refreshProblems;
    CHECK_FALSE(
        RefreshRequest::fromJson(QJsonObject{{QStringLiteral("device_id"), 1}}, &refreshProblems));
    CHECK(refreshProblems.size() == 2);
    CHECK(has(refreshProblems, "refresh_token", problemcode::kMissingField));
    CHECK(has(refreshProblems, "device_id", problemcode::kWrongType));
}

TEST_CASE("a push item's base names only changed fields", "[protocol]")
{
    PushRequest original = request(1);
    original.items[0].changedFields = {QStringLiteral("status"), QStringLiteral("flags")};
    original.items[0].base = {{QStringLiteral("status"), QStringLiteral("open")},
                              {QStringLiteral("flags"), QJsonArray{QStringLiteral("x")}}};
    const QJsonObject good = original.toJson();
    CHECK(good.value(QStringLiteral("records"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("base"))
              .toObject() == original.items[0].base);
    CHECK(PushRequest::fromJson(good, nullptr).has_value());

    auto decode = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject body = good;
        QJsonArray records = body.value(QStringLiteral("records")).toArray();
        QJsonObject item = records.at(0).toObject();
        change(item);
        records.replace(0, item);
        body.insert(QStringLiteral("records"), records);
        DecodeProblems problems;
        const bool ok = PushRequest::fromJson(body, &problems).has_value();
        return std::pair{ok, problems};
    };
    // A field the item does not change.
    auto [titled, titleProblems] = decode([](QJsonObject &i) {
        QJsonObject base = i.value(QStringLiteral("base")).toObject();
        base.insert(QStringLiteral("title"), QStringLiteral("Old title"));
        i.insert(QStringLiteral("base"), base);
    });
    CHECK_FALSE(titled);
    INFO(describe(titleProblems));
    CHECK(titleProblems.size() == 1);
    CHECK(has(titleProblems, "records[0].base.title", problemcode::kUnknownField));
    // A base without changed_fields names nothing that changed.
    auto [unlisted, unlistedProblems] =
        decode([](QJsonObject &i) { i.remove(QStringLiteral("changed_fields")); });
    CHECK_FALSE(unlisted);
    CHECK(unlistedProblems.size() == 2);
    CHECK(has(unlistedProblems, "records[0].base.status", problemcode::kUnknownField));
    CHECK(has(unlistedProblems, "records[0].base.flags", problemcode::kUnknownField));
    // Not an object.
    auto [listed, listProblems] = decode(
        [](QJsonObject &i) { i.insert(QStringLiteral("base"), QJsonArray{QStringLiteral("x")}); });
    CHECK_FALSE(listed);
    CHECK(listProblems.size() == 1);
    CHECK(has(listProblems, "records[0].base", problemcode::kWrongType));
    // Older desks send none; null is none too.
    auto [absent, absentProblems] =
        decode([](QJsonObject &i) { i.remove(QStringLiteral("base")); });
    CHECK(absent);
    auto [null, nullProblems] =
        decode([](QJsonObject &i) { i.insert(QStringLiteral("base"), QJsonValue::Null); });
    CHECK(null);
    // A null value is a value: the field was empty before the change.
    auto [empty, emptyProblems] = decode([](QJsonObject &i) {
        i.insert(QStringLiteral("base"), QJsonObject{{QStringLiteral("status"), QJsonValue()}});
    });
    CHECK(empty);
}

TEST_CASE("a lost field says which side lost and both clocks", "[protocol]")
{
    const LostField stored{QStringLiteral("status"),
                           QStringLiteral("active"),
                           QStringLiteral("closed"),
                           QStringLiteral("0000000002000-0000-b"),
                           QStringLiteral("0000000001000-0000-a"),
                           QStringLiteral("stored")};
    const QJsonObject good = stored.toJson();
    CHECK(good.value(QStringLiteral("lost_side")).toString() == QLatin1String("stored"));
    CHECK(good.value(QStringLiteral("lost_hlc")).toString() ==
          QLatin1String("0000000001000-0000-a"));
    const auto decoded = LostField::fromJson(good, nullptr);
    REQUIRE(decoded.has_value());
    CHECK(decoded->lostSide == stored.lostSide);
    CHECK(decoded->lostHlc == stored.lostHlc);

    auto problemsOf = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject object = good;
        change(object);
        DecodeProblems problems;
        CHECK_FALSE(LostField::fromJson(object, &problems, QStringLiteral("lost[0]")));
        return problems;
    };
    DecodeProblems p = problemsOf(
        [](QJsonObject &o) { o.insert(QStringLiteral("lost_side"), QStringLiteral("both")); });
    CHECK(p.size() == 1);
    CHECK(has(p, "lost[0].lost_side", problemcode::kInvalidRequest));
    p = problemsOf([](QJsonObject &o) { o.remove(QStringLiteral("lost_side")); });
    CHECK(has(p, "lost[0].lost_side", problemcode::kMissingField));
    p = problemsOf([](QJsonObject &o) { o.remove(QStringLiteral("lost_hlc")); });
    CHECK(has(p, "lost[0].lost_hlc", problemcode::kMissingField));
    p = problemsOf([](QJsonObject &o) { o.insert(QStringLiteral("lost_hlc"), 7); });
    CHECK(has(p, "lost[0].lost_hlc", problemcode::kWrongType));
    p = problemsOf(
        [](QJsonObject &o) { o.insert(QStringLiteral("lost_by"), QStringLiteral("a")); });
    CHECK(has(p, "lost[0].lost_by", problemcode::kUnknownField));
    // An unknown clock is an empty one, not a missing one.
    QJsonObject unknownClock = good;
    unknownClock.insert(QStringLiteral("lost_hlc"), QString());
    CHECK(LostField::fromJson(unknownClock, nullptr).has_value());
}

TEST_CASE("one JSON value as compact text and back", "[protocol]")
{
    const QList<QJsonValue> values{QJsonValue(QJsonValue::Null),
                                   QStringLiteral("açıq \"söz\""),
                                   true,
                                   42,
                                   1.5,
                                   QJsonArray{QStringLiteral("a"), QStringLiteral("b")},
                                   QJsonObject{{QStringLiteral("k"), QStringLiteral("v w")}}};
    for (const QJsonValue &value : values) {
        const QString text = compactJsonText(value);
        INFO(text.toStdString());
        const auto back = parseCompactJsonText(text);
        REQUIRE(back.has_value());
        CHECK(*back == value);
    }
    CHECK(compactJsonText(QStringLiteral("open")) == QLatin1String("\"open\""));
    CHECK(compactJsonText(QJsonValue(QJsonValue::Null)) == QLatin1String("null"));
    CHECK(compactJsonText(QJsonArray{QStringLiteral("a"), QStringLiteral("b")}) ==
          QLatin1String("[\"a\",\"b\"]"));
    for (const char *bad : {"", "open", "1,2", "1],[2", "[\"a\", \"b\"]", " null", "{\"a\":1}\n",
                            "[1", "\"unterminated"})
        CHECK_FALSE(parseCompactJsonText(QString::fromUtf8(bad)).has_value());
    // Spaces inside strings are part of the value.
    CHECK(parseCompactJsonText(QStringLiteral("\"a b\"")).has_value());
    // No deeper than a request may be.
    CHECK(parseCompactJsonText(QString(32, QLatin1Char('[')) + QString(32, QLatin1Char(']'))));
    CHECK_FALSE(
        parseCompactJsonText(QString(33, QLatin1Char('[')) + QString(33, QLatin1Char(']'))));
}

namespace {
helpline::AuditEntry chainedEntry(qint64 seq, const QString &prevHash)
{
    helpline::AuditEntry e;
    e.seq = seq;
    e.id = helpline::newUuidV7();
    e.at = QStringLiteral("2026-11-29T04:00:00.000Z");
    e.accountId = helpline::newUuidV7();
    e.deviceId = helpline::newUuidV7();
    e.action = QStringLiteral("case.view");
    e.recordType = QStringLiteral("case");
    e.recordId = helpline::newUuidV7();
    e.prevHash = prevHash;
    e.hash = helpline::auditchain::computeHash(e);
    return e;
}
} // namespace

TEST_CASE("an audit upload survives toJson and back, and its hashes chain", "[protocol][audit]")
{
    using namespace helpline;
    AuditUploadRequest request;
    request.deviceId = newUuidV7();
    request.entries << chainedEntry(4, auditchain::genesisHash());
    request.entries << chainedEntry(5, request.entries.constLast().hash);
    request.entries[1].detail = QStringLiteral("rows=12");
    request.entries[1].hash = auditchain::computeHash(request.entries[1]);
    DecodeProblems problems;
    auto back = AuditUploadRequest::fromJson(request.toJson(), &problems);
    INFO(problems.value(0).message.toStdString());
    REQUIRE(back);
    REQUIRE(back->entries.size() == 2);
    CHECK(back->entries.at(1).detail == QStringLiteral("rows=12"));
    CHECK(back->entries.at(0).recordType == QStringLiteral("case"));
    for (const AuditEntry &e : back->entries)
        CHECK(auditchain::computeHash(e) == e.hash);
    // Every field is in the hash.
    AuditEntry changed = back->entries.at(1);
    changed.detail = QStringLiteral("rows=13");
    CHECK(auditchain::computeHash(changed) != changed.hash);
    changed = back->entries.at(1);
    changed.seq = 6;
    CHECK(auditchain::computeHash(changed) != changed.hash);
    CHECK(auditchain::isHash(changed.hash));
    CHECK_FALSE(auditchain::isHash(changed.hash.toUpper()));
    CHECK_FALSE(auditchain::isHash(QStringLiteral("abc")));
}

TEST_CASE("an audit upload is strict: order, hashes, size, unknown fields", "[protocol][audit]")
{
    using namespace helpline;
    AuditUploadRequest request;
    request.deviceId = newUuidV7();
    request.entries << chainedEntry(1, auditchain::genesisHash())
                    << chainedEntry(3, QString(64, u'a'));
    // A gap is the server's to report; going back is malformed.
    CHECK(AuditUploadRequest::fromJson(request.toJson(), nullptr));
    std::swap(request.entries[0], request.entries[1]);
    DecodeProblems problems;
    CHECK_FALSE(AuditUploadRequest::fromJson(request.toJson(), &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path == QStringLiteral("entries[1].seq"));

    QJsonObject json = request.toJson();
    QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    QJsonObject first = entries.at(0).toObject();
    first.insert(QStringLiteral("prev_hash"), QString(64, u'G'));
    first.insert(QStringLiteral("colour"), QStringLiteral("red"));
    entries[0] = first;
    json.insert(QStringLiteral("entries"), entries);
    problems.clear();
    CHECK_FALSE(AuditUploadRequest::fromJson(json, &problems));
    QStringList paths;
    for (const DecodeProblem &p : problems)
        paths << p.path;
    CHECK(paths.contains(QStringLiteral("entries[0].prev_hash")));
    CHECK(paths.contains(QStringLiteral("entries[0].colour")));

    request.entries.clear();
    for (int i = 1; i <= kMaxAuditUploadEntries + 1; ++i)
        request.entries << chainedEntry(i, auditchain::genesisHash());
    problems.clear();
    CHECK_FALSE(AuditUploadRequest::fromJson(request.toJson(), &problems));
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().code == QString(problemcode::kTooLarge));
}

TEST_CASE("the server's audit copy status: first_bad_seq exactly when not intact",
          "[protocol][audit]")
{
    using namespace helpline;
    AuditCopyStatus status;
    status.deviceId = newUuidV7();
    status.receivedThrough = 40;
    status.entries = 40;
    status.checkedAt = QStringLiteral("2026-11-29T04:00:00.000Z");
    auto back = AuditCopyStatus::fromJson(status.toJson(), nullptr);
    REQUIRE(back);
    CHECK(back->intact);
    CHECK(back->firstBadSeq == 0);
    CHECK(back->toJson().value(QStringLiteral("first_bad_seq")).isNull());

    status.intact = false;
    status.firstBadSeq = 12;
    status.problem = QStringLiteral("Entry 12 was altered.");
    back = AuditCopyStatus::fromJson(status.toJson(), nullptr);
    REQUIRE(back);
    CHECK(back->firstBadSeq == 12);
    CHECK(back->problem == status.problem);

    QJsonObject inconsistent = status.toJson();
    inconsistent.insert(QStringLiteral("intact"), true);
    CHECK_FALSE(AuditCopyStatus::fromJson(inconsistent, nullptr));
}
