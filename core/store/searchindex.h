#pragma once

#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace helpline {

class CaseStore;
class WriteTransaction;

struct SearchHit {
    QString caseId;
    QString recordType; // contact, note, person
    QString recordId;
    QString snippet; // from the original text, with the match inside
    double score = 0;
};

// Full-text search over contact summaries, notes and names (FTS4, contentless). Text is folded
// for Azerbaijani (core/text/azfold) before indexing and in queries, so "seki", "Seki" and
// "ŞƏKİ" find "Şəki". A query is split into words: quotes, operators and punctuation are never
// FTS syntax, so no query can raise an error. The newest kCandidates matches are ranked
// (BM25-like over those candidates, newest first on a tie) and returned once per case.
class SearchIndex {
public:
    static constexpr int kCandidates = 1000;

    // (Re)indexes one record inside a write. `isNew` skips dropping an older entry.
    static void index(WriteTransaction &tx, const QString &recordType, const QString &recordId,
                      const QString &caseId, const QString &text, bool isNew);
    // The FTS MATCH expression for a user's query; empty when the query has no words.
    static QString matchExpression(const QString &query);
    static Outcome<QList<SearchHit>> search(CaseStore &store, const QString &query, int limit = 20);
    // Cuts a snippet of about `width` characters around the first match of any term.
    static QString snippet(const QString &original, const QStringList &terms, int width = 120);
};

} // namespace helpline
