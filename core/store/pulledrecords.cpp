#include "core/store/pulledrecords.h"

#include "core/directory/directoryjson.h"
#include "core/domain/recordjson.h"
#include "core/domain/role.h"
#include "core/domain/taxonomy.h"
#include "core/forms/formdefinition.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caselistindex.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/searchindex.h"
#include "core/store/writetransaction.h"
#include "core/text/sortkey.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <climits>

namespace helpline {

Q_LOGGING_CATEGORY(lcPull, "helpline.store.pull")

namespace {

const QString kCases = QStringLiteral("cases");
const QString kAccounts = QStringLiteral("accounts");
const QString kDirectory = QStringLiteral("directory");
const QString kTaxonomy = QStringLiteral("taxonomy");
const QString kForms = QStringLiteral("forms");

// Records a desk changes after creating them; they merge per field on the server. The other
// case types are append-only.
bool isMutable(const QString &type)
{
    static const QSet<QString> types{QStringLiteral("person"), QStringLiteral("case"),
                                     QStringLiteral("referral"), QStringLiteral("follow_up")};
    return types.contains(type);
}

QString tableOf(const QString &type)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("person"), QStringLiteral("persons")},
        {QStringLiteral("case"), QStringLiteral("cases")},
        {QStringLiteral("case_member"), QStringLiteral("case_members")},
        {QStringLiteral("case_event"), QStringLiteral("case_events")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("note"), QStringLiteral("notes")},
        {QStringLiteral("referral"), QStringLiteral("referrals")},
        {QStringLiteral("follow_up"), QStringLiteral("follow_ups")},
        {QStringLiteral("attachment"), QStringLiteral("attachments")}};
    return tables.value(type);
}

bool isMetaKey(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("id"),         QStringLiteral("created_at"),    QStringLiteral("updated_at"),
        QStringLiteral("created_by"), QStringLiteral("origin_device"), QStringLiteral("revision"),
        QStringLiteral("deleted")};
    return keys.contains(key);
}

// The record's own fields (what a push may name as changed), sorted.
QStringList contentKeys(const QJsonObject &json)
{
    QStringList keys;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!isMetaKey(it.key()))
            keys << it.key();
    keys.sort();
    return keys;
}

// Only what identifies an item goes to the log: its type and id when they look like ours.
QString loggedType(const QString &type)
{
    return recordTypes().contains(type) ||
                   QStringList{QStringLiteral("account"), QStringLiteral("directory_entry"),
                               QStringLiteral("taxonomy"), QStringLiteral("form_definition")}
                       .contains(type)
               ? type
               : QStringLiteral("(unknown type)");
}

QString loggedId(const QString &id)
{
    return isUuid(id) ? id : QStringLiteral("(not a UUID)");
}

// Codes, and the paths of fields we know (an unknown key is the server's text, not ours).
QString loggedProblems(const DecodeProblems &problems)
{
    QStringList parts;
    for (const DecodeProblem &p : problems)
        parts << (p.code == problemcode::kUnknownField ? p.code : p.code + u'@' + p.path);
    parts.removeDuplicates();
    return parts.join(u' ');
}

void logSkipped(const PullItem &item, const char *why, const DecodeProblems &problems = {})
{
    QString line = QStringLiteral("skipped %1 %2 seq %3: %4")
                       .arg(loggedType(item.type), loggedId(item.id))
                       .arg(item.seq)
                       .arg(QString::fromLatin1(why));
    if (!problems.isEmpty())
        line += QStringLiteral(" (") + loggedProblems(problems) + u')';
    qCWarning(lcPull).noquote() << line;
}

// "In the future" is judged against when the record was written as well as this desk's clock:
// a desk whose clock is behind must not refuse (and so lose for good) a record another desk
// wrote a few minutes "ahead" of it.
DecodeContext contextFor(const CaseStore &store, const QJsonObject &record)
{
    DecodeContext context;
    context.now = store.clock().nowUtc();
    const QDateTime written =
        parseStrictUtcTime(record.value(QLatin1String("updated_at")).toString());
    if (written.isValid() && written > context.now)
        context.now = written;
    return context;
}

// A record that another one names (a foreign key).
struct Parent {
    QString table;
    QString id;
};

// A decoded case record, ready to be written.
struct Prepared {
    QString type;
    QString table;
    RecordMeta meta;
    QList<Column> columns;
    QString caseId;       // the case it is part of (a case: itself); empty for a person
    bool indexed = false; // has a search row
    QString searchText;
    QList<Parent> parents;
    QString memberPersonId; // a case member: the person who is part of caseId
};

