#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/role.h"
#include "core/store/recordwriter.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace helpline {

class CaseStore;
class WriteTransaction;

// One row of the case list: enough to choose a case, without opening it (so it is not audited).
struct CaseSummary {
    QString id;
    QString caseNumber;
    QString status;
    QString riskLevel;
    QString assigneeId;
    QString assigneeName; // the account's display name; empty when unassigned
    QString childName;    // empty when the child gave no name
    QDateTime lastContactAt;
    QDateTime nextFollowUpAt; // invalid when no follow-up is open
    QDateTime updatedAt;
    QStringList flags; // e.g. "supervisor_attention"
    QString regionCode;
};

// An account of the desk, as a list of assignees or a timeline's authors shows it.
struct AccountSummary {
    QString id;
    QString displayName;
    Role role = Role::Counsellor;
};

enum class CaseSort { LastContact, CaseNumber, ChildName, Status, Risk, Assignee, NextFollowUp };

// What the case list shows: every filter is optional (empty = any); filters combine with AND,
// the values of one list filter with OR. Rows are ordered by `sort`, then by id in the same
// direction, so pages never overlap or skip a row.
struct CaseListQuery {
    CaseListQuery() = default;
    // The schema 1 form (assignee, one status, offset, limit), kept for existing callers.
    CaseListQuery(QString assignee, QString status, int offset, int limit);

    QString assigneeId;
    QStringList statuses;   // codes::caseStatuses()
    QStringList riskLevels; // "none" .. "acute"; "" matches cases not screened
    QString category;       // a taxonomy category ("violence") or subcategory code
    QString regionCode;     // a unit ("AZ-SAK"; "AZ-BA" includes Baku's rayons) or an economic
                            // region ("er.baku")
    QDateTime lastContactFrom, lastContactTo; // UTC, inclusive; invalid = open-ended
    // Only cases of this office (or not yet synced). Set by the repository from the signed-in
    // account's access (CaseAccess), not by a screen.
    std::optional<QString> officeId;
    CaseSort sort = CaseSort::LastContact;
    Qt::SortOrder order = Qt::DescendingOrder;
    int offset = 0;
    int limit = 50;
    // The list's row count when the caller knows it (the model does): a page in the far half
    // is then read from the other end, so no page skips more than half the list.
    qint64 knownCount = -1;

    bool sameFilter(const CaseListQuery &other) const; // ignores sort, order, offset and limit
};

class CaseRepository {
public:
    explicit CaseRepository(CaseStore &store)
        : m_store(store)
    {
    }

    // Opens a new case inside `tx` (used by ContactRepository) and returns it with its number.
    // `listColumns` are case-list columns known at once (CaseListIndex::initialColumns).
    CaseRecord createIn(WriteTransaction &tx, CaseRecord record,
                        const QList<Column> &listColumns = {});
    // Reads a case for display: audited as a view ("case.view").
    Outcome<CaseRecord> open(const QString &caseId);
    // Opens a case the signed-in account may not read, with a written reason (at least
    // AccessPolicy::minReasonLength characters): for AccessPolicy::openingHours it may then read
    // the case, not write to it. Writes an "access" case event (synced: supervisors see it; a
    // restricted case's goes to their review queue) and the audit entries "access.<kind>" and
    // "case.view". PermissionDenied when the rules do not allow an opening (another office's case).
    Outcome<CaseRecord> openWithReason(const QString &caseId, const QString &reason);
    // A case the signed-in account may not read but may open with a reason, found by its whole
    // number (as the child or a colleague gives it): only its id, number and whether it is
    // restricted, nothing of its content. nullopt when there is none (or it is readable: the
    // search finds those).
    struct LockedCase {
        QString id;
        QString caseNumber;
        bool restricted = false;
    };
    std::optional<LockedCase> lockedByNumber(const QString &caseNumber);
    // Reads a case without an audit entry (for screens that already opened it).
    Outcome<CaseRecord> read(const QString &caseId);
    // The case as stored, deleted or not (sync pushes a deletion as the record itself), without
    // an audit entry; NotFound when there is none.
    Outcome<CaseRecord> byId(const QString &caseId);
    // Changes the mutable fields (status, assignee, risk, flags, restricted, title). A changed
    // status or assignee is recorded as a case event like changeStatus() and assign() do;
    // closing needs a reason, so it is refused here: use changeStatus().
    Outcome<CaseRecord> update(CaseRecord record);

