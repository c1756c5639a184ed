// core/protocol: the strict JSON reader and the request parser with its limits.
#include <catch2/catch.hpp>

#include "core/protocol/jsonreader.h"

#include <QJsonDocument>

using namespace helpline;

namespace {

std::string describe(const DecodeProblems &problems)
{
    QString text;
    for (const DecodeProblem &p : problems)
        text += p.path + QLatin1Char(' ') + p.code + QLatin1String(": ") + p.message +
                QLatin1Char('\n');
    return text.toStdString();
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// The one problem of `problems`, which must be at `path` with `code`.
void requireOnly(const DecodeProblems &problems, const char *path, QLatin1String code)
{
    INFO(describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().path.toStdString() == path);
    CHECK(problems.first().code.toStdString() == std::string(code.data(), code.size()));
    // Every message names the field it is about.
    CHECK(problems.first().message.contains(QString::fromLatin1(path)));
}

QByteArray nested(int depth)
{
    QByteArray body = "{\"a\":";
    for (int i = 1; i < depth; ++i)
        body += '[';
    body += '1';
    for (int i = 1; i < depth; ++i)
        body += ']';
    body += '}';
    return body;
}

} // namespace

TEST_CASE("JSON paths join keys and indexes", "[protocol]")
{
    CHECK(jsonPath(QString(), u"id").toStdString() == "id");
    CHECK(jsonPath(QStringLiteral("records[2]"), u"child").toStdString() == "records[2].child");
    CHECK(jsonPath(QStringLiteral("records"), 2).toStdString() == "records[2]");
}

TEST_CASE("the reader reads strings and names the field at fault", "[protocol]")
{
    DecodeProblems problems;
    JsonReader outer(json(R"({"name": "Aysel", "empty": "", "nothing": null})"),
                     QStringLiteral("records[2].child"), &problems);
    CHECK(outer.string("name").toStdString() == "Aysel");
    CHECK(outer.string("empty").isEmpty());
    CHECK(outer.string("nothing", false).isEmpty());
    CHECK(outer.string("absent", false).isEmpty());
    outer.finish();
    CHECK(problems.isEmpty());
    CHECK(outer.ok());

    SECTION("a number where a string is expected")
    {
        JsonReader r(json(R"({"age": 12})"), QStringLiteral("records[2].child"), &problems);
        CHECK(r.string("age").isEmpty());
        requireOnly(problems, "records[2].child.age", problemcode::kWrongType);
        CHECK_FALSE(r.ok());
    }
    SECTION("an absent required string")
    {
        JsonReader r(QJsonObject(), QStringLiteral("records[2].child"), &problems);
        r.string("age");
        requireOnly(problems, "records[2].child.age", problemcode::kMissingField);
    }
    SECTION("null for a required string")
    {
        JsonReader r(json(R"({"age": null})"), QString(), &problems);
        r.string("age");
        requireOnly(problems, "age", problemcode::kMissingField);
    }
    SECTION("a string longer than allowed")
    {
        JsonReader r(json(R"({"a": "12345", "b": "123456"})"), QString(), &problems);
        CHECK(r.string("a", true, 5).toStdString() == "12345");
        CHECK(r.string("b", true, 5).isEmpty());
        requireOnly(problems, "b", problemcode::kInvalidRequest);
        CHECK(problems.first().message.contains(QLatin1String("at most 5")));
    }
    SECTION("text() rejects an empty or blank string")
    {
        JsonReader r(json(R"({"a": "  ", "b": "x"})"), QString(), &problems);
        r.text("a");
        CHECK(r.text("b").toStdString() == "x");
        requireOnly(problems, "a", problemcode::kInvalidRequest);
    }
}

TEST_CASE("the reader reads whole numbers within their range", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"zero": 0, "one": 1, "big": 9007199254740993, "low": -5, "three": 3.0})"),
                 QString(), &problems);
    CHECK(r.integer("zero", true, 0, 10) == 0);
    CHECK(r.integer("one", true, 0, 1) == 1);
    CHECK(r.integer("big") == Q_INT64_C(9007199254740993)); // above 2^53: not via a double
    CHECK(r.integer("low", true, -5, 5) == -5);
    CHECK(r.integer("three", true, 0, 10) == 3);
    CHECK_FALSE(r.integer("absent", false).has_value());
    CHECK(problems.isEmpty());

    const struct {
        const char *body;
        QLatin1String code;
    } bad[] = {
        {R"({"n": 1.5})", problemcode::kWrongType},
        {R"({"n": "1"})", problemcode::kWrongType},
        {R"({"n": true})", problemcode::kWrongType},
        {R"({"n": 11})", problemcode::kInvalidRequest},
        {R"({"n": -1})", problemcode::kInvalidRequest},
        {R"({"n": 1e30})", problemcode::kInvalidRequest},
        {R"({"n": -1e30})", problemcode::kInvalidRequest},
    };
    for (const auto &c : bad) {
        INFO(c.body);
        DecodeProblems p;
        JsonReader reader(json(c.body), QStringLiteral("x"), &p);
        CHECK_FALSE(reader.integer("n", true, 0, 10).has_value());
        requireOnly(p, "x.n", c.code);
    }
}

