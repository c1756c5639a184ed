#include "core/store/migrations.h"

#include "core/store/caselistindex.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace helpline {

Q_LOGGING_CATEGORY(lcMigrations, "helpline.store.migrations")

namespace {

// Columns every synced record carries (see docs/architecture.md, "Records").
#define RECORD_COLUMNS                                                                             \
    "id TEXT PRIMARY KEY NOT NULL, "                                                               \
    "created_at TEXT NOT NULL, "                                                                   \
    "updated_at TEXT NOT NULL, "                                                                   \
    "created_by TEXT NOT NULL, "                                                                   \
    "origin_device TEXT NOT NULL, "                                                                \
    "revision INTEGER NOT NULL DEFAULT 1, "                                                        \
    "deleted INTEGER NOT NULL DEFAULT 0, "

// SQL here must run on SQLCipher 3.4 (SQLite 3.15): FTS4, no UPSERT, no JSON1, no window
// functions, no RENAME COLUMN.
const char *const kVersion1[] = {
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",

    "CREATE TABLE accounts (" RECORD_COLUMNS
    "username TEXT NOT NULL, display_name TEXT NOT NULL, role TEXT NOT NULL, "
    "office_id TEXT, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE UNIQUE INDEX accounts_username ON accounts(username)",

    "CREATE TABLE persons (" RECORD_COLUMNS
    "kind TEXT NOT NULL CHECK (kind IN ('child', 'caller')), name TEXT, gender TEXT, age TEXT, "
    "birth_date TEXT, phone TEXT, region_code TEXT, language TEXT, details TEXT)",
    "CREATE INDEX persons_phone ON persons(phone)",

    "CREATE TABLE cases (" RECORD_COLUMNS
    "case_number TEXT NOT NULL, status TEXT NOT NULL, assignee_id TEXT, risk_level TEXT, "
    "flags TEXT, restricted INTEGER NOT NULL DEFAULT 0, office_id TEXT, child_person_id TEXT, "
    "title TEXT)",
    "CREATE UNIQUE INDEX cases_number ON cases(case_number)",
    "CREATE INDEX cases_updated ON cases(updated_at)",
    "CREATE INDEX cases_assignee ON cases(assignee_id, updated_at)",

    "CREATE TABLE case_members (" RECORD_COLUMNS
    "case_id TEXT NOT NULL REFERENCES cases(id), person_id TEXT NOT NULL REFERENCES persons(id), "
    "role TEXT NOT NULL)",
    "CREATE INDEX case_members_case ON case_members(case_id)",
    "CREATE INDEX case_members_person ON case_members(person_id)",

    "CREATE TABLE contacts (" RECORD_COLUMNS
    "case_id TEXT REFERENCES cases(id), channel TEXT NOT NULL, call_type TEXT NOT NULL, "
    "started_at TEXT NOT NULL, duration_s INTEGER NOT NULL DEFAULT 0, counsellor_id TEXT NOT NULL, "
    "child_person_id TEXT REFERENCES persons(id), caller_person_id TEXT REFERENCES persons(id), "
    "caller_relationship TEXT, categories TEXT, summary TEXT, actions TEXT, risk_level TEXT, "
    "screening TEXT, keep_confidential INTEGER NOT NULL DEFAULT 1, form_id TEXT, "
    "form_version INTEGER, data TEXT, correction_of TEXT, correction_reason TEXT)",
    "CREATE INDEX contacts_case ON contacts(case_id, started_at)",
    "CREATE INDEX contacts_started ON contacts(started_at)",
    "CREATE INDEX contacts_counsellor ON contacts(counsellor_id, started_at)",

    "CREATE TABLE notes (" RECORD_COLUMNS
    "case_id TEXT NOT NULL REFERENCES cases(id), contact_id TEXT REFERENCES contacts(id), "
    "kind TEXT NOT NULL DEFAULT 'note', body TEXT NOT NULL)",
    "CREATE INDEX notes_case ON notes(case_id, created_at)",

    "CREATE TABLE referrals (" RECORD_COLUMNS
    "case_id TEXT NOT NULL REFERENCES cases(id), contact_id TEXT REFERENCES contacts(id), "
    "directory_entry_id TEXT, service_name TEXT, reason TEXT, urgency TEXT, method TEXT, "
    "consent INTEGER, consent_reason TEXT, status TEXT NOT NULL, status_at TEXT, status_by TEXT)",
    "CREATE INDEX referrals_case ON referrals(case_id)",

    "CREATE TABLE follow_ups (" RECORD_COLUMNS
    "case_id TEXT NOT NULL REFERENCES cases(id), contact_id TEXT REFERENCES contacts(id), "
    "due_at TEXT NOT NULL, assignee_id TEXT, description TEXT NOT NULL, status TEXT NOT NULL, "
    "done_at TEXT, done_by TEXT)",
    "CREATE INDEX follow_ups_due ON follow_ups(status, due_at)",
    "CREATE INDEX follow_ups_case ON follow_ups(case_id)",

    "CREATE TABLE attachments (" RECORD_COLUMNS
    "case_id TEXT REFERENCES cases(id), contact_id TEXT REFERENCES contacts(id), "
    "file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL, content BLOB)",
    "CREATE INDEX attachments_case ON attachments(case_id)",

    // Drafts are local working copies of an unsaved intake: never synced, no audit per keystroke.
    "CREATE TABLE drafts (id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL, "
    "form_id TEXT NOT NULL, form_version INTEGER NOT NULL, data TEXT NOT NULL, "
    "elapsed_ms INTEGER NOT NULL DEFAULT 0, started_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX drafts_account ON drafts(account_id)",

    // Append-only, hash-chained (see AuditLog). seq has no gaps: AUTOINCREMENT is rolled back
    // with its transaction, so a gap means a removed entry.
    "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
    "at TEXT NOT NULL, account_id TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, "
    "record_type TEXT, record_id TEXT, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_record ON audit_log(record_type, record_id)",
    "CREATE INDEX audit_account ON audit_log(account_id, at)",

    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, record_type TEXT NOT NULL, "
    "record_id TEXT NOT NULL, revision INTEGER NOT NULL, operation TEXT NOT NULL, "
    "payload TEXT, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
    "last_error TEXT, next_attempt_at TEXT, state TEXT NOT NULL DEFAULT 'pending', "
    "UNIQUE (record_type, record_id, revision))",
    "CREATE INDEX outbox_state ON outbox(state, seq)",

    "CREATE TABLE sync_state (stream TEXT PRIMARY KEY NOT NULL, cursor TEXT, updated_at TEXT)",

    "CREATE TABLE directory_entries (" RECORD_COLUMNS
    "name TEXT NOT NULL, service_type TEXT, region_code TEXT, data TEXT)",
    "CREATE INDEX directory_region ON directory_entries(region_code)",

    "CREATE TABLE taxonomy_versions (version INTEGER PRIMARY KEY NOT NULL, body TEXT NOT NULL, "
    "received_at TEXT NOT NULL)",
    "CREATE TABLE form_definitions (form_id TEXT NOT NULL, version INTEGER NOT NULL, "
    "body TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (form_id, version))",

    // Full-text search: search_docs maps an FTS docid to the record it indexes. The FTS table is
    // contentless (the text already lives, encrypted, in its own table): it holds only the index
    // of Azerbaijani-folded text. A changed record gets a new docid; its old one is dropped from
    // search_docs and can no longer match.
    "CREATE TABLE search_docs (docid INTEGER PRIMARY KEY AUTOINCREMENT, record_type TEXT NOT NULL, "
    "record_id TEXT NOT NULL, case_id TEXT, UNIQUE (record_type, record_id))",
    "CREATE INDEX search_docs_case ON search_docs(case_id)",
    "CREATE VIRTUAL TABLE search_fts USING fts4(content=\"\", body, "
    "tokenize=unicode61 \"remove_diacritics=1\")",
};

// Schema 2: what the case list sorts and filters by, case events, note corrections.
//
// The case list's columns are derived from the case's records (CaseListIndex keeps them current
// in the transactions that write those records, and rebuild() fills them for an older store);
// they are local and never synced. Every index starts with `deleted`, so "deleted = 0" and the
// sort come from the index alone, and the list reads a case's row only for the rows it shows.
// Names, follow-up times and assignees without a value hold a key that sorts after every value
// (U+FFFF, year 9999), so an ascending list starts with real values.
#define NO_NAME_KEY "'\xEF\xBF\xBF'"
const char *const kVersion2[] = {
    "ALTER TABLE cases ADD COLUMN child_name TEXT",
    "ALTER TABLE cases ADD COLUMN child_sort_key TEXT DEFAULT " NO_NAME_KEY,
    "ALTER TABLE cases ADD COLUMN last_contact_at TEXT",
    "ALTER TABLE cases ADD COLUMN next_follow_up_at TEXT DEFAULT '9999-12-31T23:59:59.999Z'",
    "ALTER TABLE cases ADD COLUMN region_code TEXT",
    "ALTER TABLE cases ADD COLUMN economic_region TEXT",
    "ALTER TABLE cases ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE cases ADD COLUMN risk_rank INTEGER NOT NULL DEFAULT -1",
    "ALTER TABLE cases ADD COLUMN assignee_sort_key TEXT DEFAULT " NO_NAME_KEY,

    // One index per sort column, each ending in id: the tie-break that keeps pages stable.
    "CREATE INDEX cases_list_last_contact ON cases(deleted, last_contact_at, id)",
    "CREATE INDEX cases_list_number ON cases(deleted, case_number, id)",
    "CREATE INDEX cases_list_child ON cases(deleted, child_sort_key, id)",
    "CREATE INDEX cases_list_status ON cases(deleted, status_rank, id)",
    "CREATE INDEX cases_list_risk ON cases(deleted, risk_rank, id)",
    "CREATE INDEX cases_list_assignee ON cases(deleted, assignee_sort_key, id)",
    "CREATE INDEX cases_list_follow_up ON cases(deleted, next_follow_up_at, id)",
    // Counting the whole list reads this small index (about 8 bytes a case) rather than one of
    // the wide ones: 20 ms instead of 170 ms right after sign-in at 300,000 cases.
    "CREATE INDEX cases_count ON cases(deleted)",
    // Filters: status and risk, "assigned to me", region. They leave out last_contact_at, which
    // every contact changes: a contact on an existing case then moves one entry of one list
    // index (and the v1 updated_at index), not six.
    "CREATE INDEX cases_filter_status ON cases(deleted, status, risk_level, id)",
    "DROP INDEX cases_assignee",
    "CREATE INDEX cases_filter_assignee ON cases(deleted, assignee_id, status, id)",
    "CREATE INDEX cases_filter_region ON cases(deleted, region_code)",
    "CREATE INDEX cases_filter_economic_region ON cases(deleted, economic_region)",

    // Taxonomy codes of a case's contacts: each subcategory and its category. The case's deleted
    // flag and status are copied here (a trigger keeps them current; both change rarely), so
    // that a category, alone or with statuses, is counted from this table's index without
    // reading the cases.
    "CREATE TABLE case_categories (case_id TEXT NOT NULL, code TEXT NOT NULL, "
    "deleted INTEGER NOT NULL DEFAULT 0, status TEXT, PRIMARY KEY (case_id, code)) WITHOUT ROWID",
    "CREATE INDEX case_categories_code ON case_categories(code, deleted, status, case_id)",
    "CREATE TRIGGER case_categories_follow AFTER UPDATE OF deleted, status ON cases "
    "BEGIN UPDATE case_categories SET deleted = NEW.deleted, status = NEW.status "
    "WHERE case_id = NEW.id; END",

    // Digits of a phone number without the country code or trunk 0 ("501234567"), for finding
    // a case by the caller's number.
    "ALTER TABLE persons ADD COLUMN phone_key TEXT",
    "CREATE INDEX persons_phone_key ON persons(phone_key)",

    "CREATE TABLE case_events (" RECORD_COLUMNS "case_id TEXT NOT NULL REFERENCES cases(id), "
    "kind TEXT NOT NULL CHECK (kind IN ('status', 'assignee')), old_value TEXT, new_value TEXT, "
    "reason TEXT)",
    "CREATE INDEX case_events_case ON case_events(case_id, created_at)",

    "ALTER TABLE notes ADD COLUMN correction_of TEXT REFERENCES notes(id)",
};
#undef NO_NAME_KEY

// Schema 3: sync. Conflict records are case events (kind 'conflict': which record and field,
// the value that lost and the one that won, each with its hybrid logical clock), so they sync
// and show on the timeline like status changes. SQLite cannot change a CHECK constraint, so the
// table is rebuilt. Pull cursors are kept per account. sync_runs is the sync log: one row per
// engine run, the last 1000 kept.
const char *const kVersion3[] = {
    "CREATE TABLE case_events_v3 (" RECORD_COLUMNS "case_id TEXT NOT NULL REFERENCES cases(id), "
    "kind TEXT NOT NULL CHECK (kind IN ('status', 'assignee', 'conflict')), old_value TEXT, "
    "new_value TEXT, reason TEXT, subject_type TEXT, subject_id TEXT, field TEXT, lost_hlc TEXT, "
    "winning_hlc TEXT)",
    "INSERT INTO case_events_v3 (id, created_at, updated_at, created_by, origin_device, revision, "
    "deleted, case_id, kind, old_value, new_value, reason) SELECT id, created_at, updated_at, "
    "created_by, origin_device, revision, deleted, case_id, kind, old_value, new_value, reason "
    "FROM case_events",
    "DROP TABLE case_events",
    "ALTER TABLE case_events_v3 RENAME TO case_events",
    "CREATE INDEX case_events_case ON case_events(case_id, created_at)",

    // Pull cursors per account: the server filters pulls by account, so a supervisor signing in
    // after a counsellor on one desk must start from its own position, not the counsellor's.
    "DROP TABLE sync_state",
    "CREATE TABLE sync_state (account_id TEXT NOT NULL, stream TEXT NOT NULL, cursor TEXT, "
    "updated_at TEXT, PRIMARY KEY (account_id, stream))",

    // A case number carries the last four hex digits of the desk that opened the case, so two
    // desks can give the same number; a desk receiving both must keep both (sync never drops a
    // case). The number stays indexed for lookups, no longer unique.
    "DROP INDEX cases_number",
    "CREATE INDEX cases_number ON cases(case_number)",

    "CREATE TABLE sync_runs (seq INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
    "finished_at TEXT, reason TEXT NOT NULL, pushed INTEGER NOT NULL DEFAULT 0, "
    "pulled INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0, "
    "rejected INTEGER NOT NULL DEFAULT 0, error_kind TEXT, error TEXT)",
};

// Schema 4: access. A supervisor's case list checks each case's office only when the desk holds
// cases of another office (pulled by another office's account); this index answers that.
const char *const kVersion4[] = {
    "CREATE INDEX IF NOT EXISTS cases_office ON cases(office_id)",
};

// Schema 5: review and access. Review decisions are case events of kind 'review' (subject: a
// contact, the case or an opening), openings with a reason are of kind 'access', so the CHECK is
// widened by rebuilding the table as schema 3 did. The review queue
// finds undecided contacts through the events' subject and the contacts' risk.
const char *const kVersion5[] = {
    "CREATE TABLE case_events_v5 (" RECORD_COLUMNS "case_id TEXT NOT NULL REFERENCES cases(id), "
    "kind TEXT NOT NULL CHECK (kind IN ('status', 'assignee', 'conflict', 'review', 'access')), "
    "old_value TEXT, new_value TEXT, reason TEXT, subject_type TEXT, subject_id TEXT, "
    "field TEXT, lost_hlc TEXT, winning_hlc TEXT)",
    "INSERT INTO case_events_v5 SELECT * FROM case_events",
    "DROP TABLE case_events",
    "ALTER TABLE case_events_v5 RENAME TO case_events",
    "CREATE INDEX case_events_case ON case_events(case_id, created_at)",
    "CREATE INDEX case_events_subject ON case_events(subject_id, kind)",
    "CREATE INDEX contacts_risk ON contacts(risk_level, started_at)",
};

// Schema 6: the review queue's break-glass openings and review requests found by the events'
// kind instead of a scan of every event and every case, and its risky contacts read from an
// index alone (docs/performance.md, the store's review queue).
const char *const kVersion6[] = {
    "CREATE INDEX case_events_kind ON case_events(kind, new_value)",
    // Covers the queue's risky contacts, so their rows (with their summaries) are not read.
    "CREATE INDEX contacts_review ON contacts(risk_level, deleted, id, case_id, counsellor_id, "
    "started_at)",
};

#undef RECORD_COLUMNS

struct Migration {
    int version;
    const char *const *statements;
    std::size_t count;
    // Runs after the statements, in the same transaction (data that SQL alone cannot derive).
    Outcome<void> (*then)(QSqlDatabase &db) = nullptr;
};

const Migration kMigrations[] = {
    {1, kVersion1, std::size(kVersion1)},
    {2, kVersion2, std::size(kVersion2), &CaseListIndex::rebuild},
    {3, kVersion3, std::size(kVersion3)},
    {4, kVersion4, std::size(kVersion4)},
    {5, kVersion5, std::size(kVersion5)},
    {6, kVersion6, std::size(kVersion6)},
};

} // namespace