std::optional<Prepared> prepare(const QString &type, const QJsonObject &json,
                                const DecodeContext &context, DecodeProblems *problems)
{
    const QString path = QStringLiteral("record");
    Prepared p;
    p.type = type;
    p.table = tableOf(type);
    const auto parentCase = [&p](const QString &caseId) {
        if (!caseId.isEmpty())
            p.parents << Parent{QStringLiteral("cases"), caseId};
    };
    const auto parentContact = [&p](const QString &contactId) {
        if (!contactId.isEmpty())
            p.parents << Parent{QStringLiteral("contacts"), contactId};
    };
    const auto parentPerson = [&p](const QString &personId) {
        if (!personId.isEmpty())
            p.parents << Parent{QStringLiteral("persons"), personId};
    };
    if (type == QLatin1String("person")) {
        const auto r = personFromJson(json, path, problems, context);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::personColumns(*r);
        p.indexed = true;
        p.searchText = records::personSearchText(*r);
    } else if (type == QLatin1String("case")) {
        const auto r = caseFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::caseColumns(*r);
        p.caseId = r->meta.id;
    } else if (type == QLatin1String("case_member")) {
        const auto r = caseMemberFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::caseMemberColumns(*r);
        p.caseId = r->caseId;
        p.memberPersonId = r->personId;
        parentCase(r->caseId);
        parentPerson(r->personId);
    } else if (type == QLatin1String("case_event")) {
        const auto r = caseEventFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::caseEventColumns(*r);
        p.caseId = r->caseId;
        parentCase(r->caseId);
    } else if (type == QLatin1String("contact")) {
        const auto r = contactFromJson(json, path, problems, context);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::contactColumns(*r);
        p.caseId = r->caseId;
        p.indexed = true;
        p.searchText = r->summary;
        parentCase(r->caseId);
        parentPerson(r->childPersonId);
        parentPerson(r->callerPersonId);
    } else if (type == QLatin1String("note")) {
        const auto r = noteFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::noteColumns(*r);
        p.caseId = r->caseId;
        p.indexed = true;
        p.searchText = r->body;
        parentCase(r->caseId);
        parentContact(r->contactId);
        if (!r->correctionOf.isEmpty())
            p.parents << Parent{QStringLiteral("notes"), r->correctionOf};
    } else if (type == QLatin1String("referral")) {
        const auto r = referralFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::referralColumns(*r);
        p.caseId = r->caseId;
        parentCase(r->caseId);
        parentContact(r->contactId);
    } else if (type == QLatin1String("follow_up")) {
        const auto r = followUpFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::followUpColumns(*r);
        p.caseId = r->caseId;
        parentCase(r->caseId);
        parentContact(r->contactId);
    } else if (type == QLatin1String("attachment")) {
        const auto r = attachmentFromJson(json, path, problems);
        if (!r)
            return std::nullopt;
        p.meta = r->meta;
        p.columns = records::attachmentColumns(*r);
        p.caseId = r->caseId;
        parentCase(r->caseId);
        parentContact(r->contactId);
    } else {
        return std::nullopt;
    }
    return p;
}

// A placeholder for a record not received yet: deleted (nothing shows it), revision 0 and no
// author, with only what the table's constraints need. The real record overwrites it.
void ensureParent(WriteTransaction &tx, const Parent &parent, const QString &caseId,
                  const QString &at)
{
    const QString columns =
        QStringLiteral("id, created_at, updated_at, created_by, origin_device, revision, deleted");
    const QString values = QStringLiteral("?, ?, ?, '', '', 0, 1");
    if (parent.table == QLatin1String("cases")) {
        tx.exec(QStringLiteral("INSERT OR IGNORE INTO cases (%1, case_number, status) VALUES "
                               "(%2, ?, 'open')")
                    .arg(columns, values),
                {parent.id, at, at, parent.id});
    } else if (parent.table == QLatin1String("persons")) {
        tx.exec(QStringLiteral("INSERT OR IGNORE INTO persons (%1, kind) VALUES (%2, 'child')")
                    .arg(columns, values),
                {parent.id, at, at});
    } else if (parent.table == QLatin1String("contacts")) {
        tx.exec(QStringLiteral("INSERT OR IGNORE INTO contacts (%1, channel, call_type, "
                               "started_at, counsellor_id) VALUES (%2, '', '', ?, '')")
                    .arg(columns, values),
                {parent.id, at, at, at});
    } else if (parent.table == QLatin1String("notes")) {
        // A correction and the note it corrects are of the same case.
        ensureParent(tx, Parent{QStringLiteral("cases"), caseId}, caseId, at);
        tx.exec(QStringLiteral("INSERT OR IGNORE INTO notes (%1, case_id, body) VALUES "
                               "(%2, ?, '')")
                    .arg(columns, values),
                {parent.id, at, at, caseId});
    }
}