TEST_CASE("the reader reads booleans, objects and arrays by type", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"t": true, "f": false, "o": {"k": 1}, "a": [1, 2, 3], "n": null})"),
                 QString(), &problems);
    CHECK(r.boolean("t"));
    CHECK_FALSE(r.boolean("f", true, true));
    CHECK(r.object("o").value(QStringLiteral("k")).toInt() == 1);
    CHECK(r.array("a", true, 3).size() == 3);
    CHECK_FALSE(r.optionalBoolean("n").has_value());
    CHECK(r.boolean("absent", false, true)); // the fallback
    CHECK(problems.isEmpty());

    const struct {
        const char *body;
        int kind; // 0 boolean, 1 object, 2 array, 3 optional boolean
        QLatin1String code;
    } bad[] = {
        {R"({"v": "true"})", 0, problemcode::kWrongType},
        {R"({"v": 1})", 0, problemcode::kWrongType},
        {R"({"v": []})", 1, problemcode::kWrongType},
        {R"({"v": "x"})", 1, problemcode::kWrongType},
        {R"({"v": {}})", 2, problemcode::kWrongType},
        {R"({"v": [1, 2, 3, 4]})", 2, problemcode::kInvalidRequest},
        {R"({"v": 0})", 3, problemcode::kWrongType},
    };
    for (const auto &c : bad) {
        INFO(c.body);
        DecodeProblems p;
        JsonReader reader(json(c.body), QString(), &p);
        switch (c.kind) {
        case 0:
            reader.boolean("v");
            break;
        case 1:
            reader.object("v");
            break;
        case 2:
            reader.array("v", true, 3);
            break;
        default:
            reader.optionalBoolean("v");
            break;
        }
        requireOnly(p, "v", c.code);
    }
}

TEST_CASE("times must be UTC ISO 8601 with Z, milliseconds optional", "[protocol]")
{
    const QDateTime withMs(QDate(2026, 11, 28), QTime(9, 15, 2, 123), Qt::UTC);
    CHECK(parseStrictUtcTime(u"2026-11-28T09:15:02.123Z") == withMs);
    CHECK(parseStrictUtcTime(u"2026-11-28T09:15:02Z") ==
          QDateTime(QDate(2026, 11, 28), QTime(9, 15, 2), Qt::UTC));
    CHECK(parseStrictUtcTime(u"2024-02-29T23:59:59.999Z").isValid());
    for (const char16_t *text :
         {u"2026-11-28T09:15:02.123+00:00", u"2026-11-28T09:15:02.123", u"2026-11-28T09:15:02.123z",
          u"2026-11-28 09:15:02Z", u"2026-11-28T09:15Z", u"2026-11-28T09:15:02.12Z",
          u"2026-11-28T09:15:02.1234Z", u"2026-02-30T09:15:02Z", u"2025-02-29T00:00:00Z",
          u"2026-11-28T24:00:00Z", u"2026-11-28T09:60:00Z", u"2026-11-28T09:15:60Z",
          u"0000-01-01T00:00:00Z", u"2026-1-28T09:15:02.123Z", u"+026-11-28T09:15:02Z",
          u"2026-11-28T09:15:02.-12Z", u"", u"2026-11-28"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseStrictUtcTime(text).isValid());
    }

    DecodeProblems problems;
    JsonReader r(json(R"({"at": "2026-11-28T09:15:02.123Z", "none": null})"), QString(), &problems);
    CHECK(r.time("at") == withMs);
    CHECK_FALSE(r.time("none", false).isValid());
    CHECK(problems.isEmpty());

    DecodeProblems local;
    JsonReader bad(json(R"({"at": "2026-11-28T13:15:02+04:00"})"), QStringLiteral("c"), &local);
    CHECK_FALSE(bad.time("at").isValid());
    requireOnly(local, "c.at", problemcode::kInvalidRequest);

    DecodeProblems number;
    JsonReader numeric(json(R"({"at": 1764321302})"), QString(), &number);
    numeric.time("at");
    requireOnly(number, "at", problemcode::kWrongType);
}

