#pragma once

#include "core/domain/caserecord.h"
#include "core/store/caserepository.h"
#include "ui/review/revieweditor.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace helpline {

class AssignEditor;
class FollowUpEditor;
class NoteEditor;
class ReferralDialog;
class ReferralStatusEditor;
class StatusEditor;
class TimelineDelegate;
class TimelineModel;
class Workspace;

// One case: a header (number, child, status, risk in words and colour, counsellor, flags), its
// timeline (contacts, notes, referrals, follow-ups, status changes, assignments; oldest first)
// and the actions on it: add a note, correct a note (a new note that refers to the earlier one),
// change the status (closing needs a reason), assign, add and complete follow-ups. The actions
// open an inline editor beside the timeline; Escape closes it (asking first when something was
// typed), or, with no editor open, goes back to the list.
class CaseView : public QWidget {
    Q_OBJECT
public:
    explicit CaseView(Workspace &workspace, QWidget *parent = nullptr);

    // Opens the case through CaseRepository::open (which writes the "viewed" audit entry). False,
    // with the reason told in plain words, when it cannot be opened or the counsellor keeps an
    // unsaved note of the case shown now.
    bool openCase(const QString &caseId);
    // Opens a case that is not the account's with a written reason
    // (CaseRepository::openWithReason): shown read-only, with a line that says so.
    bool openCaseWithReason(const QString &caseId, const QString &reason);
    // Whether the account may write to the case shown (false for a case opened with a reason).
    bool canWrite() const { return m_canWrite; }
    QString caseId() const { return m_record.meta.id; }
    const CaseRecord &record() const { return m_record; }
    // Forgets the case (the list is shown again); asks first about unsaved text. False when the
    // counsellor chose to stay.
    bool closeCase();
    bool hasUnsavedWork() const;
    TimelineModel *timelineModel() const { return m_timeline; }
    QListView *timelineView() const { return m_timelineView; }

    // The actions (buttons and keys call them; so do tests).
    void startNote();
    void startCorrection(); // of the note selected in the timeline
    void startStatusChange();
    void startAssign();
    void startFollowUp();
    void completeSelectedFollowUp();
    // "Refer": the directory, filtered for the case's child and latest contact, in a dialog
    // (returned so tests can drive it; it saves the referral when accepted).
    ReferralDialog *startReferral();
    bool saveReferral(const Referral &referral);
    void startReferralStatus(); // of the referral selected in the timeline
    // Review: a supervisor comments, approves or returns; a counsellor asks for a review.
    void startReview();
    // Restricts the case (only its counsellor and the supervisors read it) or lifts that.
    bool toggleRestricted();
    bool submitReview(ReviewEditor::Action action);
    bool saveReferralStatus();
    bool saveNote();
    bool saveStatus();
    bool saveAssignee();
    bool saveFollowUp();
    // Closes the open editor; asks first when it holds unsaved text. False when kept open.
    bool cancelEditor();
    // Escape: closes the editor, or asks to go back to the list.
    void handleEscape();
    // Selects the timeline entry of `recordId` (the last one when it appears twice).
    bool selectRecord(const QString &recordId);

signals:
    void backRequested();
    void caseChanged(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Editor { None, Note, Status, Assign, FollowUp, ReferralStatus, Review };

    void retranslate();
    void refresh();
    void updateHeader();
    void updateActions();
    void showEditor(Editor editor);
    void reportFailure(const QString &what, const StoreError &error);
    bool confirmLeavingUnsaved(const QString &caseId);
    void display(const CaseRecord &record);
    void updateWriteAccess();
    void afterWrite(const QString &recordId);
    QList<AccountSummary> loadAccounts();
    QModelIndex selectedEntry() const;

    Workspace &m_workspace;
    CaseRecord m_record;
    CaseSummary m_summary;
    Editor m_editor = Editor::None;
    QString m_timelineError;
    bool m_canWrite = false;
    QLabel *m_readOnly = nullptr;

    QPushButton *m_back = nullptr;
    QLabel *m_caseNumber = nullptr;
    QLabel *m_childName = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_risk = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_flags = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_correctNote = nullptr;
    QPushButton *m_changeStatus = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_addFollowUp = nullptr;
    QPushButton *m_completeFollowUp = nullptr;
    QPushButton *m_refer = nullptr;
    QPushButton *m_referralStatus = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_restrict = nullptr;
    QLabel *m_timelineLabel = nullptr;
    QListView *m_timelineView = nullptr;
    QLabel *m_emptyTimeline = nullptr;
    TimelineModel *m_timeline = nullptr;
    TimelineDelegate *m_delegate = nullptr;
    QStackedWidget *m_editors = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    StatusEditor *m_statusEditor = nullptr;
    AssignEditor *m_assignEditor = nullptr;
    FollowUpEditor *m_followUpEditor = nullptr;
    ReferralStatusEditor *m_referralStatusEditor = nullptr;
    ReviewEditor *m_reviewEditor = nullptr;
    QString m_referralId; // the referral the status editor changes
};

} // namespace helpline
