#include "ui/review/reviewqueuemodel.h"

#include "core/store/reviewrepository.h"
#include "ui/common/accountnames.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

namespace helpline {

Q_LOGGING_CATEGORY(lcReviewQueue, "helpline.ui.review")

ReviewQueueModel::ReviewQueueModel(Workspace &workspace, QObject *parent)
    : ReloadingTableModel(workspace, ColumnCount, parent)
{
    reload();
}

QString ReviewQueueModel::load()
{
    m_items.clear();
    m_names.clear();
    auto items = ReviewRepository(workspace().store()).queue();
    if (!items) {
        qCWarning(lcReviewQueue) << "reading the review queue failed";
        return items.error().message;
    }
    m_items = *items;
    m_names = accountDisplayNames(workspace().store());
    return {};
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

ReviewItem ReviewQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : ReviewItem();
}

int ReviewQueueModel::rowOfCase(const QString &caseId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).caseId == caseId)
            return i;
    return -1;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    switch (role) {
    case CaseIdRole:
        return item.caseId;
    case ContactIdRole:
        return item.contactId;
    case RiskCodeRole:
        return item.riskLevel;
    case ReasonRole:
        return int(item.reason);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(item.note) : QVariant();
    default:
        return {};
    }
    switch (index.column()) {
    case Reason:
        return review::reasonName(item.reason);
    case Case:
        return item.caseNumber;
    case Risk:
        return riskStyle(item.riskLevel, QGuiApplication::palette()).text;
    case Counsellor:
        return m_names.value(item.counsellorId, item.counsellorId);
    case Since:
        return formatDateTime(item.since);
    case Note:
        return QString(item.note).replace(u'\n', u' ');
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ReloadingTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason:
        return tr("Why");
    case Case:
        return tr("Case");
    case Risk:
        return tr("Risk");
    case Counsellor:
        return tr("Counsellor");
    case Since:
        return tr("Waiting since");
    case Note:
        return tr("Counsellor's words");
    default:
        return {};
    }
}

} // namespace helpline
