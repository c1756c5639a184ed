#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/domain/codes.h"
#include "core/domain/regions.h"
#include "core/domain/screening.h"
#include "core/domain/taxonomy.h"
#include "core/forms/formdefinition.h"
#include "core/forms/formdefinitionregistry.h"
#include "core/forms/formoptions.h"
#include "core/forms/intakemapping.h"
#include "core/store/contactrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace helpline;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QByteArray shippedIntake()
{
    QFile file(QStringLiteral(":/helpline/forms/intake.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
            return true;
    return false;
}

const QByteArray kLabels = R"("labels": {"en": "L", "az": "Ə", "ru": "Л"})";

// A small valid definition; tests break one thing at a time. `fields` are added to the first
// section after callType and note; `sections` after the first section.
QByteArray sample(const QByteArray &fields = {}, const QByteArray &sections = {},
                  const QByteArray &root = {})
{
    QByteArray json = R"({"format": "helpline-form", "formId": "test", "version": 2, )" + root +
                      R"( "sections": [{"id": "main", )" + kLabels + R"(, "fields": [
        {"id": "callType", "type": "singleChoice", "bind": "contact.callType",
         "optionsFrom": "callTypes", "required": true, )" +
                      kLabels + R"(},
        {"id": "note", "type": "text", )" +
                      kLabels + "}";
    if (!fields.isEmpty())
        json += ", " + fields;
    json += "]}";
    if (!sections.isEmpty())
        json += ", " + sections;
    return json + "]}";
}

QByteArray field(const QByteArray &id, const QByteArray &type, const QByteArray &extra = {})
{
    QByteArray json = R"({"id": ")" + id + R"(", "type": ")" + type + R"(", )" + kLabels;
    if (!extra.isEmpty())
        json += ", " + extra;
    return json + "}";
}

QJsonObject fullIntake()
{
    QJsonObject values;
    values.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    values.insert(QStringLiteral("callType"), QStringLiteral("caller_about_child"));
    values.insert(QStringLiteral("childName"), QStringLiteral("Nərmin"));
    values.insert(QStringLiteral("childGender"), QStringLiteral("girl"));
    values.insert(QStringLiteral("childAge"), QStringLiteral("12"));
    values.insert(QStringLiteral("childPhone"), QStringLiteral("+994 50 123 45 67"));
    values.insert(QStringLiteral("childRegion"), QStringLiteral("AZ-SAK"));
    values.insert(QStringLiteral("childLanguage"), QStringLiteral("az"));
    values.insert(QStringLiteral("callerName"), QStringLiteral("Gülnarə"));
    values.insert(QStringLiteral("callerRelationship"), QStringLiteral("parent"));
    values.insert(QStringLiteral("callerPhone"), QStringLiteral("+994 12 498 76 54"));
    values.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("violence.bullying"),
                                                           QStringLiteral("mental_health.mood")});
    values.insert(QStringLiteral("summary"),
                  QStringLiteral("Məktəbdə sinif yoldaşları onu ələ salırlar; yuxusu pozulub."));
    values.insert(QStringLiteral("screening"),
                  QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                              {QStringLiteral("q1"), QStringLiteral("no")},
                              {QStringLiteral("q2"), QStringLiteral("no")},
                              {QStringLiteral("q3"), QStringLiteral("no")},
                              {QStringLiteral("q4"), QStringLiteral("no")}});
    values.insert(QStringLiteral("actions"),
                  QJsonArray{QStringLiteral("listened"), QStringLiteral("referred")});
    values.insert(QStringLiteral("referralNotes"),
                  QStringLiteral("Məktəb psixoloqu ilə əlaqə saxlanılacaq."));
    values.insert(QStringLiteral("followUpNeeded"), true);
    values.insert(QStringLiteral("followUpDate"), QStringLiteral("2026-12-02"));
    values.insert(QStringLiteral("followUpNote"), QStringLiteral("Ask how school went"));
    values.insert(QStringLiteral("keepConfidential"), true);
    return values;
}

IntakeContext context(const QDateTime &startedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 50),
                                                             Qt::UTC))
{
    IntakeContext c;
    c.counsellorId = QStringLiteral("counsellor-1");
    c.channel = QStringLiteral("phone");
    c.startedAt = startedAt;
    c.durationSeconds = 540;
    return c;
}

const QDateTime kNow(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);

QString problemFor(const Problems &problems, const QString &field)
{
    for (const FieldProblem &problem : problems)
        if (problem.field == field)
            return problem.message;
    return {};
}

} // namespace

