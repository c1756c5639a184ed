#include "ui/intake/intakescreen.h"

#include "core/directory/referralquery.h"
#include "core/domain/codes.h"
#include "core/domain/screening.h"
#include "core/domain/taxonomy.h"
#include "core/store/contactrepository.h"
#include "core/util/clock.h"
#include "ui/common/dateformat.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/directory/referraldialog.h"
#include "ui/form/formview.h"
#include "ui/intake/acutebanner.h"
#include "ui/intake/caselinkdialog.h"
#include "ui/intake/contacttimer.h"
#include "ui/intake/draftrecoverydialog.h"
#include "ui/intake/screeningpanel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace helpline {

namespace {

// Referrals made during the intake travel in its draft under this key, so a crash loses none.
const QString kDraftReferrals = QStringLiteral("_referrals");

QJsonArray referralsToDraft(const QList<Referral> &referrals)
{
    QJsonArray array;
    for (const Referral &r : referrals)
        array.append(QJsonObject{
            {QStringLiteral("directory_entry_id"), r.directoryEntryId},
            {QStringLiteral("service_name"), r.serviceName},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("urgency"), r.urgency},
            {QStringLiteral("method"), r.method},
            {QStringLiteral("consent"), r.consent ? QJsonValue(*r.consent) : QJsonValue()},
            {QStringLiteral("consent_reason"), r.consentReason}});
    return array;
}

QList<Referral> referralsFromDraft(const QJsonValue &value)
{
    QList<Referral> referrals;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        Referral r;
        r.directoryEntryId = o.value(QLatin1String("directory_entry_id")).toString();
        r.serviceName = o.value(QLatin1String("service_name")).toString();
        r.reason = o.value(QLatin1String("reason")).toString();
        r.urgency = o.value(QLatin1String("urgency")).toString(r.urgency);
        r.method = o.value(QLatin1String("method")).toString(r.method);
        if (o.value(QLatin1String("consent")).isBool())
            r.consent = o.value(QLatin1String("consent")).toBool();
        r.consentReason = o.value(QLatin1String("consent_reason")).toString();
        referrals << r;
    }
    return referrals;
}

} // namespace

namespace {

Q_LOGGING_CATEGORY(lcIntake, "helpline.ui.intake")

const QString kDefaultChannel = QStringLiteral("phone");

// "hang_up" -> "hangUp": object names of the non-counselling buttons.
QString camelCase(const QString &code)
{
    QString result;
    bool upper = false;
    for (const QChar c : code) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        result += upper ? c.toUpper() : c;
        upper = false;
    }
    return result;
}

} // namespace

IntakeScreen::IntakeScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("intakeScreen"));
    m_timer = new ContactTimer(this);

    m_draftDebounce.setSingleShot(true);
    m_draftDebounce.setInterval(kDraftDebounceMs);
    connect(&m_draftDebounce, &QTimer::timeout, this, &IntakeScreen::flushDraft);
    m_draftDeadline.setSingleShot(true);
    m_draftDeadline.setInterval(kDraftMaxLatencyMs);
    connect(&m_draftDeadline, &QTimer::timeout, this, &IntakeScreen::flushDraft);
    m_draftTimerRefresh.setInterval(kDraftTimerRefreshMs);
    connect(&m_draftTimerRefresh, &QTimer::timeout, this, [this] {
        if (!m_draftId.isEmpty() && hasUnsavedWork() && !m_saving) {
            m_draftPending = true;
            flushDraft();
        }
    });
    m_draftTimerRefresh.start();

    buildUi();
    retranslate();
    loadDefinition({});
    resetIntake();

    connect(&m_workspace, &Workspace::languageChanged, this, [this](const QString &language) {
        m_loading = true;
        m_form->setLanguage(language);
        m_loading = false;
        fixTabOrder();
        updateDerived();
    });
}

IntakeScreen::~IntakeScreen()
{
    // The shell flushes before a lock or a sign-out; this catches a screen closed another way.
    if (m_workspace.store().isOpen())
        flushDraft();
}

