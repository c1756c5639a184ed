#include <catch2/catch.hpp>

#include "core/domain/taxonomy.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace helpline;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QByteArray shippedTaxonomy()
{
    QFile file(QStringLiteral(":/helpline/taxonomy/taxonomy.json"));
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

// A small valid taxonomy; tests break one thing at a time.
QByteArray sample(const QByteArray &subcategories, const QByteArray &format = "helpline-taxonomy")
{
    return QByteArray(R"({"format": ")") + format + R"(", "version": 1, "categories": [
        {"code": "violence", "labels": {"en": "Violence", "az": "Zorakılıq", "ru": "Насилие"},
         "subcategories": [)" +
           subcategories + R"(]}]})";
}

const QByteArray kBullying =
    R"({"code": "violence.bullying", "labels": {"en": "Bullying", "az": "Bullinq", "ru": "Травля"}})";

} // namespace

TEST_CASE("the built-in taxonomy loads with every label in English Azerbaijani and Russian",
          "[domain][taxonomy]")
{
    Outcome<Taxonomy> loaded = Taxonomy::fromJson(shippedTaxonomy());
    INFO(str(loaded.error().message) << " at " << str(loaded.error().detail));
    REQUIRE(loaded.ok());
    const Taxonomy &taxonomy = loaded.value();
    CHECK(taxonomy.version() == 1);

    QStringList categoryCodes;
    int subcategories = 0;
    QSet<QString> codes;
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const TaxonomyCategory &category : taxonomy.categories()) {
        categoryCodes.append(category.code);
        CHECK(pattern.match(category.code).hasMatch());
        CHECK_FALSE(codes.contains(category.code));
        codes.insert(category.code);
        CHECK(category.subcategories.size() >= 2);
        QList<QMap<QString, QString>> labelMaps{category.labels};
        for (const TaxonomySubcategory &sub : category.subcategories) {
            INFO(str(sub.code));
            CHECK(sub.code.startsWith(category.code + u'.'));
            CHECK(pattern.match(sub.code.mid(category.code.size() + 1)).hasMatch());
            CHECK_FALSE(codes.contains(sub.code));
            codes.insert(sub.code);
            CHECK(taxonomy.categoryOf(sub.code) == category.code);
            labelMaps.append(sub.labels);
            ++subcategories;
        }
        for (const auto &labels : labelMaps) {
            INFO(str(category.code) << ": " << str(labels.value(QStringLiteral("en"))));
            for (const QString &language : Taxonomy::requiredLanguages())
                CHECK_FALSE(labels.value(language).trimmed().isEmpty());
            // Azerbaijani in Latin script (no Cyrillic look-alikes); Russian in Cyrillic.
            CHECK_FALSE(hasCyrillic(labels.value(QStringLiteral("az"))));
            CHECK_FALSE(hasCyrillic(labels.value(QStringLiteral("en"))));
            const QString russian = labels.value(QStringLiteral("ru"));
            CHECK((hasCyrillic(russian) || russian == u"COVID-19"));
        }
    }
    // The eleven CHI categories (current framework), plus trafficking from the longer variant.
    CHECK(str(categoryCodes.join(u' ')) ==
          "violence mental_health physical_health accessibility discrimination family peer "
          "education sexuality missing_children trafficking non_counselling");
    CHECK(subcategories == 81);
    // Every category can record what fits nowhere else.
    for (const QString &category : std::as_const(categoryCodes))
        CHECK(taxonomy.contains(category + QStringLiteral(".other")));

    // builtIn() is the same file, loaded from the resources once.
    const Taxonomy &builtIn = Taxonomy::builtIn();
    CHECK(&builtIn == &Taxonomy::builtIn());
    CHECK(builtIn.version() == 1);
    CHECK(builtIn.categories().size() == 12);
    CHECK(builtIn.contains(QStringLiteral("violence.bullying")));
}

TEST_CASE("the suicide subcategory is where the screening expects it", "[domain][taxonomy]")
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const QString code = QStringLiteral("mental_health.suicidal");
    REQUIRE(taxonomy.contains(code));
    CHECK(taxonomy.categoryOf(code) == u"mental_health");
    CHECK(str(taxonomy.label(code, QStringLiteral("en"))) ==
          "Suicidal thoughts and suicide attempts");
    CHECK(str(taxonomy.label(code, QStringLiteral("az"))) ==
          "İntihar düşüncələri və intihar cəhdləri");
    CHECK(str(taxonomy.label(code, QStringLiteral("ru"))) ==
          "Суицидальные мысли и попытки суицида");
}

