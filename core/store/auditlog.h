#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/role.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace helpline {

class CaseStore;
class WriteTransaction;

// Which entries AuditLog::query() returns. Every filter is optional (empty = any) and they
// combine with AND.
struct AuditQuery {
    QString accountId;
    QString recordType;
    QString recordId;
    // Entries about the case itself or about a record of it: its contacts, notes, referrals,
    // follow-ups, case events, attachments and the people of the case.
    QString caseId;
    // Exact action codes ("case.view") or prefixes ending in '.' ("case."); any of them matches.
    QStringList actions;
    QDateTime from, to;   // UTC, inclusive; invalid = open-ended
    int limit = 500;      // at most this many entries (0 or less: 500)
    qint64 beforeSeq = 0; // paging: only entries with seq < beforeSeq; 0 = from the newest
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // translated; names the entry
};

// Verifies the audit chain a slice at a time, so that a screen stays responsive while it runs
// (200,000 entries take seconds). AuditLog::verify() runs it to the end in one go.
class AuditVerifier {
public:
    explicit AuditVerifier(CaseStore &store);
    // Checks up to `count` more entries: true when the verification is over (the whole trail
    // checked, or its first problem found), then result() holds it.
    Outcome<bool> step(int count);
    const AuditVerification &result() const { return m_result; }
    qint64 checked() const { return m_result.entries; }
    // How many entries there were when first asked (for progress).
    qint64 total();

private:
    CaseStore &m_store;
    AuditVerification m_result;
    qint64 m_expectedSeq = 1;
    QString m_prevHash;
    qint64 m_total = -1;
    bool m_done = false;
};

// The audit trail: append-only, each entry hash-chained (BLAKE2b-256) to the one before it, and
// the head (last seq and hash) kept in store_meta in the same transaction. verify() names the
// first entry that was altered, removed or reordered behind the program's back. It detects
// tampering by anyone who does not also recompute the chain; the server keeps every desk's
// entries as the second copy (docs/security.md).
class AuditLog {
public:
    static QString genesisHash();
    static QString computeHash(const AuditEntry &entry);
    static Outcome<void> append(WriteTransaction &tx, const QString &action,
                                const QString &recordType, const QString &recordId,
                                const QString &detail);
    static Outcome<AuditVerification> verify(CaseStore &store);
    // Writes the chain's head for the transaction's appends (WriteTransaction::commit calls it).
    static void writeHead(WriteTransaction &tx);
    // Oldest first, the entries after `afterSeq` (all of them when it is below 1, entries before
    // seq 1 included), at most `limit`. Without a permission check or an audit entry: for the
    // chain's own verification and the server's copy of it.
    static Outcome<QList<AuditEntry>> entriesAfter(CaseStore &store, qint64 afterSeq, int limit);
    // Entries touching one record, oldest first.
    static Outcome<QList<AuditEntry>> forRecord(CaseStore &store, const QString &recordType,
                                                const QString &recordId);

    // Who may read the audit trail (query, actions, export): supervisors and administrators.
    static bool mayRead(Role role);
    // The audit viewer: one page of the entries `query` matches, newest first. Audited as
    // "audit.view". Anyone but a supervisor or an administrator is refused
    // (PermissionDenied), and the refusal is audited ("access.denied").
    static Outcome<QList<AuditEntry>> query(CaseStore &store, const AuditQuery &query);
    // The action codes present in the trail, sorted; refused like query(), not audited.
    static Outcome<QStringList> actions(CaseStore &store);
    // For the viewer's case filter and its Record column, whoever the cases belong to (refused
    // like query(), not audited): the id of the case numbered `caseNumber` (letters in any
    // case; empty when there is none), and the numbers of the cases `caseIds` (id -> number).
    static Outcome<QString> caseIdByNumber(CaseStore &store, const QString &caseNumber);
    static Outcome<QHash<QString, QString>> caseNumbers(CaseStore &store,
                                                        const QStringList &caseIds);

private:
    // PermissionDenied, with its "access.denied" entry, unless the signed-in account may read
    // the trail.
    static Outcome<void> checkReader(CaseStore &store);
    // The entries `query` matches without a permission check or an audit entry: newest first,
    // or, with `ascending`, oldest first from the first entry after `afterSeq`.
    static Outcome<QList<AuditEntry>> select(CaseStore &store, const AuditQuery &query,
                                             bool ascending = false, qint64 afterSeq = 0);
    friend Outcome<qint64> exportAuditCsv(CaseStore &store, const AuditQuery &query,
                                          QIODevice &out);
};

} // namespace helpline
