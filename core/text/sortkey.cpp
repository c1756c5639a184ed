#include "core/text/sortkey.h"

namespace helpline::text {

namespace {

// Each alphabet is mapped to its own block of code points, so that a key compares with plain
// code point (and UTF-8 byte) order: separators, then digits, then Latin, then Cyrillic, then
// anything else.
constexpr char16_t kSeparator = u' ';
constexpr char16_t kLatinBase = 0x0100;
constexpr char16_t kLatinOther = 0x0140; // Latin letters outside the alphabet, after z
constexpr char16_t kCyrillicBase = 0x0180;
constexpr char16_t kCyrillicOther = 0x01C0; // non-Russian Cyrillic letters, after я
constexpr char16_t kNoName = 0xFFFF;

const QString &latinOrder()
{
    static const QString order = QStringLiteral("abcçdeəfgğhxıijkqlmnoöprsştuüvwyz");
    return order;
}

const QString &cyrillicOrder()
{
    static const QString order = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
    return order;
}

// The lower-case letter of the alphabet `c` stands for, with the Turkic i.
char16_t lowerLetter(char16_t c)
{
    switch (c) {
    case u'I':
        return 0x0131; // ı
    case 0x0130:       // İ
        return u'i';
    case 0x00C4:       // Ä (the 1991-92 alphabet's letter for ə)
    case 0x00E4:       // ä
    case 0x018F:       // Ə
    case 0x04D8:       // Cyrillic Ә, a look-alike in imported data
    case 0x04D9:       // Cyrillic ә
        return 0x0259; // ə
    default:
        return QChar(c).toLower().unicode();
    }
}

char16_t keyChar(char16_t c)
{
    const char16_t lower = lowerLetter(c);
    if (const qsizetype at = latinOrder().indexOf(QChar(lower)); at >= 0)
        return char16_t(kLatinBase + at);
    if (const qsizetype at = cyrillicOrder().indexOf(QChar(lower)); at >= 0)
        return char16_t(kCyrillicBase + at);
    const QChar ch(lower);
    if (lower >= 0x00C0 && lower < 0x0250) {
        // é, à, ñ ...: the base letter when it is in the alphabet.
        const QString decomposed = ch.decomposition();
        if (!decomposed.isEmpty() && ch.decompositionTag() == QChar::Canonical) {
            const char16_t base = decomposed.at(0).toLower().unicode();
            if (const qsizetype at = latinOrder().indexOf(QChar(base)); at >= 0)
                return char16_t(kLatinBase + at);
        }
        return kLatinOther;
    }
    if (lower >= 0x0400 && lower < 0x0530) {
        const QString decomposed = ch.decomposition();
        if (!decomposed.isEmpty() && ch.decompositionTag() == QChar::Canonical) {
            const char16_t base = decomposed.at(0).toLower().unicode();
            if (const qsizetype at = cyrillicOrder().indexOf(QChar(base)); at >= 0)
                return char16_t(kCyrillicBase + at);
        }
        return char16_t(kCyrillicOther + ((lower - 0x0400) & 0x3F));
    }
    return lower; // other scripts: their own code point order, after Latin and Cyrillic
}

bool isIgnorable(QChar c)
{
    return c.isMark() || c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC) ||
           c == QChar(0x00AD);
}

} // namespace

QString noNameKey()
{
    return QString(QChar(kNoName));
}

QString sortKey(const QString &name)
{
    QString key;
    key.reserve(name.size());
    bool pendingSeparator = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isIgnorable(c))
            continue;
        if (c.isSurrogate()) {
            // Outside the Basic Multilingual Plane: kept as is, after everything else.
            if (pendingSeparator && !key.isEmpty())
                key.append(QChar(kSeparator));
            pendingSeparator = false;
            key.append(c);
            continue;
        }
        if (!c.isLetterOrNumber()) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !key.isEmpty())
            key.append(QChar(kSeparator));
        pendingSeparator = false;
        if (c.isDigit())
            key.append(QChar(char16_t(u'0' + c.digitValue())));
        else
            key.append(QChar(keyChar(c.unicode())));
    }
    return key.isEmpty() ? noNameKey() : key;
}

} // namespace helpline::text
