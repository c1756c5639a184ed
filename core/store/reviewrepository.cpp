#include "core/store/reviewrepository.h"

#include "core/domain/accesspolicy.h"
#include "core/store/caseaccess.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace helpline {

Q_LOGGING_CATEGORY(lcReview, "helpline.store.review")

namespace {

// A contact counts as decided once a supervisor approved or returned it; an acknowledged alert
// still waits for its review.
const char kDecided[] =
    "EXISTS (SELECT 1 FROM case_events e WHERE e.subject_id = c.id AND e.kind = 'review' AND "
    "e.new_value IN ('approved', 'returned') AND e.deleted = 0)";

StoreError onlySupervisors()
{
    return StoreError::make(StoreError::Code::PermissionDenied,
                            QCoreApplication::translate("helpline::ReviewRepository",
                                                        "Only supervisors review cases."));
}

// The columns a comment and a decision share: id, case, number, contact, author, time, text.
FeedbackItem readFeedback(const QSqlQuery &q)
{
    FeedbackItem item;
    item.recordId = q.value(0).toString();
    item.caseId = q.value(1).toString();
    item.caseNumber = q.value(2).toString();
    item.contactId = q.value(3).toString();
    item.authorId = q.value(4).toString();
    item.at = fromIsoUtc(q.value(5).toString());
    item.text = q.value(6).toString();
    return item;
}

QString what()
{
    return QCoreApplication::translate("helpline::ReviewRepository", "Reading the review queue");
}

} // namespace

Outcome<QList<ReviewItem>> ReviewRepository::queue()
{
    return collect({});
}

Outcome<QList<ReviewItem>> ReviewRepository::waitingFor(const QString &caseId)
{
    return collect(caseId);
}

