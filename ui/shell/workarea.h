#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace helpline {

class AcuteAlertBar;
class AuditScreen;
class CasesScreen;
class FollowUpsScreen;
class IntakeScreen;
class ReviewScreen;
class SyncLogScreen;
class Workspace;

// Everything a signed-in counsellor works in: the navigation (Intake, Cases, Follow-ups,
// Directory, Review, the Audit trail for admins and supervisors, and the Sync log for them on a
// desk connected to the helpline server) and one page per entry, each its own screen class.
// Created at sign-in with the session's Workspace and destroyed at sign-out; hidden (never shown
// behind the lock screen) while the desk is locked. A page the account may not use has no entry
// and cannot be shown.
class WorkArea : public QWidget {
    Q_OBJECT
public:
    enum class Page { Intake, Cases, FollowUps, Directory, Review, Audit, SyncLog };
    static constexpr int pageCount = 7;

    explicit WorkArea(Workspace &workspace, QWidget *parent = nullptr);
    ~WorkArea() override;

    // Shows the page and gives its first field the focus (nothing when it is not available).
    void showPage(Page page);
    bool isPageAvailable(Page page) const;
    void focusPage();
    Page currentPage() const;
    QWidget *page(Page page) const;
    static QString pageTitle(Page page);

    // The intake's part of the shell's duties (contract C).
    void startNewIntake();
    void flushDraft();
    void offerDraftRecovery();
    void openCase(const QString &caseId);
    // Text typed in a case (a note being written) that is not saved and has no draft.
    bool hasUnsavedCaseWork() const;

    QListWidget *navigation() const { return m_navigation; }
    // The acute-risk alert above the pages; nullptr unless a supervisor is signed in.
    AcuteAlertBar *alertBar() const { return m_alert; }

signals:
    void currentPageChanged(helpline::WorkArea::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    IntakeScreen *m_intake = nullptr;
    CasesScreen *m_cases = nullptr;
    FollowUpsScreen *m_followUps = nullptr;
    SyncLogScreen *m_syncLog = nullptr;
    ReviewScreen *m_review = nullptr;
    AuditScreen *m_audit = nullptr;   // supervisors and admins only
    AcuteAlertBar *m_alert = nullptr; // supervisors only
};

} // namespace helpline
