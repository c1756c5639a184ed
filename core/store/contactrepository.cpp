#include "core/store/contactrepository.h"

#include "core/domain/recordjson.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/caseaccess.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caselistindex.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/searchindex.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QJsonDocument>
#include <QSqlError>

namespace helpline {

namespace {

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

void insertPerson(WriteTransaction &tx, Person &person, const QString &caseId)
{
    records::stampNew(person.meta, tx.store());
    records::insert(tx, QStringLiteral("persons"), person.meta, records::personColumns(person));
    SearchIndex::index(tx, QStringLiteral("person"), person.meta.id, caseId,
                       records::personSearchText(person), true);
    tx.audit(QStringLiteral("person.create"), QStringLiteral("person"), person.meta.id);
    tx.queue(QStringLiteral("person"), person.meta.id, person.meta.revision);
}

void addCaseMember(WriteTransaction &tx, const QString &caseId, const Person &person)
{
    CaseMember member{{}, caseId, person.meta.id, Person::kindCode(person.kind)};
    records::stampNew(member.meta, tx.store());
    records::insert(tx, QStringLiteral("case_members"), member.meta,
                    records::caseMemberColumns(member));
    tx.queue(QStringLiteral("case_member"), member.meta.id, member.meta.revision);
}

const QString kContactColumns = QStringLiteral(
    "case_id, channel, call_type, started_at, duration_s, counsellor_id, child_person_id, "
    "caller_person_id, caller_relationship, categories, summary, actions, risk_level, screening, "
    "keep_confidential, form_id, form_version, data, correction_of, correction_reason");

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.meta = records::readMeta(q);
    int i = 7;
    c.caseId = q.value(i++).toString();
    c.channel = q.value(i++).toString();
    c.callType = q.value(i++).toString();
    c.startedAt = fromIsoUtc(q.value(i++).toString());
    c.durationSeconds = q.value(i++).toInt();
    c.counsellorId = q.value(i++).toString();
    c.childPersonId = q.value(i++).toString();
    c.callerPersonId = q.value(i++).toString();
    c.callerRelationship = q.value(i++).toString();
    c.categories = records::listFromJson(q.value(i++).toString());
    c.summary = q.value(i++).toString();
    c.actions = records::listFromJson(q.value(i++).toString());
    c.riskLevel = q.value(i++).toString();
    c.screening = jsonObject(q.value(i++).toString());
    c.keepConfidential = q.value(i++).toBool();
    c.formId = q.value(i++).toString();
    c.formVersion = q.value(i++).toInt();
    c.data = jsonObject(q.value(i++).toString());
    c.correctionOf = q.value(i++).toString();
    c.correctionReason = q.value(i++).toString();
    return c;
}

} // namespace

Problems ContactRepository::prepare(ContactSave &request) const
{
    Contact &contact = request.contact;
    const QDateTime now = m_store.clock().nowUtc();
    if (contact.counsellorId.isEmpty())
        contact.counsellorId = m_store.session().accountId;
    if (!contact.isCounselling() && request.link == ContactSave::CaseLink::NewCase)
        request.link = ContactSave::CaseLink::None; // a silent call does not open a case

    Problems problems = contact.validate(now, m_isKnownCategory);
    if (request.child) {
        request.child->kind = Person::Kind::Child;
        problems << request.child->validate(QStringLiteral("child."), now.date());
    }
    if (request.caller) {
        request.caller->kind = Person::Kind::Caller;
        problems << request.caller->validate(QStringLiteral("caller."), now.date());
    }
    if (request.link == ContactSave::CaseLink::ExistingCase && contact.caseId.isEmpty())
        problems << FieldProblem{
            QStringLiteral("case"),
            QCoreApplication::translate("helpline::ContactRepository",
                                        "Choose the case this contact belongs to.")};
    return problems;
}

namespace {

// Any "yes" or "refused" answer in a screening (a refusal counts as yes: docs/screening.md).
bool hasPositiveAnswer(const QJsonObject &screening)
{
    for (auto it = screening.begin(); it != screening.end(); ++it) {
        if (it.key() == QLatin1String("instrument"))
            continue;
        const QString answer = it.value().toString();
        if (answer == QLatin1String("yes") || answer == QLatin1String("refused"))
            return true;
    }
    return false;
}

} // namespace