Outcome<QList<ReviewItem>> ReviewRepository::collect(const QString &caseId)
{
    if (m_store.session().role != Role::Supervisor)
        return onlySupervisors();
    const CaseAccess access(m_store);
    QList<ReviewItem> items;

    // Each part: the cases of the supervisor's office (or of one case).
    auto scope = [&](QVariantList &values) {
        QString sql = access.andCondition(QStringLiteral("k"), values);
        if (!caseId.isEmpty()) {
            sql += QStringLiteral(" AND k.id = ?");
            values << caseId;
        }
        return sql;
    };

    // 1. Acute and high-risk contacts without a decision.
    {
        QVariantList values;
        const QString sql =
            QStringLiteral(
                "SELECT c.id, c.case_id, k.case_number, c.risk_level, c.counsellor_id, "
                "c.started_at FROM contacts c JOIN cases k ON k.id = c.case_id WHERE "
                "c.risk_level IN ('acute', 'high') AND c.deleted = 0 AND k.deleted = 0 AND NOT ") +
            QLatin1String(kDecided) + scope(values);
        auto rows = records::readRows<ReviewItem>(
            m_store, sql, values,
            [](const QSqlQuery &q) {
                ReviewItem item;
                item.contactId = q.value(0).toString();
                item.caseId = q.value(1).toString();
                item.caseNumber = q.value(2).toString();
                item.riskLevel = q.value(3).toString();
                item.reason = item.riskLevel == QLatin1String("acute") ? ReviewReason::AcuteRisk
                                                                       : ReviewReason::HighRisk;
                item.counsellorId = q.value(4).toString();
                item.since = fromIsoUtc(q.value(5).toString());
                return item;
            },
            what());
        if (!rows)
            return rows.error();
        items << *rows;
    }

    // 2. Contacts written in a counsellor's first weeks, without a decision (high and acute
    //    ones are already in the queue for their risk).
    if (const int weeks = m_store.reviewRules().newCounsellorWeeks; weeks > 0) {
        struct Period {
            QString accountId;
            QDateTime end;
        };
        auto periods = records::readRows<Period>(
            m_store,
            QStringLiteral("SELECT id, created_at FROM accounts WHERE role = 'counsellor' AND "
                           "deleted = 0"),
            {},
            [weeks](const QSqlQuery &q) {
                return Period{q.value(0).toString(),
                              fromIsoUtc(q.value(1).toString()).addDays(7 * qint64(weeks))};
            },
            what());
        if (!periods)
            return periods.error();
        for (const Period &period : std::as_const(*periods)) {
            if (!period.end.isValid())
                continue;
            QVariantList values{period.accountId, isoUtc(period.end)};
            const QString sql =
                QStringLiteral(
                    "SELECT c.id, c.case_id, k.case_number, c.risk_level, c.started_at FROM "
                    "contacts c JOIN cases k ON k.id = c.case_id WHERE c.counsellor_id = ? AND "
                    "c.started_at < ? AND c.deleted = 0 AND k.deleted = 0 AND "
                    "coalesce(c.risk_level, '') NOT IN ('acute', 'high') AND NOT ") +
                QLatin1String(kDecided) + scope(values);
            auto rows = records::readRows<ReviewItem>(
                m_store, sql, values,
                [&period](const QSqlQuery &q) {
                    ReviewItem item;
                    item.reason = ReviewReason::NewCounsellor;
                    item.contactId = q.value(0).toString();
                    item.caseId = q.value(1).toString();
                    item.caseNumber = q.value(2).toString();
                    item.riskLevel = q.value(3).toString();
                    item.counsellorId = period.accountId;
                    item.since = fromIsoUtc(q.value(4).toString());
                    return item;
                },
                what());
            if (!rows)
                return rows.error();
            items << *rows;
        }
    }

    // 3. Restricted cases opened with break glass that no supervisor has seen to yet.
    {
        QVariantList values;
        const QString sql =
            QStringLiteral(
                "SELECT e.id, e.case_id, k.case_number, coalesce(k.risk_level, ''), "
                "e.created_by, e.created_at, coalesce(e.reason, '') FROM case_events e JOIN cases "
                "k ON k.id = e.case_id WHERE e.kind = 'access' AND e.new_value = 'break_glass' "
                "AND e.deleted = 0 AND k.deleted = 0 AND NOT EXISTS (SELECT 1 FROM case_events r "
                "WHERE r.subject_id = e.id AND r.kind = 'review' AND r.deleted = 0)") +
            scope(values);
        auto rows = records::readRows<ReviewItem>(
            m_store, sql, values,
            [](const QSqlQuery &q) {
                ReviewItem item;
                item.reason = ReviewReason::BreakGlass;
                item.eventId = q.value(0).toString();
                item.caseId = q.value(1).toString();
                item.caseNumber = q.value(2).toString();
                item.riskLevel = q.value(3).toString();
                item.counsellorId = q.value(4).toString();
                item.since = fromIsoUtc(q.value(5).toString());
                item.note = q.value(6).toString();
                return item;
            },
            what());
        if (!rows)
            return rows.error();
        items << *rows;
    }

    // 4 and 5. Cases whose counsellor asked for a review, or for closure: who asked, when and
    //    why come from the latest request (a review event, or the status change).
    struct CaseWait {
        ReviewReason reason;
        const char *where;
        const char *request;
    };
    const CaseWait waits[] = {
        // The flag is set with a request: the requests narrow the cases before the flags are
        // read (case_events_kind; "+k.deleted" keeps SQLite from scanning every case by
        // cases_count instead), rather than every case's flags being read.
        {ReviewReason::NeedsReview,
         "k.id IN (SELECT case_id FROM case_events WHERE kind = 'review' AND new_value = "
         "'requested' AND deleted = 0) AND +k.deleted = 0 AND "
         "k.flags LIKE '%\"needs_review\"%'",
         "SELECT created_by, created_at, reason FROM case_events WHERE case_id = ? AND kind = "
         "'review' AND subject_type = 'case' AND new_value = 'requested' AND deleted = 0 "
         "ORDER BY created_at DESC, id DESC LIMIT 1"},
        {ReviewReason::ClosureRequested, "k.deleted = 0 AND k.status = 'pending_closure'",
         "SELECT created_by, created_at, reason FROM case_events WHERE case_id = ? AND kind = "
         "'status' AND new_value = 'pending_closure' AND deleted = 0 ORDER BY created_at DESC, "
         "id DESC LIMIT 1"},
    };
    for (const CaseWait &wait : waits) {
        QVariantList values;
        const QString sql =
            QStringLiteral("SELECT k.id, k.case_number, coalesce(k.risk_level, ''), "
                           "coalesce(k.assignee_id, ''), k.updated_at FROM cases k WHERE ") +
            QLatin1String(wait.where) + scope(values);
        auto rows = records::readRows<ReviewItem>(
            m_store, sql, values,
            [&wait](const QSqlQuery &q) {
                ReviewItem item;
                item.reason = wait.reason;
                item.caseId = q.value(0).toString();
                item.caseNumber = q.value(1).toString();
                item.riskLevel = q.value(2).toString();
                item.counsellorId = q.value(3).toString();
                item.since = fromIsoUtc(q.value(4).toString());
                return item;
            },
            what());
        if (!rows)
            return rows.error();
        for (ReviewItem &item : *rows) {
            QSqlQuery *q = m_store.prepared(QString::fromLatin1(wait.request));
            if (!q)
                return m_store.sqlError(m_store.lastPrepareError(), what());
            q->bindValue(0, item.caseId);
            if (q->exec() && q->next()) {
                item.counsellorId = q->value(0).toString();
                item.since = fromIsoUtc(q->value(1).toString());
                item.note = q->value(2).toString();
            }
            q->finish();
        }
        items << *rows;
    }
    review::sortQueue(items);
    return items;
}

