#include "ui/sync/outboxentriesmodel.h"

#include "ui/common/dateformat.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace helpline {

namespace {

bool isRejected(const OutboxEntry &entry)
{
    return entry.state == QLatin1String("rejected");
}

} // namespace

OutboxEntriesModel::OutboxEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool OutboxEntriesModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

void OutboxEntriesModel::setEntries(QList<OutboxEntry> entries, const QDateTime &nowUtc)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_now = nowUtc;
    endResetModel();
}

int OutboxEntriesModel::rejectedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), isRejected));
}

int OutboxEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxEntriesModel::recordTypeText(const QString &type)
{
    if (type == QLatin1String("contact"))
        return tr("Contact");
    if (type == QLatin1String("case"))
        return tr("Case");
    if (type == QLatin1String("person"))
        return tr("Person");
    if (type == QLatin1String("case_member"))
        return tr("Person in a case");
    if (type == QLatin1String("note"))
        return tr("Note");
    if (type == QLatin1String("case_event"))
        return tr("Case change");
    if (type == QLatin1String("referral"))
        return tr("Referral");
    if (type == QLatin1String("follow_up"))
        return tr("Follow-up");
    if (type == QLatin1String("attachment"))
        return tr("Attachment");
    return type;
}

QVariant OutboxEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    const bool rejected = isRejected(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Record:
            return recordTypeText(entry.type);
        case RecordId:
            return entry.id;
        case State:
            return rejected ? tr("Refused by the server") : tr("Will be tried again");
        case Attempts:
            return entry.attempts;
        case ServerReason:
            return entry.lastError;
        case QueuedAt:
            return formatRecentDateTime(entry.queuedAt, m_now);
        case NextAttempt:
            if (rejected)
                return tr("After “Send again”");
            return entry.nextAttemptAt.isValid() ? formatRecentDateTime(entry.nextAttemptAt, m_now)
                                                 : tr("With the next sync");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ServerReason || index.column() == State)
            return entry.lastError.isEmpty() ? QVariant() : QVariant(entry.lastError);
        if (index.column() == RecordId)
            return tr("%1, revision %2").arg(entry.id).arg(entry.revision);
        if (index.column() == QueuedAt)
            return formatDateTime(entry.queuedAt);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntryRole:
        return entry.seq;
    case RejectedRole:
        return rejected;
    }
    return {};
}

QVariant OutboxEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Record:
        return tr("Record");
    case RecordId:
        return tr("Record id");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case ServerReason:
        return tr("Server's reason");
    case QueuedAt:
        return tr("Queued");
    case NextAttempt:
        return tr("Next attempt");
    }
    return {};
}

} // namespace helpline
