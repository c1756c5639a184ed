#pragma once

#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace helpline {

class CaseStore;
class WriteTransaction;

struct AuditEntry {
    qint64 seq = 0;
    QString id;
    QString at;
    QString accountId;
    QString deviceId;
    QString action;
    QString recordType;
    QString recordId;
    QString detail;
    QString prevHash;
    QString hash;
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // translated; names the entry
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
    // Entries touching one record, oldest first.
    static Outcome<QList<AuditEntry>> forRecord(CaseStore &store, const QString &recordType,
                                                const QString &recordId);
};

} // namespace helpline