Outcome<void> ReviewRepository::checkReviewer(const QString &caseId)
{
    const CaseAccess access(m_store);
    const auto scope = access.scopeOf(caseId);
    if (!scope)
        return StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseRepository", "There is no such case."));
    if (!AccessPolicy::mayReview(access.viewer(), *scope)) {
        (void)access.deny(QStringLiteral("case"), caseId);
        return onlySupervisors();
    }
    return {};
}

void ReviewRepository::writeEvent(WriteTransaction &tx, const QString &caseId,
                                  const QString &subjectType, const QString &subjectId,
                                  const QString &decision, const QString &reasonCode,
                                  const QString &text)
{
    CaseEvent event;
    event.caseId = caseId;
    event.kind = CaseEvent::reviewKind();
    event.subjectType = subjectType;
    event.subjectId = subjectId;
    event.newValue = decision;
    event.field = reasonCode;
    event.reason = text;
    CaseRepository(m_store).appendEventIn(tx, event);
}

Outcome<void> ReviewRepository::decide(const QString &caseId, const QString &decision,
                                       const QString &reason)
{
    if (auto allowed = checkReviewer(caseId); !allowed)
        return allowed;
    const QString text = reason.trimmed();
    const bool approving = decision == reviewdecision::approved();
    if (!approving && text.isEmpty())
        return StoreError::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("helpline::ReviewRepository",
                                          "Say what the counsellor should change.")}});
    if (text.size() > 2000)
        return StoreError::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("helpline::CaseRepository",
                                          "The reason is too long (at most 2,000 characters).")}});
    auto waiting = collect(caseId);
    if (!waiting)
        return waiting.error();

    CaseRepository cases(m_store);
    WriteTransaction tx(m_store);
    for (const ReviewItem &item : std::as_const(*waiting)) {
        const QString code = review::reasonCode(item.reason);
        if (!item.contactId.isEmpty()) {
            writeEvent(tx, caseId, QStringLiteral("contact"), item.contactId, decision, code, text);
            continue;
        }
        if (item.reason == ReviewReason::BreakGlass) {
            // Seen to: approved (the reason holds) or returned (it did not); the opening stays.
            writeEvent(tx, caseId, QStringLiteral("access"), item.eventId, decision, code, text);
            continue;
        }
        if (item.reason == ReviewReason::NeedsReview) {
            cases.setFlagIn(tx, caseId, needsReviewFlag(), false);
        } else if (approving) {
            cases.changeStatusIn(
                tx, caseId, QStringLiteral("closed"),
                text.isEmpty() ? QCoreApplication::translate("helpline::ReviewRepository",
                                                             "Closure approved by a supervisor.")
                               : text);
        } else {
            cases.changeStatusIn(tx, caseId, QStringLiteral("active"), text);
        }
        writeEvent(tx, caseId, QStringLiteral("case"), caseId, decision, code, text);
    }
    if (waiting->isEmpty())
        writeEvent(tx, caseId, QStringLiteral("case"), caseId, decision, {}, text);
    tx.audit(approving ? QStringLiteral("review.approve") : QStringLiteral("review.return"),
             QStringLiteral("case"), caseId, QString::number(waiting->size()));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcReview) << "case" << caseId << decision << waiting->size() << "item(s)";
    return {};
}

