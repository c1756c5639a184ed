#include <catch2/catch.hpp>

#include "shareddesk.h"
#include "storefixture.h"

#include "core/directory/csv.h"
#include "core/session/signinaudit.h"
#include "core/session/signinthrottle.h"
#include "core/store/auditexport.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/writetransaction.h"

#include <QBuffer>
#include <QSet>

using namespace helpline;
using helpline::test::SharedDesk;
using helpline::test::StoreFixture;

namespace {

// Ten saves and views, so the chain has entries to tamper with.
void fill(StoreFixture &f)
{
    ContactRepository contacts(*f.store);
    CaseRepository cases(*f.store);
    for (int i = 0; i < 5; ++i) {
        auto saved = contacts.save(f.counsellingContact(QStringLiteral("Audit %1").arg(i)));
        REQUIRE(saved.ok());
        REQUIRE(cases.open(saved->caseId).ok());
    }
}

void execRaw(StoreFixture &f, const QString &sql)
{
    QSqlQuery q(f.store->database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

AuditVerification verify(StoreFixture &f)
{
    auto result = AuditLog::verify(*f.store);
    REQUIRE(result.ok());
    return *result;
}

QList<AuditEntry> query(CaseStore &store, const AuditQuery &filter)
{
    auto entries = AuditLog::query(store, filter);
    INFO(entries.error().message.toStdString());
    REQUIRE(entries.ok());
    return *entries;
}

// The seqs of the entries `where` matches, newest first, as SQL sees them.
QList<qint64> seqsWhere(CaseStore &store, const QString &where, const QVariantList &values = {})
{
    QSqlQuery q(store.database());
    REQUIRE(q.prepare(
        QStringLiteral("SELECT seq FROM audit_log WHERE %1 ORDER BY seq DESC").arg(where)));
    for (const QVariant &value : values)
        q.addBindValue(value);
    REQUIRE(q.exec());
    QList<qint64> seqs;
    while (q.next())
        seqs << q.value(0).toLongLong();
    return seqs;
}

QList<qint64> seqsOf(const QList<AuditEntry> &entries)
{
    QList<qint64> seqs;
    for (const AuditEntry &e : entries)
        seqs << e.seq;
    return seqs;
}

qint64 lastSeq(CaseStore &store)
{
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT max(seq) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Appends entries as if the program had written them (a test action, so they are easy to find).
void appendEntries(CaseStore &store, int count, const QString &action,
                   const QString &detail = QString())
{
    WriteTransaction tx(store);
    for (int i = 0; i < count; ++i)
        tx.audit(action, {}, {}, detail.isEmpty() ? QString::number(i) : detail);
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("an untouched audit chain verifies", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    const AuditVerification v = verify(f);
    CHECK(v.intact);
    CHECK(v.entries == f.count(QStringLiteral("audit_log")));
    CHECK(v.entries > 10);
}

TEST_CASE("tampering behind the store's back is caught and named", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    SECTION("an altered entry")
    {
        execRaw(f, QStringLiteral("UPDATE audit_log SET action = 'contact.view' WHERE seq = 5"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 5);
        CHECK(v.problem.contains(QStringLiteral("5 was altered")));
    }
    SECTION("an altered entry whose hash was recomputed without the chain")
    {
        AuditEntry e;
        QSqlQuery q(f.store->database());
        REQUIRE(
            q.exec(QStringLiteral("SELECT seq, id, at, account_id, device_id, action, record_type, "
                                  "record_id, detail, prev_hash FROM audit_log WHERE seq = 4")));
        REQUIRE(q.next());
        e.seq = 4;
        e.id = q.value(1).toString();
        e.at = q.value(2).toString();
        e.accountId = QStringLiteral("someone-else");
        e.deviceId = q.value(4).toString();
        e.action = q.value(5).toString();
        e.recordType = q.value(6).toString();
        e.recordId = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        const QString forged = AuditLog::computeHash(e);
        execRaw(f, QStringLiteral("UPDATE audit_log SET account_id = 'someone-else', hash = '%1' "
                                  "WHERE seq = 4")
                       .arg(forged));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 5); // entry 5 no longer follows entry 4
    }
    SECTION("a removed entry")
    {
        execRaw(f, QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 7);
        CHECK(v.problem.contains(QStringLiteral("removed")));
    }
    SECTION("removed entries at the end")
    {
        const qint64 last = f.count(QStringLiteral("audit_log"));
        execRaw(f, QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(last - 1));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == last - 1);
    }
    SECTION("two entries swapped")
    {
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 3);
    }
}

TEST_CASE("the audit chain verified a slice at a time finds what a single pass finds",
          "[store][audit]")
{
    StoreFixture f;
    fill(f);
    int steps = 0;
    auto sliced = [&] {
        steps = 0;
        AuditVerifier verifier(*f.store);
        const qint64 total = verifier.total();
        for (;;) {
            auto finished = verifier.step(3);
            REQUIRE(finished.ok());
            ++steps;
            CHECK(verifier.checked() <= total);
            if (*finished)
                break;
            REQUIRE(steps < 1000);
        }
        return verifier.result();
    };
    AuditVerification v = sliced();
    CHECK(v.intact);
    CHECK(steps > 1);
    CHECK(v.entries == verify(f).entries);

    SECTION("an altered entry in a later slice")
    {
        execRaw(f, QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 8"));
        v = sliced();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 8);
        CHECK(v.entries == 8);
    }
    SECTION("an entry slipped in before the first")
    {
        execRaw(f,
                QStringLiteral("INSERT INTO audit_log (seq, id, at, account_id, device_id, "
                               "action, prev_hash, hash) SELECT 0, 'x', at, account_id, "
                               "device_id, action, prev_hash, hash FROM audit_log WHERE seq = 1"));
        v = sliced();
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 1);
        CHECK_FALSE(verify(f).intact);
    }
    SECTION("entries cut from the end")
    {
        execRaw(f, QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM "
                                  "audit_log)"));
        CHECK_FALSE(sliced().intact);
    }
}

TEST_CASE("the audit viewer filters by account, action, record and dates", "[store][audit]")
{
    SharedDesk d;
    d.signInAs(d.samir);
    CaseStore &store = *d.f.store;
    // Entries of a day later, so that dates tell them apart.
    const QDateTime first = d.f.clock.nowUtc();
    d.f.clock.advanceMs(24 * 3600 * 1000);
    REQUIRE(CaseRepository(store).open(d.mine.caseId).ok());
    appendEntries(store, 3, QStringLiteral("followXup.test"));
    const QDateTime later = d.f.clock.nowUtc();
    const qint64 before = lastSeq(store) + 1; // the viewer's own entries come after this

    SECTION("an account")
    {
        AuditQuery filter;
        filter.accountId = d.samir;
        filter.beforeSeq = before;
        const QList<AuditEntry> entries = query(store, filter);
        CHECK(seqsOf(entries) ==
              seqsWhere(store, QStringLiteral("account_id = ? AND seq < ?"), {d.samir, before}));
        CHECK(entries.size() == 5); // signed in, viewed a case, three test entries
        CHECK(entries.size() < before - 1);
        for (const AuditEntry &e : entries)
            CHECK(e.accountId == d.samir);
    }
    SECTION("exact actions and prefixes; '_' in a prefix is no wildcard")
    {
        AuditQuery filter;
        filter.beforeSeq = before;
        filter.actions = {QStringLiteral("case.")};
        QList<AuditEntry> entries = query(store, filter);
        CHECK(seqsOf(entries) ==
              seqsWhere(store, QStringLiteral("action LIKE 'case.%' AND seq < ?"), {before}));
        CHECK(entries.size() >= 4); // three case.create and a case.view
        for (const AuditEntry &e : entries)
            CHECK(e.action.startsWith(QStringLiteral("case.")));

        filter.actions = {QStringLiteral("case.view"), QStringLiteral("session.")};
        entries = query(store, filter);
        CHECK(seqsOf(entries) ==
              seqsWhere(store,
                        QStringLiteral("(action = 'case.view' OR action LIKE 'session.%') AND "
                                       "seq < ?"),
                        {before}));
        QSet<QString> actions;
        for (const AuditEntry &e : entries) {
            actions.insert(e.action);
            CHECK((e.action == QStringLiteral("case.view") ||
                   e.action.startsWith(QStringLiteral("session."))));
        }
        CHECK(actions.contains(QStringLiteral("case.view")));
        CHECK(actions.contains(QStringLiteral("session.sign_in")));

        filter.actions = {QStringLiteral("follow_up.")};
        entries = query(store, filter);
        REQUIRE(entries.size() == 1); // the follow-up of Kamal's case, not "followXup.test"
        CHECK(entries.first().action == QStringLiteral("follow_up.create"));
    }
    SECTION("a record")
    {
        AuditQuery filter;
        filter.recordType = QStringLiteral("case");
        filter.recordId = d.mine.caseId;
        filter.beforeSeq = before;
        const QList<AuditEntry> entries = query(store, filter);
        CHECK(seqsOf(entries) ==
              seqsWhere(store, QStringLiteral("record_type = 'case' AND record_id = ? AND seq < ?"),
                        {d.mine.caseId, before}));
        REQUIRE(entries.size() >= 2); // created, ..., viewed
        CHECK(entries.first().action == QStringLiteral("case.view"));
        CHECK(entries.constLast().action == QStringLiteral("case.create"));
    }
    SECTION("dates, both ends inclusive")
    {
        AuditQuery filter;
        filter.beforeSeq = before;
        filter.from = later;
        QList<AuditEntry> entries = query(store, filter);
        REQUIRE(entries.size() == 4); // the case.view and the three test entries
        for (const AuditEntry &e : entries)
            CHECK(fromIsoUtc(e.at) >= later);

        filter.from = {};
        filter.to = later.addMSecs(-1);
        entries = query(store, filter);
        CHECK(seqsOf(entries) ==
              seqsWhere(store, QStringLiteral("at <= ? AND seq < ?"), {isoUtc(first), before}));
        CHECK(entries.size() > 10);

        filter.from = later;
        filter.to = later;
        CHECK(query(store, filter).size() == 4);
        filter.from = first.addSecs(1);
        filter.to = later.addSecs(-1);
        CHECK(query(store, filter).isEmpty());
    }
}

TEST_CASE("the audit viewer's case filter finds the case and every record of it", "[store][audit]")
{
    SharedDesk d;
    d.signInAs(d.leyla);
    Note note;
    note.caseId = d.mine.caseId;
    note.body = QStringLiteral("Spoke with the school counsellor.");
    auto added = NoteRepository(*d.f.store).add(note);
    REQUIRE(added.ok());
    const QString noteId = added->meta.id;
    REQUIRE(ContactRepository(*d.f.store).open(d.mine.contact.meta.id).ok());
    d.signInAs(d.samir);
    CaseStore &store = *d.f.store;
    const qint64 before = lastSeq(store) + 1;

    AuditQuery filter;
    filter.caseId = d.mine.caseId;
    filter.beforeSeq = before;
    const QList<AuditEntry> entries = query(store, filter);
    // The records of the case, as SQL sees them.
    QSet<QString> records{QStringLiteral("case ") + d.mine.caseId};
    QSqlQuery q(store.database());
    for (const auto &[type, table] :
         {std::pair{"contact", "contacts"}, std::pair{"note", "notes"},
          std::pair{"referral", "referrals"}, std::pair{"follow_up", "follow_ups"},
          std::pair{"case_event", "case_events"}}) {
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 WHERE case_id = '%2'")
                           .arg(QLatin1String(table), d.mine.caseId)));
        while (q.next())
            records.insert(QString::fromLatin1(type) + u' ' + q.value(0).toString());
    }
    REQUIRE(q.exec(QStringLiteral("SELECT person_id FROM case_members WHERE case_id = '%1'")
                       .arg(d.mine.caseId)));
    while (q.next())
        records.insert(QStringLiteral("person ") + q.value(0).toString());
    CHECK(records.contains(QStringLiteral("note ") + noteId));

    // Every entry is about one of them, and every entry about one of them is there.
    QSet<qint64> expected;
    REQUIRE(q.exec(QStringLiteral("SELECT seq, record_type, record_id FROM audit_log WHERE "
                                  "seq < %1")
                       .arg(before)));
    while (q.next())
        if (records.contains(q.value(1).toString() + u' ' + q.value(2).toString()))
            expected.insert(q.value(0).toLongLong());
    QSet<qint64> got;
    for (const AuditEntry &e : entries) {
        CHECK(records.contains(e.recordType + u' ' + e.recordId));
        got.insert(e.seq);
    }
    CHECK(got == expected);
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions << e.action;
    CHECK(actions.contains(QStringLiteral("note.create")));
    CHECK(actions.contains(QStringLiteral("contact.view")));
    CHECK(actions.contains(QStringLiteral("contact.create")));
    CHECK(actions.contains(QStringLiteral("case.create")));
    // Nothing of the other cases.
    for (const AuditEntry &e : entries) {
        CHECK(e.recordId != d.theirs.caseId);
        CHECK(e.recordId != d.theirs.contact.meta.id);
    }
    // Sorted newest first.
    QList<qint64> seqs = seqsOf(entries);
    CHECK(std::is_sorted(seqs.rbegin(), seqs.rend()));

    // Combined with other filters (AND).
    filter.actions = {QStringLiteral("note.")};
    const QList<AuditEntry> notes = query(store, filter);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().recordId == noteId);
    filter.actions.clear();
    filter.caseId = d.theirs.caseId;
    for (const AuditEntry &e : query(store, filter))
        CHECK(e.recordId != noteId);
}

