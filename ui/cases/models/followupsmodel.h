#pragma once

#include "core/domain/caserecord.h"
#include "core/store/caserepository.h"

#include <QAbstractTableModel>

namespace helpline {

class Workspace;

// The follow-ups of the signed-in account that are due (by the end of today, local time, or
// `setDueWithinDays` days later) or overdue, soonest first (FollowUpRepository::dueFor).
class FollowUpsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { Due, Case, Child, Description, ColumnCount };
    enum Role : int {
        CaseIdRole = Qt::UserRole + 1,
        FollowUpIdRole,
        OverdueRole, // bool: due before now
        DueRole,     // QDateTime (UTC)
    };
    Q_ENUM(Column)

    explicit FollowUpsModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // 0 (the default) = due by the end of today; 7 = within the coming week.
    void setDueWithinDays(int days);
    int dueWithinDays() const { return m_days; }
    void reload();
    FollowUp followUpAt(int row) const;
    int overdueCount() const;

signals:
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        FollowUp followUp;
        CaseSummary summary;
        bool overdue = false;
    };
    Workspace &m_workspace;
    int m_days = 0;
    QList<Row> m_rows;
};

} // namespace helpline
