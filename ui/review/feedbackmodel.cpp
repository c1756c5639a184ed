#include "ui/review/feedbackmodel.h"

#include "core/store/reviewrepository.h"
#include "ui/common/accountnames.h"
#include "ui/common/dateformat.h"
#include "ui/common/workspace.h"

#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcFeedback, "helpline.ui.review")

FeedbackModel::FeedbackModel(Workspace &workspace, QObject *parent)
    : ReloadingTableModel(workspace, ColumnCount, parent)
{
    reload();
}

QString FeedbackModel::load()
{
    m_items.clear();
    m_names.clear();
    auto items = ReviewRepository(workspace().store()).feedback();
    if (!items) {
        qCWarning(lcFeedback) << "reading the feedback failed";
        return items.error().message;
    }
    m_items = *items;
    m_names = accountDisplayNames(workspace().store());
    return {};
}

int FeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

FeedbackItem FeedbackModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : FeedbackItem();
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackItem &item = m_items.at(index.row());
    switch (role) {
    case CaseIdRole:
        return item.caseId;
    case RecordIdRole:
        return item.recordId;
    case KindRole:
        return int(item.kind);
    case Qt::ToolTipRole:
        return index.column() == Text ? QVariant(item.text) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case When:
        return formatDateTime(item.at);
    case Case:
        return item.caseNumber;
    case What:
        return item.contactId.isEmpty() || item.kind == FeedbackItem::Kind::Comment
                   ? review::feedbackKindName(item.kind)
                   : tr("%1 (one contact)").arg(review::feedbackKindName(item.kind));
    case From:
        return m_names.value(item.authorId, item.authorId);
    case Text:
        return QString(item.text).replace(u'\n', u' ');
    default:
        return {};
    }
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ReloadingTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Case:
        return tr("Case");
    case What:
        return tr("What");
    case From:
        return tr("From");
    case Text:
        return tr("Supervisor's words");
    default:
        return {};
    }
}

} // namespace helpline