TEST_CASE("the audit viewer pages through the trail with beforeSeq", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    appendEntries(*f.store, 30, QStringLiteral("test.page"));
    const qint64 newest = lastSeq(*f.store);
    const QList<qint64> all = seqsWhere(*f.store, QStringLiteral("seq <= ?"), {newest});
    REQUIRE(all.size() == newest); // no gaps

    // Pages of 7 from just after the newest entry: each reading adds an audit.view, which the
    // pages after it must not show.
    QList<qint64> paged;
    AuditQuery filter;
    filter.limit = 7;
    filter.beforeSeq = newest + 1;
    for (;;) {
        const QList<AuditEntry> page = query(*f.store, filter);
        REQUIRE(page.size() <= 7);
        paged << seqsOf(page);
        if (page.size() < 7)
            break;
        filter.beforeSeq = page.constLast().seq;
    }
    CHECK(paged == all);

    // From the newest (beforeSeq 0): the first page starts with the latest entry, which is the
    // audit.view of the reading before it.
    AuditQuery newestFirst;
    newestFirst.limit = 3;
    const QList<AuditEntry> top = query(*f.store, newestFirst);
    REQUIRE(top.size() == 3);
    CHECK(top.first().seq == lastSeq(*f.store) - 1);
    CHECK(top.first().action == QStringLiteral("audit.view"));
    CHECK(top.at(1).seq == top.at(0).seq - 1);
}