TEST_CASE("the built-in intake definition parses with labels in three languages", "[forms]")
{
    Outcome<FormDefinition> loaded = FormDefinition::fromJson(shippedIntake());
    INFO(str(loaded.error().message) << " at " << str(loaded.error().detail));
    REQUIRE(loaded.ok());
    const FormDefinition &form = loaded.value();
    CHECK(form.id() == QStringLiteral("intake"));
    CHECK(form.version() >= 1);
    CHECK_FALSE(FormDefinition::builtIn().isEmpty());
    CHECK(FormDefinition::builtIn().fieldIds() == form.fieldIds());

    // The CHI-aligned fields, each bound where the records keep it.
    const QMap<QString, QString> binds{
        {QStringLiteral("channel"), QStringLiteral("contact.channel")},
        {QStringLiteral("callType"), QStringLiteral("contact.callType")},
        {QStringLiteral("childName"), QStringLiteral("child.name")},
        {QStringLiteral("childGender"), QStringLiteral("child.gender")},
        {QStringLiteral("childAge"), QStringLiteral("child.age")},
        {QStringLiteral("childPhone"), QStringLiteral("child.phone")},
        {QStringLiteral("childRegion"), QStringLiteral("child.regionCode")},
        {QStringLiteral("childLanguage"), QStringLiteral("child.language")},
        {QStringLiteral("callerName"), QStringLiteral("caller.name")},
        {QStringLiteral("callerRelationship"), QStringLiteral("contact.callerRelationship")},
        {QStringLiteral("callerPhone"), QStringLiteral("caller.phone")},
        {QStringLiteral("categories"), QStringLiteral("contact.categories")},
        {QStringLiteral("summary"), QStringLiteral("contact.summary")},
        {QStringLiteral("screening"), QStringLiteral("contact.screening")},
        {QStringLiteral("actions"), QStringLiteral("contact.actions")},
        {QStringLiteral("referralNotes"), QStringLiteral("data.referralNotes")},
        {QStringLiteral("followUpNeeded"), QStringLiteral("data.followUpNeeded")},
        {QStringLiteral("followUpDate"), QStringLiteral("data.followUpDate")},
        {QStringLiteral("followUpNote"), QStringLiteral("data.followUpNote")},
        {QStringLiteral("keepConfidential"), QStringLiteral("contact.keepConfidential")},
    };
    const QStringList ids = form.fieldIds();
    CHECK(QSet<QString>(ids.begin(), ids.end()) == QSet<QString>(binds.keyBegin(), binds.keyEnd()));
    for (auto it = binds.begin(); it != binds.end(); ++it) {
        INFO(str(it.key()));
        REQUIRE(form.field(it.key()) != nullptr);
        CHECK(form.field(it.key())->bind == it.value());
    }
    CHECK(form.field(QStringLiteral("screening"))->type == FieldType::Screening);
    CHECK(form.field(QStringLiteral("categories"))->type == FieldType::Taxonomy);
    CHECK(form.field(QStringLiteral("childRegion"))->type == FieldType::Region);
    CHECK(form.field(QStringLiteral("summary"))->type == FieldType::MultiLineText);
    CHECK(form.defaults().value(QStringLiteral("keepConfidential")) == QJsonValue(true));

    // Azerbaijani labels in Latin script, Russian ones in Cyrillic.
    auto checkLabels = [](const QString &id, const QMap<QString, QString> &labels) {
        INFO(str(id));
        CHECK_FALSE(labels.value(QStringLiteral("en")).isEmpty());
        CHECK_FALSE(hasCyrillic(labels.value(QStringLiteral("az"))));
        CHECK(hasCyrillic(labels.value(QStringLiteral("ru"))));
        CHECK(labels.value(QStringLiteral("az")) != labels.value(QStringLiteral("en")));
    };
    for (const FormSection &section : form.sections()) {
        checkLabels(section.id, section.labels);
        for (const FormField &f : section.fields) {
            checkLabels(f.id, f.labels);
            if (!f.help.isEmpty())
                checkLabels(f.id + QStringLiteral(".help"), f.help);
            for (const FormOption &option : f.options)
                checkLabels(f.id + u'.' + option.code, option.labels);
        }
    }
    const FormField *actions = form.field(QStringLiteral("actions"));
    CHECK(actions->optionCodes().contains(QStringLiteral("emergency_services")));
    CHECK(actions->optionCodes().contains(QStringLiteral("referred")));
    CHECK(form.optionLabel(QStringLiteral("actions"), QStringLiteral("listened"),
                           QStringLiteral("az")) ==
          QStringLiteral("Dinlənildi və dəstək göstərildi"));
    CHECK(form.label(QStringLiteral("childName"), QStringLiteral("ru_RU")) ==
          QStringLiteral("Имя ребёнка"));
    CHECK(form.title(QStringLiteral("az")) == QStringLiteral("Müraciətin qeydiyyatı"));
}

TEST_CASE("the sample definition used by the rejection tests is valid", "[forms]")
{
    Outcome<FormDefinition> parsed = FormDefinition::fromJson(sample());
    INFO(str(parsed.error().message) << " at " << str(parsed.error().detail));
    REQUIRE(parsed.ok());
    CHECK(parsed->field(QStringLiteral("note"))->bind == QStringLiteral("data.note"));
    CHECK(parsed->version() == 2);
}

