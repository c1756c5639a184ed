#include "ui/cases/models/searchresultsmodel.h"

#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcSearchModel, "helpline.ui.search")

SearchResultsModel::SearchResultsModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace, &Workspace::recordsChanged, this, [this] { reload(); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool SearchResultsModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    return QAbstractListModel::eventFilter(watched, event);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_query = text;
    reload();
}

void SearchResultsModel::reload()
{
    QList<Row> rows;
    QString failure;
    if (!m_query.trimmed().isEmpty()) {
        auto hits = SearchIndex::search(m_workspace.store(), m_query, m_limit);
        if (hits) {
            QStringList ids;
            for (const SearchHit &hit : std::as_const(*hits))
                ids << hit.caseId;
            auto summaries = CaseRepository(m_workspace.store()).summaries(ids);
            if (summaries) {
                QHash<QString, CaseSummary> byId;
                for (const CaseSummary &s : std::as_const(*summaries))
                    byId.insert(s.id, s);
                for (const SearchHit &hit : std::as_const(*hits))
                    if (auto it = byId.constFind(hit.caseId); it != byId.constEnd())
                        rows.append(Row{hit, *it});
            } else {
                failure = summaries.error().message;
            }
        } else {
            failure = hits.error().message;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (!failure.isEmpty()) {
        qCWarning(lcSearchModel) << "search failed";
        emit loadFailed(failure);
    }
}

QString SearchResultsModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hit.caseId : QString();
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString child =
        row.summary.childName.isEmpty() ? tr("No name given") : row.summary.childName;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 · %2").arg(row.summary.caseNumber, child);
    case Qt::ToolTipRole:
    case SnippetRole:
        return row.hit.snippet;
    case CaseIdRole:
        return row.hit.caseId;
    case CaseNumberRole:
        return row.summary.caseNumber;
    case ChildNameRole:
        return row.summary.childName;
    case RecordTypeRole:
        return row.hit.recordType;
    case RecordIdRole:
        return row.hit.recordId;
    case RiskCodeRole:
        return row.summary.riskLevel;
    case StatusCodeRole:
        return row.summary.status;
    default:
        return {};
    }
}

} // namespace helpline
