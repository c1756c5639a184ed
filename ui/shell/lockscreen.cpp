#include "ui/shell/lockscreen.h"

#include "core/domain/role.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/gatecard.h"
#include "ui/shell/shellicons.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace helpline {

LockScreen::LockScreen(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_who(new QLabel)
    , m_switchNote(new QLabel)
    , m_panel(new CredentialsPanel)
    , m_signOut(new QPushButton)
{
    setObjectName(QStringLiteral("lockScreen"));
    if (const Session *session = controller.session()) {
        m_lockedAccountId = session->accountId;
        m_lockedName = session->displayName;
    }
    m_title->setObjectName(QStringLiteral("lockTitle"));
    Theme::setHeading(m_title, 1);
    m_who->setObjectName(QStringLiteral("lockedAccountLabel"));
    m_who->setWordWrap(true);
    m_switchNote->setObjectName(QStringLiteral("switchAccountNote"));
    m_switchNote->setWordWrap(true);
    Theme::setSecondary(m_switchNote);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setIcon(ShellIcons::icon(ShellIcons::Kind::SignOut));
    m_signOut->setAutoDefault(false);

    auto *card = new GateCard(this);
    card->body()->addWidget(m_title);
    card->body()->addWidget(m_who);
    card->body()->addSpacing(Theme::spaceM);
    card->body()->addWidget(m_panel);
    card->body()->addWidget(m_switchNote);
    card->body()->addSpacing(Theme::spaceM);
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_signOut);
    card->body()->addLayout(footer);

    auto accounts = controller.accounts();
    if (accounts)
        m_panel->setAccounts(*accounts, m_lockedAccountId);
    else
        m_panel->showError(accounts.error().message);
    m_panel->setWaitProvider(
        [this](const QString &accountId) { return m_controller.throttleRemainingMs(accountId); });
    connect(m_panel, &CredentialsPanel::submitted, this, &LockScreen::submit);
    connect(m_panel, &CredentialsPanel::selectedAccountChanged, this, &LockScreen::retranslate);
    connect(m_signOut, &QPushButton::clicked, this, [this] { m_controller.signOut(); });
    setTabOrder(m_panel->submitButton(), m_signOut);
    setFocusProxy(m_panel->passwordEdit());
    retranslate();
}

bool LockScreen::isLockedAccountSelected() const
{
    return m_panel->selectedAccountId() == m_lockedAccountId;
}

void LockScreen::submit()
{
    const bool unlocking = isLockedAccountSelected();
    const QString accountId = m_panel->selectedAccountId();
    const SecureBytes password = SecureBytes::fromUtf8(m_panel->takePassword());
    m_panel->setBusy(true, unlocking ? tr("Unlocking…") : tr("Signing in…"));
    const Outcome<void> done =
        unlocking ? m_controller.unlock(password) : m_controller.switchAccount(accountId, password);
    if (done)
        return; // the controller has replaced this screen
    m_panel->setBusy(false);
    m_panel->showError(done.error().message);
    m_panel->focusPassword();
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_panel->focusPassword();
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Locked"));
    QString role;
    if (const Session *session = m_controller.session())
        role = roleDisplayName(session->role);
    m_who->setText(tr("The workstation is locked and case data is hidden. %1 (%2) can unlock it "
                      "with their password.")
                       .arg(m_lockedName, role));
    m_signOut->setText(tr("Sign &out"));
    if (isLockedAccountSelected()) {
        m_panel->setSubmitText(tr("Unlock"));
        m_switchNote->setText(
            tr("Someone else can choose their own account to sign in; that signs %1 out.")
                .arg(m_lockedName));
    } else {
        m_panel->setSubmitText(tr("Sign in and sign %1 out").arg(m_lockedName));
        m_switchNote->setText(tr("Signing in signs %1 out. Their unsaved intake is kept as a "
                                 "draft for their next sign-in.")
                                  .arg(m_lockedName));
    }
}

} // namespace helpline
