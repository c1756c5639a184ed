#include "ui/directory/referraldialog.h"

#include "core/domain/codes.h"
#include "core/domain/regions.h"
#include "ui/common/workspace.h"
#include "ui/directory/directorybrowser.h"
#include "ui/directory/directorycatalog.h"
#include "ui/shell/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpline {

namespace {
// Any case id passes Referral::validate's "belongs to a case": the caller sets the real one.
const QString kCasePending = QStringLiteral("pending");

void fillCodes(QComboBox *combo, const CodeList &list)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto &[code, label] : list.entries)
        combo->addItem(list.displayName(code), code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

ReferralDialog::ReferralDialog(Workspace &workspace, const DirectoryQuery &suggested,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("referralDialog"));
    setModal(true);
    resize(1000, 680);

    // Step 1: the service.
    auto *chooseStep = new QWidget(this);
    m_browser = new DirectoryBrowser(workspace.clock(), Regions::builtIn(), chooseStep);
    m_browser->setLanguage(workspace.language());
    m_browser->setIndex(DirectoryCatalog::of(workspace).index());
    m_browser->setQuery(suggested);
    m_chooseHint = new QLabel(this);
    m_chooseHint->setWordWrap(true);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseServiceButton"));
    m_choose->setDefault(false);
    m_choose->setAutoDefault(false);
    m_unlisted = new QPushButton(this);
    m_unlisted->setObjectName(QStringLiteral("unlistedServiceButton"));
    m_unlisted->setAutoDefault(false);
    auto *chooseLayout = new QVBoxLayout(chooseStep);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(m_browser, 1);
    connect(m_browser, &DirectoryBrowser::entryActivated, this, [this] { chooseCurrent(); });
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseCurrent(); });
    connect(m_unlisted, &QPushButton::clicked, this, &ReferralDialog::chooseUnlisted);

    // Step 2: the referral.
    auto *formStep = new QWidget(this);
    m_serviceLabel = new QLabel(formStep);
    m_serviceName = new QLineEdit(formStep);
    m_serviceName->setObjectName(QStringLiteral("referralServiceEdit"));
    m_serviceLabel->setBuddy(m_serviceName);
    m_changeService = new QPushButton(formStep);
    m_changeService->setObjectName(QStringLiteral("changeServiceButton"));
    m_changeService->setAutoDefault(false);
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_serviceName, 1);
    serviceRow->addWidget(m_changeService);
    m_reasonLabel = new QLabel(formStep);
    m_reason = new QPlainTextEdit(formStep);
    m_reason->setObjectName(QStringLiteral("referralReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(120);
    m_reasonLabel->setBuddy(m_reason);
    m_urgencyLabel = new QLabel(formStep);
    m_urgency = new QComboBox(formStep);
    m_urgency->setObjectName(QStringLiteral("referralUrgencyCombo"));
    m_urgencyLabel->setBuddy(m_urgency);
    m_methodLabel = new QLabel(formStep);
    m_method = new QComboBox(formStep);
    m_method->setObjectName(QStringLiteral("referralMethodCombo"));
    m_methodLabel->setBuddy(m_method);
    m_consentLabel = new QLabel(formStep);
    m_consentYes = new QRadioButton(formStep);
    m_consentYes->setObjectName(QStringLiteral("consentYesRadio"));
    m_consentNo = new QRadioButton(formStep);
    m_consentNo->setObjectName(QStringLiteral("consentNoRadio"));
    m_consent = new QButtonGroup(this);
    m_consent->addButton(m_consentYes);
    m_consent->addButton(m_consentNo);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentYes);
    consentRow->addWidget(m_consentNo);
    consentRow->addStretch(1);
    m_consentReasonLabel = new QLabel(formStep);
    m_consentReason = new QLineEdit(formStep);
    m_consentReason->setObjectName(QStringLiteral("consentReasonEdit"));
    m_consentReasonLabel->setBuddy(m_consentReason);
    m_problem = new QLabel(formStep);
    m_problem->setObjectName(QStringLiteral("referralProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReferralButton"));
    m_save->setDefault(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_serviceLabel, serviceRow);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_urgencyLabel, m_urgency);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_consentLabel, consentRow);
    form->addRow(m_consentReasonLabel, m_consentReason);
    auto *formLayout = new QVBoxLayout(formStep);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_problem);
    formLayout->addStretch(1);
    connect(m_changeService, &QPushButton::clicked, this, [this] { showStep(0); });
    connect(m_consent, &QButtonGroup::buttonToggled, this, [this] { updateConsent(); });
    connect(m_save, &QPushButton::clicked, this, &ReferralDialog::save);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(chooseStep);
    m_steps->addWidget(formStep);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelReferralButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // One row of buttons; each step shows its own.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_chooseHint);
    bottom->addStretch(1);
    bottom->addWidget(m_unlisted);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_choose);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceL, Theme::spaceL, Theme::spaceL, Theme::spaceL);
    layout->addWidget(m_steps, 1);
    layout->addLayout(bottom);

    retranslate();
    updateConsent();
    showStep(0);
}