// The stored revision of a record; nullopt when there is no row.
std::optional<int> storedRevision(WriteTransaction &tx, const QString &table, const QString &id)
{
    const QVariant revision =
        tx.scalar(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table), {id});
    if (!revision.isValid())
        return std::nullopt;
    return revision.toInt();
}

// Writes a prepared record (insert or overwrite) and keeps what is derived from it current:
// its search row, a person's case in the search index, and the cases whose list columns
// depend on it (collected in `touched`, refreshed once per page).
void write(WriteTransaction &tx, const Prepared &p, bool exists, QSet<QString> &touched)
{
    const QString at =
        isoUtc(p.meta.createdAt.isValid() ? p.meta.createdAt : tx.store().clock().nowUtc());
    for (const Parent &parent : p.parents)
        ensureParent(tx, parent, p.caseId, at);
    if (exists)
        records::overwrite(tx, p.table, p.meta, p.columns);
    else
        records::insert(tx, p.table, p.meta, p.columns);
    const QString text = p.meta.deleted ? QString() : p.searchText;
    if (p.type == QLatin1String("person")) {
        // Through the memberships (indexed by person): the case whose child this is has one, and
        // whichever of case, person and membership comes last refreshes the case's columns.
        const QList<QVariantList> memberships =
            tx.rows(QStringLiteral("SELECT case_id FROM case_members WHERE person_id = ? AND "
                                   "deleted = 0 ORDER BY created_at, id"),
                    {p.meta.id});
        SearchIndex::index(tx, p.type, p.meta.id,
                           memberships.isEmpty() ? QString() : memberships.first().at(0).toString(),
                           text, !exists);
        for (const QVariantList &row : memberships)
            touched.insert(row.at(0).toString());
    } else if (p.indexed) {
        SearchIndex::index(tx, p.type, p.meta.id, p.caseId, text, !exists);
    }
    if (p.type == QLatin1String("case_member") && !p.meta.deleted)
        tx.exec(QStringLiteral("UPDATE search_docs SET case_id = ? WHERE record_type = 'person' "
                               "AND record_id = ?"),
                {p.caseId, p.memberPersonId});
    if (!p.caseId.isEmpty())
        touched.insert(p.caseId);
}

// The record as stored, in its JSON form, for the mutable types.
Outcome<QJsonObject> readLocal(CaseStore &store, const QString &type, const QString &id)
{
    const auto encoded = [](auto record) -> Outcome<QJsonObject> {
        if (!record)
            return record.error();
        return toJson(*record);
    };
    if (type == QLatin1String("person"))
        return encoded(ContactRepository(store).person(id));
    if (type == QLatin1String("case"))
        return encoded(CaseRepository(store).byId(id));
    if (type == QLatin1String("referral"))
        return encoded(ReferralRepository(store).byId(id));
    if (type == QLatin1String("follow_up"))
        return encoded(FollowUpRepository(store).byId(id));
    return StoreError::make(StoreError::Code::NotFound, QString());
}

// What this desk's pending outbox entries of a record changed.
struct Pending {
    bool any = false;
    bool whole = false; // the record's creation is not pushed yet
    QStringList fields;
    QJsonObject base; // each field's value before this desk's first pending change of it
};

Pending pendingOf(WriteTransaction &tx, const QString &type, const QString &id)
{
    Pending pending;
    for (const QVariantList &row :
         tx.rows(QStringLiteral("SELECT operation, payload FROM outbox WHERE record_type = ? AND "
                                "record_id = ? AND +state = 'pending' ORDER BY seq"),
                 {type, id})) {
        pending.any = true;
        if (row.at(0).toString() == QLatin1String("insert")) {
            pending.whole = true;
            continue;
        }
        const QJsonObject payload = QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object();
        for (const QJsonValue &field : payload.value(QLatin1String("fields")).toArray())
            pending.fields << field.toString();
        const QJsonObject base = payload.value(QLatin1String("base")).toObject();
        for (auto it = base.begin(); it != base.end(); ++it)
            if (!pending.base.contains(it.key()))
                pending.base.insert(it.key(), it.value());
    }
    pending.fields.removeDuplicates();
    pending.fields.sort();
    return pending;
}

bool sameContent(const QJsonObject &a, const QJsonObject &b)
{
    if (a.value(QLatin1String("deleted")) != b.value(QLatin1String("deleted")))
        return false;
    const QStringList keys = contentKeys(a);
    if (keys != contentKeys(b))
        return false;
    return std::all_of(keys.begin(), keys.end(),
                       [&](const QString &key) { return a.value(key) == b.value(key); });
}

class PageApplier {
public:
    PageApplier(CaseStore &store, WriteTransaction &tx)
        : m_store(store)
        , m_tx(tx)
    {
    }

