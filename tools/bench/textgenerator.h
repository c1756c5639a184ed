#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace helpline::bench {

// Deterministic case-note text in Azerbaijani, Russian and English with a Zipf-like word
// distribution (a few words in most notes, most words rare), child names and place names, so
// that search sees realistic term frequencies.
class TextGenerator {
public:
    explicit TextGenerator(quint32 seed);

    QString note(int minWords, int maxWords);
    QString childName();
    QString place();
    // A query of the kind a counsellor types: a full name, a first name, a place, or one or two
    // content words; sometimes typed without Azerbaijani letters.
    QString query();

    QRandomGenerator &random() { return m_random; }

private:
    QString zipfWord(const QStringList &words);
    QStringList m_az;
    QStringList m_ru;
    QStringList m_en;
    QStringList m_first;
    QStringList m_last;
    QStringList m_places;
    QRandomGenerator m_random;
};

} // namespace helpline::bench