Outcome<void> ReviewRepository::approve(const QString &caseId, const QString &reason)
{
    return decide(caseId, reviewdecision::approved(), reason);
}

Outcome<void> ReviewRepository::giveBack(const QString &caseId, const QString &reason)
{
    return decide(caseId, reviewdecision::returned(), reason);
}

Outcome<Note> ReviewRepository::comment(const QString &caseId, const QString &body,
                                        const QString &contactId)
{
    if (auto allowed = checkReviewer(caseId); !allowed)
        return allowed.error();
    Note note;
    note.caseId = caseId;
    note.contactId = contactId;
    note.kind = QStringLiteral("review_comment");
    note.body = body;
    return NoteRepository(m_store).add(note);
}

Outcome<void> ReviewRepository::requestReview(const QString &caseId, const QString &reason)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(caseId); !allowed)
        return allowed;
    const QString text = reason.trimmed();
    if (text.size() > 2000)
        return StoreError::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("helpline::CaseRepository",
                                          "The reason is too long (at most 2,000 characters).")}});
    WriteTransaction tx(m_store);
    CaseRepository(m_store).setFlagIn(tx, caseId, needsReviewFlag(), true);
    writeEvent(tx, caseId, QStringLiteral("case"), caseId, reviewdecision::requested(),
               QStringLiteral("needs_review"), text);
    tx.audit(QStringLiteral("review.request"), QStringLiteral("case"), caseId);
    return tx.commit();
}

Outcome<QList<FeedbackItem>> ReviewRepository::feedback(int limit)
{
    const QString me = m_store.session().accountId;
    const QString feedbackWhat =
        QCoreApplication::translate("helpline::ReviewRepository", "Reading your feedback");
    // What concerns the account: the cases assigned to it, and the contacts it wrote.
    auto comments = records::readRows<FeedbackItem>(
        m_store,
        QStringLiteral(
            "SELECT n.id, n.case_id, k.case_number, coalesce(n.contact_id, ''), n.created_by, "
            "n.created_at, n.body FROM notes n JOIN cases k ON k.id = n.case_id WHERE "
            "n.kind = 'review_comment' AND n.deleted = 0 AND k.deleted = 0 AND "
            "n.created_by <> ? AND (k.assignee_id = ? OR n.contact_id IN (SELECT id FROM "
            "contacts WHERE counsellor_id = ?)) ORDER BY n.created_at DESC LIMIT ?"),
        {me, me, me, limit}, readFeedback, feedbackWhat);
    if (!comments)
        return comments.error();
    auto decisions = records::readRows<FeedbackItem>(
        m_store,
        QStringLiteral(
            "SELECT e.id, e.case_id, k.case_number, CASE WHEN e.subject_type = 'contact' THEN "
            "e.subject_id ELSE '' END, e.created_by, e.created_at, coalesce(e.reason, ''), "
            "e.new_value, coalesce(e.field, '') FROM case_events e JOIN cases k ON "
            "k.id = e.case_id WHERE e.kind = 'review' AND e.new_value IN ('approved', "
            "'returned') AND e.deleted = 0 AND k.deleted = 0 AND e.created_by <> ? AND "
            "(k.assignee_id = ? OR (e.subject_type = 'contact' AND e.subject_id IN (SELECT id "
            "FROM contacts WHERE counsellor_id = ?)) OR (e.subject_type = 'access' AND "
            "e.subject_id IN (SELECT id FROM case_events WHERE kind = 'access' AND created_by "
            "= ?))) ORDER BY e.created_at DESC LIMIT ?"),
        {me, me, me, me, limit},
        [](const QSqlQuery &q) {
            FeedbackItem item = readFeedback(q);
            const bool approved = q.value(7).toString() == reviewdecision::approved();
            const bool closure = q.value(8).toString() == QLatin1String("closure");
            item.kind =
                closure ? (approved ? FeedbackItem::Kind::ClosureApproved
                                    : FeedbackItem::Kind::ClosureReturned)
                        : (approved ? FeedbackItem::Kind::Approved : FeedbackItem::Kind::Returned);
            return item;
        },
        feedbackWhat);
    if (!decisions)
        return decisions.error();
    QList<FeedbackItem> items = *comments + *decisions;
    std::stable_sort(items.begin(), items.end(), [](const FeedbackItem &a, const FeedbackItem &b) {
        return a.at > b.at || (a.at == b.at && a.recordId > b.recordId);
    });
    if (items.size() > limit)
        items.resize(limit);
    return items;
}

