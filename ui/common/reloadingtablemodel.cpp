#include "ui/common/reloadingtablemodel.h"

#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QEvent>

namespace helpline {

ReloadingTableModel::ReloadingTableModel(Workspace &workspace, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_columnCount(columnCount)
{
    connect(&workspace, &Workspace::recordsChanged, this, [this] { reload(); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

int ReloadingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

void ReloadingTableModel::reload()
{
    beginResetModel();
    const QString failure = load();
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

bool ReloadingTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
        if (const int rows = rowCount(); rows > 0)
            emit dataChanged(index(0, 0), index(rows - 1, m_columnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace helpline
