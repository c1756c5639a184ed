#pragma once

#include "core/domain/caserecord.h"
#include "core/store/storeerror.h"

namespace helpline {

class CaseStore;
class WriteTransaction;

// Notes, referrals and follow-ups: the records that hang off a case. Each write is one
// transaction with its audit and outbox entries; notes are also indexed for search.
class NoteRepository {
public:
    explicit NoteRepository(CaseStore &store)
        : m_store(store)
    {
    }
    // Adds a note. Notes are append-only: a correction is a new note with correctionOf set to
    // an earlier note of the same case (checked here); the earlier note is never changed.
    Outcome<Note> add(Note note);
    // The case's notes, oldest first.
    Outcome<QList<Note>> forCase(const QString &caseId);
    // One note as stored, deleted or not (sync pushes a deletion as the record itself), without
    // an audit entry; NotFound when there is none.
    Outcome<Note> byId(const QString &noteId);

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
    // The same inside a caller's transaction (a referral made at intake is saved with its
    // contact); `referral` gets its id and its status stamp.
    void addIn(WriteTransaction &tx, Referral &referral);
    // Moves the referral to a new status, stamped with who and when.
    Outcome<Referral> setStatus(Referral referral, const QString &status);
    Outcome<QList<Referral>> forCase(const QString &caseId);
    // Open referrals (made or acknowledged) without news since `before`: their status has not
    // changed since then. Of the cases the signed-in account may see; oldest news first.
    Outcome<QList<Referral>> waiting(const QDateTime &before);
    // As NoteRepository::byId.
    Outcome<Referral> byId(const QString &referralId);

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
    // The same inside a caller's transaction (imports, benchmarks); `followUp` gets its id.
    void addIn(WriteTransaction &tx, FollowUp &followUp);
    Outcome<FollowUp> complete(FollowUp followUp);
    Outcome<FollowUp> cancel(FollowUp followUp);
    // Open follow-ups due before `until`, soonest first.
    Outcome<QList<FollowUp>> due(const QDateTime &until);
    // Open follow-ups due before `until` (overdue ones included) that are the account's: assigned
    // to it, or unassigned on a case assigned to it. Soonest first.
    Outcome<QList<FollowUp>> dueFor(const QString &assigneeId, const QDateTime &until);
    Outcome<QList<FollowUp>> forCase(const QString &caseId);
    // As NoteRepository::byId.
    Outcome<FollowUp> byId(const QString &followUpId);

private:
    CaseStore &m_store;
};

} // namespace helpline