Outcome<QList<AcuteAlert>> ReviewRepository::alerts()
{
    if (m_store.session().role != Role::Supervisor)
        return QList<AcuteAlert>{};
    const CaseAccess access(m_store);
    QVariantList values{isoUtc(m_store.clock().nowUtc().addDays(-review::alertWindowDays)),
                        m_store.session().accountId};
    const QString sql =
        QStringLiteral(
            "SELECT c.id, c.case_id, k.case_number, c.counsellor_id, c.started_at FROM contacts c "
            "JOIN cases k ON k.id = c.case_id WHERE c.risk_level = 'acute' AND c.started_at >= ? "
            "AND c.deleted = 0 AND k.deleted = 0 AND c.counsellor_id <> ? AND NOT EXISTS (SELECT "
            "1 FROM case_events e WHERE e.subject_id = c.id AND e.kind = 'review' AND "
            "e.deleted = 0)") +
        access.andCondition(QStringLiteral("k"), values) +
        QStringLiteral(" ORDER BY c.started_at, c.id");
    return records::readRows<AcuteAlert>(
        m_store, sql, values,
        [](const QSqlQuery &q) {
            AcuteAlert alert;
            alert.contactId = q.value(0).toString();
            alert.caseId = q.value(1).toString();
            alert.caseNumber = q.value(2).toString();
            alert.counsellorId = q.value(3).toString();
            alert.startedAt = fromIsoUtc(q.value(4).toString());
            return alert;
        },
        QCoreApplication::translate("helpline::ReviewRepository", "Reading the alerts"));
}

Outcome<void> ReviewRepository::acknowledge(const QString &contactId)
{
    const QVariant caseId = [&] {
        QSqlQuery *q = m_store.prepared(
            QStringLiteral("SELECT case_id FROM contacts WHERE id = ? AND deleted = 0"));
        QVariant value;
        if (q) {
            q->bindValue(0, contactId);
            if (q->exec() && q->next())
                value = q->value(0);
            q->finish();
        }
        return value;
    }();
    if (!caseId.isValid() || caseId.toString().isEmpty())
        return StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::ReviewRepository", "There is no such contact."));
    if (auto allowed = checkReviewer(caseId.toString()); !allowed)
        return allowed;
    WriteTransaction tx(m_store);
    writeEvent(tx, caseId.toString(), QStringLiteral("contact"), contactId,
               reviewdecision::acknowledged(), QStringLiteral("risk"), {});
    tx.audit(QStringLiteral("alert.acknowledge"), QStringLiteral("contact"), contactId);
    return tx.commit();
}

} // namespace helpline