TEST_CASE("reading the audit trail is audited, and counsellors may not", "[store][audit]")
{
    SharedDesk d;
    const QString viewed = QStringLiteral("action = 'audit.view' AND account_id = ?");
    const QString refused =
        QStringLiteral("action = 'access.denied' AND record_type = 'audit_log' AND account_id = ?");

    SECTION("a supervisor and an administrator read it; each query is one audit.view")
    {
        for (const QString &reader : {d.samir, d.admin}) {
            d.signInAs(reader);
            CaseStore &store = *d.f.store;
            const qint64 views = seqsWhere(store, viewed, {reader}).size();
            AuditQuery filter;
            filter.limit = 2;
            CHECK(query(store, filter).size() == 2);
            CHECK(query(store, filter).size() == 2);
            CHECK(seqsWhere(store, viewed, {reader}).size() == views + 2);
            // The newest entry is the last reading's: by the reader, with no record or detail.
            QSqlQuery q(store.database());
            REQUIRE(q.exec(QStringLiteral("SELECT action, account_id, coalesce(record_type, ''), "
                                          "coalesce(detail, '') FROM audit_log ORDER BY seq "
                                          "DESC LIMIT 1")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("audit.view"));
            CHECK(q.value(1).toString() == reader);
            CHECK(q.value(2).toString().isEmpty());
            CHECK(q.value(3).toString().isEmpty());
            auto actions = AuditLog::actions(store);
            REQUIRE(actions.ok());
            CHECK(actions->contains(QStringLiteral("audit.view")));
            CHECK(actions->contains(QStringLiteral("case.create")));
            CHECK(std::is_sorted(actions->cbegin(), actions->cend()));
            CHECK(QSet<QString>(actions->cbegin(), actions->cend()).size() == actions->size());
            CHECK(AuditLog::verify(store)->intact);
        }
    }
    SECTION("a counsellor is refused, and each refusal is audited")
    {
        d.signInAs(d.leyla);
        CaseStore &store = *d.f.store;
        CHECK_FALSE(AuditLog::mayRead(Role::Counsellor));
        CHECK(seqsWhere(store, refused, {d.leyla}).isEmpty());
        auto entries = AuditLog::query(store, AuditQuery());
        REQUIRE_FALSE(entries.ok());
        CHECK(entries.error().code == StoreError::Code::PermissionDenied);
        CHECK(entries.error().message.contains(QStringLiteral("supervisors and administrators")));
        auto actions = AuditLog::actions(store);
        REQUIRE_FALSE(actions.ok());
        CHECK(actions.error().code == StoreError::Code::PermissionDenied);
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        auto exported = exportAuditCsv(store, AuditQuery(), buffer);
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.error().code == StoreError::Code::PermissionDenied);
        CHECK(buffer.data().isEmpty());
        CHECK(seqsWhere(store, refused, {d.leyla}).size() == 3);
        CHECK(seqsWhere(store, viewed, {d.leyla}).isEmpty());
        CHECK(seqsWhere(store, QStringLiteral("action = 'audit.export'")).isEmpty());
        CHECK(AuditLog::verify(store)->intact);
    }
}

