#include <catch2/catch.hpp>

#include "core/text/azfold.h"

using namespace helpline::text;

TEST_CASE("folding matches Azerbaijani spellings typed on any keyboard", "[text]")
{
    const QString sheki = foldForSearch(QStringLiteral("Şəki"));
    CHECK(sheki == QStringLiteral("seki"));
    CHECK(foldForSearch(QStringLiteral("seki")) == sheki);
    CHECK(foldForSearch(QStringLiteral("Seki")) == sheki);
    CHECK(foldForSearch(QStringLiteral("ŞƏKİ")) == sheki);
    CHECK(foldForSearch(QStringLiteral("Şäki")) == sheki); // the 1991-92 alphabet
    CHECK(foldForSearch(QStringLiteral("Şәki")) == sheki); // Cyrillic schwa look-alike
    CHECK(foldForSearch(QStringLiteral("İsmayıllı")) == QStringLiteral("ismayilli"));
    CHECK(foldForSearch(QStringLiteral("ISMAYILLI")) == QStringLiteral("ismayilli"));
    CHECK(foldForSearch(QStringLiteral("Ağcabədi Göyçay Üçüncü")) ==
          QStringLiteral("agcabedi goycay ucuncu"));
    CHECK(foldForSearch(QStringLiteral("Ёлка ПСИХОЛОГ")) == QStringLiteral("елка психолог"));
    CHECK(foldForSearch(QStringLiteral("Café")) == QStringLiteral("cafe"));
}

TEST_CASE("folding keeps every position so snippets can be cut from the original", "[text]")
{
    const QString original = QStringLiteral("Uşaq Şəkidə yaşayır, 😀 İnşallah ŞƏKİ");
    CHECK(foldForSearch(original).size() == original.size());
}

TEST_CASE("query terms ignore quotes operators and punctuation", "[text]")
{
    CHECK(searchTerms(QStringLiteral("\"Şəki\" AND (NEAR ana*) -- '")) ==
          QStringList{QStringLiteral("seki"), QStringLiteral("and"), QStringLiteral("near"),
                      QStringLiteral("ana")});
    CHECK(searchTerms(QStringLiteral("  ..::  ")).isEmpty());
    CHECK(searchTerms(QString()).isEmpty());
}

TEST_CASE("Azerbaijani casing keeps dotted and dotless i apart", "[text]")
{
    CHECK(azToUpper(QStringLiteral("iyul")) == QStringLiteral("İYUL"));
    CHECK(azToUpper(QStringLiteral("ılıq")) == QStringLiteral("ILIQ"));
    CHECK(azToLower(QStringLiteral("İSMAYILLI")) == QStringLiteral("ismayıllı"));
    CHECK(azToLower(QStringLiteral("İstanbul")).size() == 8); // no combining dot left behind
}