void IntakeScreen::buildUi()
{
    m_banner = new AcuteBanner(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("intakeTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_channelCaption = new QLabel(this);
    m_channelCaption->setObjectName(QStringLiteral("channelCaptionLabel"));
    m_channelLabel = new QLabel(this);
    m_channelLabel->setObjectName(QStringLiteral("channelDisplayLabel"));
    QFont strong = m_channelLabel->font();
    strong.setBold(true);
    m_channelLabel->setFont(strong);
    m_timerCaption = new QLabel(this);
    m_timerCaption->setObjectName(QStringLiteral("contactTimerCaption"));
    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(QStringLiteral("contactTimerLabel"));
    QFont timerFont = strong;
    timerFont.setPointSizeF(timerFont.pointSizeF() * 1.2);
    timerFont.setStyleHint(QFont::Monospace);
    m_timerLabel->setFont(timerFont);
    connect(m_timer, &ContactTimer::secondChanged, this,
            [this](int seconds) { m_timerLabel->setText(formatDuration(seconds)); });

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_channelCaption);
    header->addWidget(m_channelLabel);
    header->addSpacing(24);
    header->addWidget(m_timerCaption);
    header->addWidget(m_timerLabel);

    // One action per non-counselling call type, each with its own key: the button shows it.
    m_nonCounsellingLabel = new QLabel(this);
    m_nonCounsellingLabel->setObjectName(QStringLiteral("nonCounsellingLabel"));
    m_nonCounsellingLabel->setWordWrap(true);
    auto *bar = new QGridLayout;
    bar->setHorizontalSpacing(8);
    bar->setVerticalSpacing(8);
    const QStringList types = codes::nonCounsellingTypes().codes();
    constexpr int kColumns = 4;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString code = types.at(i);
        auto *button = new QPushButton(this);
        button->setObjectName(camelCase(code) + QStringLiteral("CallButton"));
        button->setAutoDefault(false);
        button->setMinimumHeight(36);
        connect(button, &QPushButton::clicked, this, [this, code] { recordNonCounselling(code); });
        auto *action = new QAction(this);
        action->setObjectName(camelCase(code) + QStringLiteral("CallAction"));
        action->setShortcut(nonCounsellingShortcut(code));
        action->setShortcutContext(Qt::WindowShortcut); // only while the intake is shown
        connect(action, &QAction::triggered, this, [this, code] { recordNonCounselling(code); });
        addAction(action);
        bar->addWidget(button, int(i / kColumns), int(i % kColumns));
        m_nonCounsellingButtons.append(button);
    }

    // The form has its own scroll area; it comes after the bar in the focus chain.
    m_form = new FormView(this);
    m_form->setObjectName(QStringLiteral("intakeFormView"));
    m_form->setEditorFactory(FieldType::Screening, [this](const FormField &, QWidget *parent) {
        auto *panel = new ScreeningPanel(parent);
        m_screening = panel;
        return panel;
    });
    connect(m_form, &FormView::valuesChanged, this, &IntakeScreen::valuesChanged);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("intakeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_draftsButton = new QPushButton(this);
    m_draftsButton->setObjectName(QStringLiteral("draftsButton"));
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardIntakeButton"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newIntakeButton"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveContactButton"));
    m_referButton = new QPushButton(this);
    m_referButton->setObjectName(QStringLiteral("referButton"));
    m_referralsLabel = new QLabel(this);
    m_referralsLabel->setObjectName(QStringLiteral("intakeReferralsLabel"));
    m_referralsLabel->setWordWrap(true);
    m_referralsLabel->hide();
    for (QPushButton *button :
         {m_draftsButton, m_discardButton, m_newButton, m_referButton, m_saveButton}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(36);
    }
    connect(m_draftsButton, &QPushButton::clicked, this, [this] {
        offerDraftRecovery();
        if (!m_recoveryDialog)
            showStatus(tr("There are no other unsaved intakes."));
    });
    connect(m_discardButton, &QPushButton::clicked, this, &IntakeScreen::discardIntake);
    connect(m_newButton, &QPushButton::clicked, this, &IntakeScreen::startNewIntake);
    connect(m_saveButton, &QPushButton::clicked, this, &IntakeScreen::save);
    connect(m_referButton, &QPushButton::clicked, this, &IntakeScreen::startReferral);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveContactAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_saveAction, &QAction::triggered, this, &IntakeScreen::save);
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newIntakeAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &IntakeScreen::startNewIntake);
    m_referAction = new QAction(this);
    m_referAction->setObjectName(QStringLiteral("referAction"));
    m_referAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_referAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_referAction, &QAction::triggered, this, &IntakeScreen::startReferral);
    // Escape only where the focus is in the intake; it asks before anything is thrown away.
    m_escapeAction = new QAction(this);
    m_escapeAction->setObjectName(QStringLiteral("escapeIntakeAction"));
    m_escapeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escapeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_escapeAction, &QAction::triggered, this, &IntakeScreen::discardIntake);
    addActions({m_saveAction, m_newAction, m_referAction, m_escapeAction});

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_draftsButton);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_referButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(m_banner);
    layout->addLayout(header);
    layout->addWidget(m_nonCounsellingLabel);
    layout->addLayout(bar);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_referralsLabel);
    layout->addLayout(buttons);

    fixTabOrder();
}