TEST_CASE("malformed form definitions are rejected with a message naming the problem",
          "[forms][badinput]")
{
    struct Case {
        const char *name;
        QByteArray json;
        QString messagePart; // the problem, named
        QString where;       // the JSON location in detail
    };
    const QList<Case> cases{
        {"not JSON", "{\"format\": ", QStringLiteral("not valid JSON"), {}},
        {"wrong format", QByteArray(sample()).replace("helpline-form", "helpline-taxonomy"),
         QStringLiteral("wrong format"), QStringLiteral("format")},
        {"unknown root key", sample({}, {}, R"("colour": "red",)"),
         QStringLiteral("unknown key \"colour\""), QStringLiteral("colour")},
        {"bad form id", QByteArray(sample()).replace("\"test\"", "\"Test Form\""),
         QStringLiteral("formId"), QStringLiteral("formId")},
        {"unknown field type", sample(field("age", "slider")),
         QStringLiteral("\"age\" has an unknown type \"slider\""),
         QStringLiteral("sections[0].fields[2].type")},
        {"unknown field key", sample(field("age", "number", R"("colour": "red")")),
         QStringLiteral("\"age\" cannot have the key \"colour\""),
         QStringLiteral("sections[0].fields[2].colour")},
        {"key not for the type", sample(field("age", "date", R"("maxLength": 3)")),
         QStringLiteral("\"age\" cannot have the key \"maxLength\""),
         QStringLiteral("sections[0].fields[2].maxLength")},
        {"duplicate field id", sample(field("note", "text")),
         QStringLiteral("\"note\" is used more than once"),
         QStringLiteral("sections[0].fields[2].id")},
        {"field id same as a section id", sample(field("main", "text")),
         QStringLiteral("\"main\" is used more than once"),
         QStringLiteral("sections[0].fields[2].id")},
        {"bad field id", sample(field("child-name", "text")), QStringLiteral("no valid id"),
         QStringLiteral("sections[0].fields[2].id")},
        {"missing Russian label",
         sample(R"({"id": "age", "type": "text", "labels": {"en": "Age", "az": "Yaş"}})"),
         QStringLiteral("\"age\" has no label in Russian"),
         QStringLiteral("sections[0].fields[2].labels.ru")},
        {"missing labels", sample(R"({"id": "age", "type": "text"})"),
         QStringLiteral("\"age\" has no labels"), QStringLiteral("sections[0].fields[2]")},
        {"incomplete help",
         sample(field("age", "text", R"("help": {"en": "Years", "ru": "Годы"})")),
         QStringLiteral("help of the field \"age\" has no text in Azerbaijani"),
         QStringLiteral("sections[0].fields[2].help.az")},
        {"unknown bind target", sample(field("age", "text", R"("bind": "child.shoeSize")")),
         QStringLiteral("bound to \"child.shoeSize\", which is not a place"),
         QStringLiteral("sections[0].fields[2].bind")},
        {"bind of the wrong type", sample(field("age", "date", R"("bind": "child.name")")),
         QStringLiteral("\"age\" is of type date, which cannot be bound to \"child.name\""),
         QStringLiteral("sections[0].fields[2].bind")},
        {"bound twice",
         sample(field("kind", "singleChoice",
                      R"("bind": "contact.callType", "optionsFrom": "callTypes")")),
         QStringLiteral("\"callType\" and \"kind\" are both bound to \"contact.callType\""),
         QStringLiteral("sections[0].fields[2].bind")},
        {"no call type field", QByteArray(sample()).replace("\"bind\": \"contact.callType\",", ""),
         QStringLiteral("contact.callType"), QStringLiteral("sections")},
        {"unknown code list",
         sample(field("colour", "singleChoice", R"("optionsFrom": "colours")")),
         QStringLiteral("\"colour\" takes its options from \"colours\", which is not a known code "
                        "list"),
         QStringLiteral("sections[0].fields[2].optionsFrom")},
        {"choice without options", sample(field("colour", "singleChoice")),
         QStringLiteral("\"colour\" needs options"),
         QStringLiteral("sections[0].fields[2].options")},
        {"both kinds of options",
         sample(field("colour", "singleChoice",
                      R"("optionsFrom": "genders", "options": [{"code": "a", )" + kLabels + "}]")),
         QStringLiteral("both \"optionsFrom\" and \"options\""),
         QStringLiteral("sections[0].fields[2].options")},
        {"duplicate option",
         sample(field("colour", "multipleChoice",
                      R"("options": [{"code": "red", )" + kLabels + R"(}, {"code": "red", )" +
                          kLabels + "}]")),
         QStringLiteral("offers the option \"red\" twice"),
         QStringLiteral("sections[0].fields[2].options[1].code")},
        {"option without a Russian label",
         sample(field("colour", "multipleChoice",
                      R"("options": [{"code": "red", "labels": {"en": "Red", "az": "Qırmızı"}}])")),
         QStringLiteral("option \"red\" of the field \"colour\" has no label in Russian"),
         QStringLiteral("sections[0].fields[2].options[0].labels.ru")},
        {"option a bound list does not accept",
         sample(
             field("gender", "singleChoice",
                   R"("bind": "child.gender", "options": [{"code": "robot", )" + kLabels + "}]")),
         QStringLiteral("offers \"robot\", which \"child.gender\" does not accept"),
         QStringLiteral("sections[0].fields[2].options")},
        {"min above max", sample(field("age", "number", R"("min": 10, "max": 5)")),
         QStringLiteral("\"min\" and \"max\" of the field \"age\""),
         QStringLiteral("sections[0].fields[2].max")},
        {"bad maxLength", sample(field("age", "text", R"("maxLength": 0)")),
         QStringLiteral("\"maxLength\" of the field \"age\""),
         QStringLiteral("sections[0].fields[2].maxLength")},
        {"required not a boolean", sample(field("age", "text", R"("required": "yes")")),
         QStringLiteral("\"required\" of the field \"age\""),
         QStringLiteral("sections[0].fields[2].required")},
        {"invalid default", sample(field("age", "number", R"("max": 25, "default": 30)")),
         QStringLiteral("default value of the field \"age\" is not valid"),
         QStringLiteral("sections[0].fields[2].default")},
        {"default not among the options",
         sample(field("gender", "singleChoice", R"("optionsFrom": "genders", "default": "cat")")),
         QStringLiteral("default value of the field \"gender\""),
         QStringLiteral("sections[0].fields[2].default")},
        {"condition naming an unknown field",
         sample(field("age", "text", R"("visibleWhen": {"field": "kind", "equals": "x"})")),
         QStringLiteral("\"age\" names the field \"kind\", which the form does not have"),
         QStringLiteral("sections[0].fields[2].visibleWhen.field")},
        {"condition naming a later field",
         sample(field("age", "text", R"("visibleWhen": {"field": "later", "equals": "x"})") + ", " +
                field("later", "text")),
         QStringLiteral("\"age\" names the field \"later\", which does not come before it"),
         QStringLiteral("sections[0].fields[2].visibleWhen.field")},
        {"condition naming itself",
         sample(field("age", "text", R"("visibleWhen": {"field": "age", "equals": "x"})")),
         QStringLiteral("does not come before it"),
         QStringLiteral("sections[0].fields[2].visibleWhen.field")},
        {"section condition naming one of its own fields",
         sample({}, R"({"id": "extra", )" + kLabels +
                        R"(, "visibleWhen": {"field": "inner", "equals": "x"}, "fields": [)" +
                        field("inner", "text") + "]}"),
         QStringLiteral("\"extra\" names the field \"inner\", which does not come before it"),
         QStringLiteral("sections[1].visibleWhen.field")},
        {"condition with a value the field never holds",
         sample(field("age", "text",
                      R"("visibleWhen": {"field": "callType", "equals": "caller_about_chld"})")),
         QStringLiteral("compares the field \"callType\" with \"caller_about_chld\""),
         QStringLiteral("sections[0].fields[2].visibleWhen.equals")},
        {"condition with two operators",
         sample(field(
             "age", "text",
             R"("visibleWhen": {"field": "callType", "equals": "silent", "in": ["silent"]})")),
         QStringLiteral("exactly one of"), QStringLiteral("sections[0].fields[2].visibleWhen")},
        {"condition with an empty list",
         sample(field("age", "text", R"("visibleWhen": {"field": "callType", "in": []})")),
         QStringLiteral("list of one or more values"),
         QStringLiteral("sections[0].fields[2].visibleWhen.in")},
        {"condition with an unknown key",
         sample(field("age", "text", R"("visibleWhen": {"field": "callType", "equal": "silent"})")),
         QStringLiteral("condition of \"age\" has an unknown key \"equal\""),
         QStringLiteral("sections[0].fields[2].visibleWhen.equal")},
        {"required field that can never be shown",
         sample(
             {},
             R"({"id": "extra", )" + kLabels +
                 R"(, "visibleWhen": {"field": "callType", "equals": "silent"}, "fields": [)" +
                 field(
                     "why", "text",
                     R"("required": true, "visibleWhen": {"field": "callType", "equals": "thanks"})") +
                 "]}"),
         QStringLiteral("required field \"why\" can never be shown"),
         QStringLiteral("sections[1].fields[0].visibleWhen")},
        {"field whose condition contradicts its section's",
         sample(
             {},
             R"({"id": "extra", )" + kLabels +
                 R"(, "visibleWhen": {"field": "callType", "in": ["silent", "thanks"]}, "fields": [)" +
                 field("why", "text",
                       R"("visibleWhen": {"field": "callType", "notIn": ["silent", "thanks"]})") +
                 "]}"),
         QStringLiteral("field \"why\" can never be shown"),
         QStringLiteral("sections[1].fields[0].visibleWhen")},
        {"section without fields",
         sample({}, R"({"id": "extra", )" + kLabels + R"(, "fields": []})"),
         QStringLiteral("section \"extra\" has no fields"), QStringLiteral("sections[1].fields")},
        {"no sections",
         R"({"format": "helpline-form", "formId": "x", "version": 1, "sections": []})",
         QStringLiteral("no sections"), QStringLiteral("sections")},
        {"screening bound elsewhere", sample(field("risk", "screening", R"("bind": "data.risk")")),
         QStringLiteral("\"risk\" is of type screening, which cannot be bound to \"data.risk\""),
         QStringLiteral("sections[0].fields[2].bind")},
        {"version zero", QByteArray(sample()).replace("\"version\": 2", "\"version\": 0"),
         QStringLiteral("version"), QStringLiteral("version")},
    };

    for (const Case &c : cases) {
        INFO(c.name);
        const Outcome<FormDefinition> parsed = FormDefinition::fromJson(c.json);
        REQUIRE_FALSE(parsed.ok());
        const StoreError &error = parsed.error();
        INFO(str(error.message) << " at " << str(error.detail));
        CHECK(error.code == StoreError::Code::Validation);
        CHECK(error.message.contains(c.messagePart));
        CHECK(error.detail.startsWith(c.where));
    }
}

