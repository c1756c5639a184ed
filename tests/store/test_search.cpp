#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/caseitemrepository.h"
#include "core/store/searchindex.h"

using namespace helpline;
using helpline::test::StoreFixture;

namespace {
QStringList caseIdsFor(CaseStore &store, const QString &query)
{
    auto hits = SearchIndex::search(store, query);
    INFO(hits.error().message.toStdString());
    REQUIRE(hits.ok());
    QStringList ids;
    for (const SearchHit &hit : *hits)
        ids << hit.caseId;
    return ids;
}
} // namespace

TEST_CASE("search folds Azerbaijani letters and case", "[store][search]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto sheki = contacts.save(f.counsellingContact(
        QStringLiteral("Uşaq Şəki rayonundan zəng etdi, məktəbdə problem var."),
        QStringLiteral("Lalə")));
    auto ismayilli = contacts.save(f.counsellingContact(
        QStringLiteral("İsmayıllıda yaşayan oğlan evdən qaçıb."), QStringLiteral("Orxan")));
    auto russian = contacts.save(f.counsellingContact(
        QStringLiteral("Девочка из Баку, ссора с мачехой."), QStringLiteral("Алёна")));
    REQUIRE(sheki.ok());
    REQUIRE(ismayilli.ok());
    REQUIRE(russian.ok());

    for (const QString &query :
         {QStringLiteral("seki"), QStringLiteral("Seki"), QStringLiteral("ŞƏKİ"),
          QStringLiteral("Şäki"), QStringLiteral("şəki")}) {
        INFO(query.toStdString());
        CHECK(caseIdsFor(*f.store, query) == QStringList{sheki->caseId});
    }
    for (const QString &query : {QStringLiteral("ismayilli"), QStringLiteral("ISMAYILLI"),
                                 QStringLiteral("İsmayıllı"), QStringLiteral("ısmayıllı")}) {
        INFO(query.toStdString());
        CHECK(caseIdsFor(*f.store, query) == QStringList{ismayilli->caseId});
    }
    CHECK(caseIdsFor(*f.store, QStringLiteral("lale")) == QStringList{sheki->caseId}); // a name
    CHECK(caseIdsFor(*f.store, QStringLiteral("алена")) == QStringList{russian->caseId});
    CHECK(caseIdsFor(*f.store, QStringLiteral("МАЧЕХОЙ")) == QStringList{russian->caseId});
    CHECK(caseIdsFor(*f.store, QStringLiteral("problem mekteb")) == QStringList{sheki->caseId});
    CHECK(caseIdsFor(*f.store, QStringLiteral("mekteb qacib")).isEmpty()); // all words must match
}

TEST_CASE("search results carry a snippet cut from the original text", "[store][search]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    QString longText;
    for (int i = 0; i < 40; ++i)
        longText += QStringLiteral("söz%1 ").arg(i);
    longText += QStringLiteral("Qəbələ şəhərində ");
    for (int i = 40; i < 80; ++i)
        longText += QStringLiteral("söz%1 ").arg(i);
    auto saved = contacts.save(f.counsellingContact(longText));
    REQUIRE(saved.ok());
    auto hits = SearchIndex::search(*f.store, QStringLiteral("qebele"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().snippet.contains(QStringLiteral("Qəbələ")));
    CHECK(hits->first().snippet.size() < 140);
    CHECK(hits->first().snippet.startsWith(QChar(0x2026)));
}

TEST_CASE("search ranks the better match first and returns each case once", "[store][search]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto once = contacts.save(
        f.counsellingContact(QStringLiteral("bullinq bir dəfə, sonra başqa mövzular")));
    auto often =
        contacts.save(f.counsellingContact(QStringLiteral("bullinq, bullinq, yenə bullinq")));
    REQUIRE(once.ok());
    REQUIRE(often.ok());
    NoteRepository notes(*f.store);
    Note note;
    note.caseId = often->caseId;
    note.body = QStringLiteral("Qeyd: bullinq davam edir");
    REQUIRE(notes.add(note).ok());
    CHECK(caseIdsFor(*f.store, QStringLiteral("bullinq")) ==
          QStringList{often->caseId, once->caseId});
}

TEST_CASE("queries with quotes operators or punctuation never fail", "[store][search]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    REQUIRE(contacts.save(f.counsellingContact(QStringLiteral("Ana və ata boşanır"))).ok());
    for (const QString &query :
         {QStringLiteral("\""), QStringLiteral("\"ana"), QStringLiteral("ana AND"),
          QStringLiteral("OR"), QStringLiteral("NEAR/3 ana"), QStringLiteral("ana*"),
          QStringLiteral("-ana"), QStringLiteral("(ana"), QStringLiteral("ana:ata"),
          QStringLiteral("'; DROP TABLE contacts; --"), QStringLiteral("^ana"),
          QStringLiteral("***"), QString(), QStringLiteral("   ")}) {
        INFO(query.toStdString());
        auto hits = SearchIndex::search(*f.store, query);
        CHECK(hits.ok());
    }
    CHECK(SearchIndex::search(*f.store, QStringLiteral("\"ana\" (ata)"))->size() == 1);
    CHECK(f.count(QStringLiteral("contacts")) == 1);
}

TEST_CASE("the match expression quotes words and drops filler words", "[store][search]")
{
    CHECK(SearchIndex::matchExpression(QStringLiteral("Şəki")) == QStringLiteral("\"seki*\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("Əli")) == QStringLiteral("\"eli\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("ana və Şəki")) ==
          QStringLiteral("\"ana\" \"seki*\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("Şəki ana")) ==
          QStringLiteral("\"seki\" \"ana\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral("və")) ==
          QStringLiteral("\"ve\"")); // alone, kept
    CHECK(SearchIndex::matchExpression(QStringLiteral("\"OR\" NEAR")) ==
          QStringLiteral("\"near*\""));
    CHECK(SearchIndex::matchExpression(QStringLiteral(" ;; ")).isEmpty());
}

TEST_CASE("the last word of a query also finds longer words", "[store][search]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto saved = contacts.save(f.counsellingContact(QStringLiteral("Ailə Şəkidə yaşayır")));
    REQUIRE(saved.ok());
    CHECK(caseIdsFor(*f.store, QStringLiteral("şəki")) == QStringList{saved->caseId});
    CHECK(caseIdsFor(*f.store, QStringLiteral("şəki ailə")).isEmpty()); // "şəki" must be whole here
    CHECK(caseIdsFor(*f.store, QStringLiteral("ailə şəki")) == QStringList{saved->caseId});
}