void IntakeScreen::fixTabOrder()
{
    // Tab order = visual order: the non-counselling bar row by row, the form (FormView keeps its
    // fields in visual order), then the buttons. The form's widgets are rebuilt with every
    // definition or language, and new widgets join the end of the focus chain, so the buttons
    // are moved behind the form's last widget each time.
    QWidget *previous = nullptr;
    for (QPushButton *button : std::as_const(m_nonCounsellingButtons)) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    QWidget *lastInForm = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this && w != window();
         w = w->nextInFocusChain()) {
        if (m_form->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            lastInForm = w;
    }
    if (lastInForm)
        previous = lastInForm;
    for (QWidget *button :
         {static_cast<QWidget *>(m_draftsButton), static_cast<QWidget *>(m_discardButton),
          static_cast<QWidget *>(m_newButton), static_cast<QWidget *>(m_referButton),
          static_cast<QWidget *>(m_saveButton)}) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
}

QKeySequence IntakeScreen::nonCounsellingShortcut(const QString &callType)
{
    // F2 .. F8 in codes order: function keys never collide with typing, and F1 stays help.
    const qsizetype index = codes::nonCounsellingTypes().codes().indexOf(callType);
    if (index < 0 || index > 10)
        return {};
    return QKeySequence(Qt::Key(Qt::Key_F2 + index));
}

