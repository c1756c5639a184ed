#include "core/domain/casetimeline.h"

#include "core/domain/codes.h"
#include "core/domain/screening.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace helpline {

namespace {

QString riskWords(const QString &code)
{
    const auto level = riskLevelFromCode(code);
    return level ? riskLevelDisplayName(*level) : QString();
}

} // namespace

Outcome<QList<TimelineEntry>> loadTimeline(CaseStore &store, const QString &caseId)
{
    CaseRepository cases(store);
    auto record = cases.read(caseId);
    if (!record)
        return record.error();
    auto accounts = cases.allAccounts();
    if (!accounts)
        return accounts.error();
    QHash<QString, QString> names;
    for (const AccountSummary &account : std::as_const(*accounts))
        names.insert(account.id, account.displayName);
    const auto nameOf = [&names](const QString &id) { return names.value(id, id); };

    QList<TimelineEntry> entries;
    const auto add = [&](TimelineEntry::Kind kind, const QString &recordId, const QDateTime &at,
                         const QString &authorId) -> TimelineEntry & {
        TimelineEntry e;
        e.kind = kind;
        e.recordId = recordId;
        e.at = at;
        e.authorId = authorId;
        e.authorName = nameOf(authorId);
        entries.append(e);
        return entries.last();
    };

    auto contacts = ContactRepository(store).forCase(caseId);
    if (!contacts)
        return contacts.error();
    for (const Contact &c : std::as_const(*contacts)) {
        TimelineEntry &e = add(TimelineEntry::Kind::Contact, c.meta.id, c.startedAt,
                               c.counsellorId.isEmpty() ? c.meta.createdBy : c.counsellorId);
        const QString what = QStringLiteral("%1 · %2").arg(
            codes::channels().displayName(c.channel), codes::callTypes().displayName(c.callType));
        const QString risk = riskWords(c.riskLevel);
        e.title = risk.isEmpty() ? what : QStringLiteral("%1 · %2").arg(what, risk);
        e.body = c.summary;
        e.riskLevel = c.riskLevel;
        e.relatedId = c.correctionOf;
        e.isCorrection = !c.correctionOf.isEmpty();
    }

    auto notes = NoteRepository(store).forCase(caseId);
    if (!notes)
        return notes.error();
    for (const Note &n : std::as_const(*notes)) {
        TimelineEntry &e =
            add(TimelineEntry::Kind::Note, n.meta.id, n.meta.createdAt, n.meta.createdBy);
        e.body = n.body;
        if (n.correctionOf.isEmpty()) {
            e.title = codes::noteKinds().displayName(n.kind);
        } else {
            e.isCorrection = true;
            e.relatedId = n.correctionOf;
            e.title = QCoreApplication::translate("helpline::CaseTimeline",
                                                  "Correction of an earlier note");
        }
    }

    auto referrals = ReferralRepository(store).forCase(caseId);
    if (!referrals)
        return referrals.error();
    for (const Referral &r : std::as_const(*referrals)) {
        TimelineEntry &e =
            add(TimelineEntry::Kind::Referral, r.meta.id, r.meta.createdAt, r.meta.createdBy);
        e.title = QCoreApplication::translate("helpline::CaseTimeline", "Referral to %1 (%2)")
                      .arg(r.serviceName.isEmpty() ? r.directoryEntryId : r.serviceName,
                           codes::referralStatuses().displayName(r.status));
        e.body = r.reason;
        e.statusCode = r.status;
    }

    auto followUps = FollowUpRepository(store).forCase(caseId);
    if (!followUps)
        return followUps.error();
    for (const FollowUp &f : std::as_const(*followUps)) {
        TimelineEntry &planned =
            add(TimelineEntry::Kind::FollowUp, f.meta.id, f.meta.createdAt, f.meta.createdBy);
        planned.title = QCoreApplication::translate("helpline::CaseTimeline", "Follow-up planned");
        planned.body = f.description;
        planned.dueAt = f.dueAt;
        planned.statusCode = f.status;
        if (f.status != QLatin1String("open") && f.doneAt.isValid()) {
            TimelineEntry &done = add(TimelineEntry::Kind::FollowUp, f.meta.id, f.doneAt, f.doneBy);
            done.title =
                f.status == QLatin1String("done")
                    ? QCoreApplication::translate("helpline::CaseTimeline", "Follow-up done")
                    : QCoreApplication::translate("helpline::CaseTimeline", "Follow-up cancelled");
            done.body = f.description;
            done.dueAt = f.dueAt;
            done.statusCode = f.status;
            done.relatedId = f.meta.id;
        }
    }

    auto events = cases.events(caseId);
    if (!events)
        return events.error();
    for (const CaseEvent &ev : std::as_const(*events)) {
        if (ev.kind == CaseEvent::statusKind()) {
            TimelineEntry &e = add(TimelineEntry::Kind::StatusChange, ev.meta.id, ev.meta.createdAt,
                                   ev.meta.createdBy);
            e.title = QCoreApplication::translate("helpline::CaseTimeline", "Status: %1 → %2")
                          .arg(codes::caseStatuses().displayName(ev.oldValue),
                               codes::caseStatuses().displayName(ev.newValue));
            e.body = ev.reason;
            e.statusCode = ev.newValue;
        } else {
            TimelineEntry &e = add(TimelineEntry::Kind::Assignment, ev.meta.id, ev.meta.createdAt,
                                   ev.meta.createdBy);
            e.title = ev.newValue.isEmpty()
                          ? QCoreApplication::translate("helpline::CaseTimeline", "Case unassigned")
                          : QCoreApplication::translate("helpline::CaseTimeline", "Assigned to %1")
                                .arg(nameOf(ev.newValue));
            e.body = ev.reason;
        }
    }

    // Ids are UUIDv7, made in order: at the same time, the record written first comes first.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         return a.at < b.at || (a.at == b.at && a.recordId < b.recordId);
                     });
    return entries;
}

} // namespace helpline
