#pragma once

#include "core/domain/caserecord.h"

#include "core/forms/intakemapping.h"
#include "core/store/draftrepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace helpline {

class AcuteBanner;
class CaseLinkDialog;
class ContactTimer;
class DraftRecoveryDialog;
class FormView;
class ReferralDialog;
class ScreeningPanel;
class Workspace;

// The intake: the form a counsellor fills in while a child is talking (contract C).
//
// Around the form (FormView with the built-in definition, in the workspace's language): the
// emergency-protocol banner (acute screening result), a header with the contact timer and the
// channel, a bar of one-key non-counselling records (F2 .. F8), and Save (Ctrl+S), New intake
// (Ctrl+N), Discard (Escape asks first). Every change reaches the drafts table within two seconds;
// offerDraftRecovery() brings back what a crash or a kill left. Saving validates through core,
// asks which case the contact belongs to (CaseLinkDialog) and writes everything in one
// transaction. Nothing typed is ever lost without a question.
class IntakeScreen : public QWidget {
    Q_OBJECT
public:
    // Autosave: a change is written this long after typing pauses, and never later than
    // kDraftMaxLatencyMs after the first unsaved change.
    static constexpr int kDraftDebounceMs = 600;
    static constexpr int kDraftMaxLatencyMs = 1500;
    // While there is unsaved work, the draft's timer is brought up to date this often even when
    // nothing is typed, so a recovered intake's timer is never far behind.
    static constexpr int kDraftTimerRefreshMs = 30000;

    explicit IntakeScreen(Workspace &workspace, QWidget *parent = nullptr);
    ~IntakeScreen() override;

    // Whether anything was typed or chosen since the intake opened (or a draft was restored).
    bool hasUnsavedWork() const;
    // Writes the draft now if a change is not yet in the store (the shell calls it before a
    // lock or a sign-out).
    void flushDraft();
    // Offers the signed-in account's unsaved intakes, if there are any (the shell calls it after
    // sign-in). Opens a DraftRecoveryDialog; returns at once.
    void offerDraftRecovery();
    // Ctrl+N: a fresh intake; asks first when there is unsaved work.
    void startNewIntake();
    // Ctrl+S: validates, then asks for the case link; the contact is saved when it is accepted.
    void save();
    // Discard (and Escape): throws the intake and its draft away, after asking.
    void discardIntake();
    // One key: records a complete non-counselling contact (codes::nonCounsellingTypes()) with
    // the channel, start time and duration, and starts a fresh intake.
    void recordNonCounselling(const QString &callType);
    // "Refer" (Ctrl+R): the directory, filtered for what the form says so far (categories, the
    // child's age and region), in a dialog (returned so tests can drive it). The referral is
    // saved with the contact, on its case.
    ReferralDialog *startReferral();
    const QList<Referral> &pendingReferrals() const { return m_referrals; }

    // The key that records a non-counselling call type (F2 .. F8, in codes order).
    static QKeySequence nonCounsellingShortcut(const QString &callType);

    // State, for the shell and tests.
    FormView *formView() const { return m_form; }
    ScreeningPanel *screeningPanel() const;
    ContactTimer &contactTimer() const { return *m_timer; }
    QString draftId() const { return m_draftId; }
    QDateTime startedAt() const { return m_startedAt; }
    bool isAcuteBannerShown() const;
    QString statusText() const;
    // The dialogs while they are open (nullptr otherwise).
    CaseLinkDialog *caseLinkDialog() const;
    DraftRecoveryDialog *draftRecoveryDialog() const;
    QAction *saveAction() const { return m_saveAction; }
    QAction *newIntakeAction() const { return m_newAction; }
    QAction *referAction() const { return m_referAction; }

signals:
    void contactSaved(const QString &contactId, const QString &caseId);
    void draftSaved(const QString &draftId);
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fixTabOrder();
    void retranslate();
    void loadDefinition(const QJsonObject &keepValues);
    void resetIntake();
    void restoreDraft(const QString &draftId);
    void askDiscardDraft(const QString &draftId);
    void valuesChanged();
    void updateDerived(); // channel shown, acute banner
    void finishSave();
    void showStatus(const QString &text);
    void removeDraftAfterSave();
    void showReferrals();
    QString channel() const;
    QString fieldBoundTo(const QString &bind) const;
    IntakeContext context() const;
    bool hasWorkBeyond(const QStringList &ignoredFields) const;

    Workspace &m_workspace;
    IntakeMapping m_mapping;
    QJsonObject m_pristine; // the values of a fresh intake
    QString m_draftId;
    QDateTime m_startedAt;
    bool m_loading = false;
    bool m_draftPending = false;
    bool m_saving = false;
    QTimer m_draftDebounce;
    QTimer m_draftDeadline;
    QTimer m_draftTimerRefresh;
    QList<Draft> m_offeredDrafts;

    ContactTimer *m_timer = nullptr;
    AcuteBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_channelCaption = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_timerCaption = nullptr;
    QLabel *m_timerLabel = nullptr;
    QLabel *m_nonCounsellingLabel = nullptr;
    QList<QPushButton *> m_nonCounsellingButtons;
    FormView *m_form = nullptr;
    QPointer<ScreeningPanel> m_screening;
    QLabel *m_status = nullptr;
    QPushButton *m_draftsButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_referButton = nullptr;
    QLabel *m_referralsLabel = nullptr;
    QAction *m_referAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_escapeAction = nullptr;
    QPointer<CaseLinkDialog> m_caseLinkDialog;
    QPointer<DraftRecoveryDialog> m_recoveryDialog;
    QPointer<ReferralDialog> m_referralDialog;
    QList<Referral> m_referrals; // made during this contact, saved with it
};

} // namespace helpline
