#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace helpline {

class FollowUpsModel;
class WaitingReferralsModel;
class Workspace;

// The Follow-ups page: what is due (today, or within the week) and overdue for the signed-in
// account, soonest first. Overdue ones say so in words and colour. Enter opens the case
// (Workspace::requestOpenCase); "Done" completes the selected follow-up. Below, the referrals
// still open without news for a while (WaitingReferralsModel); Enter opens their case.
class FollowUpsScreen : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpsScreen(Workspace &workspace, QWidget *parent = nullptr);

    FollowUpsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    WaitingReferralsModel *referralsModel() const { return m_referralsModel; }
    QTableView *referralsView() const { return m_referralsView; }
    // Reads the list again ("today" moves on while the page stays open).
    void reload();
    // The actions of the selected row; false when nothing is selected or the write failed.
    bool openSelectedCase();
    bool completeSelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateActions();
    void updateReferralsSummary();
    int selectedRow() const;

    Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_range = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_refresh = nullptr;
    FollowUpsModel *m_model = nullptr;
    QLabel *m_referralsTitle = nullptr;
    QTableView *m_referralsView = nullptr;
    WaitingReferralsModel *m_referralsModel = nullptr;
};

} // namespace helpline
