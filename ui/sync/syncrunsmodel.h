#pragma once

#include "core/sync/syncengine.h"

#include <QAbstractTableModel>
#include <QList>

namespace helpline {

// The sync log's runs (SyncEngine::recentRuns), newest first: when, why, what went each way,
// and how it ended, in plain words (the whole error in the tooltip of the result).
class SyncRunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { Started, Reason, Sent, Received, Conflicts, Refused, Result, ColumnCount };
    enum Role : int {
        SucceededRole = Qt::UserRole + 1, // bool
        ErrorKindRole,                    // "offline", "refused", ...; empty on success
    };
    Q_ENUM(Column)

    explicit SyncRunsModel(QObject *parent = nullptr);

    // `nowUtc`: today's runs show their time alone.
    void setRuns(QList<SyncRun> runs, const QDateTime &nowUtc);
    const SyncRun &runAt(int row) const { return m_runs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString reasonText(const QString &reason);
    static QString resultText(const QString &errorKind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<SyncRun> m_runs;
    QDateTime m_now;
};

} // namespace helpline
