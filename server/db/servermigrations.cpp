#include "server/db/servermigrations.h"

namespace helpline::server {

QList<QStringList> serverMigrations(Dialect dialect)
{
    QList<QStringList> versions;
    versions << QStringList{
        QStringLiteral("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // The one sequence: every change that a pull stream carries takes the next number.
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('seq', 0)"),

        QStringLiteral("CREATE TABLE offices (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL, "
                       "office_id TEXT NOT NULL REFERENCES offices(id), "
                       "password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
                       "password_changed_at TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1, "
                       "seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX accounts_seq ON accounts(seq)"),

        QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "office_id TEXT NOT NULL REFERENCES offices(id), "
                       "secret_hash TEXT NOT NULL, escrow_key TEXT, enrolled_at TEXT NOT NULL, "
                       "enrolled_by TEXT NOT NULL, last_seen_at TEXT, revoked_at TEXT, "
                       "revoked_by TEXT)"),
        QStringLiteral("CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, "
                       "office_id TEXT NOT NULL, device_name TEXT NOT NULL, "
                       "issued_by TEXT NOT NULL, issued_at TEXT NOT NULL, "
                       "expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)"),
        // Tokens are kept only as SHA-256 hashes. A refresh family is one sign-in: rotating
        // keeps the family; reusing a rotated refresh token revokes the whole family.
        QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "family_id TEXT NOT NULL, account_id TEXT NOT NULL, "
                       "device_id TEXT NOT NULL, issued_at TEXT NOT NULL, "
                       "expires_at TEXT NOT NULL, revoked_at TEXT, rotated_at TEXT)"),
        QStringLiteral("CREATE INDEX tokens_family ON tokens(family_id)"),
        QStringLiteral("CREATE INDEX tokens_account ON tokens(account_id)"),
        QStringLiteral("CREATE INDEX tokens_device ON tokens(device_id)"),
        QStringLiteral("CREATE INDEX tokens_expiry ON tokens(expires_at)"),
        // Sign-in throttling lives here, not in memory, so several instances share it.
        QStringLiteral("CREATE TABLE signin_attempts (subject TEXT PRIMARY KEY, "
                       "failures INTEGER NOT NULL, first_failure_at TEXT, "
                       "last_failure_at TEXT, locked_until TEXT)"),

        // Every synced record, whatever its type; `body` is its JSON as the API carries it.
        QStringLiteral("CREATE TABLE records (id TEXT PRIMARY KEY, type TEXT NOT NULL, "
                       "stream TEXT NOT NULL, revision INTEGER NOT NULL, case_id TEXT, "
                       "office_id TEXT, assignee_id TEXT, created_by TEXT, origin_device TEXT, "
                       "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                       "body TEXT NOT NULL, field_clocks TEXT, seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX records_seq ON records(seq)"),
        QStringLiteral("CREATE INDEX records_stream ON records(stream, seq)"),
        QStringLiteral("CREATE INDEX records_case ON records(case_id)"),
        QStringLiteral("CREATE INDEX records_office ON records(stream, office_id, seq)"),
        QStringLiteral("CREATE INDEX records_assignee ON records(stream, assignee_id, seq)"),
        QStringLiteral("CREATE INDEX records_creator ON records(stream, created_by, seq)"),
        // What each desk pushed: (record, revision, device) makes a push idempotent.
        QStringLiteral("CREATE TABLE push_receipts (record_id TEXT NOT NULL, "
                       "revision INTEGER NOT NULL, device_id TEXT NOT NULL, "
                       "body_hash TEXT NOT NULL, result TEXT NOT NULL, "
                       "server_revision INTEGER NOT NULL, detail TEXT, "
                       "received_at TEXT NOT NULL, "
                       "PRIMARY KEY (record_id, revision, device_id))"),

        // The server's own audit trail: sign-ins, escrow releases, administration. Ids only.
        QStringLiteral("CREATE TABLE server_audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, "
                       "account_id TEXT, device_id TEXT, action TEXT NOT NULL, "
                       "subject_type TEXT, subject_id TEXT, outcome TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX server_audit_at ON server_audit(at)"),
    };
    // v2. PostgreSQL: sequence numbers come from a sequence taken under a transaction-level
    // advisory lock (ServerTransaction::nextSeq) instead of the counter row, whose updates left
    // a dead row version per write that every later writer had to walk past. The embedded store
    // keeps the counter row (it has one writer at a time anyway).
    if (dialect == Dialect::Postgres)
        versions << QStringList{
            QStringLiteral("CREATE SEQUENCE record_seq MINVALUE 1"),
            QStringLiteral("SELECT setval('record_seq', (SELECT value FROM counters WHERE name = "
                           "'seq') + 1, false)"),
            QStringLiteral("DELETE FROM counters WHERE name = 'seq'"),
        };
    else
        versions << QStringList{};
    // v3. The desk whose push left a record exactly as it sent it: its pulls skip the record
    // (it has it already), which halves what a busy desk downloads.
    versions << QStringList{QStringLiteral("ALTER TABLE records ADD COLUMN echo_device TEXT")};
    // v4. The server's copy of every desk's audit trail (AuditCopyService): the entries as the
    // desk hashed them, and per desk the head of the chain and the first problem found with it.
    versions << QStringList{
        QStringLiteral("CREATE TABLE desk_audit (device_id TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "id TEXT NOT NULL, at TEXT NOT NULL, account_id TEXT NOT NULL, "
                       "entry_device_id TEXT NOT NULL, action TEXT NOT NULL, record_type TEXT, "
                       "record_id TEXT, detail TEXT, prev_hash TEXT NOT NULL, "
                       "hash TEXT NOT NULL, received_at TEXT NOT NULL, "
                       "PRIMARY KEY (device_id, seq))"),
        QStringLiteral("CREATE INDEX desk_audit_account ON desk_audit(account_id, at)"),
        QStringLiteral("CREATE INDEX desk_audit_record ON desk_audit(record_type, record_id)"),
        QStringLiteral("CREATE TABLE desk_audit_heads (device_id TEXT PRIMARY KEY, "
                       "last_seq BIGINT NOT NULL, last_hash TEXT NOT NULL, "
                       "entries BIGINT NOT NULL, first_bad_seq BIGINT, problem TEXT, "
                       "updated_at TEXT NOT NULL)"),
        // The accounts that have signed in on each desk: a push is judged by each record's
        // author when the author has (a shared desk carries the work of all its accounts).
        QStringLiteral("CREATE TABLE device_accounts (device_id TEXT NOT NULL, "
                       "account_id TEXT NOT NULL, first_signin_at TEXT NOT NULL, "
                       "PRIMARY KEY (device_id, account_id))"),
        QStringLiteral("INSERT INTO device_accounts (device_id, account_id, first_signin_at) "
                       "SELECT device_id, account_id, min(at) FROM server_audit "
                       "WHERE action = 'signin' AND outcome = 'ok' AND device_id IS NOT NULL "
                       "AND account_id IS NOT NULL GROUP BY device_id, account_id"),
    };
    // v5. Each office's review rules (Office): whether a counsellor's closure needs a
    // supervisor's approval, and how many weeks a new counsellor's contacts are all reviewed.
    versions << QStringList{
        QStringLiteral("ALTER TABLE offices ADD COLUMN closure_needs_approval INTEGER NOT NULL "
                       "DEFAULT 1"),
        QStringLiteral("ALTER TABLE offices ADD COLUMN new_counsellor_weeks INTEGER NOT NULL "
                       "DEFAULT 4"),
    };
    // v6. Cases a counsellor opened with a reason (an `access` event) and may read until
    // expires_at: their pulls include the case (PushService, PullService).
    versions << QStringList{
        QStringLiteral("CREATE TABLE case_openings (case_id TEXT NOT NULL, account_id TEXT NOT "
                       "NULL, expires_at TEXT NOT NULL, PRIMARY KEY (case_id, account_id))"),
        QStringLiteral("CREATE INDEX case_openings_account ON case_openings(account_id, "
                       "expires_at)"),
    };
    return versions;
}

} // namespace helpline::server
