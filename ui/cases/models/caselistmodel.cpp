#include "ui/cases/models/caselistmodel.h"

#include "core/domain/codes.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

namespace helpline {

Q_LOGGING_CATEGORY(lcCaseListModel, "helpline.ui.cases")

CaseListModel::CaseListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_query.limit = m_pageSize;
    connect(&workspace, &Workspace::recordsChanged, this, [this] { reload(); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    countRows();
}

bool CaseListModel::eventFilter(QObject *watched, QEvent *event)
{
    // Headers and status words are translated: relabel when the language changes.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CaseListModel::countRows()
{
    CaseRepository cases(m_workspace.store());
    auto counted = cases.count(m_query);
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    if (!counted) {
        m_rows = 0;
        qCWarning(lcCaseListModel) << "counting cases failed";
        emit loadFailed(counted.error().message);
        return;
    }
    // A view cannot show more rows than an int holds; a desk never has that many cases.
    m_rows = int(std::min<qint64>(*counted, std::numeric_limits<int>::max()));
}

void CaseListModel::reload()
{
    beginResetModel();
    countRows();
    endResetModel();
}

void CaseListModel::setFilter(const CaseListQuery &filter)
{
    const CaseSort sort = m_query.sort;
    const Qt::SortOrder order = m_query.order;
    m_query = filter;
    m_query.sort = sort;
    m_query.order = order;
    m_query.offset = 0;
    m_query.limit = m_pageSize;
    reload();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const CaseSort sort = sortForColumn(column);
    if (sort == m_query.sort && order == m_query.order)
        return;
    beginResetModel();
    m_query.sort = sort;
    m_query.order = order;
    m_pages.clear();
    m_recent.clear();
    m_failed = false;
    endResetModel();
}

void CaseListModel::setPageSize(int rows)
{
    beginResetModel();
    m_pageSize = std::max(10, rows);
    m_query.limit = m_pageSize;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

CaseSort CaseListModel::sortForColumn(int column)
{
    switch (column) {
    case CaseNumber:
        return CaseSort::CaseNumber;
    case Child:
        return CaseSort::ChildName;
    case Status:
        return CaseSort::Status;
    case Risk:
        return CaseSort::Risk;
    case Counsellor:
        return CaseSort::Assignee;
    case NextFollowUp:
        return CaseSort::NextFollowUp;
    default:
        return CaseSort::LastContact;
    }
}

int CaseListModel::columnForSort(CaseSort sort)
{
    switch (sort) {
    case CaseSort::CaseNumber:
        return CaseNumber;
    case CaseSort::ChildName:
        return Child;
    case CaseSort::Status:
        return Status;
    case CaseSort::Risk:
        return Risk;
    case CaseSort::Assignee:
        return Counsellor;
    case CaseSort::NextFollowUp:
        return NextFollowUp;
    case CaseSort::LastContact:
        break;
    }
    return LastContact;
}

const CaseSummary *CaseListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_failed)
            return nullptr;
        CaseListQuery query = m_query;
        query.offset = page * m_pageSize;
        query.limit = m_pageSize;
        query.knownCount = m_rows;
        CaseRepository cases(m_workspace.store());
        auto rows = cases.page(query);
        ++m_pageLoads;
        if (!rows) {
            // Reported once; the rows stay empty until the next reload.
            m_failed = true;
            qCWarning(lcCaseListModel) << "reading a page of cases failed";
            // Queued: data() runs while the view paints.
            auto *self = const_cast<CaseListModel *>(this);
            QMetaObject::invokeMethod(
                self, [self, message = rows.error().message] { emit self->loadFailed(message); },
                Qt::QueuedConnection);
            return nullptr;
        }
        // Make room first: removing from a QHash may move its other entries, which would leave
        // `it` pointing at another page.
        while (m_recent.size() >= m_pageLimit)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, *rows);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const qsizetype at = row - qsizetype(page) * m_pageSize;
    return at < it->size() ? &it->at(at) : nullptr;
}

QString CaseListModel::caseIdAt(int row) const
{
    const CaseSummary *s = summaryAt(row);
    return s ? s->id : QString();
}

int CaseListModel::rowOfCase(const QString &caseId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (qsizetype i = 0; i < it->size(); ++i)
            if (it->at(i).id == caseId)
                return int(it.key() * m_pageSize + i);
    return -1;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary *s = summaryAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case CaseIdRole:
        return s->id;
    case RiskCodeRole:
        return s->riskLevel;
    case StatusCodeRole:
        return s->status;
    case FlagsRole:
        return s->flags;
    case AssigneeIdRole:
        return s->assigneeId;
    case LastContactRole:
        return s->lastContactAt;
    case NextFollowUpRole:
        return s->nextFollowUpAt;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case CaseNumber:
            return s->caseNumber;
        case Child:
            return s->childName.isEmpty() ? tr("No name given") : s->childName;
        case Status:
            return codes::caseStatuses().displayName(s->status);
        case Risk:
            return riskStyle(s->riskLevel, QGuiApplication::palette()).text;
        case Counsellor:
            return s->assigneeName.isEmpty() ? tr("Unassigned") : s->assigneeName;
        case LastContact:
            return formatDateTime(s->lastContactAt);
        case NextFollowUp:
            return formatDateTime(s->nextFollowUpAt);
        default:
            return {};
        }
    }
    if (column == Risk && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const RiskStyle style = riskStyle(s->riskLevel, QGuiApplication::palette());
        return role == Qt::BackgroundRole ? style.background : style.foreground;
    }
    if (role == Qt::ToolTipRole && column == Child &&
        s->flags.contains(QStringLiteral("supervisor_attention")))
        return tr("Flagged for supervisor attention");
    if (role == Qt::FontRole && column == Child && s->childName.isEmpty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumber:
        return tr("Case");
    case Child:
        return tr("Child");
    case Status:
        return tr("Status");
    case Risk:
        return tr("Risk");
    case Counsellor:
        return tr("Counsellor");
    case LastContact:
        return tr("Last contact");
    case NextFollowUp:
        return tr("Next follow-up");
    default:
        return {};
    }
}

} // namespace helpline
