#include "ui/shell/signinscreen.h"

#include "core/settings/settings.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/gatecard.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace helpline {

SignInScreen::SignInScreen(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_panel(new CredentialsPanel)
{
    setObjectName(QStringLiteral("signInScreen"));
    m_title->setObjectName(QStringLiteral("signInTitle"));
    Theme::setHeading(m_title, 1);
    m_intro->setWordWrap(true);
    Theme::setSecondary(m_intro);

    auto *card = new GateCard(this);
    card->body()->addWidget(m_title);
    card->body()->addWidget(m_intro);
    card->body()->addSpacing(Theme::spaceM);
    card->body()->addWidget(m_panel);

    m_panel->setAnotherAccountOffered(controller.isConnectedDesk());
    m_panel->setWaitProvider([this](const QString &accountId) {
        return m_panel->isAnotherAccountSelected()
                   ? m_controller.usernameThrottleRemainingMs(m_panel->typedUsername())
                   : m_controller.throttleRemainingMs(accountId);
    });
    connect(m_panel, &CredentialsPanel::submitted, this, &SignInScreen::submit);
    connect(&controller, &AppController::serverSignInFinished, this,
            &SignInScreen::onServerSignInFinished);
    setFocusProxy(m_panel->passwordEdit());
    retranslate();
    reload();
}

void SignInScreen::reload(const QString &accountId)
{
    auto accounts = m_controller.accounts();
    if (!accounts) {
        m_panel->setAccounts({});
        m_panel->showError(accounts.error().message);
        return;
    }
    m_panel->setAccounts(*accounts,
                         accountId.isEmpty() ? m_controller.settings().lastAccountId() : accountId);
}

void SignInScreen::setNotice(const QString &text)
{
    m_panel->showNotice(text);
}

void SignInScreen::submit()
{
    const bool another = m_panel->isAnotherAccountSelected();
    const QString accountId = another ? QString() : m_panel->selectedAccountId();
    const QString username = another ? m_panel->typedUsername() : QString();
    if (another && username.isEmpty()) {
        m_panel->showError(tr("Type your user name on the helpline server."));
        m_panel->usernameEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    SecureBytes password = SecureBytes::fromUtf8(m_panel->takePassword());
    m_panel->setBusy(true, tr("Signing in…"));
    const auto begun = m_controller.beginSignIn(accountId, username, std::move(password));
    if (begun && *begun == AppController::SignInProgress::SignedIn)
        return; // the controller has replaced this screen
    if (begun) {
        m_panel->setBusy(true, tr("Checking with the server…"), true);
        return;
    }
    m_panel->setBusy(false);
    m_panel->showError(begun.error().message);
    m_panel->focusPassword();
}

void SignInScreen::onServerSignInFinished(bool ok, const QString &message)
{
    if (ok)
        return; // the controller has replaced this screen
    m_panel->setBusy(false);
    m_panel->showError(message);
    m_panel->focusPassword();
}

void SignInScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_panel->focusPassword();
}

void SignInScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInScreen::retranslate()
{
    m_title->setText(tr("Sign in"));
    m_intro->setText(m_controller.isConnectedDesk()
                         ? tr("Choose your account and enter your password. Signing in on this "
                              "desk for the first time? Choose “Another account” and use your "
                              "helpline server account.")
                         : tr("Choose your account and enter your password."));
    m_panel->setSubmitText(tr("Sign in"));
}

} // namespace helpline
