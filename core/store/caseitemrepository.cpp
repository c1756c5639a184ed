#include "core/store/caseitemrepository.h"

#include "core/domain/recordjson.h"
#include "core/store/caseaccess.h"
#include "core/store/caselistindex.h"
#include "core/store/casestore.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/searchindex.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QSqlError>

#include <functional>

namespace helpline {

namespace {

bool caseExists(WriteTransaction &tx, const QString &caseId)
{
    const bool exists =
        tx.scalar(QStringLiteral("SELECT 1 FROM cases WHERE id = ? AND deleted = 0"), {caseId})
            .isValid();
    if (!exists && !tx.failed())
        tx.fail(StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseItems", "There is no such case.")));
    return exists;
}

const QString kReferralColumns = QStringLiteral(
    "case_id, contact_id, directory_entry_id, service_name, reason, urgency, method, consent, "
    "consent_reason, status, status_at, status_by");
const QString kFollowUpColumns = QStringLiteral(
    "case_id, contact_id, due_at, assignee_id, description, status, done_at, done_by");

Referral readReferral(const QSqlQuery &q)
{
    Referral r;
    r.meta = records::readMeta(q);
    r.caseId = q.value(7).toString();
    r.contactId = q.value(8).toString();
    r.directoryEntryId = q.value(9).toString();
    r.serviceName = q.value(10).toString();
    r.reason = q.value(11).toString();
    r.urgency = q.value(12).toString();
    r.method = q.value(13).toString();
    if (!q.value(14).isNull())
        r.consent = q.value(14).toBool();
    r.consentReason = q.value(15).toString();
    r.status = q.value(16).toString();
    r.statusAt = fromIsoUtc(q.value(17).toString());
    r.statusBy = q.value(18).toString();
    return r;
}

const QString kNoteColumns = QStringLiteral("case_id, contact_id, kind, body, correction_of");

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.meta = records::readMeta(q);
    n.caseId = q.value(7).toString();
    n.contactId = q.value(8).toString();
    n.kind = q.value(9).toString();
    n.body = q.value(10).toString();
    n.correctionOf = q.value(11).toString();
    return n;
}

FollowUp readFollowUp(const QSqlQuery &q)
{
    FollowUp f;
    f.meta = records::readMeta(q);
    f.caseId = q.value(7).toString();
    f.contactId = q.value(8).toString();
    f.dueAt = fromIsoUtc(q.value(9).toString());
    f.assigneeId = q.value(10).toString();
    f.description = q.value(11).toString();
    f.status = q.value(12).toString();
    if (!q.value(13).isNull())
        f.doneAt = fromIsoUtc(q.value(13).toString());
    f.doneBy = q.value(14).toString();
    return f;
}

} // namespace

Outcome<Note> NoteRepository::add(Note note)
{
    if (const Problems problems = note.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    // Writing needs the right to the case; a review comment, a supervisor of its office.
    const CaseAccess access(m_store);
    if (const auto scope = access.scopeOf(note.caseId)) {
        const bool review = note.kind == QLatin1String("review_comment");
        if (review ? !AccessPolicy::mayReview(access.viewer(), *scope)
                   : !AccessPolicy::mayWriteCase(access.viewer(), *scope))
            return access.deny(QStringLiteral("case"), note.caseId);
    }
    WriteTransaction tx(m_store);
    caseExists(tx, note.caseId);
    if (!note.correctionOf.isEmpty() && !tx.failed()) {
        const QVariant caseOfCorrected =
            tx.scalar(QStringLiteral("SELECT case_id FROM notes WHERE id = ? AND deleted = 0"),
                      {note.correctionOf});
        if (!tx.failed() && caseOfCorrected.toString() != note.caseId)
            tx.fail(StoreError::invalid(
                {{QStringLiteral("correction_of"),
                  QCoreApplication::translate("helpline::CaseItems",
                                              "The corrected note is not a note of this case.")}}));
    }
    records::stampNew(note.meta, m_store);
    records::insert(tx, QStringLiteral("notes"), note.meta, records::noteColumns(note));
    SearchIndex::index(tx, QStringLiteral("note"), note.meta.id, note.caseId, note.body, true);
    tx.exec(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"),
            {isoUtc(note.meta.createdAt), note.caseId});
    tx.audit(QStringLiteral("note.create"), QStringLiteral("note"), note.meta.id);
    tx.queue(QStringLiteral("note"), note.meta.id, note.meta.revision);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return note;
}

Outcome<QList<Note>> NoteRepository::forCase(const QString &caseId)
{
    if (auto allowed = CaseAccess(m_store).checkCase(caseId); !allowed)
        return allowed.error();
    return records::readRows<Note>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM notes WHERE case_id = ? AND deleted = 0 "
                       "ORDER BY created_at, id")
            .arg(records::metaColumns(), kNoteColumns),
        {caseId}, readNote,
        QCoreApplication::translate("helpline::CaseItems", "Reading the case's notes"));
}

