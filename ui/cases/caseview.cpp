#include "ui/cases/caseview.h"

#include "core/directory/referralquery.h"
#include "core/domain/codes.h"
#include "core/store/caseaccess.h"
#include "core/store/caseitemrepository.h"
#include "core/store/contactrepository.h"
#include "core/store/reviewrepository.h"
#include "core/util/clock.h"
#include "ui/cases/assigneditor.h"
#include "ui/cases/followupeditor.h"
#include "ui/cases/models/timelinemodel.h"
#include "ui/cases/noteeditor.h"
#include "ui/cases/referralstatuseditor.h"
#include "ui/cases/statuseditor.h"
#include "ui/cases/timelinedelegate.h"
#include "ui/common/messagebox.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"
#include "ui/directory/referraldialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcCaseView, "helpline.ui.cases")

const QString kOpen = QStringLiteral("open");

QString flagDisplayName(const QString &flag)
{
    if (flag == QLatin1String("supervisor_attention"))
        return QCoreApplication::translate("helpline::CaseView", "Needs supervisor attention");
    if (flag == QLatin1String("needs_review"))
        return QCoreApplication::translate("helpline::CaseView", "Needs review");
    return flag;
}

QString problemText(const StoreError &error)
{
    QStringList lines;
    for (const FieldProblem &problem : error.problems)
        lines << problem.message;
    return lines.isEmpty() ? error.message : lines.join(QLatin1Char('\n'));
}

} // namespace

