#include "core/store/searchindex.h"

#include "core/store/caseaccess.h"
#include "core/store/casestore.h"
#include "core/store/writetransaction.h"
#include "core/text/azfold.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace helpline {

namespace {

// Scores one candidate from matchinfo(search_fts, 'pcy'): per phrase, the hits in this row, and
// the number of candidates that contain the phrase (a local document frequency).
double bm25Like(const QByteArray &info, const QList<int> &candidatesWithPhrase, int candidates)
{
    const auto *values = reinterpret_cast<const quint32 *>(info.constData());
    const qsizetype count = info.size() / qsizetype(sizeof(quint32));
    if (count < 2)
        return 0;
    const quint32 phrases = values[0];
    const quint32 columns = values[1];
    if (count < qsizetype(2 + phrases * columns))
        return 0;
    double score = 0;
    for (quint32 p = 0; p < phrases; ++p) {
        double tf = 0;
        for (quint32 c = 0; c < columns; ++c)
            tf += values[2 + p * columns + c];
        const double df = candidatesWithPhrase.value(int(p), 1);
        const double idf = std::log(1.0 + (candidates - df + 0.5) / (df + 0.5));
        score += idf * (tf * 2.2) / (tf + 1.2);
    }
    return score;
}

QString sourceSql(const QString &recordType)
{
    if (recordType == QLatin1String("contact"))
        return QStringLiteral("SELECT summary FROM contacts WHERE id = ?");
    if (recordType == QLatin1String("note"))
        return QStringLiteral("SELECT body FROM notes WHERE id = ?");
    if (recordType == QLatin1String("person"))
        return QStringLiteral("SELECT name FROM persons WHERE id = ?");
    return {};
}

} // namespace

void SearchIndex::index(WriteTransaction &tx, const QString &recordType, const QString &recordId,
                        const QString &caseId, const QString &text, bool isNew)
{
    if (!isNew)
        tx.exec(QStringLiteral("DELETE FROM search_docs WHERE record_type = ? AND record_id = ?"),
                {recordType, recordId});
    if (text.trimmed().isEmpty())
        return;
    tx.exec(QStringLiteral("INSERT INTO search_docs (record_type, record_id, case_id) "
                           "VALUES (?, ?, ?)"),
            {recordType, recordId, caseId.isEmpty() ? QVariant() : QVariant(caseId)});
    const qint64 docid = tx.lastInsertId();
    tx.exec(QStringLiteral("INSERT INTO search_fts (docid, body) VALUES (?, ?)"),
            {docid, text::foldForSearch(text)});
}

QString SearchIndex::matchExpression(const QString &query)
{
    QStringList terms = text::searchTerms(query);
    // Words that say nothing about a case ("və", "и", "the") are dropped when other words remain:
    // they match nearly every note and would only make the search slow.
    static const QSet<QString> stopWords = [] {
        QSet<QString> words;
        for (const QString &w : text::searchTerms(
                 QStringLiteral("və ilə da də ki bu o bir ya yaxud amma ancaq üçün kimi "
                                "и в во не на что с со как а но или же к ко по из за у о об от для "
                                "the and a an to of in on at or for with is are was")))
            words.insert(w);
        return words;
    }();
    QStringList meaningful;
    for (const QString &term : std::as_const(terms))
        if (!stopWords.contains(term))
            meaningful << term;
    if (!meaningful.isEmpty())
        terms = meaningful;
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString &term = terms.at(i);
        // The last word, when it has four letters or more, also matches as a prefix: the
        // counsellor may still be typing it, and Azerbaijani adds suffixes ("Şəkidə", "Şəkiyə").
        // Earlier words match whole: expanding every word of a query to all the words that start
        // with it would read far more of the index than any answer needs.
        const bool prefix = i == terms.size() - 1 && term.size() >= 4;
        parts << (prefix ? QStringLiteral("\"%1*\"").arg(term)
                         : QStringLiteral("\"%1\"").arg(term));
    }
    return parts.join(u' ');
}