TEST_CASE("taxonomy labels fall back to English and codes know their category",
          "[domain][taxonomy]")
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const QString bullying = QStringLiteral("violence.bullying");
    CHECK(str(taxonomy.label(bullying, QStringLiteral("en"))) == "Bullying");
    CHECK(str(taxonomy.label(bullying, QStringLiteral("tr"))) == "Bullying");
    CHECK(str(taxonomy.label(bullying, QString())) == "Bullying");
    CHECK(taxonomy.label(bullying, QStringLiteral("az_AZ")) ==
          taxonomy.label(bullying, QStringLiteral("az")));
    CHECK(taxonomy.label(bullying, QStringLiteral("ru-RU")) ==
          taxonomy.label(bullying, QStringLiteral("ru")));
    CHECK(taxonomy.label(bullying, QStringLiteral("az")) !=
          taxonomy.label(bullying, QStringLiteral("en")));
    CHECK(str(taxonomy.label(QStringLiteral("violence"), QStringLiteral("az"))) == "Zorakılıq");
    CHECK(taxonomy.label(QStringLiteral("no.such_code"), QStringLiteral("en")).isEmpty());

    CHECK(str(taxonomy.categoryOf(bullying)) == "violence");
    CHECK(taxonomy.categoryOf(QStringLiteral("violence")).isEmpty());
    CHECK(taxonomy.categoryOf(QStringLiteral("violence.no_such")).isEmpty());
    CHECK(taxonomy.isCategory(QStringLiteral("violence")));
    CHECK_FALSE(taxonomy.isCategory(bullying));
    CHECK_FALSE(taxonomy.contains(QStringLiteral("Violence")));
}

TEST_CASE("taxonomy search matches labels in every language however they are typed",
          "[domain][taxonomy]")
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    const QString suicidal = QStringLiteral("mental_health.suicidal");

    for (const char *query : {"suicid", "SUICIDAL THOUGHTS", "intihar", "İNTİHAR", "İntihar",
                              "суицид", "Суицидальные", "thoughts suicidal"}) {
        INFO(query);
        const QStringList found = taxonomy.search(QString::fromUtf8(query), QStringLiteral("en"));
        REQUIRE_FALSE(found.isEmpty());
        CHECK(str(found.first()) == str(suicidal));
    }

    // Azerbaijani typed without its letters, Russian with or without ё.
    CHECK(taxonomy.search(QStringLiteral("zorbaliq"), QStringLiteral("az"))
              .contains(QStringLiteral("violence.bullying")));
    CHECK(taxonomy.search(QStringLiteral("травля"), QStringLiteral("ru"))
              .contains(QStringLiteral("violence.bullying")));
    CHECK(taxonomy.search(QStringLiteral("похищение ребенка"), QStringLiteral("ru"))
              .contains(QStringLiteral("missing_children.abduction")));
    CHECK(taxonomy.search(QStringLiteral("evden qacma"), QStringLiteral("en"))
              .contains(QStringLiteral("missing_children.runaway")));

    // Best first: the whole label beats labels that merely contain the word.
    const QStringList violence = taxonomy.search(QStringLiteral("violence"), QStringLiteral("en"));
    REQUIRE(violence.size() > 3);
    CHECK(str(violence.first()) == "violence");
    CHECK(violence.contains(QStringLiteral("violence.physical")));
    CHECK(violence.indexOf(QStringLiteral("violence.physical")) > 0);
    CHECK(str(taxonomy.search(QStringLiteral("Zorakılıq"), QStringLiteral("az")).first()) ==
          "violence");

    CHECK(taxonomy.search(QString(), QStringLiteral("en")).isEmpty());
    CHECK(taxonomy.search(QStringLiteral("  ,. "), QStringLiteral("en")).isEmpty());
    CHECK(taxonomy.search(QStringLiteral("qwxzv"), QStringLiteral("en")).isEmpty());
}

