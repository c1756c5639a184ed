#include "ui/sync/syncrunsmodel.h"

#include "ui/common/dateformat.h"

#include <QCoreApplication>
#include <QEvent>

namespace helpline {

SyncRunsModel::SyncRunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool SyncRunsModel::eventFilter(QObject *watched, QEvent *event)
{
    // Headers, reasons and results are translated: relabel when the language changes.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_runs.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void SyncRunsModel::setRuns(QList<SyncRun> runs, const QDateTime &nowUtc)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_now = nowUtc;
    endResetModel();
}

int SyncRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncRunsModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("start"))
        return tr("Sign-in");
    if (reason == QLatin1String("timer"))
        return tr("Scheduled");
    if (reason == QLatin1String("saved"))
        return tr("After a save");
    if (reason == QLatin1String("manual"))
        return tr("Sync now");
    if (reason == QLatin1String("network"))
        return tr("Network back");
    if (reason == QLatin1String("retry"))
        return tr("Trying again");
    return reason;
}

QString SyncRunsModel::resultText(const QString &errorKind)
{
    if (errorKind.isEmpty())
        return tr("Done");
    if (errorKind == QLatin1String("offline"))
        return tr("Offline: the server could not be reached");
    if (errorKind == QLatin1String("server_busy"))
        return tr("The server was busy");
    if (errorKind == QLatin1String("sign_in_needed"))
        return tr("Sign-in needed");
    if (errorKind == QLatin1String("refused"))
        return tr("The server refused part of it");
    if (errorKind == QLatin1String("bad_reply"))
        return tr("The server's answer could not be used");
    if (errorKind == QLatin1String("certificate"))
        return tr("The server could not be trusted");
    if (errorKind == QLatin1String("setup"))
        return tr("A problem on this desk");
    return errorKind;
}

QVariant SyncRunsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRun &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            return formatRecentDateTime(run.startedAt, m_now);
        case Reason:
            return reasonText(run.reason);
        case Sent:
            return run.pushed;
        case Received:
            return run.pulled;
        case Conflicts:
            return run.conflicts;
        case Refused:
            return run.rejected;
        case Result:
            return resultText(run.errorKind);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Result && !run.error.isEmpty())
            return run.error;
        if (index.column() == Started && run.finishedAt.isValid())
            return tr("Started %1, finished %2")
                .arg(formatDateTime(run.startedAt), formatDateTime(run.finishedAt));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Sent && index.column() <= Refused)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SucceededRole:
        return run.errorKind.isEmpty();
    case ErrorKindRole:
        return run.errorKind;
    }
    return {};
}

QVariant SyncRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Reason:
        return tr("Why");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Conflicts:
        return tr("Conflicts");
    case Refused:
        return tr("Refused");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace helpline