    void apply(const QString &stream, const PullItem &item)
    {
        if (stream == kCases)
            caseItem(item);
        else if (stream == kAccounts)
            account(item);
        else if (stream == kDirectory)
            directoryEntry(item);
        else
            referenceDocument(stream, item);
    }

    void finish()
    {
        QStringList cases(m_touched.begin(), m_touched.end());
        cases.sort();
        CaseListIndex::refreshCases(m_tx, cases);
    }

    PullApplyStats stats;

private:
    void skip(const PullItem &item, const char *why, const DecodeProblems &problems = {})
    {
        logSkipped(item, why, problems);
        ++stats.skipped;
    }

    void caseItem(const PullItem &item)
    {
        if (item.type == QLatin1String("withdrawal"))
            return withdrawal(item);
        if (!recordTypes().contains(item.type))
            return skip(item, "not a record type of the cases stream");
        if (item.record.value(QLatin1String("id")).toString() != item.id)
            return skip(item, "the record's id is not the item's");
        const DecodeContext context = contextFor(m_store, item.record);
        DecodeProblems problems;
        auto prepared = prepare(item.type, item.record, context, &problems);
        if (!prepared)
            return skip(item, "invalid record", problems);
        prepared->meta.deleted = prepared->meta.deleted || item.deleted;
        const std::optional<int> local = storedRevision(m_tx, prepared->table, item.id);
        const Pending pending = local ? pendingOf(m_tx, item.type, item.id) : Pending();
        if (pending.any) {
            if (!isMutable(item.type)) {
                ++stats.kept;
                return;
            }
            return merge(item, *local, pending, context);
        }
        prepared->meta.revision = std::max(local.value_or(0), prepared->meta.revision);
        write(m_tx, *prepared, local.has_value(), m_touched);
        ++stats.applied;
    }

    // A mutable record with changes of this desk not pushed yet: their fields keep the local
    // values, the others take the server's.
    void merge(const PullItem &item, int localRevision, const Pending &pending,
               const DecodeContext &context)
    {
        auto local = readLocal(m_store, item.type, item.id);
        if (!local) {
            m_tx.fail(local.error());
            return;
        }
        const QStringList localKeys = contentKeys(*local);
        QStringList fields;
        for (const QString &field : pending.whole ? localKeys : pending.fields)
            if (localKeys.contains(field))
                fields << field;
        if (fields.isEmpty())
            fields = localKeys;
        QJsonObject merged = item.record;
        for (const QString &field : std::as_const(fields))
            merged.insert(field, local->value(field));
        if (item.deleted)
            merged.insert(QStringLiteral("deleted"), true);
        const int serverRevision = item.record.value(QLatin1String("revision")).toInt();
        if (sameContent(merged, *local) && serverRevision <= localRevision) {
            // The server has nothing this desk lacks: the pending entries push as they are.
            ++stats.kept;
            return;
        }
        const int revision = std::max(localRevision, serverRevision) + 1;
        merged.insert(QStringLiteral("revision"), revision);
        merged.insert(QStringLiteral("updated_at"), isoUtc(m_store.clock().nowUtc()));
        DecodeProblems problems;
        const auto prepared = prepare(item.type, merged, context, &problems);
        if (!prepared)
            return skip(item, "the local changes do not fit the server's record", problems);
        write(m_tx, *prepared, true, m_touched);
        m_tx.queue(item.type, item.id, revision, fields, records::pick(pending.base, fields));
        ++stats.kept;
    }

    // A case that left the pulling account (reassigned, or moved to another office): the case
    // takes its new office and assignee, so the access rules stop showing it to that account
    // (and keep showing it to any other account of this desk that may see it). Not a change
    // of this desk: no revision, no outbox entry. A reassignment made here and not yet pushed
    // keeps its value; the push settles it.
    void withdrawal(const PullItem &item)
    {
        DecodeProblems problems;
        JsonReader r(item.record, QStringLiteral("record"), &problems);
        const QString id = r.text("id", 64);
        const QString caseId = r.text("case_id", 64);
        const QString officeId = r.string("office_id", false, 64);
        const QString assigneeId = r.string("assignee_id", false, 64);
        r.integer("revision", false, 0, INT_MAX);
        r.time("updated_at", false);
        r.finish();
        if (!isUuid(id) || id != item.id)
            r.addProblem("id", problemcode::kInvalidRequest, QString());
        if (!isUuid(caseId))
            r.addProblem("case_id", problemcode::kInvalidRequest, QString());
        if (!assigneeId.isEmpty() && !isUuid(assigneeId))
            r.addProblem("assignee_id", problemcode::kInvalidRequest, QString());
        if (!problems.isEmpty())
            return skip(item, "invalid withdrawal", problems);
        if (!storedRevision(m_tx, QStringLiteral("cases"), caseId)) {
            ++stats.kept; // a case this desk never had
            return;
        }
        const Pending pending = pendingOf(m_tx, QStringLiteral("case"), caseId);
        if (pending.whole || pending.fields.contains(QLatin1String("assignee_id"))) {
            ++stats.kept;
            return;
        }
        m_tx.exec(QStringLiteral("UPDATE cases SET office_id = ?, assignee_id = ?, "
                                 "assignee_sort_key = ? WHERE id = ?"),
                  {records::textOrNull(officeId), records::textOrNull(assigneeId),
                   CaseListIndex::assigneeSortKey(m_tx, assigneeId), caseId});
        m_touched.insert(caseId);
        ++stats.applied;
        const QStringList deskAccounts = accountsNoLongerSeeing(CaseScope{officeId, assigneeId});
        if (!deskAccounts.isEmpty())
            purge(caseId, deskAccounts);
    }