TEST_CASE("dates must be YYYY-MM-DD", "[protocol]")
{
    CHECK(parseStrictDate(u"2016-02-29") == QDate(2016, 2, 29));
    for (const char16_t *text :
         {u"2015-02-29", u"2016-2-29", u"29.02.2016", u"2016-02-29T00:00:00Z", u"20160229",
          u"2016-13-01", u"", u"0000-01-01"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseStrictDate(text).isValid());
    }
    DecodeProblems problems;
    JsonReader r(json(R"({"born": "2016-02-30"})"), QStringLiteral("child"), &problems);
    CHECK_FALSE(r.date("born").isValid());
    requireOnly(problems, "child.born", problemcode::kInvalidRequest);
}

TEST_CASE("string lists check each item with its index", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"ok": ["a", "b"], "mixed": ["a", 2, "toolong"], "many": ["a","b","c"]})"),
                 QStringLiteral("c"), &problems);
    CHECK(r.stringList("ok") == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(r.stringList("mixed", true, 10, 3) == QStringList{QStringLiteral("a")});
    CHECK(r.stringList("many", true, 2).isEmpty());
    INFO(describe(problems));
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].path.toStdString() == "c.mixed[1]");
    CHECK(problems[0].code == problemcode::kWrongType);
    CHECK(problems[1].path.toStdString() == "c.mixed[2]");
    CHECK(problems[1].code == problemcode::kInvalidRequest);
    CHECK(problems[2].path.toStdString() == "c.many");
    CHECK(problems[2].code == problemcode::kInvalidRequest);

    DecodeProblems notList;
    JsonReader s(json(R"({"l": "a,b"})"), QString(), &notList);
    s.stringList("l");
    requireOnly(notList, "l", problemcode::kWrongType);
}

TEST_CASE("keys that were never read are unknown fields", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"id": "x", "ID": "y", "extra": 1, "wrong": 5})"),
                 QStringLiteral("records[0]"), &problems);
    r.string("id");
    r.string("wrong"); // read with the wrong type: one problem, not also unknown
    r.finish();
    INFO(describe(problems));
    REQUIRE(problems.size() == 3);
    QStringList unknown;
    for (const DecodeProblem &p : problems)
        if (p.code == problemcode::kUnknownField)
            unknown << p.path;
    unknown.sort();
    CHECK(unknown ==
          QStringList{QStringLiteral("records[0].ID"), QStringLiteral("records[0].extra")});

    // A client's very long key is cut in the path we echo back.
    DecodeProblems longKey;
    QJsonObject object{{QString(5000, QLatin1Char('k')), 1}};
    JsonReader l(object, QString(), &longKey);
    l.finish();
    REQUIRE(longKey.size() == 1);
    CHECK(longKey.first().path.size() < 100);
}

TEST_CASE("child readers are strict with their own path", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"child": {"age": "7", "shoe": 32}, "caller": null})"),
                 QStringLiteral("records[1]"), &problems);
    JsonReader child = r.child("child");
    CHECK(child.present());
    CHECK(child.string("age").toStdString() == "7");
    child.finish();
    JsonReader caller = r.child("caller", false);
    CHECK_FALSE(caller.present());
    caller.finish();
    r.finish();
    requireOnly(problems, "records[1].child.shoe", problemcode::kUnknownField);
    CHECK_FALSE(r.ok()); // a problem of a child is a problem of its parent

    DecodeProblems missing;
    JsonReader m(QJsonObject(), QString(), &missing);
    CHECK_FALSE(m.child("child").present());
    requireOnly(missing, "child", problemcode::kMissingField);

    DecodeProblems wrong;
    JsonReader w(json(R"({"child": [1]})"), QString(), &wrong);
    w.child("child", false);
    requireOnly(wrong, "child", problemcode::kWrongType);
}

