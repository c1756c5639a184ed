#pragma once

#include "core/domain/caserecord.h"
#include "core/store/caserepository.h"

#include <QAbstractTableModel>

namespace helpline {

class Workspace;

// Open referrals (made or acknowledged) without news for Workspace::referralWaitDays(), on the
// cases the signed-in account may see, oldest news first (ReferralRepository::waiting): the
// counsellor calls the service or the family to learn what happened.
class WaitingReferralsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { Since, Case, Child, Service, Status, ColumnCount };
    enum Role : int { CaseIdRole = Qt::UserRole + 1, ReferralIdRole };

    explicit WaitingReferralsModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    Referral referralAt(int row) const;

signals:
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        Referral referral;
        CaseSummary summary;
    };
    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace helpline
