#pragma once

#include "core/protocol/auditmessages.h"
#include "core/store/auditlog.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace helpline {

class AuditTrailModel;
class Workspace;

// The Audit trail page (supervisors and administrators): whether the hash chain is intact,
// checked each time the page is shown and again on "Verify again"; the entries, newest first,
// narrowed by account, action, case and dates, a page at a time ("Load more"); and the export
// of every matching entry as CSV. Reading and exporting are audited by core.
class AuditScreen : public QWidget {
    Q_OBJECT
public:
    explicit AuditScreen(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the entries for the filters as they are now; nothing when they did not change
    // since the last read (each read is audited). False when the filters match nothing that
    // can be read (an unknown case number) or the trail cannot be read; the message says why.
    bool applyFilters();
    // The query the filters stand for; nullopt when the case number names no case.
    std::optional<AuditQuery> currentQuery() const;
    // Checks the whole chain, a slice per turn of the event loop, showing its progress, then
    // the result (verificationFinished).
    void verify();
    bool isVerifying() const { return m_verifier != nullptr; }
    // Writes every entry matching the filters to `path` (atomically); false on failure, with
    // the reason shown. exportCsv() asks for the path first.
    bool exportTo(const QString &path);
    void exportCsv();
    // Resets every filter and reads again.
    void clearFilters();

    AuditTrailModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *accountCombo() const { return m_account; }
    QComboBox *actionCombo() const { return m_action; }
    QLineEdit *caseNumberEdit() const { return m_caseNumber; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *untilCheck() const { return m_untilCheck; }
    QDateEdit *untilEdit() const { return m_until; }
    QLabel *verificationLabel() const { return m_verification; }
    QLabel *serverCopyLabel() const { return m_serverCopy; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *loadMoreButton() const { return m_loadMore; }

signals:
    void verificationFinished(bool intact);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillAccounts();
    void fillActions();
    void updateCount();
    void loadMore();
    void showMessage(const QString &text, bool problem);
    void markProblem(QLabel *label, bool problem);
    void showVerification();
    void showProgress();
    void verifyStep();
    static constexpr int kVerifySlice = 5000;
    // What the server last said of its copy of this desk's trail, against the desk's own.
    void showServerCopy();

    Workspace &m_workspace;
    AuditTrailModel *m_model;
    std::unique_ptr<AuditVerifier> m_verifier; // while a verification runs
    std::optional<AuditVerification> m_verified;
    QString m_verifyError;
    std::optional<AuditCopyStatus> m_serverStatus;
    QStringList m_actionCodes;
    bool m_applied = false; // the table shows the filters' entries
    AuditQuery m_appliedQuery;

    QLabel *m_title;
    QLabel *m_verification;
    QLabel *m_serverCopy;
    QPushButton *m_verify;
    QPushButton *m_export;
    QLabel *m_accountLabel;
    QComboBox *m_account;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_caseLabel;
    QLineEdit *m_caseNumber;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_untilCheck;
    QDateEdit *m_until;
    QPushButton *m_clear;
    QLabel *m_message;
    QLabel *m_listLabel;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QTimer *m_dateTimer;
};

} // namespace helpline
