#include "ui/cases/models/waitingreferralsmodel.h"

#include "core/domain/codes.h"
#include "core/store/caseitemrepository.h"
#include "core/util/clock.h"
#include "ui/common/dateformat.h"
#include "ui/common/workspace.h"

#include <QHash>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcWaitingReferrals, "helpline.ui.followups")

WaitingReferralsModel::WaitingReferralsModel(Workspace &workspace, QObject *parent)
    : ReloadingTableModel(workspace, ColumnCount, parent)
{
    reload();
}

int WaitingReferralsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString WaitingReferralsModel::load()
{
    m_rows.clear();
    const QDateTime before =
        workspace().clock().nowUtc().addDays(-qint64(workspace().referralWaitDays()));
    auto waiting = ReferralRepository(workspace().store()).waiting(before);
    if (!waiting) {
        qCWarning(lcWaitingReferrals) << "reading waiting referrals failed";
        return waiting.error().message;
    }
    QStringList ids;
    for (const Referral &r : std::as_const(*waiting))
        ids << r.caseId;
    auto summaries = CaseRepository(workspace().store()).summaries(ids);
    if (!summaries) {
        qCWarning(lcWaitingReferrals) << "reading waiting referrals failed";
        return summaries.error().message;
    }
    QHash<QString, CaseSummary> byId;
    for (const CaseSummary &s : std::as_const(*summaries))
        byId.insert(s.id, s);
    for (const Referral &r : std::as_const(*waiting))
        m_rows.append(Row{r, byId.value(r.caseId)});
    return {};
}

Referral WaitingReferralsModel::referralAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).referral : Referral();
}

QVariant WaitingReferralsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.referral.caseId;
    if (role == ReferralIdRole)
        return row.referral.meta.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Since:
        return formatDate(row.referral.statusAt.toLocalTime().date());
    case Case:
        return row.summary.caseNumber;
    case Child:
        return row.summary.childName.isEmpty() ? tr("No name given") : row.summary.childName;
    case Service:
        return row.referral.serviceName;
    case Status:
        return codes::referralStatuses().displayName(row.referral.status);
    default:
        return {};
    }
}

QVariant WaitingReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ReloadingTableModel::headerData(section, orientation, role);
    switch (section) {
    case Since:
        return tr("No news since");
    case Case:
        return tr("Case");
    case Child:
        return tr("Child");
    case Service:
        return tr("Referred to");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace helpline
