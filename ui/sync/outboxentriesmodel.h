#pragma once

#include "core/sync/outboxqueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace helpline {

// The records of the outbox that need attention (OutboxQueue::troubled): refused by the server,
// or failed to send at least once. One row per entry, oldest first.
class OutboxEntriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        Record,
        RecordId,
        State,
        Attempts,
        ServerReason,
        QueuedAt,
        NextAttempt,
        ColumnCount
    };
    enum Role : int {
        EntryRole = Qt::UserRole + 1, // qint64: the outbox seq
        RejectedRole,                 // bool
    };
    Q_ENUM(Column)

    explicit OutboxEntriesModel(QObject *parent = nullptr);

    // `nowUtc`: today's times show alone.
    void setEntries(QList<OutboxEntry> entries, const QDateTime &nowUtc);
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    int rejectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString recordTypeText(const QString &type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<OutboxEntry> m_entries;
    QDateTime m_now;
};

} // namespace helpline
