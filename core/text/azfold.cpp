#include "core/text/azfold.h"

namespace helpline::text {

namespace {

char16_t foldChar(char16_t c)
{
    switch (c) {
    case u'I':
    case u'i':
    case u'\u0130': // İ
    case u'\u0131': // ı
        return u'i';
    case u'\u018F': // Ə
    case u'\u0259': // ə
    case u'\u04D8': // Cyrillic Ә (look-alike in imported data)
    case u'\u04D9': // Cyrillic ә
    case u'\u00C4': // Ä (the 1991-92 alphabet's letter for ə)
    case u'\u00E4': // ä
        return u'e';
    case u'\u0401':       // Ё
    case u'\u0451':       // ё
        return u'\u0435'; // е
    default:
        break;
    }
    QChar ch(c);
    if (ch.isHighSurrogate() || ch.isLowSurrogate())
        return c;
    // Latin letters with a diacritic (ş ç ğ ö ü é ...): their canonical decomposition starts with
    // the base letter. Cyrillic й keeps its breve: it is a letter of its own in Russian.
    if (c >= 0x00C0 && c < 0x0250) {
        const QString decomposed = ch.decomposition();
        if (!decomposed.isEmpty() && ch.decompositionTag() == QChar::Canonical) {
            const QChar base = decomposed.at(0);
            if (base.unicode() < 0x80)
                return base.toLower().unicode();
        }
    }
    return ch.toLower().unicode();
}

} // namespace

QString foldForSearch(const QString &text)
{
    QString folded(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        folded[i] = QChar(foldChar(text.at(i).unicode()));
    return folded;
}

QStringList searchTerms(const QString &query)
{
    const QString folded = foldForSearch(query);
    QStringList terms;
    QString current;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            terms.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        terms.append(current);
    return terms;
}

QString azToUpper(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'i')
            out.append(QChar(0x0130));
        else if (c == QChar(0x0131))
            out.append(u'I');
        else
            out.append(QString(c).toUpper());
    }
    return out;
}

QString azToLower(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(0x0130))
            out.append(u'i');
        else if (c == u'I')
            out.append(QChar(0x0131));
        else
            out.append(QString(c).toLower());
    }
    return out;
}

} // namespace helpline::text
