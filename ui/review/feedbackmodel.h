#pragma once

#include "core/domain/review.h"
#include "ui/common/reloadingtablemodel.h"

#include <QHash>

namespace helpline {

// "My feedback": supervisors' comments and decisions on the signed-in counsellor's cases and
// contacts, newest first (ReviewRepository::feedback).
class FeedbackModel : public ReloadingTableModel {
    Q_OBJECT
public:
    enum Column : int { When, Case, What, From, Text, ColumnCount };
    enum Role : int { CaseIdRole = Qt::UserRole + 1, RecordIdRole, KindRole };

    explicit FeedbackModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    FeedbackItem itemAt(int row) const;

protected:
    QString load() override;

private:
    QList<FeedbackItem> m_items;
    QHash<QString, QString> m_names;
};

} // namespace helpline