Referral ReferralDialog::referral() const
{
    Referral r;
    r.directoryEntryId = m_entryId;
    r.serviceName = m_serviceName->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.urgency = m_urgency->currentData().toString();
    r.method = m_method->currentData().toString();
    if (m_consentYes->isChecked())
        r.consent = true;
    else if (m_consentNo->isChecked())
        r.consent = false;
    r.consentReason = m_consentNo->isChecked() ? m_consentReason->text().trimmed() : QString();
    return r;
}

bool ReferralDialog::chooseCurrent()
{
    const DirectoryEntry *entry = m_browser->currentEntry();
    if (!entry)
        return false;
    m_entryId = entry->meta.id;
    m_serviceName->setText(entry->displayName(m_workspace.language()));
    m_serviceName->setReadOnly(true);
    showStep(1);
    return true;
}

void ReferralDialog::chooseUnlisted()
{
    m_entryId.clear();
    m_serviceName->clear();
    m_serviceName->setReadOnly(false);
    showStep(1);
    m_serviceName->setFocus(Qt::TabFocusReason);
}

bool ReferralDialog::save()
{
    Referral r = referral();
    r.caseId = kCasePending;
    const Problems problems = r.validate();
    if (problems.isEmpty()) {
        m_problem->hide();
        accept();
        return true;
    }
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines << problem.message;
    m_problem->setText(lines.join(u'\n'));
    m_problem->show();
    const QString field = problems.constFirst().field;
    if (field == QLatin1String("service"))
        m_serviceName->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("reason"))
        m_reason->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("consent"))
        m_consentYes->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("consent_reason"))
        m_consentReason->setFocus(Qt::OtherFocusReason);
    return false;
}

void ReferralDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReferralDialog::retranslate()
{
    setWindowTitle(tr("Refer"));
    m_chooseHint->setText(tr("Choose the service (Enter), then say why and how."));
    m_choose->setText(tr("&Choose this service"));
    m_unlisted->setText(tr("Service &not in the directory"));
    m_serviceLabel->setText(tr("Service"));
    m_changeService->setText(tr("C&hange"));
    m_reasonLabel->setText(tr("&Why"));
    m_reason->setPlaceholderText(tr("What the service should do for the child"));
    m_urgencyLabel->setText(tr("&Urgency"));
    m_methodLabel->setText(tr("&Made"));
    m_consentLabel->setText(tr("Consent"));
    m_consentYes->setText(tr("The child or caller &agreed"));
    m_consentNo->setText(tr("&Without consent"));
    m_consentReasonLabel->setText(tr("Why without &consent"));
    m_consentReason->setPlaceholderText(tr("For example: imminent danger to the child"));
    m_save->setText(tr("&Save referral"));
    m_cancel->setText(tr("Cancel"));
    fillCodes(m_urgency, codes::referralUrgencies());
    fillCodes(m_method, codes::referralMethods());
}

void ReferralDialog::showStep(int step)
{
    m_steps->setCurrentIndex(step);
    m_chooseHint->setVisible(step == 0);
    m_unlisted->setVisible(step == 0);
    m_choose->setVisible(step == 0);
    m_save->setVisible(step == 1);
    if (step == 0)
        m_browser->focusTarget()->setFocus(Qt::TabFocusReason);
    else
        m_reason->setFocus(Qt::TabFocusReason);
}

void ReferralDialog::updateConsent()
{
    const bool without = m_consentNo->isChecked();
    m_consentReason->setEnabled(without);
    m_consentReasonLabel->setEnabled(without);
}

} // namespace helpline