    // The accounts that can sign in on this desk (the keyring's), when none of them may still
    // see a case of this scope; empty when one may (or the keyring cannot be read: then nothing
    // is purged). Administrators do not count: the server sends them no cases.
    QStringList accountsNoLongerSeeing(const CaseScope &scope)
    {
        if (!m_deskViewers) { // read once a page: the keyring file and each account's office
            auto keyring = CaseStore::readKeyring(m_store.paths().directory);
            if (!keyring)
                return {};
            m_deskViewers.emplace();
            for (const KeyringAccount &account : keyring->accounts())
                *m_deskViewers << Viewer{
                    account.accountId, account.role,
                    m_tx.scalar(QStringLiteral("SELECT coalesce(office_id, "
                                               "'') FROM accounts WHERE id = ?"),
                                {account.accountId})
                        .toString()};
        }
        QStringList ids;
        for (const Viewer &viewer : std::as_const(*m_deskViewers)) {
            if (viewer.role != Role::Admin && AccessPolicy::mayReadCase(viewer, scope))
                return {};
            ids << viewer.accountId;
        }
        return ids;
    }

    // A case no account of this desk may see any more: what others wrote in it leaves the
    // desk, so the desk holds only what its accounts may see. Kept: what this desk's accounts
    // wrote (their own work stays theirs) and anything not yet accepted by the server. A row
    // still named by a kept one (the case, a person, a contact, a corrected note) becomes a
    // placeholder, as for a record not received yet. The server keeps everything: if the case
    // comes back to an account here, its records are pulled again.
    void purge(const QString &caseId, const QStringList &deskAccounts)
    {
        const QString mine = QStringList(deskAccounts.size(), QStringLiteral("?")).join(u',');
        QVariantList authors;
        for (const QString &id : deskAccounts)
            authors << id;
        m_tx.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        // The ids of `type` matching `where` that were written by others and are not queued.
        auto purgeable = [&](const QString &type, const QString &where,
                             const QVariantList &values) {
            QVariantList bound = values;
            bound << authors << type;
            QStringList ids;
            for (const QVariantList &row : m_tx.rows(
                     QStringLiteral("SELECT id FROM %1 WHERE %2 AND coalesce(created_by, '') NOT "
                                    "IN (%3) AND id NOT IN (SELECT record_id FROM outbox WHERE "
                                    "record_type = ?)")
                         .arg(tableOf(type), where, mine),
                     bound))
                ids << row.at(0).toString();
            return ids;
        };
        // Persons of the case, gathered before their links go.
        QSet<QString> persons;
        for (const QVariantList &row : m_tx.rows(
                 QStringLiteral("SELECT person_id FROM case_members WHERE case_id = ? UNION "
                                "SELECT child_person_id FROM contacts WHERE case_id = ? UNION "
                                "SELECT caller_person_id FROM contacts WHERE case_id = ? UNION "
                                "SELECT child_person_id FROM cases WHERE id = ?"),
                 {caseId, caseId, caseId, caseId}))
            if (!row.at(0).toString().isEmpty())
                persons.insert(row.at(0).toString());
        QHash<QString, QStringList> purged; // table -> ids
        auto remove = [&](const QString &type, const QString &id) {
            SearchIndex::index(m_tx, type, id, caseId, QString(), false);
            m_tx.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(type)), {id});
            purged[tableOf(type)] << id;
        };
        static const QStringList itemTypes{
            QStringLiteral("case_event"), QStringLiteral("follow_up"),   QStringLiteral("referral"),
            QStringLiteral("attachment"), QStringLiteral("case_member"), QStringLiteral("note"),
            QStringLiteral("contact")};
        for (const QString &type : itemTypes)
            for (const QString &id : purgeable(type, QStringLiteral("case_id = ?"), {caseId}))
                remove(type, id);
        for (const QString &personId : std::as_const(persons)) {
            const bool stillNamed =
                m_tx.scalar(QStringLiteral("SELECT 1 FROM case_members WHERE person_id = ? AND "
                                           "case_id <> ? UNION ALL SELECT 1 FROM contacts WHERE "
                                           "(child_person_id = ? OR caller_person_id = ?) AND "
                                           "coalesce(case_id, '') <> ? UNION ALL SELECT 1 FROM "
                                           "cases WHERE child_person_id = ? AND id <> ? LIMIT 1"),
                            {personId, caseId, personId, personId, caseId, personId, caseId})
                    .isValid();
            if (stillNamed)
                continue;
            for (const QString &id :
                 purgeable(QStringLiteral("person"), QStringLiteral("id = ?"), {personId}))
                remove(QStringLiteral("person"), id);
        }
        if (!purgeable(QStringLiteral("case"), QStringLiteral("id = ?"), {caseId}).isEmpty()) {
            m_tx.exec(QStringLiteral("DELETE FROM case_categories WHERE case_id = ?"), {caseId});
            remove(QStringLiteral("case"), caseId);
        }
        // Whatever a kept row still names comes back as a placeholder: every foreign key of
        // the schema is checked against the ids purged here (foreign keys are deferred to the
        // commit, which fails if one was missed: the page is then not applied, nothing lost).
        const QString at = isoUtc(m_store.clock().nowUtc());
        int count = 0;
        for (const QStringList &ids : std::as_const(purged))
            count += int(ids.size());
        for (const QVariantList &t : m_tx.rows(
                 QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                "'%REFERENCES%'"))) {
            const QString table = t.at(0).toString();
            for (const QVariantList &key :
                 m_tx.rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
                const QString parent = key.at(2).toString();
                const QString from = key.at(3).toString();
                const QStringList ids = purged.value(parent);
                for (qsizetype i = 0; i < ids.size(); i += 500) {
                    const QStringList chunk = ids.mid(i, 500);
                    QVariantList values;
                    for (const QString &id : chunk)
                        values << id;
                    for (const QVariantList &row : m_tx.rows(
                             QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IN (%3)")
                                 .arg(from, table,
                                      QStringList(chunk.size(), QStringLiteral("?")).join(u',')),
                             values))
                        ensureParent(m_tx, Parent{parent, row.at(0).toString()}, caseId, at);
                }
            }
        }
        qCInfo(lcPull) << "case" << loggedId(caseId) << "left every account of this desk;" << count
                       << "records of others purged";
    }

    void account(const PullItem &item)
    {
        if (item.type != QLatin1String("account"))
            return skip(item, "not an account");
        DecodeProblems problems;
        JsonReader r(item.record, QStringLiteral("record"), &problems);
        const QString id = r.text("id", 64);
        const QString username = r.text("username", 200);
        const QString displayName = r.text("display_name", 200);
        const QString roleText = r.string("role", true, 64);
        const QString officeId = r.string("office_id", false, 64);
        const bool active = r.boolean("active");
        const QDateTime updatedAt = r.time("updated_at", true);
        // When the account was made: a counsellor's first weeks are reviewed (ReviewRules).
        const QDateTime createdAt = r.time("created_at", false);
        const int revision = int(r.integer("revision", true, 0, INT_MAX).value_or(0));
        r.finish();
        const auto role = roleFromCode(roleText);
        if (!role)
            r.addProblem("role", problemcode::kInvalidRequest, QString());
        if (!isUuid(id))
            r.addProblem("id", problemcode::kInvalidRequest, QString());
        if (!r.ok())
            return skip(item, "invalid account", problems);
        if (id != item.id)
            return skip(item, "the record's id is not the item's");
        const QString at = isoUtc(updatedAt);
        const QString created = createdAt.isValid() ? isoUtc(createdAt) : at;
        const QVariant stored =
            m_tx.scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {id});
        if (stored.isValid()) {
            // Only the public profile: a local account's username and its keyring entry (its
            // password) stay as they are.
            m_tx.exec(QStringLiteral("UPDATE accounts SET display_name = ?, role = ?, "
                                     "office_id = ?, active = ?, updated_at = ?, revision = "
                                     "max(revision, ?), created_at = min(created_at, ?) WHERE "
                                     "id = ?"),
                      {displayName, roleCode(*role), records::textOrNull(officeId), active ? 1 : 0,
                       at, revision, created, id});
        } else {
            if (m_tx.scalar(QStringLiteral("SELECT 1 FROM accounts WHERE username = ?"), {username})
                    .isValid())
                return skip(item, "its username is a local account's");
            m_tx.exec(QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, "
                                     "created_by, origin_device, revision, deleted, username, "
                                     "display_name, role, office_id, active) VALUES (?, ?, ?, "
                                     "'server', 'server', ?, 0, ?, ?, ?, ?, ?)"),
                      {id, created, at, revision, username, displayName, roleCode(*role),
                       records::textOrNull(officeId), active ? 1 : 0});
        }
        // Cases assigned to the account sort by its name. "deleted IN (0, 1)" lets the lookup
        // use an index that starts with deleted.
        if (!stored.isValid() || stored.toString() != displayName)
            m_tx.exec(QStringLiteral("UPDATE cases SET assignee_sort_key = ? WHERE deleted IN "
                                     "(0, 1) AND assignee_id = ?"),
                      {text::sortKey(displayName), id});
        ++stats.applied;
    }

    void directoryEntry(const PullItem &item)
    {
        if (item.type != QLatin1String("directory_entry"))
            return skip(item, "not a directory entry");
        const QJsonValue recordId = item.record.value(QLatin1String("id"));
        if (recordId.toString() != item.id || !isUuid(item.id))
            return skip(item, "the record's id is not the item's");
        const std::optional<int> local =
            storedRevision(m_tx, QStringLiteral("directory_entries"), item.id);
        if (item.deleted) {
            // A removed entry comes as a bare tombstone (id, revision, updated_at).
            if (local)
                m_tx.exec(QStringLiteral("UPDATE directory_entries SET deleted = 1, revision = "
                                         "max(revision, ?), updated_at = ? WHERE id = ?"),
                          {item.revision, isoUtc(m_store.clock().nowUtc()), item.id});
            ++stats.applied;
            return;
        }
        Problems problems;
        auto entry = directoryEntryFromJson(item.record, &problems, DirectoryJsonForm::Record);
        if (entry) {
            // A day ahead: the server judges "verified in the future" by Baku's date.
            const QDate today = contextFor(m_store, item.record).now.addDays(1).date();
            problems << entry->validate(today);
        }
        if (!entry || !problems.isEmpty()) {
            DecodeProblems decoded;
            for (const FieldProblem &problem : std::as_const(problems))
                decoded << DecodeProblem{problem.field, QString(problemcode::kInvalidRequest),
                                         QString()};
            return skip(item, "invalid directory entry", decoded);
        }
        const int sentRevision = entry->meta.revision;
        entry->meta.revision = std::max(local.value_or(0), entry->meta.revision);
        // The whole entry is kept as its JSON; the columns are what a list filters by. The
        // strict decoder accepted the JSON as sent (no unknown fields), so it is stored as it
        // came unless the revision had to be raised: encoding it again cost a quarter of a
        // directory pull.
        const QJsonObject json = entry->meta.revision == sentRevision
                                     ? item.record
                                     : directoryEntryToJson(*entry, DirectoryJsonForm::Record);
        const QList<Column> columns{
            {QStringLiteral("name"), entry->name},
            {QStringLiteral("service_type"), records::textOrNull(entry->serviceTypes.value(0))},
            {QStringLiteral("region_code"), records::textOrNull(entry->regionCodes.value(0))},
            {QStringLiteral("data"),
             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}};
        if (local)
            records::overwrite(m_tx, QStringLiteral("directory_entries"), entry->meta, columns);
        else
            records::insert(m_tx, QStringLiteral("directory_entries"), entry->meta, columns);
        ++stats.applied;
    }

    // The taxonomy and the intake form: {id, updated_at, document, revision}.
    void referenceDocument(const QString &stream, const PullItem &item)
    {
        const bool taxonomy = stream == kTaxonomy;
        if (item.type != (taxonomy ? QLatin1String("taxonomy") : QLatin1String("form_definition")))
            return skip(item, "not a document of this stream");
        if (item.deleted)
            return skip(item, "a reference document is never removed");
        DecodeProblems problems;
        JsonReader r(item.record, QStringLiteral("record"), &problems);
        r.text("id", 64);
        r.time("updated_at", true);
        r.integer("revision", true, 0, INT_MAX);
        const QJsonObject document = r.object("document");
        r.finish();
        if (!r.ok())
            return skip(item, "invalid reference document", problems);
        const QByteArray body = QJsonDocument(document).toJson(QJsonDocument::Compact);
        const QString received = isoUtc(m_store.clock().nowUtc());
        if (taxonomy) {
            const auto parsed = Taxonomy::fromJson(body);
            if (!parsed)
                return skip(item, "the taxonomy does not pass its checks");
            m_tx.exec(QStringLiteral("INSERT OR REPLACE INTO taxonomy_versions (version, body, "
                                     "received_at) VALUES (?, ?, ?)"),
                      {parsed->version(), QString::fromUtf8(body), received});
        } else {
            const auto parsed = FormDefinition::fromJson(body);
            if (!parsed)
                return skip(item, "the form definition does not pass its checks");
            m_tx.exec(QStringLiteral("INSERT OR REPLACE INTO form_definitions (form_id, version, "
                                     "body, received_at) VALUES (?, ?, ?, ?)"),
                      {parsed->id(), parsed->version(), QString::fromUtf8(body), received});
        }
        ++stats.applied;
    }

    CaseStore &m_store;
    WriteTransaction &m_tx;
    QSet<QString> m_touched;
    std::optional<QList<Viewer>> m_deskViewers;
};

