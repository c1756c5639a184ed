#pragma once

#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/store/recordwriter.h"
#include "core/store/storeerror.h"

#include <QSqlDatabase>
#include <QVariant>

namespace helpline {

class WriteTransaction;

// The case list's own columns on `cases` (child_name and child_sort_key, last_contact_at,
// next_follow_up_at, region_code and economic_region, status_rank, risk_rank,
// assignee_sort_key), the case_categories table and persons.phone_key. They are derived from the
// case's records, written in the same transaction as those records, and never synced: every
// desk derives them from the records it holds. Each has an index, so the list sorts and filters
// a million cases without reading them (docs/performance.md, "Workstation UI").
class CaseListIndex {
public:
    // next_follow_up_at of a case without an open follow-up: after every date, so the soonest
    // come first when sorted ascending.
    static QString noFollowUp();
    // Workflow order of the statuses (open 0 ... closed 4); unknown codes after them.
    static int statusRank(const QString &status);
    // none 0 ... acute 4; -1 for empty (not screened) or unknown.
    static int riskRank(const QString &riskLevel);
    // The national part of a phone number (digits only, without 994 or the trunk 0), so
    // "+994 50 123 45 67", "050 123 45 67" and "501234567" all give "501234567". Empty when the
    // text has fewer than three digits.
    static QString phoneKey(const QString &phone);
    // Sort key of an account's display name; noNameKey() when unassigned or unknown.
    static QString assigneeSortKey(WriteTransaction &tx, const QString &assigneeId);
    // "er.shaki_zagatala" for a unit code; empty for special or unknown units.
    static QString economicRegionOf(const QString &regionCode);

    // The columns of a case opened by `contact` (child, region, last contact), for its INSERT:
    // writing them with the row saves moving their index entries right after.
    static QList<Column> initialColumns(const Contact &contact, const Person *child);
    // After a contact is written to a case: its last contact time, categories (each
    // subcategory and its category), and the child's name and region when the contact gives
    // them (a case keeps its first child name; the region follows the latest contact).
    static void contactAdded(WriteTransaction &tx, const QString &caseId, const Contact &contact,
                             const Person *child);
    // After a follow-up of the case was added, completed or cancelled: the next open one.
    static void followUpsChanged(WriteTransaction &tx, const QString &caseId);

    // Recomputes every derived column and the case_categories of these cases from their records
    // as they are now, as rebuild() does for all cases: for records that arrive from the server
    // in any order (a contact before its case, a child's name after the case).
    static void refreshCases(WriteTransaction &tx, const QStringList &caseIds);

    // Fills every derived column and case_categories from the records: the schema 2 migration
    // (inside its transaction) and repairs.
    static Outcome<void> rebuild(QSqlDatabase &db);
};

} // namespace helpline