TEST_CASE("the audit trail exports as CSV, every entry, oldest first", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    // More than a page of the viewer (500) and of the export itself.
    appendEntries(*f.store, 1200, QStringLiteral("test.bulk"));
    const QString awkward = QStringLiteral("one, \"two\"\nthree");
    appendEntries(*f.store, 1, QStringLiteral("test.awkward"), awkward);
    const qint64 total = lastSeq(*f.store);
    REQUIRE(total > 1200);

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto exported = exportAuditCsv(*f.store, AuditQuery(), buffer);
    INFO(exported.error().message.toStdString());
    REQUIRE(exported.ok());
    CHECK(*exported == total);
    const QByteArray bytes = buffer.data();
    CHECK(bytes.startsWith("seq,id,at,account_id,account_name,device_id,action,record_type,"
                           "record_id,detail,prev_hash,hash\r\n"));
    // The awkward detail in quotes, its quotes doubled, its line break kept.
    CHECK(bytes.contains(",test.awkward,,,\"one, \"\"two\"\"\nthree\","));

    auto text = csv::decodeUtf8(bytes);
    REQUIRE(text);
    const csv::Table table = csv::parse(*text);
    REQUIRE(table.error.isEmpty());
    REQUIRE(table.rows.size() == total + 1);
    CHECK(table.rows.first().cells == auditCsvColumns());
    qint64 expectedSeq = 1;
    for (int i = 1; i < table.rows.size(); ++i) {
        const QStringList &cells = table.rows.at(i).cells;
        REQUIRE(cells.size() == 12);
        REQUIRE(table.rows.at(i).error.isEmpty());
        // Oldest first, none left out, and each row is the entry as chained.
        REQUIRE(cells.at(0).toLongLong() == expectedSeq++);
        AuditEntry e;
        e.seq = cells.at(0).toLongLong();
        e.id = cells.at(1);
        e.at = cells.at(2);
        e.accountId = cells.at(3);
        e.deviceId = cells.at(5);
        e.action = cells.at(6);
        e.recordType = cells.at(7);
        e.recordId = cells.at(8);
        e.detail = cells.at(9);
        e.prevHash = cells.at(10);
        REQUIRE(AuditLog::computeHash(e) == cells.at(11));
    }
    CHECK(table.rows.at(1).cells.at(4) == QStringLiteral("aysel")); // the account's name
    CHECK(table.rows.constLast().cells.at(9) == awkward);

    // Audited once, with the number of rows; no audit.view for the pages read.
    const QList<qint64> exports = seqsWhere(*f.store, QStringLiteral("action = 'audit.export'"));
    REQUIRE(exports.size() == 1);
    CHECK(exports.first() == total + 1);
    CHECK(lastSeq(*f.store) == total + 1);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'audit.export'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QString::number(total));

    // A filter exports what it matches, all of it.
    QBuffer filtered;
    REQUIRE(filtered.open(QIODevice::WriteOnly));
    AuditQuery bulk;
    bulk.actions = {QStringLiteral("test.bulk")};
    bulk.limit = 10; // ignored: the export is never a single page
    auto some = exportAuditCsv(*f.store, bulk, filtered);
    REQUIRE(some.ok());
    CHECK(*some == 1200);
    CHECK(filtered.data().count("\r\n") == 1201);
    CHECK(AuditLog::verify(*f.store)->intact);
}

