#pragma once

#include "core/domain/review.h"
#include "ui/common/reloadingtablemodel.h"

#include <QHash>

namespace helpline {

// A supervisor's review queue (ReviewRepository::queue): most urgent first, then the longest
// waiting. Read again after every save or pull.
class ReviewQueueModel : public ReloadingTableModel {
    Q_OBJECT
public:
    enum Column : int { Reason, Case, Risk, Counsellor, Since, Note, ColumnCount };
    enum Role : int { CaseIdRole = Qt::UserRole + 1, ContactIdRole, RiskCodeRole, ReasonRole };

    explicit ReviewQueueModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ReviewItem itemAt(int row) const;
    int rowOfCase(const QString &caseId) const; // the first row of the case; -1 when none

protected:
    QString load() override;

private:
    QList<ReviewItem> m_items;
    QHash<QString, QString> m_names; // account id -> display name
};

} // namespace helpline