    // The case list: one page, and the number of rows of the whole list (offset and limit are
    // ignored by count).
    Outcome<QList<CaseSummary>> page(const CaseListQuery &query);
    Outcome<qint64> count(const CaseListQuery &query = {});
    // What the intake's "link to case" offers for `text`: a case number or its start
    // ("2026-7F3A-00012", "2026-7f3a"), phone digits of the child or caller ("050 123",
    // "+994501234567"), or a child's name (folded: "aysel memmedova" finds "Aysel Məmmədova").
    // Case-number matches first, then phone, then name; within each the latest contact first.
    Outcome<QList<CaseSummary>> findForLink(const QString &text, int limit = 20);
    // The summaries of these cases, in the order given; unknown or deleted ids are left out.
    Outcome<QList<CaseSummary>> summaries(const QStringList &caseIds);

    // Moves a case to `status` (codes::caseStatuses()). Closing needs a reason, and, when the
    // office's ReviewRules ask for it, a supervisor: anyone else asks for closure
    // (pending_closure) and a supervisor approves it (ReviewRepository). The account must be
    // allowed to write to the case (AccessPolicy::mayWriteCase). Writes the case,
    // a case event (status, old, new, reason), the audit entry and the outbox entries in one
    // transaction. The same status again changes nothing.
    Outcome<CaseRecord> changeStatus(const QString &caseId, const QString &status,
                                     const QString &reason = {});
    // Assigns the case to an active account of the desk (empty = unassigned), with a case event.
    Outcome<CaseRecord> assign(const QString &caseId, const QString &assigneeId);
    // The same inside a caller's transaction (imports, benchmarks); false when refused, with the
    // reason in the transaction.
    bool changeStatusIn(WriteTransaction &tx, const QString &caseId, const QString &status,
                        const QString &reason);
    bool assignIn(WriteTransaction &tx, const QString &caseId, const QString &assigneeId);
    // Sets or clears one flag of the case ("needs_review") inside `tx`, queued as a change of
    // the flags field; nothing when it already is so.
    bool setFlagIn(WriteTransaction &tx, const QString &caseId, const QString &flag, bool on);

    // The desk's active accounts, by display name: who a case can be assigned to.
    Outcome<QList<AccountSummary>> accounts();
    // Every account, active or not, by id: names for a timeline's authors.
    Outcome<QList<AccountSummary>> allAccounts();
    // Records that two desks changed one field of a case (or of one of its people, referrals or
    // follow-ups) and which value was kept: a case event of kind "conflict", stamped here and
    // written with its audit entry ("case.conflict") and outbox entry inside `tx`. The caller
    // fills case_id, subject_type and subject_id, field, old_value (the value that lost) and
    // new_value (the one kept) as compact JSON text, lost_hlc and winning_hlc.
    void recordConflict(WriteTransaction &tx, CaseEvent &event);
    // Stamps a new case event (id, times, author, device) and writes it with its outbox entry
    // inside `tx`; the caller fills what it says and audits it.
    void appendEventIn(WriteTransaction &tx, CaseEvent &event);

    // Status changes, assignments and conflicts of a case, oldest first.
    Outcome<QList<CaseEvent>> events(const QString &caseId);
    // One case event as stored, deleted or not; NotFound when there is none.
    Outcome<CaseEvent> event(const QString &eventId);

    static int riskRank(const QString &riskLevel);

    // How a category filter is written in SQL: the category's cases read once (IN), or a check
    // of each row the query walks (EXISTS). Chosen per query by categoryMatch().
    enum class CategoryMatch { In, Exists };

private:
    CategoryMatch categoryMatch(const CaseListQuery &query, bool forCount);
    // count(*) of `from` (a FROM clause with its WHERE), reading at most bound + 1 rows.
    qint64 boundedCount(const QString &from, const QVariantList &values, int bound);
    std::optional<CaseRecord> readRecord(const QString &caseId, bool includeDeleted,
                                         StoreError *error);
    QString nextCaseNumber(WriteTransaction &tx);
    // The values `fields` of the stored case have now, as toJson() writes them (an outbox
    // entry's base).
    QJsonObject baseOf(const QString &caseId, const QStringList &fields);
    // PermissionDenied when `status` closes the case and the office's rules leave closing to
    // a supervisor.
    Outcome<void> checkClosureApproval(const QString &caseId, const QString &status);
    bool writeEvent(WriteTransaction &tx, const QString &caseId, const QString &kind,
                    const QString &oldValue, const QString &newValue, const QString &reason);
    Outcome<QStringList> pageIds(const CaseListQuery &query, bool reversed, int offset, int limit);
    // `query` limited to what the signed-in account may see (CaseAccess); false when nothing
    // of it can be (a counsellor filtering by another counsellor).
    bool scoped(const CaseListQuery &query, CaseListQuery &out) const;
    // The case as stored, whoever is signed in (sync, writes).
    Outcome<CaseRecord> stored(const QString &caseId, bool includeDeleted);
    // `record` unless the signed-in account may not see it (an audited refusal).
    Outcome<CaseRecord> readable(Outcome<CaseRecord> record);
    CaseStore &m_store;
};

} // namespace helpline