int Migrations::latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Outcome<void> Migrations::checkKnown(int version)
{
    if (version <= latestVersion())
        return {};
    return StoreError::make(
        StoreError::Code::SchemaTooNew,
        QCoreApplication::translate("helpline::Migrations",
                                    "This case store was written by a newer version of "
                                    "Helpline Workstation (schema %1; this version knows up to "
                                    "%2). Install the newer version; the store was not changed.")
            .arg(version)
            .arg(latestVersion()));
}

Outcome<void> Migrations::apply(QSqlDatabase &db)
{
    const int current = currentVersion(db);
    if (current < 0) {
        return StoreError::make(StoreError::Code::DatabaseCorrupt,
                                QCoreApplication::translate("helpline::Migrations",
                                                            "The schema version cannot be read."));
    }
    if (auto known = checkKnown(current); !known)
        return known;
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current)
            continue;
        if (!db.transaction())
            return StoreError::make(StoreError::Code::Io, db.lastError().text());
        QSqlQuery query(db);
        for (std::size_t i = 0; i < migration.count; ++i) {
            if (!query.exec(QString::fromUtf8(migration.statements[i]))) {
                const QString detail = query.lastError().text();
                db.rollback();
                qCCritical(lcMigrations)
                    << "migration" << migration.version << "statement" << i << "failed:" << detail;
                return StoreError::make(
                    StoreError::Code::Internal,
                    QCoreApplication::translate("helpline::Migrations",
                                                "Updating the case store to schema %1 failed; the "
                                                "store was left as it was.")
                        .arg(migration.version),
                    detail);
            }
        }
        if (migration.then) {
            if (auto done = migration.then(db); !done) {
                db.rollback();
                qCCritical(lcMigrations) << "migration" << migration.version << "failed";
                return done;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)) ||
            !db.commit()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return StoreError::make(StoreError::Code::Io, detail, detail);
        }
        qCInfo(lcMigrations) << "schema migrated to version" << migration.version;
    }
    return {};
}

} // namespace helpline