CaseView::CaseView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("caseView"));

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToCasesButton"));
    connect(m_back, &QPushButton::clicked, this, &CaseView::backRequested);

    // Header.
    m_caseNumber = new QLabel(this);
    m_caseNumber->setObjectName(QStringLiteral("caseNumberLabel"));
    m_caseNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_caseNumber->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.4 : big.pointSizeF());
    m_caseNumber->setFont(big);
    m_childName = new QLabel(this);
    m_childName->setObjectName(QStringLiteral("childNameLabel"));
    QFont medium = m_childName->font();
    medium.setPointSizeF(medium.pointSizeF() > 0 ? medium.pointSizeF() * 1.15
                                                 : medium.pointSizeF());
    m_childName->setFont(medium);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatusLabel"));
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("caseRiskBadge"));
    m_assignee = new QLabel(this);
    m_assignee->setObjectName(QStringLiteral("caseAssigneeLabel"));
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("caseFlagsLabel"));
    QFont bold = m_flags->font();
    bold.setBold(true);
    m_flags->setFont(bold);
    m_flags->hide();
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("caseReadOnlyLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setFont(bold);
    m_readOnly->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_caseNumber);
    titleRow->addWidget(m_childName);
    titleRow->addStretch(1);
    titleRow->addWidget(m_back);
    auto *factsRow = new QHBoxLayout;
    factsRow->setSpacing(16);
    factsRow->addWidget(m_status);
    factsRow->addWidget(m_risk);
    factsRow->addWidget(m_assignee);
    factsRow->addWidget(m_flags);
    factsRow->addStretch(1);

    // Actions.
    const auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        // Large targets: the actions are used all shift long.
        b->setMinimumHeight(qMax(32, b->fontMetrics().height() + 14));
        return b;
    };
    m_addNote = button("addNoteButton");
    m_correctNote = button("correctNoteButton");
    m_changeStatus = button("changeStatusButton");
    m_assign = button("assignButton");
    m_addFollowUp = button("addFollowUpButton");
    m_completeFollowUp = button("completeFollowUpButton");
    m_refer = button("referButton");
    m_referralStatus = button("referralStatusButton");
    m_review = button("reviewButton");
    m_restrict = button("restrictButton");
    // Administrators review nothing; supervisors and counsellors each have their own panel.
    m_review->setVisible(workspace.session().role != Role::Admin);
    connect(m_addNote, &QPushButton::clicked, this, &CaseView::startNote);
    connect(m_correctNote, &QPushButton::clicked, this, &CaseView::startCorrection);
    connect(m_changeStatus, &QPushButton::clicked, this, &CaseView::startStatusChange);
    connect(m_assign, &QPushButton::clicked, this, &CaseView::startAssign);
    connect(m_addFollowUp, &QPushButton::clicked, this, &CaseView::startFollowUp);
    connect(m_completeFollowUp, &QPushButton::clicked, this, &CaseView::completeSelectedFollowUp);
    connect(m_refer, &QPushButton::clicked, this, &CaseView::startReferral);
    connect(m_referralStatus, &QPushButton::clicked, this, &CaseView::startReferralStatus);
    connect(m_review, &QPushButton::clicked, this, &CaseView::startReview);
    connect(m_restrict, &QPushButton::clicked, this, &CaseView::toggleRestricted);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    // The case's actions above; those of the timeline entry selected beside the timeline's title,
    // so that neither row grows wider than a 1280-pixel window.
    for (QPushButton *b :
         {m_addNote, m_changeStatus, m_assign, m_addFollowUp, m_refer, m_review, m_restrict})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *entryActions = new QHBoxLayout;
    entryActions->setSpacing(8);

    // Timeline.
    m_timeline = new TimelineModel(workspace, this);
    TimelineDelegate::Roles roles;
    roles.kind = TimelineModel::KindRole;
    roles.at = TimelineModel::AtRole;
    roles.author = TimelineModel::AuthorRole;
    roles.title = TimelineModel::TitleRole;
    roles.body = TimelineModel::BodyRole;
    roles.riskCode = TimelineModel::RiskCodeRole;
    roles.isCorrection = TimelineModel::IsCorrectionRole;
    m_delegate = new TimelineDelegate(roles, this);
    m_timelineLabel = new QLabel(this);
    m_timelineLabel->setObjectName(QStringLiteral("timelineLabel"));
    m_timelineLabel->setFont(bold);
    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(m_delegate);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setUniformItemSizes(false);
    m_timelineView->setWordWrap(true);
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->viewport()->setBackgroundRole(QPalette::Window);
    m_timelineLabel->setBuddy(m_timelineView);
    m_emptyTimeline = new QLabel(this);
    m_emptyTimeline->setObjectName(QStringLiteral("timelineMessageLabel"));
    m_emptyTimeline->setWordWrap(true);
    m_emptyTimeline->hide();
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActions(); });
    connect(m_timeline, &TimelineModel::modelReset, this, [this] { updateActions(); });
    connect(m_timeline, &TimelineModel::loadFailed, this, [this](const QString &message) {
        m_timelineError = message;
        updateActions();
    });

    // Editors, beside the timeline.
    m_editors = new QStackedWidget(this);
    m_editors->setObjectName(QStringLiteral("caseEditorStack"));
    m_editors->setMinimumWidth(360);
    m_editors->setMaximumWidth(520);
    m_noteEditor = new NoteEditor(m_editors);
    m_statusEditor = new StatusEditor(m_editors);
    m_assignEditor = new AssignEditor(m_editors);
    m_followUpEditor = new FollowUpEditor(m_editors);
    m_referralStatusEditor = new ReferralStatusEditor(m_editors);
    m_reviewEditor = new ReviewEditor(m_editors);
    m_editors->addWidget(m_noteEditor);
    m_editors->addWidget(m_statusEditor);
    m_editors->addWidget(m_assignEditor);
    m_editors->addWidget(m_followUpEditor);
    m_editors->addWidget(m_referralStatusEditor);
    m_editors->addWidget(m_reviewEditor);
    m_editors->hide();
    connect(m_noteEditor, &NoteEditor::saveRequested, this, &CaseView::saveNote);
    connect(m_statusEditor, &StatusEditor::saveRequested, this, &CaseView::saveStatus);
    connect(m_assignEditor, &AssignEditor::saveRequested, this, &CaseView::saveAssignee);
    connect(m_followUpEditor, &FollowUpEditor::saveRequested, this, &CaseView::saveFollowUp);
    connect(m_referralStatusEditor, &ReferralStatusEditor::saveRequested, this,
            &CaseView::saveReferralStatus);
    connect(m_referralStatusEditor, &ReferralStatusEditor::cancelRequested, this,
            &CaseView::cancelEditor);
    connect(m_reviewEditor, &ReviewEditor::actionRequested, this, &CaseView::submitReview);
    connect(m_reviewEditor, &ReviewEditor::cancelRequested, this, &CaseView::cancelEditor);
    connect(m_noteEditor, &NoteEditor::cancelRequested, this, &CaseView::cancelEditor);
    connect(m_statusEditor, &StatusEditor::cancelRequested, this, &CaseView::cancelEditor);
    connect(m_assignEditor, &AssignEditor::cancelRequested, this, &CaseView::cancelEditor);
    connect(m_followUpEditor, &FollowUpEditor::cancelRequested, this, &CaseView::cancelEditor);

    auto *timelineColumn = new QVBoxLayout;
    entryActions->addWidget(m_timelineLabel);
    entryActions->addStretch(1);
    for (QPushButton *b : {m_correctNote, m_completeFollowUp, m_referralStatus})
        entryActions->addWidget(b);
    timelineColumn->addLayout(entryActions);
    timelineColumn->addWidget(m_emptyTimeline);
    timelineColumn->addWidget(m_timelineView, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(timelineColumn, 1);
    body->addWidget(m_editors);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(factsRow);
    layout->addWidget(m_readOnly);
    layout->addLayout(actions);
    layout->addLayout(body, 1);

    // Visual order: Back (top right), the case's actions, the selected entry's, the timeline, then
    // the open editor.
    setTabOrder(m_back, m_addNote);
    setTabOrder(m_addNote, m_changeStatus);
    setTabOrder(m_changeStatus, m_assign);
    setTabOrder(m_assign, m_addFollowUp);
    setTabOrder(m_addFollowUp, m_refer);
    setTabOrder(m_refer, m_review);
    setTabOrder(m_review, m_restrict);
    setTabOrder(m_restrict, m_correctNote);
    setTabOrder(m_correctNote, m_completeFollowUp);
    setTabOrder(m_completeFollowUp, m_referralStatus);
    setTabOrder(m_referralStatus, m_timelineView);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CaseView::handleEscape);

    connect(&workspace, &Workspace::recordsChanged, this, [this](const QString &changed) {
        if (!caseId().isEmpty() && (changed.isEmpty() || changed == caseId()))
            refresh();
    });

    retranslate();
    updateActions();
}