TEST_CASE("a field hidden behind an impossible chain is found even when not required", "[forms]")
{
    // "detail" is shown only when "flag" is yes, and "flag" only for silent calls; "silentNote"
    // needs a call type other than silent and "detail" at once: never.
    const QByteArray json = sample(
        field("flag", "yesNo", R"("visibleWhen": {"field": "callType", "equals": "silent"})") +
        ", " + field("detail", "text", R"("visibleWhen": {"field": "flag", "equals": true})") +
        ", " +
        field("gate", "text", R"("visibleWhen": {"field": "callType", "notEquals": "silent"})") +
        ", " + field("both", "text", R"("visibleWhen": {"field": "detail", "equals": "x"})"));
    REQUIRE(FormDefinition::fromJson(json).ok()); // all reachable so far

    const QByteArray impossible = sample(
        field("flag", "yesNo", R"("visibleWhen": {"field": "callType", "equals": "silent"})") +
            ", " + field("detail", "text", R"("visibleWhen": {"field": "flag", "equals": true})"),
        R"({"id": "later", )" + kLabels +
            R"(, "visibleWhen": {"field": "callType", "equals": "thanks"}, "fields": [)" +
            field("both", "text", R"("visibleWhen": {"field": "detail", "equals": "x"})") + "]}");
    const Outcome<FormDefinition> parsed = FormDefinition::fromJson(impossible);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(QStringLiteral("\"both\" can never be shown")));
    CHECK(parsed.error().detail == QStringLiteral("sections[1].fields[0].visibleWhen"));
}

TEST_CASE("the registry keeps the last good definition when a new one is rejected", "[forms]")
{
    FormDefinitionRegistry registry;
    QSignalSpy changed(&registry, &FormDefinitionRegistry::definitionChanged);
    CHECK(registry.current().id() == QStringLiteral("intake"));
    CHECK_FALSE(registry.lastError());

    // A good one replaces it.
    auto accepted = registry.offer(sample());
    REQUIRE(accepted.ok());
    CHECK(registry.current().id() == QStringLiteral("test"));
    CHECK(registry.current().version() == 2);
    CHECK(changed.count() == 1);

    // A broken one is refused and says why; the good one stays.
    auto rejected = registry.offer(sample(field("age", "slider")));
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(QStringLiteral("slider")));
    CHECK(registry.current().id() == QStringLiteral("test"));
    CHECK(registry.current().field(QStringLiteral("age")) == nullptr);
    REQUIRE(registry.lastError());
    CHECK(registry.lastError()->message == rejected.error().message);
    CHECK(changed.count() == 1);

    // So is an older version of the form in use.
    auto older = registry.offer(QByteArray(sample()).replace("\"version\": 2", "\"version\": 1"));
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().message.contains(QStringLiteral("older")));
    CHECK(registry.current().version() == 2);

    // Bytes from anywhere (a store row, a file) are enough; a later good one clears the error.
    auto newer = registry.offer(QByteArray(sample()).replace("\"version\": 2", "\"version\": 3"));
    REQUIRE(newer.ok());
    CHECK(registry.current().version() == 3);
    CHECK_FALSE(registry.lastError());
    CHECK(registry.current().source().contains("\"version\": 3"));
}

