#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace helpline {

class DeskSync;
class OutboxEntriesModel;
class SyncRunsModel;

// The Sync log page (admins; supervisors read it): the desk's sync state, its recent runs and
// the records that need attention, refused by the server or failing to send. An admin sends a
// refused record again ("Send again") after fixing what the server said.
class SyncLogScreen : public QWidget {
    Q_OBJECT
public:
    // `canSendAgain`: the signed-in account may send refused records again (admins).
    SyncLogScreen(DeskSync &sync, bool canSendAgain, QWidget *parent = nullptr);

    void reload();
    // Sends the selected refused records again; false when none is selected or one failed.
    bool sendSelectedAgain();

    SyncRunsModel *runsModel() const { return m_runs; }
    OutboxEntriesModel *entriesModel() const { return m_entries; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *entriesView() const { return m_entriesView; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void updateActions();
    QList<qint64> selectedRejected() const;

    DeskSync &m_sync;
    bool m_canSendAgain;
    SyncRunsModel *m_runs;
    OutboxEntriesModel *m_entries;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_server;
    QLabel *m_runsTitle;
    QTableView *m_runsView;
    QLabel *m_attentionTitle;
    QLabel *m_attentionNote;
    QLabel *m_attentionSummary;
    QTableView *m_entriesView;
    QLabel *m_message;
    QPushButton *m_sendAgain;
    QPushButton *m_refresh;
};

} // namespace helpline