bool CaseView::confirmLeavingUnsaved(const QString &caseId)
{
    if (caseId == this->caseId() || !hasUnsavedWork())
        return true;
    const auto answer = MessageBox::ask(
        this, tr("Unsaved text"),
        tr("What you typed in case %1 is not saved. Discard it and open the other case?")
            .arg(m_record.caseNumber),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool CaseView::openCase(const QString &caseId)
{
    if (caseId.isEmpty() || !confirmLeavingUnsaved(caseId))
        return false;
    auto opened = CaseRepository(m_workspace.store()).open(caseId);
    if (!opened) {
        qCWarning(lcCaseView) << "opening case" << caseId << "failed, code"
                              << int(opened.error().code);
        MessageBox::inform(this, tr("The case could not be opened"), opened.error().message,
                           QMessageBox::Warning);
        return false;
    }
    qCInfo(lcCaseView) << "opened case" << caseId;
    display(*opened);
    return true;
}

bool CaseView::openCaseWithReason(const QString &caseId, const QString &reason)
{
    if (caseId.isEmpty() || !confirmLeavingUnsaved(caseId))
        return false;
    auto opened = CaseRepository(m_workspace.store()).openWithReason(caseId, reason);
    if (!opened) {
        qCWarning(lcCaseView) << "opening case" << caseId << "with a reason failed, code"
                              << int(opened.error().code);
        MessageBox::inform(this, tr("The case could not be opened"), problemText(opened.error()),
                           QMessageBox::Warning);
        return false;
    }
    qCInfo(lcCaseView) << "opened case" << caseId << "with a reason";
    display(*opened);
    return true;
}

void CaseView::updateWriteAccess()
{
    const CaseAccess access(m_workspace.store());
    const auto scope = caseId().isEmpty() ? std::nullopt : access.scopeOf(caseId());
    m_canWrite = scope && AccessPolicy::mayWriteCase(access.viewer(), *scope);
    m_readOnly->setVisible(scope && !m_canWrite);
}

void CaseView::display(const CaseRecord &record)
{
    const QString caseId = record.meta.id;
    CaseRepository cases(m_workspace.store());
    m_record = record;
    m_summary = {};
    if (auto summaries = cases.summaries({caseId}); summaries && !summaries->isEmpty())
        m_summary = summaries->first();
    updateWriteAccess();
    showEditor(Editor::None);
    m_timelineError.clear();
    m_timeline->setCase(caseId);
    updateHeader();
    updateActions();
    if (const int rows = m_timeline->rowCount(); rows > 0) {
        m_timelineView->setCurrentIndex(m_timeline->index(rows - 1));
        m_timelineView->scrollToBottom();
    }
    m_timelineView->setFocus(Qt::OtherFocusReason);
    emit caseChanged(caseId);
}

bool CaseView::closeCase()
{
    if (hasUnsavedWork()) {
        const auto answer =
            MessageBox::ask(this, tr("Unsaved text"),
                            tr("What you typed is not saved. Discard it and leave the case?"),
                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    showEditor(Editor::None);
    m_record = {};
    m_summary = {};
    m_timelineError.clear();
    m_timeline->setCase(QString());
    updateWriteAccess();
    updateHeader();
    updateActions();
    emit caseChanged(QString());
    return true;
}

bool CaseView::hasUnsavedWork() const
{
    switch (m_editor) {
    case Editor::Note:
        return m_noteEditor->hasUnsavedText();
    case Editor::Status:
        return m_statusEditor->hasUnsavedText();
    case Editor::FollowUp:
        return m_followUpEditor->hasUnsavedText();
    case Editor::Review:
        return m_reviewEditor->hasUnsavedText();
    case Editor::Assign:
    case Editor::ReferralStatus:
    case Editor::None:
        break;
    }
    return false;
}

QModelIndex CaseView::selectedEntry() const
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.isValid() || !m_timelineView->selectionModel()->isSelected(current))
        return {};
    return current;
}

void CaseView::startNote()
{
    if (caseId().isEmpty())
        return;
    // Already writing a new note: go back to it.
    if (m_editor == Editor::Note && m_noteEditor->correctionOf().isEmpty()) {
        m_noteEditor->editor()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    if (m_editor != Editor::None && !cancelEditor())
        return;
    m_noteEditor->startNote();
    showEditor(Editor::Note);
    m_noteEditor->editor()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::startCorrection()
{
    const QModelIndex entry = selectedEntry();
    if (!entry.isValid() ||
        entry.data(TimelineModel::KindRole).toInt() != int(TimelineEntry::Kind::Note)) {
        MessageBox::inform(this, tr("Correct a note"),
                           tr("Choose the note to correct in the timeline first."));
        return;
    }
    if (m_editor != Editor::None && !cancelEditor())
        return;
    m_noteEditor->startCorrection(entry.data(TimelineModel::RecordIdRole).toString(),
                                  entry.data(TimelineModel::BodyRole).toString(),
                                  entry.data(TimelineModel::AtRole).toDateTime());
    showEditor(Editor::Note);
    m_noteEditor->editor()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::startStatusChange()
{
    if (caseId().isEmpty() || (m_editor != Editor::None && !cancelEditor()))
        return;
    m_statusEditor->start(m_record.status);
    showEditor(Editor::Status);
    m_statusEditor->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::startAssign()
{
    if (caseId().isEmpty() || (m_editor != Editor::None && !cancelEditor()))
        return;
    m_assignEditor->start(loadAccounts(), m_record.assigneeId);
    showEditor(Editor::Assign);
    m_assignEditor->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::startFollowUp()
{
    if (caseId().isEmpty() || (m_editor != Editor::None && !cancelEditor()))
        return;
    m_followUpEditor->start(m_workspace.clock().nowUtc(), loadAccounts(),
                            m_workspace.session().accountId);
    showEditor(Editor::FollowUp);
    m_followUpEditor->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::completeSelectedFollowUp()
{
    const QModelIndex entry = selectedEntry();
    if (!entry.isValid() ||
        entry.data(TimelineModel::KindRole).toInt() != int(TimelineEntry::Kind::FollowUp) ||
        entry.data(TimelineModel::StatusCodeRole).toString() != kOpen) {
        MessageBox::inform(this, tr("Complete a follow-up"),
                           tr("Choose an open follow-up in the timeline first."));
        return;
    }
    const QString id = entry.data(TimelineModel::RecordIdRole).toString();
    FollowUpRepository followUps(m_workspace.store());
    auto all = followUps.forCase(caseId());
    if (!all) {
        reportFailure(tr("The follow-up was not completed"), all.error());
        return;
    }
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const FollowUp &f) { return f.meta.id == id; });
    if (it == all->cend() || it->status != kOpen) {
        MessageBox::inform(this, tr("Complete a follow-up"),
                           tr("This follow-up is no longer open."));
        m_workspace.notifyRecordsChanged(caseId());
        return;
    }
    auto completed = followUps.complete(*it);
    if (!completed) {
        reportFailure(tr("The follow-up was not completed"), completed.error());
        return;
    }
    qCInfo(lcCaseView) << "completed follow-up" << id << "of case" << caseId();
    afterWrite(id);
}

ReferralDialog *CaseView::startReferral()
{
    if (caseId().isEmpty() || (m_editor != Editor::None && !cancelEditor()))
        return nullptr;
    // What the child needs, from the latest contact's categories; who and where, from the
    // child: the directory opens already narrowed to that.
    QStringList categories;
    if (auto contacts = ContactRepository(m_workspace.store()).forCase(caseId());
        contacts && !contacts->isEmpty())
        categories = contacts->constLast().categories;
    std::optional<Person> child;
    if (!m_record.childPersonId.isEmpty())
        if (auto person = ContactRepository(m_workspace.store()).person(m_record.childPersonId))
            child = *person;
    auto *dialog = new ReferralDialog(m_workspace, referralQuery(categories, child), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveReferral(dialog->referral()); });
    dialog->open();
    return dialog;
}

bool CaseView::saveReferral(const Referral &referral)
{
    if (caseId().isEmpty())
        return false;
    Referral r = referral;
    r.caseId = caseId();
    auto added = ReferralRepository(m_workspace.store()).add(r);
    if (!added) {
        reportFailure(tr("The referral was not saved"), added.error());
        return false;
    }
    qCInfo(lcCaseView) << "referral" << added->meta.id << "made in case" << caseId();
    afterWrite(added->meta.id);
    return true;
}

void CaseView::startReferralStatus()
{
    const QModelIndex entry = selectedEntry();
    if (caseId().isEmpty() || !entry.isValid() ||
        entry.data(TimelineModel::KindRole).toInt() != int(TimelineEntry::Kind::Referral)) {
        MessageBox::inform(this, tr("Referral status"),
                           tr("Choose a referral in the timeline first."));
        return;
    }
    if (m_editor != Editor::None && !cancelEditor())
        return;
    auto referral = ReferralRepository(m_workspace.store())
                        .byId(entry.data(TimelineModel::RecordIdRole).toString());
    if (!referral) {
        reportFailure(tr("The referral could not be read"), referral.error());
        return;
    }
    m_referralId = referral->meta.id;
    m_referralStatusEditor->start(referral->serviceName, referral->status);
    showEditor(Editor::ReferralStatus);
    m_referralStatusEditor->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

bool CaseView::saveReferralStatus()
{
    if (caseId().isEmpty() || m_editor != Editor::ReferralStatus || m_referralId.isEmpty())
        return false;
    ReferralRepository referrals(m_workspace.store());
    auto referral = referrals.byId(m_referralId);
    if (!referral) {
        reportFailure(tr("The referral status was not saved"), referral.error());
        return false;
    }
    auto changed = referrals.setStatus(*referral, m_referralStatusEditor->status());
    if (!changed) {
        m_referralStatusEditor->showProblem(problemText(changed.error()));
        return false;
    }
    qCInfo(lcCaseView) << "referral" << m_referralId << "is now" << changed->status;
    const QString id = m_referralId;
    m_referralId.clear();
    showEditor(Editor::None);
    afterWrite(id);
    return true;
}

bool CaseView::saveNote()
{
    if (caseId().isEmpty() || m_editor != Editor::Note)
        return false;
    Note note;
    note.caseId = caseId();
    note.body = m_noteEditor->text().trimmed();
    note.correctionOf = m_noteEditor->correctionOf();
    if (const Problems problems = note.validate(); !problems.isEmpty()) {
        m_noteEditor->showProblem(problems.first().message);
        return false;
    }
    m_noteEditor->setBusy(true);
    auto added = NoteRepository(m_workspace.store()).add(note);
    m_noteEditor->setBusy(false);
    if (!added) {
        if (added.error().code == StoreError::Code::Validation)
            m_noteEditor->showProblem(problemText(added.error()));
        else
            reportFailure(tr("The note was not saved"), added.error());
        return false;
    }
    qCInfo(lcCaseView) << "added note" << added->meta.id << "to case" << caseId();
    showEditor(Editor::None);
    afterWrite(added->meta.id);
    return true;
}

void CaseView::startReview()
{
    if (caseId().isEmpty() || !cancelEditor())
        return;
    const bool supervisor = m_workspace.session().role == Role::Supervisor;
    QList<ReviewItem> waiting;
    if (supervisor) {
        auto items = ReviewRepository(m_workspace.store()).waitingFor(caseId());
        if (!items) {
            reportFailure(tr("The review could not be started"), items.error());
            return;
        }
        waiting = *items;
    }
    m_reviewEditor->start(
        supervisor ? ReviewEditor::Mode::Supervisor : ReviewEditor::Mode::Counsellor, waiting);
    showEditor(Editor::Review);
    m_reviewEditor->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

bool CaseView::submitReview(ReviewEditor::Action action)
{
    if (caseId().isEmpty() || m_editor != Editor::Review || !m_reviewEditor->validate(action))
        return false;
    ReviewRepository review(m_workspace.store());
    const QString text = m_reviewEditor->text();
    Outcome<void> done;
    QString recordId;
    switch (action) {
    case ReviewEditor::Action::Comment:
        if (auto note = review.comment(caseId(), text))
            recordId = note->meta.id;
        else
            done = note.error();
        break;
    case ReviewEditor::Action::Approve:
        done = review.approve(caseId(), text);
        break;
    case ReviewEditor::Action::Return:
        done = review.giveBack(caseId(), text);
        break;
    case ReviewEditor::Action::Ask:
        done = review.requestReview(caseId(), text);
        break;
    }
    if (!done) {
        if (done.error().code == StoreError::Code::Validation)
            m_reviewEditor->showProblem(problemText(done.error()));
        else
            reportFailure(tr("The review was not saved"), done.error());
        return false;
    }
    qCInfo(lcCaseView) << "review action" << int(action) << "on case" << caseId();
    showEditor(Editor::None);
    afterWrite(recordId);
    return true;
}

bool CaseView::toggleRestricted()
{
    if (caseId().isEmpty() || !m_canWrite)
        return false;
    const bool restrict = !m_record.restricted;
    if (restrict &&
        MessageBox::ask(this, tr("Restrict case %1").arg(m_record.caseNumber),
                        tr("Only its counsellor and the supervisors will read this case. Anyone "
                           "else must break glass, with a reason that supervisors review."),
                        QMessageBox::Ok | QMessageBox::Cancel,
                        QMessageBox::Cancel) != QMessageBox::Ok)
        return false;
    CaseRecord changed = m_record;
    changed.restricted = restrict;
    auto updated = CaseRepository(m_workspace.store()).update(changed);
    if (!updated) {
        reportFailure(tr("The case was not changed"), updated.error());
        return false;
    }
    qCInfo(lcCaseView) << "case" << caseId() << (restrict ? "restricted" : "unrestricted");
    m_record = *updated;
    afterWrite(QString());
    return true;
}

bool CaseView::saveStatus()
{
    if (caseId().isEmpty() || m_editor != Editor::Status || !m_statusEditor->validate())
        return false;
    CaseRepository cases(m_workspace.store());
    auto changed = cases.changeStatus(caseId(), m_statusEditor->status(), m_statusEditor->reason());
    if (!changed) {
        if (changed.error().code == StoreError::Code::Validation)
            m_statusEditor->showProblem(problemText(changed.error()));
        else
            reportFailure(tr("The status was not changed"), changed.error());
        return false;
    }
    qCInfo(lcCaseView) << "changed the status of case" << caseId();
    m_record = *changed;
    showEditor(Editor::None);
    afterWrite(QString());
    return true;
}

bool CaseView::saveAssignee()
{
    if (caseId().isEmpty() || m_editor != Editor::Assign)
        return false;
    CaseRepository cases(m_workspace.store());
    auto assigned = cases.assign(caseId(), m_assignEditor->assigneeId());
    if (!assigned) {
        reportFailure(tr("The case was not assigned"), assigned.error());
        return false;
    }
    qCInfo(lcCaseView) << "assigned case" << caseId();
    m_record = *assigned;
    showEditor(Editor::None);
    const QString number = m_record.caseNumber;
    afterWrite(QString());
    if (caseId().isEmpty()) // handed over: no longer this account's to see
        MessageBox::inform(this, tr("The case is handed over"),
                           tr("Case %1 is now assigned to someone else, so it is no longer shown "
                              "to you. The contacts you wrote in it stay yours.")
                               .arg(number),
                           QMessageBox::Information);
    return true;
}

bool CaseView::saveFollowUp()
{
    if (caseId().isEmpty() || m_editor != Editor::FollowUp)
        return false;
    FollowUp followUp;
    followUp.caseId = caseId();
    followUp.dueAt = m_followUpEditor->dueAtUtc();
    followUp.description = m_followUpEditor->description();
    followUp.assigneeId = m_followUpEditor->assigneeId();
    if (const Problems problems = followUp.validate(); !problems.isEmpty()) {
        m_followUpEditor->showProblems(problems);
        return false;
    }
    auto added = FollowUpRepository(m_workspace.store()).add(followUp);
    if (!added) {
        if (added.error().code == StoreError::Code::Validation && !added.error().problems.isEmpty())
            m_followUpEditor->showProblems(added.error().problems);
        else
            reportFailure(tr("The follow-up was not added"), added.error());
        return false;
    }
    qCInfo(lcCaseView) << "added follow-up" << added->meta.id << "to case" << caseId();
    showEditor(Editor::None);
    afterWrite(added->meta.id);
    return true;
}

bool CaseView::cancelEditor()
{
    if (m_editor == Editor::None)
        return true;
    if (hasUnsavedWork()) {
        const auto answer = MessageBox::ask(
            this, tr("Unsaved text"), tr("What you typed is not saved. Discard it?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    showEditor(Editor::None);
    m_timelineView->setFocus(Qt::OtherFocusReason);
    return true;
}

void CaseView::handleEscape()
{
    if (m_editor != Editor::None)
        cancelEditor();
    else
        emit backRequested();
}

bool CaseView::selectRecord(const QString &recordId)
{
    const int rows = m_timeline->rowCount();
    for (int row = rows - 1; row >= 0; --row) {
        const QModelIndex index = m_timeline->index(row);
        if (index.data(TimelineModel::RecordIdRole).toString() == recordId) {
            m_timelineView->setCurrentIndex(index);
            m_timelineView->scrollTo(index);
            return true;
        }
    }
    return false;
}

void CaseView::afterWrite(const QString &recordId)
{
    // The timeline and every list showing the case reload (the timeline model listens too).
    m_workspace.notifyRecordsChanged(caseId());
    if (recordId.isEmpty() || !selectRecord(recordId)) {
        if (const int rows = m_timeline->rowCount(); rows > 0) {
            m_timelineView->setCurrentIndex(m_timeline->index(rows - 1));
            m_timelineView->scrollToBottom();
        }
    }
    m_timelineView->setFocus(Qt::OtherFocusReason);
}

void CaseView::reportFailure(const QString &what, const StoreError &error)
{
    qCWarning(lcCaseView) << "a write to case" << caseId() << "failed, code" << int(error.code);
    MessageBox::inform(this, what, problemText(error), QMessageBox::Warning);
}

QList<AccountSummary> CaseView::loadAccounts()
{
    auto accounts = CaseRepository(m_workspace.store()).accounts();
    if (!accounts) {
        reportFailure(tr("The list of counsellors could not be read"), accounts.error());
        return {};
    }
    return *accounts;
}

void CaseView::refresh()
{
    if (caseId().isEmpty())
        return;
    // The case may have left this account: handed over from here, or a reassignment that sync
    // brought (which may have removed it from the desk). Then the view closes (unless something
    // typed would be lost) instead of showing what the account may no longer see.
    const CaseAccess access(m_workspace.store());
    if (const auto scope = access.scopeOf(caseId()); !scope || !access.mayOpen(caseId(), *scope)) {
        if (!hasUnsavedWork()) {
            qCInfo(lcCaseView) << "case" << caseId() << "left this account; closing it";
            closeCase();
            emit backRequested();
        }
        return;
    }
    CaseRepository cases(m_workspace.store());
    // Already opened (and audited): read again without another "viewed" entry.
    if (auto record = cases.read(caseId()))
        m_record = *record;
    if (auto summaries = cases.summaries({caseId()}); summaries && !summaries->isEmpty())
        m_summary = summaries->first();
    updateWriteAccess();
    updateHeader();
    updateActions();
}

void CaseView::showEditor(Editor editor)
{
    m_editor = editor;
    switch (editor) {
    case Editor::None:
        m_editors->hide();
        return;
    case Editor::Note:
        m_editors->setCurrentWidget(m_noteEditor);
        break;
    case Editor::Status:
        m_editors->setCurrentWidget(m_statusEditor);
        break;
    case Editor::Assign:
        m_editors->setCurrentWidget(m_assignEditor);
        break;
    case Editor::FollowUp:
        m_editors->setCurrentWidget(m_followUpEditor);
        break;
    case Editor::ReferralStatus:
        m_editors->setCurrentWidget(m_referralStatusEditor);
        break;
    case Editor::Review:
        m_editors->setCurrentWidget(m_reviewEditor);
        break;
    }
    m_editors->show();
}

void CaseView::updateHeader()
{
    if (caseId().isEmpty()) {
        for (QLabel *label : {m_caseNumber, m_childName, m_status, m_assignee, m_flags, m_risk})
            label->clear();
        m_risk->setStyleSheet(QString());
        m_flags->hide();
        return;
    }
    m_caseNumber->setText(m_record.caseNumber);
    m_caseNumber->setAccessibleName(tr("Case number %1").arg(m_record.caseNumber));
    m_childName->setText(m_summary.childName.isEmpty() ? tr("Child's name not given")
                                                       : m_summary.childName);
    m_status->setText(tr("Status: %1").arg(codes::caseStatuses().displayName(m_record.status)));
    const RiskStyle risk = riskStyle(m_record.riskLevel, palette());
    m_risk->setText(risk.text);
    m_risk->setAccessibleName(tr("Risk: %1").arg(risk.text));
    m_risk->setStyleSheet(riskBadgeStyleSheet(risk));
    QString assignee = m_summary.assigneeName;
    if (m_summary.assigneeId != m_record.assigneeId || assignee.isEmpty())
        assignee = m_record.assigneeId;
    m_assignee->setText(m_record.assigneeId.isEmpty() ? tr("Not assigned")
                                                      : tr("Counsellor: %1").arg(assignee));
    QStringList flags;
    if (m_record.restricted)
        flags << tr("Restricted");
    for (const QString &flag : m_record.flags)
        flags << flagDisplayName(flag);
    m_flags->setText(flags.join(QStringLiteral(" · ")));
    m_flags->setVisible(!flags.isEmpty());
    if (!flags.isEmpty())
        m_flags->setStyleSheet(riskBadgeStyleSheet(riskStyle(QStringLiteral("high"), palette())));
}

void CaseView::updateActions()
{
    const bool hasCase = !caseId().isEmpty();
    // A case opened with a reason is read, not written.
    const bool writable = hasCase && m_canWrite;
    for (QPushButton *b :
         {m_addNote, m_changeStatus, m_assign, m_addFollowUp, m_refer, m_review, m_restrict})
        b->setEnabled(writable);
    m_restrict->setText(m_record.restricted ? tr("Lift restriction") : tr("Restric&t"));
    m_restrict->setToolTip(m_record.restricted
                               ? tr("Let every account that may see the office's cases see it "
                                    "again.")
                               : tr("Only its counsellor and the supervisors read a restricted "
                                    "case (for example one about a staff member's relative). "
                                    "Anyone else must break glass, with a reason."));
    const QModelIndex entry = selectedEntry();
    const int kind = entry.isValid() ? entry.data(TimelineModel::KindRole).toInt() : -1;
    m_correctNote->setEnabled(writable && kind == int(TimelineEntry::Kind::Note));
    m_completeFollowUp->setEnabled(writable && kind == int(TimelineEntry::Kind::FollowUp) &&
                                   entry.data(TimelineModel::StatusCodeRole).toString() == kOpen);
    m_referralStatus->setEnabled(writable && kind == int(TimelineEntry::Kind::Referral));
    if (hasCase && !m_timelineError.isEmpty()) {
        m_emptyTimeline->setText(tr("The timeline could not be read. %1").arg(m_timelineError));
        m_emptyTimeline->show();
    } else if (hasCase && m_timeline->rowCount() == 0) {
        m_emptyTimeline->setText(tr("Nothing has been recorded in this case yet."));
        m_emptyTimeline->show();
    } else {
        m_emptyTimeline->hide();
    }
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void CaseView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        handleEscape();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CaseView::retranslate()
{
    m_back->setText(tr("&Back to cases"));
    m_back->setToolTip(tr("Back to the case list (Escape)"));
    m_addNote->setText(tr("Add &note"));
    m_addNote->setToolTip(tr("Write a note in this case. Ctrl+Enter saves it."));
    m_correctNote->setText(tr("C&orrect note"));
    m_correctNote->setToolTip(
        tr("Notes are never changed: a correction is a new note that refers to the note "
           "selected in the timeline."));
    m_changeStatus->setText(tr("Change &status"));
    m_assign->setText(tr("&Assign"));
    m_addFollowUp->setText(tr("Add &follow-up"));
    m_completeFollowUp->setText(tr("Mark follow-up &done"));
    m_completeFollowUp->setToolTip(tr("Completes the open follow-up selected in the timeline."));
    m_refer->setText(tr("&Refer…"));
    m_refer->setToolTip(tr("Refer the child to a service of the directory."));
    m_referralStatus->setText(tr("Referral stat&us"));
    m_referralStatus->setToolTip(
        tr("Record what became of the referral selected in the timeline."));
    if (m_workspace.session().role == Role::Supervisor) {
        m_review->setText(tr("Re&view…"));
        m_review->setToolTip(tr("Comment on this case, approve it or return it to the "
                                "counsellor."));
    } else {
        m_review->setText(tr("Ask for re&view"));
        m_review->setToolTip(tr("Ask a supervisor to look at this case."));
    }
    m_readOnly->setText(tr("You opened this case with a reason: you can read it, not change "
                           "it. Ask a supervisor to assign it to you to work on it."));
    m_timelineLabel->setText(tr("&Timeline"));
    m_timelineView->setAccessibleName(tr("Case timeline"));
    m_timelineView->setAccessibleDescription(
        tr("Contacts, notes, referrals, follow-ups and status changes, oldest first."));
    updateHeader();
    updateActions();
    // The cards' words ("Note", "Contact", ...) are painted: paint them again.
    m_timelineView->viewport()->update();
}

} // namespace helpline