QString SearchIndex::snippet(const QString &original, const QStringList &terms, int width)
{
    const QString folded = text::foldForSearch(original);
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (const QString &term : terms) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = folded.indexOf(term, from);
            if (at < 0)
                break;
            const bool wordStart = at == 0 || !folded.at(at - 1).isLetterOrNumber();
            if (wordStart) {
                if (best < 0 || at < best) {
                    best = at;
                    bestLength = term.size();
                }
                break;
            }
            from = at + 1;
        }
    }
    QString flat = original;
    flat.replace(u'\n', u' ');
    if (flat.size() <= width)
        return flat;
    if (best < 0)
        best = 0;
    qsizetype start = std::max<qsizetype>(0, best - width / 3);
    while (start > 0 && start < best && !flat.at(start - 1).isSpace())
        ++start; // begin at a word
    qsizetype end = std::min<qsizetype>(flat.size(), std::max(start + width, best + bestLength));
    while (end < flat.size() && end > best + bestLength && !flat.at(end).isSpace())
        --end;
    QString cut = flat.mid(start, end - start).trimmed();
    if (start > 0)
        cut.prepend(QChar(0x2026));
    if (end < flat.size())
        cut.append(QChar(0x2026));
    return cut;
}

Outcome<QList<SearchHit>> SearchIndex::search(CaseStore &store, const QString &query, int limit)
{
    QList<SearchHit> hits;
    const QString expression = matchExpression(query);
    if (expression.isEmpty() || limit <= 0)
        return hits;
    // The newest matches (FTS4 walks its doclists in docid order, newest first here, and stops at
    // the limit) are the candidates; they are ranked in C++. Ranking every match of a common word
    // over a million notes would take hundreds of milliseconds; a counsellor wants the recent
    // cases first anyway.
    QSqlQuery *select = store.prepared(
        QStringLiteral("SELECT d.record_type, d.record_id, d.case_id, matchinfo(search_fts, 'pcy') "
                       "FROM search_fts JOIN search_docs d ON d.docid = search_fts.docid "
                       "WHERE search_fts MATCH ? ORDER BY search_fts.docid DESC LIMIT ?"));
    if (!select)
        return store.sqlError(store.lastPrepareError(),
                              QCoreApplication::translate("helpline::SearchIndex", "Searching"));
    select->bindValue(0, expression);
    select->bindValue(1, kCandidates);
    if (!select->exec())
        return store.sqlError(select->lastError(),
                              QCoreApplication::translate("helpline::SearchIndex", "Searching"));
    struct Candidate {
        SearchHit hit;
        QByteArray info;
        int order; // 0 = newest
    };
    QList<Candidate> candidates;
    QList<int> withPhrase;
    while (select->next()) {
        if (select->isNull(2))
            continue; // a contact without a case (a silent call) is not a search result
        Candidate c{SearchHit{select->value(2).toString(), select->value(0).toString(),
                              select->value(1).toString(), QString(), 0},
                    select->value(3).toByteArray(), int(candidates.size())};
        const auto *values = reinterpret_cast<const quint32 *>(c.info.constData());
        if (c.info.size() >= qsizetype(2 * sizeof(quint32))) {
            const quint32 phrases = values[0];
            const quint32 columns = values[1];
            if (c.info.size() >= qsizetype((2 + phrases * columns) * sizeof(quint32))) {
                withPhrase.resize(std::max<qsizetype>(withPhrase.size(), phrases));
                for (quint32 p = 0; p < phrases; ++p)
                    for (quint32 col = 0; col < columns; ++col)
                        if (values[2 + p * columns + col] > 0) {
                            ++withPhrase[int(p)];
                            break;
                        }
            }
        }
        candidates.append(std::move(c));
    }
    select->finish();
    for (Candidate &c : candidates)
        c.hit.score = bm25Like(c.info, withPhrase, int(candidates.size()));
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            return a.hit.score > b.hit.score || (a.hit.score == b.hit.score && a.order < b.order);
        });
    // A match in a case that is deleted, or that this desk has not received yet (sync brought
    // its records first, under a placeholder), is not a result: the case cannot be opened.
    // Neither is one in a case the signed-in account may not see (a shared desk holds others').
    const CaseAccess access(store);
    QSet<QString> seen;
    for (const Candidate &c : std::as_const(candidates)) {
        if (hits.size() >= limit)
            break;
        if (seen.contains(c.hit.caseId))
            continue;
        seen.insert(c.hit.caseId);
        const std::optional<CaseScope> scope = access.scopeOf(c.hit.caseId);
        if (scope && access.mayRead(*scope))
            hits.append(c.hit);
    }
    const QStringList terms = text::searchTerms(query);
    for (SearchHit &hit : hits) {
        QSqlQuery *source = store.prepared(sourceSql(hit.recordType));
        if (!source)
            continue;
        source->bindValue(0, hit.recordId);
        if (source->exec() && source->next())
            hit.snippet = snippet(source->value(0).toString(), terms);
        source->finish();
    }
    return hits;
}

} // namespace helpline