QString cursorText(WriteTransaction &tx, const QString &stream)
{
    return tx
        .scalar(QStringLiteral("SELECT cursor FROM sync_state WHERE account_id = ? AND "
                               "stream = ?"),
                {tx.store().session().accountId, stream})
        .toString();
}

} // namespace

PulledRecords::PulledRecords(CaseStore &store)
    : m_store(store)
{
}

Outcome<qint64> PulledRecords::cursor(const QString &stream)
{
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT cursor FROM sync_state WHERE account_id = ? AND stream = ?"));
    const QString what =
        QCoreApplication::translate("helpline::PulledRecords", "Reading the sync position");
    if (!q)
        return m_store.sqlError(m_store.lastPrepareError(), what);
    q->bindValue(0, m_store.session().accountId);
    q->bindValue(1, stream);
    if (!q->exec())
        return m_store.sqlError(q->lastError(), what);
    const qint64 cursor = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return cursor;
}

Outcome<PullApplyStats> PulledRecords::applyPage(const QString &stream, const PullPage &page)
{
    if (!pullStreams().contains(stream) || page.stream != stream)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::PulledRecords",
                                        "The server sent records of another kind than were "
                                        "asked for; nothing was saved."));
    WriteTransaction tx(m_store);
    const qint64 stored = cursorText(tx, stream).toLongLong();
    if (tx.failed())
        return tx.commit().error();
    if (page.cursor < stored)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::PulledRecords",
                                        "The server sent records this desk already has (its "
                                        "position went back); nothing was saved."));
    // Nothing new: no write, so an idle desk's polls leave no trace in the audit log.
    if (page.items.isEmpty() && page.cursor == stored)
        return PullApplyStats();
    PageApplier applier(m_store, tx);
    for (const PullItem &item : page.items) {
        applier.apply(stream, item);
        if (tx.failed())
            break;
    }
    applier.finish();
    tx.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (account_id, stream, cursor, "
                           "updated_at) VALUES (?, ?, ?, ?)"),
            {m_store.session().accountId, stream, QString::number(page.cursor),
             isoUtc(m_store.clock().nowUtc())});
    const PullApplyStats stats = applier.stats;
    tx.audit(QStringLiteral("sync.pull"), {}, {},
             QStringLiteral("%1 items=%2 applied=%3 kept=%4 skipped=%5")
                 .arg(stream)
                 .arg(page.items.size())
                 .arg(stats.applied)
                 .arg(stats.kept)
                 .arg(stats.skipped));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (stats.skipped > 0)
        qCWarning(lcPull).noquote() << "pulled" << stream << "up to" << page.cursor << "with"
                                    << stats.skipped << "items skipped";
    return stats;
}

