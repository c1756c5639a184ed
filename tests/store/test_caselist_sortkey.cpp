#include <catch2/catch.hpp>

#include "core/text/sortkey.h"

#include <QStringList>

#include <algorithm>
#include <random>

using namespace helpline::text;

namespace {

QStringList sortedByKey(QStringList names)
{
    std::mt19937 shuffle(42);
    std::shuffle(names.begin(), names.end(), shuffle);
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return sortKey(a) < sortKey(b); });
    return names;
}

std::string joined(const QStringList &names)
{
    return names.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("names sort in the order of the Azerbaijani alphabet", "[text][caselist]")
{
    // a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z
    const QStringList expected{
        QStringLiteral("Ağa"),     QStringLiteral("Aysel"),  QStringLiteral("Cavid"),
        QStringLiteral("Çinarə"),  QStringLiteral("Dilarə"), QStringLiteral("Elvin"),
        QStringLiteral("Əli"),     QStringLiteral("Fidan"),  QStringLiteral("Günay"),
        QStringLiteral("Ğəni"),    QStringLiteral("Həsən"),  QStringLiteral("Xədicə"),
        QStringLiteral("Ismayıl"), QStringLiteral("Işıq"),   QStringLiteral("İlham"),
        QStringLiteral("İsa"),     QStringLiteral("Jalə"),   QStringLiteral("Kamran"),
        QStringLiteral("Qasım"),   QStringLiteral("Lalə"),   QStringLiteral("Murad"),
        QStringLiteral("Nigar"),   QStringLiteral("Orxan"),  QStringLiteral("Ömər"),
        QStringLiteral("Pərvin"),  QStringLiteral("Rəşad"),  QStringLiteral("Samir"),
        QStringLiteral("Şəbnəm"),  QStringLiteral("Tural"),  QStringLiteral("Uğur"),
        QStringLiteral("Ülviyyə"), QStringLiteral("Vüqar"),  QStringLiteral("Yusif"),
        QStringLiteral("Zəhra")};
    const QStringList sorted = sortedByKey(expected);
    INFO(joined(sorted));
    CHECK(sorted == expected);
}

TEST_CASE("the sort key ignores case with the Turkic dotted and dotless i", "[text][caselist]")
{
    CHECK(sortKey(QStringLiteral("ƏLİ")) == sortKey(QStringLiteral("əli")));
    CHECK(sortKey(QStringLiteral("İLHAM")) == sortKey(QStringLiteral("ilham")));
    CHECK(sortKey(QStringLiteral("ISMAYIL")) == sortKey(QStringLiteral("ısmayıl")));
    CHECK(sortKey(QStringLiteral("Şəki")) == sortKey(QStringLiteral("ŞƏKİ")));
    // Capital I is the capital of ı, not of i: "Ilham" is not "İlham".
    CHECK(sortKey(QStringLiteral("Ilham")) != sortKey(QStringLiteral("İlham")));
    CHECK(sortKey(QStringLiteral("Ilham")) < sortKey(QStringLiteral("İlham")));
    CHECK(sortKey(QStringLiteral("Işıq")) < sortKey(QStringLiteral("İlham")));
    CHECK(sortKey(QStringLiteral("Ismayıl")) < sortKey(QStringLiteral("Işıq"))); // s before ş
    CHECK(sortKey(QStringLiteral("hüseyn")) < sortKey(QStringLiteral("Xədicə")));
    CHECK(sortKey(QStringLiteral("Xədicə")) < sortKey(QStringLiteral("ılğım")));
}

TEST_CASE("Cyrillic names sort in the Russian order after Latin ones", "[text][caselist]")
{
    const QStringList expected{
        QStringLiteral("Zəhra"),   QStringLiteral("Алёна"), QStringLiteral("Анна"),
        QStringLiteral("Дарья"),   QStringLiteral("Ежов"),  QStringLiteral("Елена"),
        QStringLiteral("Ёж"),      QStringLiteral("Ёлка"),  QStringLiteral("Жанна"),
        QStringLiteral("Иван"),    QStringLiteral("Йога"),  QStringLiteral("Тимур"),
        QStringLiteral("Эльвира"), QStringLiteral("Юлия"),  QStringLiteral("Яна")};
    const QStringList sorted = sortedByKey(expected);
    INFO(joined(sorted));
    CHECK(sorted == expected);
    CHECK(sortKey(QStringLiteral("ЁЛКА")) == sortKey(QStringLiteral("ёлка")));
    CHECK(sortKey(QStringLiteral("Ёлка")) != sortKey(QStringLiteral("Елка")));
}

TEST_CASE("separators digits and variant letters in sort keys", "[text][caselist]")
{
    // A separator sorts before every letter; runs of them count once.
    CHECK(sortKey(QStringLiteral("Əli")) < sortKey(QStringLiteral("Əli Məmmədov")));
    CHECK(sortKey(QStringLiteral("Əli Məmmədov")) < sortKey(QStringLiteral("Əlif")));
    CHECK(sortKey(QStringLiteral("Nur-Əli")) == sortKey(QStringLiteral("Nur   Əli")));
    CHECK(sortKey(QStringLiteral("  Aysel ")) == sortKey(QStringLiteral("Aysel")));
    // Apostrophes and combining marks are ignored.
    CHECK(sortKey(QStringLiteral("Ma'mun")) == sortKey(QStringLiteral("Mamun")));
    // Digits before letters.
    CHECK(sortKey(QStringLiteral("2 Aysel")) < sortKey(QStringLiteral("Aysel")));
    // Digits compare as text, one by one, like the names they are part of.
    CHECK(sortKey(QStringLiteral("Uşaq 10")) < sortKey(QStringLiteral("Uşaq 2")));
    // Letters outside the alphabet: é as e, the 1991-92 ä and the Cyrillic schwa as ə, w after v.
    CHECK(sortKey(QStringLiteral("Élvin")) == sortKey(QStringLiteral("Elvin")));
    CHECK(sortKey(QStringLiteral("Äli")) == sortKey(QStringLiteral("Əli")));
    CHECK(sortKey(QString::fromUtf8("\xd3\x99li")) == sortKey(QStringLiteral("əli")));
    CHECK(sortKey(QStringLiteral("Vüqar")) < sortKey(QStringLiteral("William")));
    CHECK(sortKey(QStringLiteral("William")) < sortKey(QStringLiteral("Yusif")));
}

TEST_CASE("a name without letters sorts after every name", "[text][caselist]")
{
    CHECK(sortKey(QString()) == noNameKey());
    CHECK(sortKey(QStringLiteral("  -- ")) == noNameKey());
    CHECK(sortKey(QStringLiteral("Zəhra")) < noNameKey());
    CHECK(sortKey(QStringLiteral("Яна")) < noNameKey());
    CHECK(sortKey(QStringLiteral("张伟")) < noNameKey());
}