TEST_CASE("retired taxonomy codes keep their labels but leave the search", "[domain][taxonomy]")
{
    Outcome<Taxonomy> loaded =
        Taxonomy::fromJson(sample(kBullying + R"(, {"code": "violence.old", "retired": true,
            "labels": {"en": "Old bullying", "az": "Köhnə", "ru": "Старое"}})"));
    REQUIRE(loaded.ok());
    CHECK(loaded->isRetired(QStringLiteral("violence.old")));
    CHECK(str(loaded->label(QStringLiteral("violence.old"), QStringLiteral("az"))) == "Köhnə");
    CHECK(loaded->search(QStringLiteral("bullying"), QStringLiteral("en")) ==
          QStringList{QStringLiteral("violence.bullying")});
}

TEST_CASE("broken taxonomy files are rejected with a message naming the problem",
          "[domain][taxonomy]")
{
    SECTION("malformed JSON")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(R"({"format": "helpline-taxonomy",)");
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        CHECK(loaded.error().message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("wrong format")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(kBullying, "helpline-regions"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        CHECK(loaded.error().message.contains(QStringLiteral("helpline-regions")));
    }
    SECTION("missing version")
    {
        QByteArray json = sample(kBullying);
        json.replace(R"("version": 1)", R"("version": "one")");
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(json);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("version")));
    }
    SECTION("missing label")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(
            R"({"code": "violence.bullying", "labels": {"en": "Bullying", "az": "Bullinq"}})"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        INFO(str(loaded.error().message));
        CHECK(loaded.error().message.contains(QStringLiteral("violence.bullying")));
        CHECK(loaded.error().message.contains(QStringLiteral("Russian (ru)")));
        CHECK(str(loaded.error().detail) == "categories[0].subcategories[0].labels.ru");
    }
    SECTION("blank label")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(
            R"({"code": "violence.bullying", "labels": {"en": "Bullying", "az": " ", "ru": "Т"}})"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("Azerbaijani (az)")));
    }
    SECTION("duplicate code")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(kBullying + ", " + kBullying));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        INFO(str(loaded.error().message));
        CHECK(loaded.error().message.contains(QStringLiteral("violence.bullying")));
        CHECK(loaded.error().message.contains(QStringLiteral("more than once")));
    }
    SECTION("subcategory not prefixed by its category")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(
            R"({"code": "bullying", "labels": {"en": "Bullying", "az": "Bullinq", "ru": "Т"}})"));
        REQUIRE_FALSE(loaded.ok());
        INFO(str(loaded.error().message));
        CHECK(loaded.error().message.contains(QStringLiteral("bullying")));
        CHECK(loaded.error().message.contains(QStringLiteral("\"violence.\"")));
    }
    SECTION("code with capitals or spaces")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(
            R"({"code": "violence.Bullying at school", "labels": {"en": "B", "az": "B", "ru": "Т"}})"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("violence.Bullying at school")));
    }
    SECTION("a valid sample loads")
    {
        Outcome<Taxonomy> loaded = Taxonomy::fromJson(sample(kBullying));
        REQUIRE(loaded.ok());
        CHECK(loaded->categories().size() == 1);
        CHECK(loaded->contains(QStringLiteral("violence.bullying")));
    }
}
