#include "core/store/searchindex.h"

#include "core/store/casestore.h"
#include "core/store/writetransaction.h"
#include "core/text/azfold.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <cmath>

namespace helpline {

namespace {

// helpline_rank(matchinfo(search_fts, 'pcnx')): a BM25-like score without length normalisation.
void rankFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_double(context, 0.0);
        return;
    }
    const auto *info = static_cast<const unsigned int *>(sqlite3_value_blob(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    if (bytes < int(3 * sizeof(unsigned int))) {
        sqlite3_result_double(context, 0.0);
        return;
    }
    const unsigned int phrases = info[0];
    const unsigned int columns = info[1];
    const double rows = info[2];
    if (bytes < int((3 + 3 * phrases * columns) * sizeof(unsigned int))) {
        sqlite3_result_double(context, 0.0);
        return;
    }
    double score = 0.0;
    for (unsigned int p = 0; p < phrases; ++p) {
        for (unsigned int c = 0; c < columns; ++c) {
            const unsigned int *x = info + 3 + 3 * (p * columns + c);
            const double tf = x[0];
            const double df = x[2];
            if (tf <= 0)
                continue;
            const double idf = std::log(1.0 + (rows - df + 0.5) / (df + 0.5));
            score += idf * (tf * 2.2) / (tf + 1.2);
        }
    }
    sqlite3_result_double(context, score);
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

bool SearchIndex::registerFunctions(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "helpline_rank", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      nullptr, rankFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

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
    const QStringList terms = text::searchTerms(query);
    QStringList parts;
    for (const QString &term : terms) {
        // Words of three letters or more also match as a prefix: Azerbaijani adds suffixes
        // ("Şəkidə", "Şəkiyə"), so "şəki" should find them.
        parts << (term.size() >= 3 ? QStringLiteral("\"%1*\"").arg(term)
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
    QSqlQuery *select = store.prepared(
        QStringLiteral("SELECT d.record_type, d.record_id, d.case_id, "
                       "helpline_rank(matchinfo(search_fts, 'pcnx')) AS score "
                       "FROM search_fts JOIN search_docs d ON d.docid = search_fts.docid "
                       "WHERE search_fts MATCH ? AND d.case_id IS NOT NULL "
                       "ORDER BY score DESC, search_fts.docid DESC LIMIT ?"));
    if (!select)
        return store.sqlError(store.lastPrepareError(),
                              QCoreApplication::translate("helpline::SearchIndex", "Searching"));
    select->bindValue(0, expression);
    select->bindValue(1, limit * 4);
    if (!select->exec())
        return store.sqlError(select->lastError(),
                              QCoreApplication::translate("helpline::SearchIndex", "Searching"));
    QSet<QString> seen;
    while (select->next() && hits.size() < limit) {
        SearchHit hit;
        hit.recordType = select->value(0).toString();
        hit.recordId = select->value(1).toString();
        hit.caseId = select->value(2).toString();
        hit.score = select->value(3).toDouble();
        if (seen.contains(hit.caseId))
            continue;
        seen.insert(hit.caseId);
        hits.append(hit);
    }
    select->finish();
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