TEST_CASE("conditional visibility follows the call type and hides chained fields", "[forms]")
{
    const FormDefinition &form = FormDefinition::builtIn();
    QJsonObject values;
    // Nothing chosen yet: the child and the counselling sections show (the counsellor may start
    // anywhere), the caller section does not.
    CHECK(form.isVisible(QStringLiteral("child"), values));
    CHECK(form.isVisible(QStringLiteral("childName"), values));
    CHECK_FALSE(form.isVisible(QStringLiteral("caller"), values));
    CHECK_FALSE(form.isVisible(QStringLiteral("callerName"), values));
    CHECK(form.isVisible(QStringLiteral("keepConfidential"), values));

    values.insert(QStringLiteral("callType"), QStringLiteral("caller_about_child"));
    CHECK(form.isVisible(QStringLiteral("caller"), values));
    CHECK(form.isVisible(QStringLiteral("callerRelationship"), values));
    CHECK(form.isVisible(QStringLiteral("childName"), values));

    values.insert(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    CHECK_FALSE(form.isVisible(QStringLiteral("callerRelationship"), values));
    CHECK(form.isVisible(QStringLiteral("summary"), values));

    values.insert(QStringLiteral("callType"), QStringLiteral("silent"));
    CHECK_FALSE(form.isVisible(QStringLiteral("childName"), values));
    CHECK_FALSE(form.isVisible(QStringLiteral("summary"), values));
    CHECK(form.isVisible(QStringLiteral("channel"), values));
    CHECK(form.isVisible(QStringLiteral("keepConfidential"), values));

    // Follow-up details only when a follow-up is needed; a hidden "yes" counts as empty.
    values.insert(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    CHECK_FALSE(form.isVisible(QStringLiteral("followUpDate"), values));
    values.insert(QStringLiteral("followUpNeeded"), true);
    CHECK(form.isVisible(QStringLiteral("followUpDate"), values));
    values.insert(QStringLiteral("followUpNeeded"), false);
    CHECK_FALSE(form.isVisible(QStringLiteral("followUpNote"), values));
    values.insert(QStringLiteral("followUpNeeded"), true);
    values.insert(QStringLiteral("callType"), QStringLiteral("silent"));
    CHECK_FALSE(form.isVisible(QStringLiteral("followUpDate"), values));

    CHECK_FALSE(form.isVisible(QStringLiteral("noSuchField"), values));
}

TEST_CASE("conditions on multiple choices and notIn lists", "[forms]")
{
    const QByteArray json = sample(
        field("help", "multipleChoice",
              R"("options": [{"code": "a", )" + kLabels + R"(}, {"code": "b", )" + kLabels + "}]") +
        ", " + field("onlyA", "text", R"("visibleWhen": {"field": "help", "equals": "a"})") + ", " +
        field("notB", "text", R"("visibleWhen": {"field": "help", "notIn": ["b"]})") + ", " +
        field("age", "number", R"("min": 0, "max": 120)") + ", " +
        field("adult", "text", R"("visibleWhen": {"field": "age", "in": [18, 19]})"));
    Outcome<FormDefinition> parsed = FormDefinition::fromJson(json);
    INFO(str(parsed.error().message) << " at " << str(parsed.error().detail));
    REQUIRE(parsed.ok());
    const FormDefinition &form = parsed.value();
    QJsonObject values;
    CHECK_FALSE(form.isVisible(QStringLiteral("onlyA"), values));
    CHECK(form.isVisible(QStringLiteral("notB"), values));
    values.insert(QStringLiteral("help"), QJsonArray{QStringLiteral("b"), QStringLiteral("a")});
    CHECK(form.isVisible(QStringLiteral("onlyA"), values));
    CHECK_FALSE(form.isVisible(QStringLiteral("notB"), values));
    values.insert(QStringLiteral("age"), 18);
    CHECK(form.isVisible(QStringLiteral("adult"), values));
    values.insert(QStringLiteral("age"), 18.0);
    CHECK(form.isVisible(QStringLiteral("adult"), values));
    values.insert(QStringLiteral("age"), 20);
    CHECK_FALSE(form.isVisible(QStringLiteral("adult"), values));
}

TEST_CASE("form values map to a contact with its child and caller and back", "[forms]")
{
    const IntakeMapping mapping;
    const QJsonObject values = fullIntake();
    const ContactSave save = mapping.toContactSave(values, context());
    const Contact &c = save.contact;
    CHECK(c.formId == QStringLiteral("intake"));
    CHECK(c.formVersion == FormDefinition::builtIn().version());
    CHECK(c.counsellorId == QStringLiteral("counsellor-1"));
    CHECK(c.startedAt == context().startedAt);
    CHECK(c.durationSeconds == 540);
    CHECK(c.channel == QStringLiteral("phone"));
    CHECK(c.callType == QStringLiteral("caller_about_child"));
    CHECK(c.callerRelationship == QStringLiteral("parent"));
    CHECK(c.categories ==
          QStringList{QStringLiteral("violence.bullying"), QStringLiteral("mental_health.mood")});
    CHECK(c.summary == values.value(QStringLiteral("summary")).toString());
    CHECK(c.actions == QStringList{QStringLiteral("listened"), QStringLiteral("referred")});
    CHECK(c.keepConfidential);
    CHECK(c.screening == values.value(QStringLiteral("screening")).toObject());
    CHECK(c.riskLevel == QStringLiteral("none"));
    CHECK(c.data.value(QStringLiteral("referralNotes")) ==
          values.value(QStringLiteral("referralNotes")));
    CHECK(c.data.value(QStringLiteral("followUpNeeded")) == QJsonValue(true));
    CHECK(c.data.value(QStringLiteral("followUpDate")) == QJsonValue(QStringLiteral("2026-12-02")));
    REQUIRE(save.child);
    CHECK(save.child->kind == Person::Kind::Child);
    CHECK(save.child->name == QStringLiteral("Nərmin"));
    CHECK(save.child->gender == QStringLiteral("girl"));
    CHECK(save.child->age == QStringLiteral("12"));
    CHECK(save.child->phone == QStringLiteral("+994 50 123 45 67"));
    CHECK(save.child->regionCode == QStringLiteral("AZ-SAK"));
    CHECK(save.child->language == QStringLiteral("az"));
    REQUIRE(save.caller);
    CHECK(save.caller->kind == Person::Kind::Caller);
    CHECK(save.caller->name == QStringLiteral("Gülnarə"));
    CHECK(save.caller->phone == QStringLiteral("+994 12 498 76 54"));
    CHECK(save.link == ContactSave::CaseLink::NewCase);

    // And back: the same values.
    CHECK(mapping.toValues(c, save.child, save.caller) == values);

    // The caller is not the child: no caller section, no caller person, no relationship, even if
    // the values still hold what was typed before the call type changed.
    QJsonObject self = values;
    self.insert(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    const ContactSave selfSave = mapping.toContactSave(self, context());
    CHECK_FALSE(selfSave.caller);
    CHECK(selfSave.contact.callerRelationship.isEmpty());
    REQUIRE(selfSave.child);
    QJsonObject expected = self;
    for (const char *key : {"callerName", "callerRelationship", "callerPhone"})
        expected.remove(QLatin1String(key));
    CHECK(mapping.toValues(selfSave.contact, selfSave.child, selfSave.caller) == expected);

    // A hidden follow-up date is not saved.
    QJsonObject noFollowUp = values;
    noFollowUp.insert(QStringLiteral("followUpNeeded"), false);
    const ContactSave noFollowUpSave = mapping.toContactSave(noFollowUp, context());
    CHECK_FALSE(noFollowUpSave.contact.data.contains(QStringLiteral("followUpDate")));
    CHECK(noFollowUpSave.contact.data.value(QStringLiteral("followUpNeeded")) == QJsonValue(false));

    // Keep-confidential off is kept; when absent the record's default (on) applies.
    QJsonObject shared = values;
    shared.insert(QStringLiteral("keepConfidential"), false);
    CHECK_FALSE(mapping.toContactSave(shared, context()).contact.keepConfidential);
    shared.remove(QStringLiteral("keepConfidential"));
    CHECK(mapping.toContactSave(shared, context()).contact.keepConfidential);

    // The channel from the context fills in when the form's is empty.
    QJsonObject noChannel = values;
    noChannel.remove(QStringLiteral("channel"));
    IntakeContext chat = context();
    chat.channel = QStringLiteral("web_chat");
    CHECK(mapping.toContactSave(noChannel, chat).contact.channel == QStringLiteral("web_chat"));

    // A silent call from the form: no child, nothing of the hidden sections.
    QJsonObject silent = values;
    silent.insert(QStringLiteral("callType"), QStringLiteral("silent"));
    const ContactSave silentSave = mapping.toContactSave(silent, context());
    CHECK_FALSE(silentSave.child);
    CHECK_FALSE(silentSave.caller);
    CHECK(silentSave.contact.summary.isEmpty());
    CHECK(silentSave.contact.categories.isEmpty());
    CHECK(silentSave.contact.data.isEmpty());
}

TEST_CASE("phone numbers and screening answers are normalised on the way to the record", "[forms]")
{
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("050 123 45 67")) ==
          QStringLiteral("+994 50 123 45 67"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("+994501234567")) ==
          QStringLiteral("+994 50 123 45 67"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("994-50-123-45-67")) ==
          QStringLiteral("+994 50 123 45 67"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("00994 (12) 498 76 54")) ==
          QStringLiteral("+994 12 498 76 54"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral(" +7 916 123 45 67 ")) ==
          QStringLiteral("+7 916 123 45 67"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("116111")) == QStringLiteral("116111"));
    CHECK(IntakeMapping::normalisePhone(QStringLiteral("ask mum")) == QStringLiteral("ask mum"));

    const IntakeMapping mapping;
    QJsonObject values = fullIntake();
    values.insert(QStringLiteral("childPhone"), QStringLiteral("055 987 65 43"));
    CHECK(mapping.toContactSave(values, context()).child->phone ==
          QStringLiteral("+994 55 987 65 43"));

    // The risk level is core's verdict on the answers.
    QJsonObject acute{{QStringLiteral("instrument"), QStringLiteral("asq")},
                      {QStringLiteral("q1"), QStringLiteral("yes")},
                      {QStringLiteral("q5"), QStringLiteral("yes")}};
    CHECK(IntakeMapping::riskLevelFor(acute) == QStringLiteral("acute"));
    values.insert(QStringLiteral("screening"), acute);
    CHECK(mapping.toContactSave(values, context()).contact.riskLevel == QStringLiteral("acute"));
    CssrsAnswers cssrs;
    cssrs.q1 = Answer::No;
    cssrs.q2 = Answer::No;
    cssrs.q6 = Answer::No;
    CHECK(IntakeMapping::riskLevelFor(toJson(cssrs)) == QStringLiteral("none"));
    // Only the instrument chosen: not started, nothing saved.
    values.insert(QStringLiteral("screening"),
                  QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")}});
    const ContactSave notStarted = mapping.toContactSave(values, context());
    CHECK(notStarted.contact.riskLevel.isEmpty());
    CHECK(notStarted.contact.screening.isEmpty());
}

TEST_CASE("validation problems are keyed by form field ids", "[forms]")
{
    const IntakeMapping mapping;
    SECTION("a complete intake has none")
    {
        const Problems problems = mapping.validate(fullIntake(), context(), kNow);
        INFO(str(problems.isEmpty() ? QString() : problems.first().field));
        CHECK(problems.isEmpty());
    }
    SECTION("an empty form needs its call type")
    {
        QJsonObject values = FormDefinition::builtIn().defaults();
        const Problems problems = mapping.validate(values, context(), kNow);
        CHECK(problemFor(problems, QStringLiteral("callType")) ==
              FormDefinition::requiredProblem(
                  *FormDefinition::builtIn().field(QStringLiteral("callType"))));
        // Required visible fields: categories, summary.
        CHECK(hasProblem(problems, QStringLiteral("categories")));
        CHECK(hasProblem(problems, QStringLiteral("summary")));
        // Hidden ones are not asked for.
        CHECK_FALSE(hasProblem(problems, QStringLiteral("callerRelationship")));
        CHECK_FALSE(hasProblem(problems, QStringLiteral("followUpDate")));
        for (const FieldProblem &problem : problems) {
            INFO(str(problem.field));
            CHECK(FormDefinition::builtIn().field(problem.field) != nullptr);
            CHECK_FALSE(problem.message.isEmpty());
        }
    }
    SECTION("core's problems come back under the field that holds the value")
    {
        QJsonObject values = fullIntake();
        values.insert(QStringLiteral("childPhone"), QStringLiteral("12"));
        values.insert(QStringLiteral("callerPhone"), QStringLiteral("call me maybe"));
        values.remove(QStringLiteral("callerRelationship"));
        values.insert(QStringLiteral("summary"), QStringLiteral("   "));
        const Problems problems = mapping.validate(values, context(), kNow);
        CHECK(problemFor(problems, QStringLiteral("childPhone"))
                  .contains(QStringLiteral("5 to 15 digits")));
        CHECK(problemFor(problems, QStringLiteral("callerPhone"))
                  .contains(QStringLiteral("5 to 15 digits")));
        CHECK(hasProblem(problems, QStringLiteral("callerRelationship")));
        CHECK(hasProblem(problems, QStringLiteral("summary")));
        CHECK_FALSE(hasProblem(problems, QStringLiteral("child.phone")));
        CHECK_FALSE(hasProblem(problems, QStringLiteral("caller.phone")));
        // One message per field.
        QStringList fields;
        for (const FieldProblem &problem : problems)
            fields << problem.field;
        CHECK(fields.removeDuplicates() == 0);
    }
    SECTION("types, options and lengths")
    {
        QJsonObject values = fullIntake();
        values.insert(QStringLiteral("childGender"), QStringLiteral("cat"));
        values.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("violence")});
        values.insert(QStringLiteral("childRegion"), QStringLiteral("Atlantis"));
        values.insert(QStringLiteral("followUpDate"), QStringLiteral("2026-02-30"));
        values.insert(QStringLiteral("followUpNote"), QString(501, u'x'));
        values.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("teleported")});
        values.insert(QStringLiteral("keepConfidential"), QStringLiteral("yes"));
        const Problems problems = mapping.validate(values, context(), kNow);
        for (const char *id : {"childGender", "categories", "childRegion", "followUpDate",
                               "followUpNote", "actions", "keepConfidential"}) {
            INFO(id);
            CHECK(hasProblem(problems, QString::fromLatin1(id)));
        }
        CHECK(problemFor(problems, QStringLiteral("categories"))
                  .contains(QStringLiteral("subcategory")));
        CHECK(problemFor(problems, QStringLiteral("followUpNote")).contains(QStringLiteral("500")));
    }
    SECTION("a planned follow-up becomes a follow-up record and may not lie in the past")
    {
        QJsonObject values = fullIntake();
        values.insert(QStringLiteral("followUpNeeded"), true);
        values.insert(QStringLiteral("followUpDate"),
                      kNow.toLocalTime().date().addDays(3).toString(Qt::ISODate));
        values.insert(QStringLiteral("followUpNote"), QStringLiteral("Zəng et"));
        const ContactSave planned = mapping.toContactSave(values, context());
        REQUIRE(planned.followUp.has_value());
        CHECK(planned.followUp->description == QStringLiteral("Zəng et"));
        CHECK(planned.followUp->dueAt.toLocalTime().date() == kNow.toLocalTime().date().addDays(3));
        CHECK(planned.followUp->dueAt.toLocalTime().time() == QTime(9, 0));
        CHECK_FALSE(
            hasProblem(mapping.validate(values, context(), kNow), QStringLiteral("followUpDate")));
        values.insert(QStringLiteral("followUpDate"),
                      kNow.toLocalTime().date().addDays(-1).toString(Qt::ISODate));
        CHECK(problemFor(mapping.validate(values, context(), kNow), QStringLiteral("followUpDate"))
                  .contains(QStringLiteral("past")));
        values.insert(QStringLiteral("followUpNeeded"), false);
        CHECK_FALSE(mapping.toContactSave(values, context()).followUp.has_value());
    }
    SECTION("an unfinished screening is saved without a risk level but a wrong answer is not")
    {
        QJsonObject values = fullIntake();
        values.insert(QStringLiteral("screening"),
                      QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                                  {QStringLiteral("q1"), QStringLiteral("yes")}});
        CHECK_FALSE(
            hasProblem(mapping.validate(values, context(), kNow), QStringLiteral("screening")));
        const ContactSave unfinished = mapping.toContactSave(values, context());
        CHECK(unfinished.contact.riskLevel.isEmpty());
        CHECK(unfinished.contact.screening.value(QStringLiteral("q1")) == QStringLiteral("yes"));
        values.insert(QStringLiteral("screening"),
                      QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                                  {QStringLiteral("q1"), QStringLiteral("maybe")}});
        CHECK(problemFor(mapping.validate(values, context(), kNow), QStringLiteral("screening"))
                  .contains(QStringLiteral("not valid")));
    }
    SECTION("numbers and ranges in a custom form")
    {
        const QByteArray json =
            sample(field("age", "number", R"("min": 0, "max": 25, "bind": "child.age")") + ", " +
                   field("count", "number", R"("min": 1)"));
        Outcome<FormDefinition> parsed = FormDefinition::fromJson(json);
        REQUIRE(parsed.ok());
        const IntakeMapping custom(parsed.value());
        QJsonObject values{{QStringLiteral("callType"), QStringLiteral("information")},
                           {QStringLiteral("age"), 30},
                           {QStringLiteral("count"), 1.5}};
        Problems problems = custom.validate(values, context(), kNow);
        CHECK(problemFor(problems, QStringLiteral("age")).contains(QStringLiteral("from 0 to 25")));
        CHECK(
            problemFor(problems, QStringLiteral("count")).contains(QStringLiteral("whole number")));
        values.insert(QStringLiteral("age"), 7);
        values.insert(QStringLiteral("count"), 3);
        problems = custom.validate(values, context(), kNow);
        INFO(str(problems.isEmpty() ? QString() : problems.first().field));
        CHECK(problems.isEmpty());
        const ContactSave save = custom.toContactSave(values, context());
        REQUIRE(save.child);
        CHECK(save.child->age == QStringLiteral("7"));
        CHECK(save.contact.data.value(QStringLiteral("count")) == QJsonValue(3));
        CHECK(custom.toValues(save.contact, save.child, save.caller) == values);
    }
}