void PulledRecords::applyServerValues(WriteTransaction &tx, const QString &type, const QString &id,
                                      const QJsonObject &values)
{
    if (tx.failed())
        return;
    if (!isMutable(type)) {
        qCWarning(lcPull).noquote()
            << "server values for a record that does not merge:" << loggedType(type)
            << loggedId(id);
        return;
    }
    auto local = readLocal(tx.store(), type, id);
    if (!local) {
        if (local.error().code == StoreError::Code::NotFound)
            qCWarning(lcPull).noquote()
                << "server values for a record this desk does not have:" << type << loggedId(id);
        else
            tx.fail(local.error());
        return;
    }
    QJsonObject merged = *local;
    const QStringList keys = contentKeys(*local);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (keys.contains(it.key()))
            merged.insert(it.key(), it.value());
        else
            qCWarning(lcPull).noquote()
                << "server value of an unknown field ignored for" << type << loggedId(id);
    }
    if (merged == *local)
        return;
    DecodeProblems problems;
    const auto prepared = prepare(type, merged, contextFor(tx.store(), merged), &problems);
    if (!prepared) {
        qCWarning(lcPull).noquote() << "server values refused for" << type << loggedId(id) << "-"
                                    << loggedProblems(problems);
        return;
    }
    QSet<QString> touched;
    write(tx, *prepared, true, touched);
    QStringList cases(touched.begin(), touched.end());
    cases.sort();
    CaseListIndex::refreshCases(tx, cases);
}

} // namespace helpline
