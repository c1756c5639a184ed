#include "ui/cases/models/timelinemodel.h"

#include "core/store/caseaccess.h"

#include "ui/common/dateformat.h"
#include "ui/common/workspace.h"

#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcTimelineModel, "helpline.ui.timeline")

TimelineModel::TimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace, &Workspace::recordsChanged, this, [this](const QString &caseId) {
        if (!m_caseId.isEmpty() && (caseId.isEmpty() || caseId == m_caseId))
            reload();
    });
    // Titles are translated when the timeline is read: read it again in the new language.
    connect(&workspace, &Workspace::languageChanged, this, [this] { reload(); });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

void TimelineModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void TimelineModel::reload()
{
    QList<TimelineEntry> entries;
    QString failure;
    const CaseAccess access(m_workspace.store());
    const auto scope = m_caseId.isEmpty() ? std::nullopt : access.scopeOf(m_caseId);
    // A case that has just left the account (handed over, or a reassignment sync brought,
    // which may also have removed it from the desk) shows nothing; the case view closes it.
    // Not a refused read worth an audit entry.
    if (scope && access.mayOpen(m_caseId, *scope)) {
        auto loaded = loadTimeline(m_workspace.store(), m_caseId);
        if (loaded)
            entries = *loaded;
        else
            failure = loaded.error().message;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (!failure.isEmpty()) {
        qCWarning(lcTimelineModel) << "reading the timeline of case" << m_caseId << "failed";
        emit loadFailed(failure);
    }
}

TimelineEntry TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : TimelineEntry();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(formatDateTime(e.at), e.authorName, e.title);
    case KindRole:
        return int(e.kind);
    case AtRole:
        return e.at;
    case AtTextRole:
        return formatDateTime(e.at);
    case AuthorRole:
        return e.authorName;
    case AuthorIdRole:
        return e.authorId;
    case BodyRole:
        return e.body;
    case RecordIdRole:
        return e.recordId;
    case RiskCodeRole:
        return e.riskLevel;
    case StatusCodeRole:
        return e.statusCode;
    case DueRole:
        return e.dueAt;
    case RelatedIdRole:
        return e.relatedId;
    case IsCorrectionRole:
        return e.isCorrection;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(AuthorRole, "author");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(RecordIdRole, "recordId");
    names.insert(RiskCodeRole, "riskCode");
    return names;
}

} // namespace helpline