void IntakeScreen::retranslate()
{
    m_title->setText(tr("Intake"));
    m_channelCaption->setText(tr("Channel:"));
    m_timerCaption->setText(tr("Contact time:"));
    m_timerLabel->setAccessibleName(tr("Contact time"));
    m_channelLabel->setAccessibleName(tr("Channel"));
    m_nonCounsellingLabel->setText(
        tr("Not a counselling contact? One key records it and starts a new intake:"));
    const QStringList types = codes::nonCounsellingTypes().codes();
    for (qsizetype i = 0; i < types.size() && i < m_nonCounsellingButtons.size(); ++i) {
        const QString name = codes::nonCounsellingTypes().displayName(types.at(i));
        const QString key = nonCounsellingShortcut(types.at(i)).toString(QKeySequence::NativeText);
        QPushButton *button = m_nonCounsellingButtons.at(i);
        button->setText(tr("%1 (%2)").arg(name, key));
        button->setAccessibleName(name);
        button->setAccessibleDescription(
            tr("Records a complete \"%1\" contact at once. Key: %2.").arg(name, key));
        button->setToolTip(tr("Record a \"%1\" contact now (%2)").arg(name, key));
    }
    m_status->setAccessibleName(tr("Intake status"));
    m_draftsButton->setText(tr("Drafts…"));
    m_draftsButton->setToolTip(tr("Unsaved intakes of your account"));
    m_discardButton->setText(tr("Discard…"));
    m_discardButton->setToolTip(tr("Throw this intake away (asks first; Escape does the same)"));
    m_newButton->setText(
        tr("New intake (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveButton->setText(
        tr("Save (%1)").arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_referButton->setText(
        tr("Refer… (%1)").arg(m_referAction->shortcut().toString(QKeySequence::NativeText)));
    m_referButton->setToolTip(tr("Refer the child to a service of the directory; the referral "
                                 "is saved with the contact"));
    m_referAction->setText(tr("Refer"));
    m_saveAction->setText(tr("Save contact"));
    m_newAction->setText(tr("New intake"));
    m_escapeAction->setText(tr("Discard intake"));
    m_form->setAccessibleName(tr("Intake form"));
    updateDerived();
}

void IntakeScreen::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IntakeScreen::loadDefinition(const QJsonObject &keepValues)
{
    m_loading = true;
    m_form->setDefinition(m_mapping.definition(), m_workspace.language());
    if (!keepValues.isEmpty())
        m_form->setValues(keepValues);
    m_loading = false;
    fixTabOrder();
    updateDerived();
}

void IntakeScreen::resetIntake()
{
    m_draftDebounce.stop();
    m_draftDeadline.stop();
    m_loading = true;
    m_form->clear();
    m_form->clearProblems();
    m_pristine = m_form->values();
    m_loading = false;
    m_draftId.clear();
    m_draftPending = false;
    m_referrals.clear();
    m_referralsLabel->hide();
    m_startedAt = m_workspace.clock().nowUtc();
    m_timer->start(0);
    if (auto *scroll = m_form->findChild<QScrollArea *>(QStringLiteral("formScrollArea")))
        scroll->verticalScrollBar()->setValue(0);
    updateDerived();
    m_form->focusFirstField();
}

bool IntakeScreen::hasUnsavedWork() const
{
    return m_form->values() != m_pristine || !m_referrals.isEmpty();
}

void IntakeScreen::showReferrals()
{
    QStringList services;
    for (const Referral &referral : std::as_const(m_referrals))
        services << referral.serviceName;
    m_referralsLabel->setText(
        tr("Referred to: %1. Saved with the contact.").arg(services.join(QStringLiteral("; "))));
    m_referralsLabel->setVisible(!m_referrals.isEmpty());
}

ReferralDialog *IntakeScreen::startReferral()
{
    if (m_saving || m_caseLinkDialog || m_referralDialog)
        return nullptr;
    const ContactSave preview = m_mapping.toContactSave(m_form->values(), context());
    auto *dialog = new ReferralDialog(
        m_workspace, referralQuery(preview.contact.categories, preview.child), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_referralDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_referrals << dialog->referral();
        showReferrals();
        showStatus(tr("Referral added: it is saved with the contact."));
        // Into the draft like anything typed.
        m_draftPending = true;
        flushDraft();
    });
    dialog->open();
    return dialog;
}

bool IntakeScreen::hasWorkBeyond(const QStringList &ignoredFields) const
{
    if (!m_referrals.isEmpty())
        return true;
    QJsonObject values = m_form->values();
    QJsonObject pristine = m_pristine;
    for (const QString &field : ignoredFields) {
        values.remove(field);
        pristine.remove(field);
    }
    return values != pristine;
}

void IntakeScreen::valuesChanged()
{
    if (m_loading)
        return;
    m_draftPending = true;
    m_draftDebounce.start();
    if (!m_draftDeadline.isActive())
        m_draftDeadline.start();
    updateDerived();
}

void IntakeScreen::flushDraft()
{
    m_draftDebounce.stop();
    m_draftDeadline.stop();
    if (!m_draftPending || !m_workspace.store().isOpen())
        return;
    Draft draft;
    draft.id = m_draftId;
    draft.formId = m_mapping.definition().id();
    draft.formVersion = m_mapping.definition().version();
    draft.data = m_form->values();
    if (!m_referrals.isEmpty())
        draft.data.insert(kDraftReferrals, referralsToDraft(m_referrals));
    draft.elapsedMs = m_timer->elapsedMs();
    draft.startedAt = m_startedAt;
    DraftRepository drafts(m_workspace.store());
    auto saved = drafts.save(draft);
    if (!saved) {
        qCWarning(lcIntake) << "draft not written:" << int(saved.error().code)
                            << saved.error().detail;
        showStatus(tr("The draft could not be written: %1 It will be tried again in a few "
                      "seconds; keep this intake open.")
                       .arg(saved.error().message));
        QTimer::singleShot(5000, this, [this] {
            if (m_draftPending)
                flushDraft();
        });
        return;
    }
    m_draftPending = false;
    if (m_draftId.isEmpty())
        qCInfo(lcIntake) << "draft started" << saved->id;
    m_draftId = saved->id;
    emit draftSaved(m_draftId);
}

void IntakeScreen::startNewIntake()
{
    if (m_saving || m_caseLinkDialog)
        return;
    if (hasUnsavedWork()) {
        const auto answer = MessageBox::ask(
            this, tr("Start a new intake?"),
            tr("What you typed in this intake will be thrown away, with its draft. This cannot "
               "be undone."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (!m_draftId.isEmpty()) {
        DraftRepository drafts(m_workspace.store());
        if (auto discarded = drafts.discard(m_draftId); !discarded)
            qCWarning(lcIntake) << "draft not discarded:" << m_draftId
                                << int(discarded.error().code);
    }
    resetIntake();
    showStatus(tr("A new intake has started."));
}

void IntakeScreen::discardIntake()
{
    if (m_saving || m_caseLinkDialog)
        return;
    if (!hasUnsavedWork()) {
        showStatus(tr("Nothing has been typed in this intake; there is nothing to discard."));
        return;
    }
    const auto answer = MessageBox::ask(
        this, tr("Discard this intake?"),
        tr("Everything typed in this intake will be thrown away, with its draft. This cannot be "
           "undone."),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning);
    if (answer != QMessageBox::Discard) {
        showStatus(tr("The intake was kept."));
        return;
    }
    if (!m_draftId.isEmpty()) {
        DraftRepository drafts(m_workspace.store());
        if (auto discarded = drafts.discard(m_draftId); !discarded)
            qCWarning(lcIntake) << "draft not discarded:" << m_draftId
                                << int(discarded.error().code);
    }
    resetIntake();
    showStatus(tr("The intake was discarded. A new intake has started."));
}

void IntakeScreen::recordNonCounselling(const QString &callType)
{
    if (m_saving || m_caseLinkDialog || !codes::nonCounsellingTypes().contains(callType))
        return;
    const QString name = codes::nonCounsellingTypes().displayName(callType);
    const QStringList ignored{fieldBoundTo(QStringLiteral("contact.channel")),
                              fieldBoundTo(QStringLiteral("contact.callType"))};
    if (hasWorkBeyond(ignored)) {
        const auto answer = MessageBox::ask(
            this, tr("Record as \"%1\"?").arg(name),
            tr("This intake has typed text. Recording the contact as \"%1\" throws that text "
               "away.")
                .arg(name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, QMessageBox::Warning);
        if (answer != QMessageBox::Discard)
            return;
    }
    ContactSave request;
    request.contact =
        Contact::nonCounselling(callType, channel(), m_startedAt, m_timer->elapsedSeconds(),
                                m_workspace.session().accountId);
    request.contact.formId = m_mapping.definition().id();
    request.contact.formVersion = m_mapping.definition().version();
    request.link = ContactSave::CaseLink::None;
    ContactRepository contacts(m_workspace.store());
    request.draftId = m_draftId; // removed in the save's own transaction
    m_saving = true;
    auto saved = contacts.save(request);
    m_saving = false;
    if (!saved) {
        qCWarning(lcIntake) << "non-counselling contact not saved:" << int(saved.error().code)
                            << saved.error().detail;
        showStatus(tr("The contact was not recorded: %1").arg(saved.error().message));
        MessageBox::inform(this, tr("The contact was not recorded"), saved.error().message,
                           QMessageBox::Warning);
        return;
    }
    qCInfo(lcIntake) << "non-counselling contact saved" << saved->contact.meta.id;
    const int seconds = saved->contact.durationSeconds;
    const QString channelName = codes::channels().displayName(saved->contact.channel);
    removeDraftAfterSave();
    m_workspace.notifyRecordsChanged(QString());
    resetIntake();
    showStatus(tr("Recorded: %1, %2, %3. A new intake has started.")
                   .arg(name, channelName, formatDuration(seconds)));
    emit contactSaved(saved->contact.meta.id, QString());
}

void IntakeScreen::save()
{
    if (m_saving || m_caseLinkDialog)
        return;
    flushDraft();
    const QJsonObject values = m_form->values();
    const Problems problems = m_mapping.validate(values, context(), m_workspace.clock().nowUtc());
    if (!problems.isEmpty()) {
        Problems onForm;
        QStringList elsewhere;
        for (const FieldProblem &problem : problems) {
            if (m_mapping.definition().field(problem.field))
                onForm << problem;
            else
                elsewhere << problem.message;
        }
        m_form->showProblems(onForm);
        QString text =
            tr("%n field(s) need attention; nothing was saved.", nullptr, int(onForm.size()));
        if (!elsewhere.isEmpty())
            text += u' ' + elsewhere.join(u' ');
        showStatus(text);
        return;
    }
    m_form->clearProblems();

    const ContactSave preview = m_mapping.toContactSave(values, context());
    if (!preview.contact.isCounselling()) {
        // A non-counselling contact chosen in the form: no case to link.
        finishSave();
        return;
    }
    auto *dialog = new CaseLinkDialog(m_workspace.store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_caseLinkDialog = dialog;
    QString suggestion;
    if (preview.child)
        suggestion = !preview.child->phone.isEmpty() ? preview.child->phone : preview.child->name;
    dialog->suggest(suggestion);
    connect(dialog, &QDialog::accepted, this, &IntakeScreen::finishSave);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_caseLinkDialog = nullptr;
        showStatus(tr("Not saved yet: the intake is still open."));
    });
    dialog->open();
}

void IntakeScreen::finishSave()
{
    const QJsonObject values = m_form->values();
    ContactSave request = m_mapping.toContactSave(values, context());
    if (!request.contact.isCounselling()) {
        request.link = ContactSave::CaseLink::None;
    } else if (m_caseLinkDialog &&
               m_caseLinkDialog->choice() == CaseLinkDialog::Choice::ExistingCase) {
        request.link = ContactSave::CaseLink::ExistingCase;
        request.contact.caseId = m_caseLinkDialog->caseId();
    } else {
        request.link = ContactSave::CaseLink::NewCase;
    }
    m_caseLinkDialog = nullptr; // closed; it deletes itself
    ContactRepository contacts(m_workspace.store());
    contacts.setCategoryCheck(
        [](const QString &code) { return Taxonomy::builtIn().contains(code); });
    request.draftId = m_draftId; // removed in the save's own transaction
    request.referrals = m_referrals;
    m_saving = true;
    auto saved = contacts.save(request);
    m_saving = false;
    if (!saved) {
        const StoreError &error = saved.error();
        qCWarning(lcIntake) << "contact not saved:" << int(error.code) << error.detail;
        if (error.code == StoreError::Code::Validation) {
            const Problems problems = m_mapping.problemsForForm(error.problems);
            Problems onForm;
            QStringList elsewhere;
            for (const FieldProblem &problem : problems) {
                if (m_mapping.definition().field(problem.field))
                    onForm << problem;
                else
                    elsewhere << problem.message;
            }
            m_form->showProblems(onForm);
            showStatus((QStringList{error.message} + elsewhere).join(u' '));
            return;
        }
        const QString text = tr("%1 Nothing is lost: the intake stays open and its draft is "
                                "kept.")
                                 .arg(error.message);
        showStatus(tr("The contact was not saved. %1").arg(text));
        MessageBox::inform(this, tr("The contact was not saved"), text, QMessageBox::Warning);
        return;
    }
    const bool acute = saved->contact.riskLevel == QLatin1String("acute");
    qCInfo(lcIntake) << "contact saved" << saved->contact.meta.id << "case" << saved->caseId;
    removeDraftAfterSave();
    m_workspace.notifyRecordsChanged(saved->caseId);
    resetIntake();
    QString text = saved->caseNumber.isEmpty()
                       ? tr("Contact saved.")
                       : tr("Contact saved to case %1.").arg(saved->caseNumber);
    if (acute && !saved->caseId.isEmpty())
        text += u' ' + tr("The case is flagged for supervisor attention.");
    showStatus(text + u' ' + tr("A new intake has started."));
    emit contactSaved(saved->contact.meta.id, saved->caseId);
}

void IntakeScreen::removeDraftAfterSave()
{
    // The save's transaction already deleted the draft (ContactSave::draftId).
    m_draftId.clear();
    m_draftPending = false;
}

void IntakeScreen::offerDraftRecovery()
{
    if (m_recoveryDialog) {
        m_recoveryDialog->raise();
        m_recoveryDialog->activateWindow();
        return;
    }
    flushDraft();
    DraftRepository drafts(m_workspace.store());
    auto mine = drafts.mine();
    if (!mine) {
        qCWarning(lcIntake) << "drafts not read:" << int(mine.error().code) << mine.error().detail;
        showStatus(tr("Unsaved intakes could not be read: %1").arg(mine.error().message));
        return;
    }
    m_offeredDrafts.clear();
    for (const Draft &draft : std::as_const(mine.value()))
        if (draft.id != m_draftId)
            m_offeredDrafts.append(draft);
    if (m_offeredDrafts.isEmpty())
        return;
    qCInfo(lcIntake) << "offering" << m_offeredDrafts.size() << "draft(s)";
    auto *dialog = new DraftRecoveryDialog(m_offeredDrafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_recoveryDialog = dialog;
    connect(dialog, &DraftRecoveryDialog::restoreRequested, this, &IntakeScreen::restoreDraft);
    connect(dialog, &DraftRecoveryDialog::discardRequested, this, &IntakeScreen::askDiscardDraft);
    dialog->open();
}

void IntakeScreen::restoreDraft(const QString &draftId)
{
    const auto it = std::find_if(m_offeredDrafts.cbegin(), m_offeredDrafts.cend(),
                                 [&](const Draft &draft) { return draft.id == draftId; });
    if (it == m_offeredDrafts.cend())
        return;
    const Draft draft = *it;
    QString kept;
    if (hasUnsavedWork()) {
        // Nothing is lost: the intake on screen stays a draft of its own.
        m_draftPending = true;
        flushDraft();
        kept = u' ' + tr("The intake you had open was kept as a draft.");
    }
    if (draft.formId != m_mapping.definition().id() ||
        draft.formVersion != m_mapping.definition().version())
        qCInfo(lcIntake) << "draft" << draft.id << "was typed in form version" << draft.formVersion;
    m_draftDebounce.stop();
    m_draftDeadline.stop();
    m_loading = true;
    m_form->clearProblems();
    QJsonObject values = draft.data;
    m_referrals = referralsFromDraft(values.take(kDraftReferrals));
    m_form->setValues(values);
    m_loading = false;
    showReferrals();
    m_draftId = draft.id;
    m_draftPending = false;
    m_startedAt = draft.startedAt.isValid() ? draft.startedAt : m_workspace.clock().nowUtc();
    m_timer->start(draft.elapsedMs);
    m_offeredDrafts.erase(it);
    updateDerived();
    m_form->focusFirstField();
    qCInfo(lcIntake) << "draft restored" << draft.id;
    showStatus(tr("The intake started %1 was restored.").arg(formatDateTime(m_startedAt)) + kept);
}

void IntakeScreen::askDiscardDraft(const QString &draftId)
{
    const auto it = std::find_if(m_offeredDrafts.cbegin(), m_offeredDrafts.cend(),
                                 [&](const Draft &draft) { return draft.id == draftId; });
    if (it == m_offeredDrafts.cend())
        return;
    QWidget *parent = m_recoveryDialog ? static_cast<QWidget *>(m_recoveryDialog) : this;
    const auto answer = MessageBox::ask(parent, tr("Discard this unsaved intake?"),
                                        tr("%1\n\nIt will be thrown away and cannot be restored.")
                                            .arg(DraftRecoveryDialog::describe(*it)),
                                        QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Cancel, QMessageBox::Warning);
    if (answer != QMessageBox::Discard)
        return;
    DraftRepository drafts(m_workspace.store());
    if (auto discarded = drafts.discard(draftId); !discarded) {
        qCWarning(lcIntake) << "draft not discarded:" << draftId << int(discarded.error().code);
        showStatus(tr("The unsaved intake was not discarded: %1").arg(discarded.error().message));
        return;
    }
    m_offeredDrafts.erase(it);
    showStatus(tr("The unsaved intake was discarded."));
    if (m_recoveryDialog)
        m_recoveryDialog->removeDraft(draftId);
}

void IntakeScreen::updateDerived()
{
    if (!m_form)
        return;
    m_channelLabel->setText(codes::channels().displayName(channel()));
    const QJsonObject values = m_form->values();
    bool acute = false;
    const QString screeningField = [&] {
        for (const QString &id : m_mapping.definition().fieldIds())
            if (const FormField *field = m_mapping.definition().field(id);
                field && field->type == FieldType::Screening)
                return id;
        return QString();
    }();
    if (!screeningField.isEmpty() && m_mapping.definition().isVisible(screeningField, values)) {
        const auto level =
            riskLevelFromCode(IntakeMapping::riskLevelFor(values.value(screeningField).toObject()));
        acute = level && requiresEmergencyProtocol(*level);
        if (acute)
            m_banner->setResult(m_screening ? m_screening->resultText()
                                            : riskLevelDisplayName(*level));
    }
    m_banner->setActive(acute);
}

void IntakeScreen::showStatus(const QString &text)
{
    m_status->setText(text);
    emit statusChanged(text);
}

ScreeningPanel *IntakeScreen::screeningPanel() const
{
    return m_screening;
}

CaseLinkDialog *IntakeScreen::caseLinkDialog() const
{
    return m_caseLinkDialog;
}

DraftRecoveryDialog *IntakeScreen::draftRecoveryDialog() const
{
    return m_recoveryDialog;
}

QString IntakeScreen::statusText() const
{
    return m_status->text();
}

bool IntakeScreen::isAcuteBannerShown() const
{
    return m_banner->isActive();
}

QString IntakeScreen::channel() const
{
    const QString field = fieldBoundTo(QStringLiteral("contact.channel"));
    const QString value = field.isEmpty() ? QString() : m_form->values().value(field).toString();
    return codes::channels().contains(value) ? value : kDefaultChannel;
}

QString IntakeScreen::fieldBoundTo(const QString &bind) const
{
    const FormField *field = m_mapping.definition().fieldBoundTo(bind);
    return field ? field->id : QString();
}

IntakeContext IntakeScreen::context() const
{
    IntakeContext context;
    context.counsellorId = m_workspace.session().accountId;
    context.channel = kDefaultChannel;
    context.startedAt = m_startedAt;
    context.durationSeconds = m_timer->elapsedSeconds();
    return context;
}

} // namespace helpline
