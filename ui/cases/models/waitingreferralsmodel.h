#pragma once

#include "core/domain/caserecord.h"
#include "core/store/caserepository.h"

#include "ui/common/reloadingtablemodel.h"

namespace helpline {

class Workspace;

// Open referrals (made or acknowledged) without news for Workspace::referralWaitDays(), on the
// cases the signed-in account may see, oldest news first (ReferralRepository::waiting): the
// counsellor calls the service or the family to learn what happened.
class WaitingReferralsModel : public ReloadingTableModel {
    Q_OBJECT
public:
    enum Column : int { Since, Case, Child, Service, Status, ColumnCount };
    enum Role : int { CaseIdRole = Qt::UserRole + 1, ReferralIdRole };

    explicit WaitingReferralsModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Referral referralAt(int row) const;

protected:
    QString load() override;

private:
    struct Row {
        Referral referral;
        CaseSummary summary;
    };
    QList<Row> m_rows;
};

} // namespace helpline