TEST_CASE("ok() counts only the problems of its own reader", "[protocol]")
{
    DecodeProblems problems{{QStringLiteral("earlier"), QString(problemcode::kWrongType), {}}};
    JsonReader r(json(R"({"a": "x"})"), QString(), &problems);
    r.string("a");
    r.finish();
    CHECK(r.ok());
    r.string("b");
    CHECK_FALSE(r.ok());
}

TEST_CASE("value() keeps null apart from absent", "[protocol]")
{
    DecodeProblems problems;
    JsonReader r(json(R"({"n": null, "v": [1]})"), QString(), &problems);
    CHECK(r.value("n").isNull());
    CHECK(r.value("v").isArray());
    CHECK(problems.isEmpty());
    CHECK(r.value("absent").isUndefined());
    requireOnly(problems, "absent", problemcode::kMissingField);
}

TEST_CASE("parseJsonObject enforces the byte limit", "[protocol]")
{
    const QByteArray body = R"({"a":"0123456789"})";
    CHECK(parseJsonObject(body, body.size(), 32).ok());
    const ParsedJson tooLarge = parseJsonObject(body, body.size() - 1, 32);
    REQUIRE(tooLarge.problem.has_value());
    CHECK(tooLarge.problem->code == problemcode::kTooLarge);
    CHECK(tooLarge.problem->path.isEmpty());
}

TEST_CASE("parseJsonObject enforces the nesting limit before parsing", "[protocol]")
{
    CHECK(jsonNestingDepth(nested(32), 100) == 32);
    CHECK(parseJsonObject(nested(32), 1 << 20, 32).ok());
    const ParsedJson deep = parseJsonObject(nested(33), 1 << 20, 32);
    REQUIRE(deep.problem.has_value());
    CHECK(deep.problem->code == problemcode::kTooDeep);

    // Far deeper than Qt's parser would go: stopped by the scan, quickly.
    const ParsedJson veryDeep = parseJsonObject(QByteArray(1000000, '['), 4 << 20, 32);
    REQUIRE(veryDeep.problem.has_value());
    CHECK(veryDeep.problem->code == problemcode::kTooDeep);

    // Brackets inside strings (escaped quotes included) do not count.
    const QByteArray inString = R"({"a": "[[[[[[[[[[ \" [[[[[[[[[[[[[[[ \\", "b": [[1]]})";
    CHECK(jsonNestingDepth(inString, 100) == 3);
    CHECK(parseJsonObject(inString, 1 << 20, 3).ok());
    CHECK_FALSE(parseJsonObject(inString, 1 << 20, 2).ok());
}

TEST_CASE("parseJsonObject wants one UTF-8 JSON object", "[protocol]")
{
    const char *const bad[] = {
        "", "[]", "\"text\"", "42", "{\"a\": 1", "{\"a\": 1} x", "{'a': 1}", "{\"a\": 01}", "null"};
    for (const char *text : bad) {
        INFO(text);
        const ParsedJson parsed = parseJsonObject(QByteArray(text), 1024, 32);
        REQUIRE(parsed.problem.has_value());
        CHECK(parsed.problem->code == problemcode::kInvalidRequest);
        CHECK_FALSE(parsed.problem->message.isEmpty());
    }
    const ParsedJson latin1 = parseJsonObject(QByteArray("{\"name\": \"G\xfcnay\"}"), 1024, 32);
    REQUIRE(latin1.problem.has_value());
    CHECK(latin1.problem->code == problemcode::kInvalidRequest);
    CHECK(latin1.problem->message.contains(QLatin1String("UTF-8")));

    const ParsedJson utf8 =
        parseJsonObject(QStringLiteral(R"({"name": "Günay Əliyeva"})").toUtf8(), 1024, 32);
    REQUIRE(utf8.ok());
    CHECK(utf8.object.value(QStringLiteral("name")).toString() == QStringLiteral("Günay Əliyeva"));
}
