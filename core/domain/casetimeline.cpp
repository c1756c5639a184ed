#include "core/domain/casetimeline.h"

#include "core/domain/review.h"

#include "core/domain/codes.h"
#include "core/domain/screening.h"
#include "core/protocol/jsonreader.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <functional>

#include <algorithm>

namespace helpline {

namespace {

QString riskWords(const QString &code)
{
    const auto level = riskLevelFromCode(code);
    return level ? riskLevelDisplayName(*level) : QString();
}

// The name a counsellor knows a field by; the JSON name for the others.
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Status")},
        {QStringLiteral("assignee_id"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Assignee")},
        {QStringLiteral("risk_level"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Risk level")},
        {QStringLiteral("flags"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Flags")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Title")},
        {QStringLiteral("restricted"),
         QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Restricted access")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Due")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Description")},
        {QStringLiteral("done_at"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Done at")},
        {QStringLiteral("done_by"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Done by")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Reason")},
        {QStringLiteral("urgency"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Urgency")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Phone")},
        {QStringLiteral("age"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Age")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Gender")},
        {QStringLiteral("region_code"), QT_TRANSLATE_NOOP("helpline::CaseTimeline", "Region")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate("helpline::CaseTimeline", name) : field;
}

QString reviewTitle(const CaseEvent &ev)
{
    const bool contact = ev.subjectType == QLatin1String("contact");
    const bool closure = ev.field == QLatin1String("closure");
    if (ev.newValue == reviewdecision::requested())
        return QCoreApplication::translate("helpline::CaseTimeline", "Review asked for");
    if (ev.subjectType == QLatin1String("access"))
        return ev.newValue == reviewdecision::approved()
                   ? QCoreApplication::translate("helpline::CaseTimeline",
                                                 "Opening approved by a supervisor")
                   : QCoreApplication::translate("helpline::CaseTimeline",
                                                 "Opening questioned by a supervisor");
    if (ev.newValue == reviewdecision::acknowledged())
        return QCoreApplication::translate("helpline::CaseTimeline",
                                           "Acute-risk alert acknowledged");
    if (ev.newValue == reviewdecision::approved())
        return closure   ? QCoreApplication::translate("helpline::CaseTimeline", "Closure approved")
               : contact ? QCoreApplication::translate("helpline::CaseTimeline", "Contact approved")
                         : QCoreApplication::translate("helpline::CaseTimeline", "Case approved");
    return closure   ? QCoreApplication::translate("helpline::CaseTimeline", "Closure not approved")
           : contact ? QCoreApplication::translate("helpline::CaseTimeline", "Contact returned")
                     : QCoreApplication::translate("helpline::CaseTimeline", "Case returned");
}

QString conflictTitle(const QString &subjectType, const QString &field)
{
    const QString name = fieldName(field);
    if (subjectType == QLatin1String("referral"))
        return QCoreApplication::translate("helpline::CaseTimeline",
                                           "Conflicting edits to a referral: %1")
            .arg(name);
    if (subjectType == QLatin1String("follow_up"))
        return QCoreApplication::translate("helpline::CaseTimeline",
                                           "Conflicting edits to a follow-up: %1")
            .arg(name);
    if (subjectType == QLatin1String("person"))
        return QCoreApplication::translate("helpline::CaseTimeline",
                                           "Conflicting edits to a person: %1")
            .arg(name);
    return QCoreApplication::translate("helpline::CaseTimeline", "Conflicting edits: %1").arg(name);
}

// When a change was made, from its hybrid logical clock (13 digits of milliseconds since the
// epoch, then "-"); invalid when the clock does not start that way.
QDateTime clockTime(const QString &hlc)
{
    if (hlc.size() < 14 || hlc.at(13) != u'-')
        return {};
    bool ok = false;
    const qint64 ms = hlc.left(13).toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString shownTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// A conflict's value (compact JSON text) as a counsellor reads it: codes by their names,
// accounts by theirs, times in local time, lists joined; JSON only for what has no reading.
QString shownValue(const QString &subjectType, const QString &field, const QString &compact,
                   const std::function<QString(const QString &)> &nameOf)
{
    const std::optional<QJsonValue> parsed = parseCompactJsonText(compact);
    if (!parsed)
        return compact;
    const QJsonValue &value = *parsed;
    if (value.isNull() || (value.isString() && value.toString().isEmpty()) ||
        (value.isArray() && value.toArray().isEmpty()))
        return QCoreApplication::translate("helpline::CaseTimeline", "(none)");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("helpline::CaseTimeline", "Yes")
                              : QCoreApplication::translate("helpline::CaseTimeline", "No");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isString() ? item.toString() : compactJsonText(item));
        return items.join(QStringLiteral(", "));
    }
    if (!value.isString())
        return compactJsonText(value);
    const QString text = value.toString();
    if (field == QLatin1String("status")) {
        if (subjectType == QLatin1String("referral"))
            return codes::referralStatuses().displayName(text);
        if (subjectType == QLatin1String("follow_up"))
            return codes::followUpStatuses().displayName(text);
        return codes::caseStatuses().displayName(text);
    }
    if (field == QLatin1String("assignee_id") || field == QLatin1String("done_by") ||
        field == QLatin1String("status_by"))
        return nameOf(text);
    if (field == QLatin1String("risk_level")) {
        const QString words = riskWords(text);
        return words.isEmpty() ? text : words;
    }
    if (field == QLatin1String("urgency"))
        return codes::referralUrgencies().displayName(text);
    if (field == QLatin1String("gender"))
        return codes::genders().displayName(text);
    if (field.endsWith(QLatin1String("_at"))) {
        const QDateTime time = parseStrictUtcTime(text);
        if (time.isValid())
            return shownTime(time);
    }
    return text;
}

QString conflictLine(bool kept, const QString &value, const QString &hlc)
{
    const QDateTime at = clockTime(hlc);
    if (!at.isValid())
        return kept ? QCoreApplication::translate("helpline::CaseTimeline", "Kept: %1").arg(value)
                    : QCoreApplication::translate("helpline::CaseTimeline", "Lost: %1").arg(value);
    return (kept ? QCoreApplication::translate("helpline::CaseTimeline", "Kept: %1 (changed %2)")
                 : QCoreApplication::translate("helpline::CaseTimeline", "Lost: %1 (changed %2)"))
        .arg(value, shownTime(at));
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
        } else if (ev.kind == CaseEvent::accessKind()) {
            TimelineEntry &e =
                add(TimelineEntry::Kind::Access, ev.meta.id, ev.meta.createdAt, ev.meta.createdBy);
            e.title =
                ev.newValue == QLatin1String("break_glass")
                    ? QCoreApplication::translate("helpline::CaseTimeline",
                                                  "Restricted case opened (break glass)")
                : ev.newValue == QLatin1String("admin_reason")
                    ? QCoreApplication::translate("helpline::CaseTimeline",
                                                  "Opened by an administrator")
                    : QCoreApplication::translate("helpline::CaseTimeline", "Opened with a reason");
            e.body = ev.reason;
            e.statusCode = ev.newValue;
        } else if (ev.kind == CaseEvent::reviewKind()) {
            TimelineEntry &e =
                add(TimelineEntry::Kind::Review, ev.meta.id, ev.meta.createdAt, ev.meta.createdBy);
            e.title = reviewTitle(ev);
            e.body = ev.reason;
            e.statusCode = ev.newValue;
            if (ev.subjectType == QLatin1String("contact"))
                e.relatedId = ev.subjectId;
        } else if (ev.kind == CaseEvent::conflictKind()) {
            TimelineEntry &e = add(TimelineEntry::Kind::Conflict, ev.meta.id, ev.meta.createdAt,
                                   ev.meta.createdBy);
            e.title = conflictTitle(ev.subjectType, ev.field);
            // new_value is the value that won, old_value the one that lost.
            e.body = conflictLine(true, shownValue(ev.subjectType, ev.field, ev.newValue, nameOf),
                                  ev.winningHlc) +
                     u'\n' +
                     conflictLine(false, shownValue(ev.subjectType, ev.field, ev.oldValue, nameOf),
                                  ev.lostHlc);
            e.relatedId = ev.subjectId;
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
