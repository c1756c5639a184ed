#pragma once

#include "core/domain/caserecord.h"
#include "core/store/storeerror.h"

namespace helpline {

class CaseStore;

// Notes, referrals and follow-ups: the records that hang off a case. Each write is one
// transaction with its audit and outbox entries; notes are also indexed for search.
class NoteRepository {
public:
    explicit NoteRepository(CaseStore &store)
        : m_store(store)
    {
    }
    Outcome<Note> add(Note note);
    Outcome<QList<Note>> forCase(const QString &caseId);

private:
    CaseStore &m_store;
};

class ReferralRepository {
public:
    explicit ReferralRepository(CaseStore &store)
        : m_store(store)
    {
    }
    Outcome<Referral> add(Referral referral);
    // Moves the referral to a new status, stamped with who and when.
    Outcome<Referral> setStatus(Referral referral, const QString &status);
    Outcome<QList<Referral>> forCase(const QString &caseId);

private:
    CaseStore &m_store;
};

class FollowUpRepository {
public:
    explicit FollowUpRepository(CaseStore &store)
        : m_store(store)
    {
    }
    Outcome<FollowUp> add(FollowUp followUp);
    Outcome<FollowUp> complete(FollowUp followUp);
    // Open follow-ups due before `until`, soonest first.
    Outcome<QList<FollowUp>> due(const QDateTime &until);
    Outcome<QList<FollowUp>> forCase(const QString &caseId);

private:
    CaseStore &m_store;
};

} // namespace helpline
