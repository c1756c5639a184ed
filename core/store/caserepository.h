#pragma once

#include "core/domain/caserecord.h"
#include "core/store/storeerror.h"

namespace helpline {

class CaseStore;
class WriteTransaction;

// One row of the case list: enough to choose a case, without opening it.
struct CaseSummary {
    QString id;
    QString caseNumber;
    QString status;
    QString riskLevel;
    QString assigneeId;
    QString childName;
    QDateTime updatedAt;
};

struct CaseListQuery {
    QString assigneeId; // empty = any
    QString status;     // empty = any
    int offset = 0;
    int limit = 50;
};

class CaseRepository {
public:
    explicit CaseRepository(CaseStore &store)
        : m_store(store)
    {
    }

    // Opens a new case inside `tx` (used by ContactRepository) and returns it with its number.
    CaseRecord createIn(WriteTransaction &tx, CaseRecord record);
    // Reads a case for display: audited as a view.
    Outcome<CaseRecord> open(const QString &caseId);
    // Changes the mutable fields (status, assignee, risk, flags, restricted, title).
    Outcome<CaseRecord> update(CaseRecord record);
    Outcome<QList<CaseSummary>> page(const CaseListQuery &query);
    Outcome<qint64> count();

    static int riskRank(const QString &riskLevel);

private:
    std::optional<CaseRecord> read(const QString &caseId, StoreError *error);
    QString nextCaseNumber(WriteTransaction &tx);
    CaseStore &m_store;
};

} // namespace helpline