Outcome<Note> NoteRepository::byId(const QString &noteId)
{
    return records::readOne<Note>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM notes WHERE id = ?")
            .arg(records::metaColumns(), kNoteColumns),
        noteId, readNote, QCoreApplication::translate("helpline::CaseItems", "Reading a note"),
        QCoreApplication::translate("helpline::CaseItems", "There is no such note."));
}

void ReferralRepository::addIn(WriteTransaction &tx, Referral &referral)
{
    referral.statusAt = m_store.clock().nowUtc();
    referral.statusBy = m_store.session().accountId;
    if (const Problems problems = referral.validate(); !problems.isEmpty()) {
        tx.fail(StoreError::invalid(problems));
        return;
    }
    caseExists(tx, referral.caseId);
    records::stampNew(referral.meta, m_store);
    records::insert(tx, QStringLiteral("referrals"), referral.meta,
                    records::referralColumns(referral));
    tx.audit(QStringLiteral("referral.create"), QStringLiteral("referral"), referral.meta.id);
    tx.queue(QStringLiteral("referral"), referral.meta.id, referral.meta.revision);
}

Outcome<Referral> ReferralRepository::add(Referral referral)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(referral.caseId); !allowed)
        return allowed.error();
    if (const Problems problems = referral.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    addIn(tx, referral);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return referral;
}

Outcome<Referral> ReferralRepository::setStatus(Referral referral, const QString &status)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(referral.caseId); !allowed)
        return allowed.error();
    referral.status = status;
    referral.statusAt = m_store.clock().nowUtc();
    referral.statusBy = m_store.session().accountId;
    if (const Problems problems = referral.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    // The stored values (the update below checks they are still those the caller read).
    const auto before = byId(referral.meta.id);
    const QStringList fields{QStringLiteral("status"), QStringLiteral("status_at"),
                             QStringLiteral("status_by")};
    if (records::update(tx, QStringLiteral("referrals"), referral.meta,
                        records::referralColumns(referral))) {
        tx.audit(QStringLiteral("referral.status"), QStringLiteral("referral"), referral.meta.id,
                 status);
        tx.queue(QStringLiteral("referral"), referral.meta.id, referral.meta.revision, fields,
                 before ? records::pick(toJson(*before), fields) : QJsonObject());
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return referral;
}

Outcome<QList<Referral>> ReferralRepository::forCase(const QString &caseId)
{
    if (auto allowed = CaseAccess(m_store).checkCase(caseId); !allowed)
        return allowed.error();
    return records::readRows<Referral>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM referrals WHERE case_id = ? AND "
                       "deleted = 0 ORDER BY created_at")
            .arg(records::metaColumns(), kReferralColumns),
        {caseId}, readReferral,
        QCoreApplication::translate("helpline::CaseItems", "Reading the case's referrals"));
}

Outcome<QList<Referral>> ReferralRepository::waiting(const QDateTime &before)
{
    QVariantList values{isoUtc(before)};
    const QString visible = CaseAccess(m_store).andCondition(QStringLiteral("c"), values);
    QStringList columns;
    for (const QString &column : kReferralColumns.split(QStringLiteral(", ")))
        columns << QStringLiteral("r.") + column;
    return records::readRows<Referral>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM referrals r JOIN cases c ON c.id = r.case_id WHERE "
                       "r.status IN ('made', 'acknowledged') AND r.status_at < ? AND "
                       "r.deleted = 0 AND c.deleted = 0%3 ORDER BY r.status_at, r.id")
            .arg(records::metaColumns(QStringLiteral("r")), columns.join(QStringLiteral(", ")),
                 visible),
        values, readReferral,
        QCoreApplication::translate("helpline::CaseItems", "Reading referrals"));
}

Outcome<Referral> ReferralRepository::byId(const QString &referralId)
{
    return records::readOne<Referral>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM referrals WHERE id = ?")
            .arg(records::metaColumns(), kReferralColumns),
        referralId, readReferral,
        QCoreApplication::translate("helpline::CaseItems", "Reading a referral"),
        QCoreApplication::translate("helpline::CaseItems", "There is no such referral."));
}

void FollowUpRepository::addIn(WriteTransaction &tx, FollowUp &followUp)
{
    if (const Problems problems = followUp.validate(); !problems.isEmpty()) {
        tx.fail(StoreError::invalid(problems));
        return;
    }
    caseExists(tx, followUp.caseId);
    records::stampNew(followUp.meta, m_store);
    records::insert(tx, QStringLiteral("follow_ups"), followUp.meta,
                    records::followUpColumns(followUp));
    CaseListIndex::followUpsChanged(tx, followUp.caseId);
    tx.audit(QStringLiteral("follow_up.create"), QStringLiteral("follow_up"), followUp.meta.id);
    tx.queue(QStringLiteral("follow_up"), followUp.meta.id, followUp.meta.revision);
}