TEST_CASE("store problems map back to form field ids", "[forms]")
{
    const IntakeMapping mapping;
    const Problems store{
        {QStringLiteral("summary"), QStringLiteral("a")},
        {QStringLiteral("call_type"), QStringLiteral("b")},
        {QStringLiteral("categories"), QStringLiteral("c")},
        {QStringLiteral("caller.relationship"), QStringLiteral("d")},
        {QStringLiteral("child.age"), QStringLiteral("e")},
        {QStringLiteral("child.phone"), QStringLiteral("f")},
        {QStringLiteral("caller.phone"), QStringLiteral("g")},
        {QStringLiteral("risk_level"), QStringLiteral("h")},
        {QStringLiteral("channel"), QStringLiteral("i")},
        {QStringLiteral("started_at"), QStringLiteral("j")},
        {QStringLiteral("case"), QStringLiteral("k")},
        {QStringLiteral("child.birth_date"), QStringLiteral("l")},
    };
    const Problems mapped = mapping.problemsForForm(store);
    const Problems expected{
        {QStringLiteral("summary"), QStringLiteral("a")},
        {QStringLiteral("callType"), QStringLiteral("b")},
        {QStringLiteral("categories"), QStringLiteral("c")},
        {QStringLiteral("callerRelationship"), QStringLiteral("d")},
        {QStringLiteral("childAge"), QStringLiteral("e")},
        {QStringLiteral("childPhone"), QStringLiteral("f")},
        {QStringLiteral("callerPhone"), QStringLiteral("g")},
        {QStringLiteral("screening"), QStringLiteral("h")},
        {QStringLiteral("channel"), QStringLiteral("i")},
        {QStringLiteral("started_at"), QStringLiteral("j")}, // no field: kept as is
        {QStringLiteral("case"), QStringLiteral("k")},
        {QStringLiteral("child.birth_date"), QStringLiteral("l")}, // the intake has no such field
    };
    CHECK(mapped == expected);
    CHECK(mapping.fieldForRecordField(QStringLiteral("caller.name")) ==
          QStringLiteral("callerName"));
    CHECK(mapping.fieldForRecordField(QStringLiteral("data.followUpDate")) ==
          QStringLiteral("followUpDate"));
    CHECK(mapping.fieldForRecordField(QStringLiteral("counsellor")).isEmpty());
}

