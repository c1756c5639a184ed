#include "ui/cases/models/followupsmodel.h"

#include "core/store/caseitemrepository.h"
#include "core/util/clock.h"
#include "ui/common/dateformat.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QHash>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcFollowUpsModel, "helpline.ui.followups")

FollowUpsModel::FollowUpsModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace, &Workspace::recordsChanged, this, [this] { reload(); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    reload();
}

bool FollowUpsModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

int FollowUpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FollowUpsModel::setDueWithinDays(int days)
{
    m_days = std::max(0, days);
    reload();
}

void FollowUpsModel::reload()
{
    const QDateTime now = m_workspace.clock().nowUtc();
    // The end of the local day, `m_days` days from today, in UTC.
    const QDateTime until =
        QDateTime(now.toLocalTime().date().addDays(m_days + 1), QTime(0, 0)).toUTC().addMSecs(-1);
    QList<Row> rows;
    QString failure;
    auto due =
        FollowUpRepository(m_workspace.store()).dueFor(m_workspace.session().accountId, until);
    if (due) {
        QStringList ids;
        for (const FollowUp &f : std::as_const(*due))
            ids << f.caseId;
        auto summaries = CaseRepository(m_workspace.store()).summaries(ids);
        if (summaries) {
            QHash<QString, CaseSummary> byId;
            for (const CaseSummary &s : std::as_const(*summaries))
                byId.insert(s.id, s);
            for (const FollowUp &f : std::as_const(*due))
                rows.append(Row{f, byId.value(f.caseId), f.dueAt < now});
        } else {
            failure = summaries.error().message;
        }
    } else {
        failure = due.error().message;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (!failure.isEmpty()) {
        qCWarning(lcFollowUpsModel) << "reading follow-ups failed";
        emit loadFailed(failure);
    }
}

FollowUp FollowUpsModel::followUpAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).followUp : FollowUp();
}

int FollowUpsModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.overdue; }));
}

QVariant FollowUpsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CaseIdRole:
        return row.followUp.caseId;
    case FollowUpIdRole:
        return row.followUp.meta.id;
    case OverdueRole:
        return row.overdue;
    case DueRole:
        return row.followUp.dueAt;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Due:
            return row.overdue ? tr("%1 (overdue)").arg(formatDateTime(row.followUp.dueAt))
                               : formatDateTime(row.followUp.dueAt);
        case Case:
            return row.summary.caseNumber;
        case Child:
            return row.summary.childName.isEmpty() ? tr("No name given") : row.summary.childName;
        case Description:
            return row.followUp.description;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && row.overdue && index.column() == Due) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Case:
        return tr("Case");
    case Child:
        return tr("Child");
    case Description:
        return tr("What to do");
    default:
        return {};
    }
}

} // namespace helpline
