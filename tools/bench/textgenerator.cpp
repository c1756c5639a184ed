#include "textgenerator.h"

#include <cmath>

namespace helpline::bench {

namespace {

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// Real words first (the most frequent), then made-up words from the language's syllables, so
// the vocabulary has a long rare tail like real notes.
QStringList vocabulary(const char *common, const char *syllables, int size, quint32 seed)
{
    QStringList words = split(common);
    const QStringList parts = split(syllables);
    QRandomGenerator random(seed);
    while (words.size() < size) {
        QString word;
        const int n = 2 + int(random.bounded(3));
        for (int i = 0; i < n; ++i)
            word += parts.at(random.bounded(int(parts.size())));
        words << word;
    }
    return words;
}

} // namespace

TextGenerator::TextGenerator(quint32 seed)
    : m_random(seed)
{
    m_az = vocabulary(
        "və bu ilə üçün uşaq ana ata məktəb ev qız oğlan dedi zəng etdi çox var yox sonra "
        "müəllim sinif dost qorxur ağlayır döyür problem kömək psixoloq polis xəstəxana "
        "hüquqi məsləhət bullinq zorakılıq təhlükə gecə səhər bacı qardaş nənə baba "
        "əmi xala qonşu pul iş təhsil imtahan telefon internet instagram şəkil söz "
        "danışdı narahatdır sevinir kədərli özünə zərər intihar fikir yuxu yemək "
        "boşanma nikah erkən evdən qaçıb küçə dilənçilik əmək istismar sosial yardım",
        "ba ca da ga la ma na ra sa ta ya za bə cə də gə lə mə nə rə sə tə yə zə qı kı "
        "lı mı nı rı sı tı ğa şa ça xa ö ü ər ən əl ar an al ov us üz",
        3000, seed + 1);
    m_ru =
        vocabulary("и в не на что он она мама папа школа ребёнок девочка мальчик сказал звонит "
                   "боится плачет бьёт проблема помощь психолог полиция больница учитель класс "
                   "друг подруга брат сестра бабушка дедушка ночь утро деньги телефон интернет "
                   "травля насилие опасность развод ушла из дома улица работа",
                   "ка ла ма на ра са та ва да за ло мо но ро со то во до ли ми ни ри си ти ви ди "
                   "ко ку ну ру ту жа ша ча ще ю я ё",
                   1500, seed + 2);
    m_en = vocabulary(
        "the and a to of child mother father school said called afraid crying hit problem "
        "help psychologist police hospital teacher class friend brother sister night "
        "morning money phone online bullying violence danger divorce ran away street work",
        "ka la ma na ra sa ta va da za lo mo no ro so to vo do li mi ni ri si ti vi di "
        "er en el an ar or on in",
        1000, seed + 3);
    m_first = split("Aysel Leyla Nərmin Günay Aygün Lalə Səbinə Fidan Nigar Könül Ülviyyə "
                    "Şəbnəm Zəhra Fatimə Mədinə Aynur Elnarə Gülnar Sevinc İlahə Orxan Murad "
                    "Əli Hüseyn Elvin Tural Rəşad Nicat Kamran Ruslan Fərid Elçin Vüqar Samir "
                    "Cavid İlkin Ömər Yusif Əkbər Məhəmməd Анна Мария Алёна Дарья Иван Артём "
                    "Никита Дмитрий Сабина Тимур");
    m_last = split("Məmmədova Əliyeva Həsənova Hüseynova Quliyeva İsmayılova Rzayeva "
                   "Abbasova Nəsirova Kərimova Babayeva Cəfərova Orucova Şükürova Zeynalova "
                   "Məmmədov Əliyev Həsənov Hüseynov Quliyev İsmayılov Rzayev Abbasov "
                   "Nəsirov Kərimov Babayev Cəfərov Orucov Şükürov Zeynalov Иванова Петров "
                   "Смирнова Кузнецов");
    m_places = split("Bakı Sumqayıt Gəncə Şəki Lənkəran Mingəçevir Naxçıvan Şirvan Quba "
                     "Qəbələ İsmayıllı Şamaxı Zaqatala Balakən Qax Oğuz Tovuz Qazax Şəmkir "
                     "Gədəbəy Ağstafa Xaçmaz Qusar Siyəzən Şabran Astara Lerik Masallı "
                     "Cəlilabad Yardımlı Ağcabədi Bərdə Tərtər Füzuli Şuşa Ağdam Kürdəmir "
                     "Göyçay Ucar Yevlax Zərdab Ağdaş Sabirabad Saatlı İmişli Beyləqan "
                     "Salyan Neftçala Hacıqabul Biləsuvar Xızı Abşeron Qobustan Ağsu "
                     "Nəsimi Yasamal Xətai Binəqədi Sabunçu Suraxanı Nərimanov Nizami");
}

QString TextGenerator::zipfWord(const QStringList &words)
{
    // Inverse-CDF sampling of a Zipf distribution with s = 1 over the vocabulary's ranks.
    const double n = double(words.size());
    const double u = m_random.generateDouble();
    const int rank = int(std::exp(u * std::log(n + 1.0))) - 1;
    return words.at(std::clamp(rank, 0, int(words.size()) - 1));
}

QString TextGenerator::childName()
{
    return m_first.at(m_random.bounded(int(m_first.size()))) + u' ' +
           m_last.at(m_random.bounded(int(m_last.size())));
}

QString TextGenerator::place()
{
    return m_places.at(m_random.bounded(int(m_places.size())));
}

QString TextGenerator::note(int minWords, int maxWords)
{
    const int words = minWords + int(m_random.bounded(maxWords - minWords + 1));
    // Each note is mostly one language, with some words of the others, as counsellors write.
    const int main = int(m_random.bounded(10));
    const QStringList &primary = main < 6 ? m_az : (main < 9 ? m_ru : m_en);
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        const int pick = int(m_random.bounded(100));
        QString word;
        if (pick < 85)
            word = zipfWord(primary);
        else if (pick < 92)
            word = zipfWord(m_az);
        else if (pick < 97)
            word = zipfWord(m_ru);
        else if (pick < 99)
            word = place();
        else
            word = m_first.at(m_random.bounded(int(m_first.size())));
        text += word;
        text += (i % 12 == 11) ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text;
}

QString TextGenerator::query()
{
    const int kind = int(m_random.bounded(100));
    QString q;
    if (kind < 35)
        q = childName();
    else if (kind < 50)
        q = m_first.at(m_random.bounded(int(m_first.size())));
    else if (kind < 70)
        q = place();
    else if (kind < 85) {
        // a rarer content word (rank 100 to 3000)
        q = m_az.at(100 + m_random.bounded(int(m_az.size()) - 100));
    } else {
        q = zipfWord(m_az) + u' ' + m_az.at(50 + m_random.bounded(int(m_az.size()) - 50));
    }
    if (m_random.bounded(4) == 0) { // typed on a keyboard without Azerbaijani letters
        const QString from = QStringLiteral("əƏıİşŞçÇğĞöÖüÜ");
        const QString to = QStringLiteral("eEiIsScCgGoOuU");
        for (qsizetype i = 0; i < from.size(); ++i)
            q.replace(from.at(i), to.at(i));
    }
    return q;
}

} // namespace helpline::bench