TEST_CASE("a full valid intake is saved by the contact repository", "[forms][store]")
{
    test::StoreFixture f;
    const IntakeMapping mapping;
    IntakeContext ctx = context(f.clock.nowUtc().addSecs(-600));
    ctx.counsellorId = f.store->session().accountId;
    const QJsonObject values = fullIntake();
    REQUIRE(mapping.validate(values, ctx, f.clock.nowUtc()).isEmpty());

    ContactRepository contacts(*f.store);
    contacts.setCategoryCheck(
        [](const QString &code) { return Taxonomy::builtIn().contains(code); });
    auto saved = contacts.save(mapping.toContactSave(values, ctx));
    INFO(str(saved.error().message));
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->caseNumber.isEmpty());
    CHECK(f.count(QStringLiteral("persons")) == 2);
    CHECK(f.count(QStringLiteral("contacts")) == 1);

    // Read back: the same values.
    auto contact = contacts.open(saved->contact.meta.id);
    REQUIRE(contact.ok());
    auto child = contacts.person(contact->childPersonId);
    auto caller = contacts.person(contact->callerPersonId);
    REQUIRE(child.ok());
    REQUIRE(caller.ok());
    CHECK(contact->formId == QStringLiteral("intake"));
    CHECK(mapping.toValues(contact.value(), child.value(), caller.value()) == values);

    // A save the store refuses comes back under the form's field ids.
    QJsonObject broken = values;
    broken.insert(QStringLiteral("childAge"), QStringLiteral("unborn"));
    ContactSave request = mapping.toContactSave(broken, ctx);
    request.child->age = QStringLiteral("26"); // as a stale draft might hold
    request.link = ContactSave::CaseLink::ExistingCase;
    auto refused = contacts.save(request);
    REQUIRE_FALSE(refused.ok());
    const Problems problems = mapping.problemsForForm(refused.error().problems);
    CHECK(hasProblem(problems, QStringLiteral("childAge")));
    CHECK(hasProblem(problems, QStringLiteral("case")));
}

TEST_CASE("form option lists resolve codes and translated labels", "[forms]")
{
    CHECK(formoptions::codes(QStringLiteral("channels")) == codes::channels().codes());
    CHECK(formoptions::codes(QStringLiteral("childAges")).size() == 29);
    for (const QString &age : formoptions::childAgeCodes())
        CHECK(Person::isValidAge(age));
    CHECK(formoptions::label(QStringLiteral("languages"), QStringLiteral("az")) ==
          QStringLiteral("Azerbaijani"));
    CHECK(formoptions::label(QStringLiteral("childAges"), QStringLiteral("12")) ==
          QStringLiteral("12"));
    CHECK(formoptions::codes(QStringLiteral("colours")).isEmpty());
    for (const QString &name : formoptions::listNames())
        CHECK_FALSE(formoptions::codes(name).isEmpty());
}