Outcome<SavedContact> ContactRepository::save(ContactSave request)
{
    if (const Problems problems = prepare(request); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    SavedContact saved = write(tx, std::move(request));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

Outcome<QList<SavedContact>> ContactRepository::saveBatch(QList<ContactSave> requests)
{
    Problems problems;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        for (const FieldProblem &problem : prepare(requests[i]))
            problems << FieldProblem{QStringLiteral("%1.%2").arg(i).arg(problem.field),
                                     problem.message};
    }
    if (!problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    QList<SavedContact> saved;
    saved.reserve(requests.size());
    for (ContactSave &request : requests) {
        saved.append(write(tx, std::move(request)));
        if (tx.failed())
            break;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

SavedContact ContactRepository::write(WriteTransaction &tx, ContactSave request)
{
    Contact &contact = request.contact;
    const QDateTime now = m_store.clock().nowUtc();
    CaseRepository cases(m_store);
    SavedContact saved;
    // An acute result, or a screening cut short after a positive answer (the call dropped before
    // the result was known), puts the case in front of a supervisor.
    const bool acute = contact.riskLevel == QLatin1String("acute") ||
                       (contact.riskLevel.isEmpty() && hasPositiveAnswer(contact.screening));

    if (request.link == ContactSave::CaseLink::ExistingCase) {
        const QVariant number =
            tx.scalar(QStringLiteral("SELECT case_number FROM cases WHERE id = ? AND deleted = 0"),
                      {contact.caseId});
        if (!number.isValid() && !tx.failed())
            tx.fail(StoreError::make(StoreError::Code::NotFound,
                                     QCoreApplication::translate("helpline::ContactRepository",
                                                                 "There is no such case.")));
        saved.caseNumber = number.toString();
    } else {
        contact.caseId.clear();
    }
    if (request.child)
        insertPerson(tx, *request.child, QString());
    if (request.caller)
        insertPerson(tx, *request.caller, QString());

    if (request.link == ContactSave::CaseLink::NewCase) {
        CaseRecord record;
        record.assigneeId = contact.counsellorId;
        record.riskLevel = contact.riskLevel;
        record.childPersonId = request.child ? request.child->meta.id : QString();
        if (acute)
            record.flags << QStringLiteral("supervisor_attention");
        record = cases.createIn(
            tx, record,
            CaseListIndex::initialColumns(contact, request.child ? &*request.child : nullptr));
        contact.caseId = record.meta.id;
        saved.caseNumber = record.caseNumber;
    } else if (request.link == ContactSave::CaseLink::ExistingCase && !tx.failed()) {
        // A riskier contact raises the case's risk; an acute one flags the case for supervisors
        // (again, when a supervisor had cleared the flag).
        const QVariant current = tx.scalar(
            QStringLiteral("SELECT risk_level FROM cases WHERE id = ?"), {contact.caseId});
        const QStringList flags = records::listFromJson(
            tx.scalar(QStringLiteral("SELECT flags FROM cases WHERE id = ?"), {contact.caseId})
                .toString());
        const bool raise = CaseRepository::riskRank(contact.riskLevel) >
                           CaseRepository::riskRank(current.toString());
        const bool flag = acute && !flags.contains(QStringLiteral("supervisor_attention"));
        // The case as it was, for the base values of the fields changed below.
        const auto before = cases.byId(contact.caseId);
        QStringList changed;
        if (raise) {
            tx.exec(
                QStringLiteral("UPDATE cases SET risk_level = ?, risk_rank = ? WHERE id = ?"),
                {contact.riskLevel, CaseListIndex::riskRank(contact.riskLevel), contact.caseId});
            changed << QStringLiteral("risk_level");
        }
        if (flag) {
            tx.exec(
                QStringLiteral("UPDATE cases SET flags = ? WHERE id = ?"),
                {records::listToJson(flags + QStringList{QStringLiteral("supervisor_attention")}),
                 contact.caseId});
            changed << QStringLiteral("flags");
        }
        if (!changed.isEmpty()) {
            tx.exec(QStringLiteral("UPDATE cases SET updated_at = ?, revision = revision + 1 "
                                   "WHERE id = ?"),
                    {isoUtc(now), contact.caseId});
            const int revision =
                tx.scalar(QStringLiteral("SELECT revision FROM cases WHERE id = ?"),
                          {contact.caseId})
                    .toInt();
            tx.audit(QStringLiteral("case.update"), QStringLiteral("case"), contact.caseId,
                     raise ? QStringLiteral("risk") : QStringLiteral("flags"));
            tx.queue(QStringLiteral("case"), contact.caseId, revision, changed,
                     before ? records::pick(toJson(*before), changed) : QJsonObject());
        } else {
            tx.exec(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"),
                    {isoUtc(now), contact.caseId});
        }
    }
    // People join the case once it exists.
    for (std::optional<Person> *person : {&request.child, &request.caller}) {
        if (*person && !contact.caseId.isEmpty()) {
            tx.exec(
                QStringLiteral("UPDATE search_docs SET case_id = ? WHERE record_type = 'person' "
                               "AND record_id = ?"),
                {contact.caseId, (*person)->meta.id});
            addCaseMember(tx, contact.caseId, **person);
        }
    }

    contact.childPersonId = request.child ? request.child->meta.id : QString();
    contact.callerPersonId = request.caller ? request.caller->meta.id : QString();
    records::stampNew(contact.meta, m_store);
    records::insert(tx, QStringLiteral("contacts"), contact.meta, records::contactColumns(contact));
    SearchIndex::index(tx, QStringLiteral("contact"), contact.meta.id, contact.caseId,
                       contact.summary, true);
    CaseListIndex::contactAdded(tx, contact.caseId, contact,
                                request.child ? &*request.child : nullptr);
    tx.audit(QStringLiteral("contact.create"), QStringLiteral("contact"), contact.meta.id,
             contact.callType);
    tx.queue(QStringLiteral("contact"), contact.meta.id, contact.meta.revision);
    if (request.followUp && !contact.caseId.isEmpty()) {
        FollowUp &followUp = *request.followUp;
        followUp.caseId = contact.caseId;
        followUp.contactId = contact.meta.id;
        if (followUp.assigneeId.isEmpty())
            followUp.assigneeId = contact.counsellorId;
        FollowUpRepository(m_store).addIn(tx, followUp);
    }
    for (Referral &referral : request.referrals) {
        referral.caseId = contact.caseId;
        referral.contactId = contact.meta.id;
        ReferralRepository(m_store).addIn(tx, referral); // no case: its validation fails it
    }
    if (!request.draftId.isEmpty())
        tx.exec(QStringLiteral("DELETE FROM drafts WHERE id = ? AND account_id = ?"),
                {request.draftId, m_store.session().accountId});
    saved.contact = contact;
    saved.caseId = contact.caseId;
    return saved;
}

Outcome<Contact> ContactRepository::open(const QString &contactId)
{
    Outcome<Contact> contact = byId(contactId);
    if (!contact)
        return contact;
    if (auto allowed = CaseAccess(m_store).checkRecord(QStringLiteral("contact"), contactId,
                                                       contact->meta.createdBy, contact->caseId);
        !allowed)
        return allowed.error();
    WriteTransaction tx(m_store);
    tx.audit(QStringLiteral("contact.view"), QStringLiteral("contact"), contactId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return contact;
}

Outcome<Contact> ContactRepository::byId(const QString &contactId)
{
    QSqlQuery *q = m_store.prepared(QStringLiteral("SELECT %1, %2 FROM contacts WHERE id = ?")
                                        .arg(records::metaColumns(), kContactColumns));
    if (!q)
        return m_store.sqlError(
            m_store.lastPrepareError(),
            QCoreApplication::translate("helpline::ContactRepository", "Reading the contact"));
    q->bindValue(0, contactId);
    if (!q->exec())
        return m_store.sqlError(
            q->lastError(),
            QCoreApplication::translate("helpline::ContactRepository", "Reading the contact"));
    if (!q->next())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("helpline::ContactRepository",
                                                            "There is no such contact."));
    const Contact contact = contactFrom(*q);
    q->finish();
    return contact;
}

Outcome<QList<Contact>> ContactRepository::forCase(const QString &caseId)
{
    if (auto allowed = CaseAccess(m_store).checkCase(caseId); !allowed)
        return allowed.error();
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT %1, %2 FROM contacts WHERE case_id = ? AND deleted = 0 "
                       "ORDER BY started_at")
            .arg(records::metaColumns(), kContactColumns));
    if (!q)
        return m_store.sqlError(m_store.lastPrepareError(),
                                QCoreApplication::translate("helpline::ContactRepository",
                                                            "Reading the case's contacts"));
    q->bindValue(0, caseId);
    if (!q->exec())
        return m_store.sqlError(q->lastError(),
                                QCoreApplication::translate("helpline::ContactRepository",
                                                            "Reading the case's contacts"));
    QList<Contact> contacts;
    while (q->next())
        contacts.append(contactFrom(*q));
    q->finish();
    return contacts;
}

Outcome<Person> ContactRepository::person(const QString &personId)
{
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT %1, kind, name, gender, age, birth_date, phone, region_code, "
                       "language, details FROM persons WHERE id = ?")
            .arg(records::metaColumns()));
    if (!q)
        return m_store.sqlError(
            m_store.lastPrepareError(),
            QCoreApplication::translate("helpline::ContactRepository", "Reading a person"));
    q->bindValue(0, personId);
    if (!q->exec())
        return m_store.sqlError(
            q->lastError(),
            QCoreApplication::translate("helpline::ContactRepository", "Reading a person"));
    if (!q->next())
        return StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::ContactRepository", "There is no such person."));
    Person p;
    p.meta = records::readMeta(*q);
    p.kind = Person::kindFromCode(q->value(7).toString()).value_or(Person::Kind::Child);
    p.name = q->value(8).toString();
    p.gender = q->value(9).toString();
    p.age = q->value(10).toString();
    p.birthDate = QDate::fromString(q->value(11).toString(), Qt::ISODate);
    p.phone = q->value(12).toString();
    p.regionCode = q->value(13).toString();
    p.language = q->value(14).toString();
    p.details = jsonObject(q->value(15).toString());
    q->finish();
    return p;
}

Outcome<CaseMember> ContactRepository::caseMember(const QString &memberId)
{
    return records::readOne<CaseMember>(
        m_store,
        QStringLiteral("SELECT %1, case_id, person_id, role FROM case_members WHERE id = ?")
            .arg(records::metaColumns()),
        memberId,
        [](const QSqlQuery &q) {
            return CaseMember{records::readMeta(q), q.value(7).toString(), q.value(8).toString(),
                              q.value(9).toString()};
        },
        QCoreApplication::translate("helpline::ContactRepository", "Reading a case member"),
        QCoreApplication::translate("helpline::ContactRepository",
                                    "There is no such case member."));
}

} // namespace helpline
