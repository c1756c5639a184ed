#pragma once

#include <QString>

namespace helpline {

// One entry of a desk's audit trail, as the desk keeps it and as the server keeps its copy.
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

// The hash chain over a desk's audit entries (docs/security.md, "Audit trail"): each entry's
// hash is BLAKE2b-256 over its fields, length-prefixed, and the hash of the entry before it.
// The desk computes it when it appends; the desk's verification and the server's copy check it
// with the same function.
namespace auditchain {
// The "previous hash" of the first entry.
QString genesisHash();
QString computeHash(const AuditEntry &entry);
// Whether `text` looks like a hash of the chain: 64 lowercase hex digits.
bool isHash(const QString &text);
} // namespace auditchain

} // namespace helpline