TEST_CASE("wrong passwords before a successful sign-in are audited once, with their number",
          "[store][audit]")
{
    StoreFixture f;
    const QString admin = f.store->session().accountId;
    f.store.reset();
    SignInThrottle throttle(SignInThrottle::pathFor(f.dir.path()), f.clock);
    const auto signIn = [&](const char *password) {
        auto unlocked = CaseStore::unlock(f.dir.path(), admin, test::password(password), &f.clock);
        if (!unlocked) {
            REQUIRE(unlocked.error().code == StoreError::Code::WrongPassword);
            throttle.recordFailure(admin);
            return false;
        }
        f.store = std::move(unlocked.value());
        return true;
    };
    const QString failed = QStringLiteral("action = 'session.failed_signins'");

    CHECK_FALSE(signIn("wrong"));
    CHECK_FALSE(signIn("also wrong"));
    REQUIRE(signIn("correct horse"));
    CHECK(recordSignInSuccess(throttle, *f.store) == 2);
    CHECK(throttle.failures(admin) == 0);
    REQUIRE(seqsWhere(*f.store, failed).size() == 1);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT account_id, record_type, record_id, detail FROM "
                                  "audit_log WHERE action = 'session.failed_signins'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == admin);
    CHECK(q.value(1).toString() == QStringLiteral("account"));
    CHECK(q.value(2).toString() == admin);
    CHECK(q.value(3).toString() == QStringLiteral("2"));
    // The count was reset: the next sign-in adds nothing.
    CHECK(recordSignInSuccess(throttle, *f.store) == 0);
    CHECK(seqsWhere(*f.store, failed).size() == 1);

    // A name new to the desk counted under its own key, and an attempt the server accepted
    // after the keyring refused it.
    throttle.recordFailure(QStringLiteral("name:abc"));
    throttle.recordFailure(admin);
    throttle.recordFailure(admin);
    CHECK(recordSignInSuccess(throttle, *f.store, {QStringLiteral("name:abc")}, 1) == 2);
    CHECK(throttle.failures(QStringLiteral("name:abc")) == 0);
    CHECK(throttle.failures(admin) == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                  "'session.failed_signins' ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2"));
    CHECK(AuditLog::verify(*f.store)->intact);
}
