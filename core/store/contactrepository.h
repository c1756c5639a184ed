#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/store/storeerror.h"

#include <functional>
#include <optional>

namespace helpline {

class CaseStore;
class WriteTransaction;
struct CaseMember; // core/protocol/recorddecoder.h: its JSON form is defined there

// What the intake's Save hands to the store: the contact, the people in it, and which case it
// belongs to.
struct ContactSave {
    enum class CaseLink { None, NewCase, ExistingCase };

    Contact contact; // contact.caseId names the case for ExistingCase
    std::optional<Person> child;
    std::optional<Person> caller;
    CaseLink link = CaseLink::NewCase;
    // A follow-up planned at intake: created on the contact's case in the same transaction
    // (its case and contact ids are filled in there).
    std::optional<FollowUp> followUp;
    // Referrals made during the contact: created on its case in the same transaction (case and
    // contact ids filled in there). A contact without a case cannot carry any.
    QList<Referral> referrals;
    // The intake's draft, removed in the same transaction: a crash after the save can never offer
    // the draft of a contact that is already saved.
    QString draftId;
};

struct SavedContact {
    Contact contact;
    QString caseId;
    QString caseNumber; // empty when the contact has no case
};

class ContactRepository {
public:
    explicit ContactRepository(CaseStore &store)
        : m_store(store)
    {
    }
    // Validates, then writes the people, the case (new or updated risk), the contact, its search
    // rows, audit entries and outbox entries in ONE transaction.
    Outcome<SavedContact> save(ContactSave save);
    // Many contacts in one transaction (sync pages, imports, benchmarks): all or none.
    Outcome<QList<SavedContact>> saveBatch(QList<ContactSave> saves);
    // Reads one contact for display: audited as a view.
    Outcome<Contact> open(const QString &contactId);
    // The contact as stored, deleted or not, without an audit entry (sync is not a person
    // reading it); NotFound when there is none.
    Outcome<Contact> byId(const QString &contactId);
    Outcome<QList<Contact>> forCase(const QString &caseId);
    Outcome<Person> person(const QString &personId);
    // One membership of a person in a case (written by save()), deleted or not; NotFound when
    // there is none.
    Outcome<CaseMember> caseMember(const QString &memberId);

    // Checks category codes on save (for example Taxonomy::builtIn().contains).
    void setCategoryCheck(std::function<bool(const QString &)> check)
    {
        m_isKnownCategory = std::move(check);
    }

private:
    // Normalises the request and returns every validation problem.
    Problems prepare(ContactSave &request) const;
    SavedContact write(WriteTransaction &tx, ContactSave request);

    CaseStore &m_store;
    std::function<bool(const QString &)> m_isKnownCategory;
};

} // namespace helpline