Outcome<FollowUp> FollowUpRepository::add(FollowUp followUp)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(followUp.caseId); !allowed)
        return allowed.error();
    if (const Problems problems = followUp.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    addIn(tx, followUp);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return followUp;
}

namespace {
Outcome<FollowUp> finishFollowUp(CaseStore &store, FollowUp followUp, const QString &status,
                                 const QString &action)
{
    if (auto allowed = CaseAccess(store).checkWrite(followUp.caseId); !allowed)
        return allowed.error();
    followUp.status = status;
    followUp.doneAt = store.clock().nowUtc();
    followUp.doneBy = store.session().accountId;
    WriteTransaction tx(store);
    // The stored values (the update below checks they are still those the caller read).
    const auto before = FollowUpRepository(store).byId(followUp.meta.id);
    const QStringList fields{QStringLiteral("status"), QStringLiteral("done_at"),
                             QStringLiteral("done_by")};
    if (records::update(tx, QStringLiteral("follow_ups"), followUp.meta,
                        records::followUpColumns(followUp))) {
        CaseListIndex::followUpsChanged(tx, followUp.caseId);
        tx.audit(action, QStringLiteral("follow_up"), followUp.meta.id);
        tx.queue(QStringLiteral("follow_up"), followUp.meta.id, followUp.meta.revision, fields,
                 before ? records::pick(toJson(*before), fields) : QJsonObject());
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return followUp;
}
} // namespace

Outcome<FollowUp> FollowUpRepository::complete(FollowUp followUp)
{
    return finishFollowUp(m_store, std::move(followUp), QStringLiteral("done"),
                          QStringLiteral("follow_up.complete"));
}

Outcome<FollowUp> FollowUpRepository::cancel(FollowUp followUp)
{
    return finishFollowUp(m_store, std::move(followUp), QStringLiteral("cancelled"),
                          QStringLiteral("follow_up.cancel"));
}

Outcome<QList<FollowUp>> FollowUpRepository::due(const QDateTime &until)
{
    QVariantList values{isoUtc(until)};
    const QString visible = CaseAccess(m_store).andCondition(QStringLiteral("c"), values);
    return records::readRows<FollowUp>(
        m_store,
        QStringLiteral("SELECT %1, f.case_id, f.contact_id, f.due_at, f.assignee_id, "
                       "f.description, f.status, f.done_at, f.done_by FROM follow_ups f "
                       "JOIN cases c ON c.id = f.case_id WHERE f.status = 'open' AND "
                       "f.due_at <= ? AND f.deleted = 0 AND c.deleted = 0%2 ORDER BY f.due_at, "
                       "f.id")
            .arg(records::metaColumns(QStringLiteral("f")), visible),
        values, readFollowUp,
        QCoreApplication::translate("helpline::CaseItems", "Reading follow-ups"));
}

Outcome<QList<FollowUp>> FollowUpRepository::dueFor(const QString &assigneeId,
                                                    const QDateTime &until)
{
    QVariantList values{isoUtc(until), assigneeId, assigneeId};
    // Of the cases the signed-in account may see: a follow-up stays assigned to a counsellor
    // whose case has moved on to someone else.
    const QString visible = CaseAccess(m_store).andCondition(QStringLiteral("c"), values);
    return records::readRows<FollowUp>(
        m_store,
        QStringLiteral("SELECT %1, f.case_id, f.contact_id, f.due_at, f.assignee_id, "
                       "f.description, f.status, f.done_at, f.done_by FROM follow_ups f "
                       "JOIN cases c ON c.id = f.case_id WHERE f.status = 'open' AND "
                       "f.due_at <= ? AND f.deleted = 0 AND c.deleted = 0 AND (f.assignee_id = ? "
                       "OR (f.assignee_id IS NULL AND c.assignee_id = ?))%2 ORDER BY f.due_at, "
                       "f.id")
            .arg(records::metaColumns(QStringLiteral("f")), visible),
        values, readFollowUp,
        QCoreApplication::translate("helpline::CaseItems", "Reading follow-ups"));
}

Outcome<QList<FollowUp>> FollowUpRepository::forCase(const QString &caseId)
{
    if (auto allowed = CaseAccess(m_store).checkCase(caseId); !allowed)
        return allowed.error();
    return records::readRows<FollowUp>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM follow_ups WHERE case_id = ? AND "
                       "deleted = 0 ORDER BY due_at")
            .arg(records::metaColumns(), kFollowUpColumns),
        {caseId}, readFollowUp,
        QCoreApplication::translate("helpline::CaseItems", "Reading the case's follow-ups"));
}

Outcome<FollowUp> FollowUpRepository::byId(const QString &followUpId)
{
    return records::readOne<FollowUp>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM follow_ups WHERE id = ?")
            .arg(records::metaColumns(), kFollowUpColumns),
        followUpId, readFollowUp,
        QCoreApplication::translate("helpline::CaseItems", "Reading a follow-up"),
        QCoreApplication::translate("helpline::CaseItems", "There is no such follow-up."));
}

} // namespace helpline
