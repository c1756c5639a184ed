#include "ui/shell/credentialspanel.h"

#include "core/domain/role.h"
#include "ui/shell/shellicons.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace helpline {

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
constexpr int DisplayNameRole = Qt::UserRole + 2;
constexpr int RoleCodeRole = Qt::UserRole + 3;
constexpr int AnotherAccountRole = Qt::UserRole + 4;

QString itemText(const QListWidgetItem *item)
{
    if (item->data(AnotherAccountRole).toBool())
        return CredentialsPanel::tr("Another account (first sign-in on this desk)");
    const auto role = roleFromCode(item->data(RoleCodeRole).toString());
    return QStringLiteral("%1 · %2").arg(item->data(DisplayNameRole).toString(),
                                         role ? roleDisplayName(*role) : QString());
}
} // namespace

CredentialsPanel::CredentialsPanel(QWidget *parent)
    : QWidget(parent)
    , m_accountsLabel(new QLabel(this))
    , m_accounts(new QListWidget(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_submit(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_wait(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_waitTimer(new QTimer(this))
{
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setIconSize(QSize(20, 20));
    m_accounts->setUniformItemSizes(true);
    m_accounts->setMinimumHeight(120);
    m_accounts->setMaximumHeight(220);
    m_accountsLabel->setObjectName(QStringLiteral("accountListLabel"));
    m_accountsLabel->setBuddy(m_accounts);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_usernameLabel->setObjectName(QStringLiteral("usernameLabel"));
    m_usernameLabel->setBuddy(m_username);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_passwordLabel->setObjectName(QStringLiteral("passwordLabel"));
    m_passwordLabel->setBuddy(m_password);

    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_wait->setObjectName(QStringLiteral("waitLabel"));
    m_wait->setWordWrap(true);
    m_wait->hide();
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0); // busy: how long the server takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(Theme::spaceM);
    m_progress->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spaceS);
    layout->addWidget(m_accountsLabel);
    layout->addWidget(m_accounts);
    layout->addSpacing(Theme::spaceM);
    layout->addWidget(m_usernameLabel);
    layout->addWidget(m_username);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addSpacing(Theme::spaceM);
    layout->addWidget(m_message);
    layout->addWidget(m_wait);
    layout->addWidget(m_progress);
    layout->addWidget(m_submit, 0, Qt::AlignRight);
    setTabOrder(m_accounts, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_submit);
    updateUsernameRow();

    connect(m_password, &QLineEdit::returnPressed, this, &CredentialsPanel::trySubmit);
    // Enter after the user name moves on to the password, or signs in when it is typed.
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            focusPassword();
        else
            trySubmit();
    });
    // The throttle counts per user name: its wait follows what is typed.
    connect(m_username, &QLineEdit::textChanged, this, &CredentialsPanel::refreshWait);
    connect(m_submit, &QPushButton::clicked, this, &CredentialsPanel::trySubmit);
    connect(m_accounts, &QListWidget::currentItemChanged, this, [this] {
        clearMessage();
        updateUsernameRow();
        refreshWait();
        emit selectedAccountChanged(selectedAccountId());
    });
    // Enter on an account moves on to its password (or to the user name for another account).
    connect(m_accounts, &QListWidget::itemActivated, this, [this] {
        if (isAnotherAccountSelected())
            m_username->setFocus(Qt::OtherFocusReason);
        else
            focusPassword();
    });
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &CredentialsPanel::refreshWait);
    m_waitTimer->start();
    retranslate();
}

void CredentialsPanel::setAccounts(const QList<KeyringAccount> &accounts,
                                   const QString &selectAccountId)
{
    m_accounts->clear();
    for (const KeyringAccount &account : accounts) {
        auto *item = new QListWidgetItem(ShellIcons::icon(ShellIcons::Kind::Account), QString());
        item->setData(AccountIdRole, account.accountId);
        item->setData(DisplayNameRole, account.displayName);
        item->setData(RoleCodeRole, roleCode(account.role));
        item->setText(itemText(item));
        m_accounts->addItem(item);
    }
    if (m_anotherOffered)
        addAnotherAccountItem();
    selectAccount(selectAccountId);
    if (!m_accounts->currentItem() && m_accounts->count() > 0)
        m_accounts->setCurrentRow(0);
    refreshWait();
}

QString CredentialsPanel::selectedAccountId() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? item->data(AccountIdRole).toString() : QString();
}

void CredentialsPanel::selectAccount(const QString &accountId)
{
    if (accountId.isEmpty())
        return;
    for (int row = 0; row < m_accounts->count(); ++row)
        if (m_accounts->item(row)->data(AccountIdRole).toString() == accountId)
            m_accounts->setCurrentRow(row);
}

void CredentialsPanel::setAnotherAccountOffered(bool offered)
{
    if (m_anotherOffered == offered)
        return;
    m_anotherOffered = offered;
    if (offered) {
        addAnotherAccountItem();
    } else {
        for (int row = m_accounts->count() - 1; row >= 0; --row)
            if (m_accounts->item(row)->data(AnotherAccountRole).toBool())
                delete m_accounts->takeItem(row);
    }
    if (!m_accounts->currentItem() && m_accounts->count() > 0)
        m_accounts->setCurrentRow(0);
    updateUsernameRow();
    refreshWait();
}

void CredentialsPanel::addAnotherAccountItem()
{
    auto *item = new QListWidgetItem(ShellIcons::icon(ShellIcons::Kind::Account), QString());
    item->setData(AnotherAccountRole, true);
    item->setText(itemText(item));
    m_accounts->addItem(item);
}

bool CredentialsPanel::isAnotherAccountSelected() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item && item->data(AnotherAccountRole).toBool();
}

void CredentialsPanel::selectAnotherAccount()
{
    for (int row = 0; row < m_accounts->count(); ++row)
        if (m_accounts->item(row)->data(AnotherAccountRole).toBool())
            m_accounts->setCurrentRow(row);
}

QString CredentialsPanel::typedUsername() const
{
    return m_username->text().trimmed();
}

void CredentialsPanel::updateUsernameRow()
{
    const bool another = isAnotherAccountSelected();
    m_usernameLabel->setVisible(another);
    m_username->setVisible(another);
}

void CredentialsPanel::setWaitProvider(std::function<qint64(const QString &)> remainingMs)
{
    m_remainingMs = std::move(remainingMs);
    refreshWait();
}

void CredentialsPanel::setSubmitText(const QString &text)
{
    m_submit->setText(text);
}

void CredentialsPanel::showError(const QString &text)
{
    m_message->setForegroundRole(QPalette::WindowText);
    QFont font = m_message->font();
    font.setWeight(QFont::DemiBold);
    m_message->setFont(font);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CredentialsPanel::showNotice(const QString &text)
{
    m_message->setFont(font());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CredentialsPanel::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void CredentialsPanel::setBusy(bool busy, const QString &text, bool progress)
{
    m_busy = busy;
    m_accounts->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_progress->setVisible(busy && progress);
    if (busy) {
        showNotice(text);
        m_submit->setEnabled(false);
        // Paint the notice now: the password check that follows blocks for about half a second.
        m_message->repaint();
    }
    refreshWait();
}

QString CredentialsPanel::takePassword()
{
    const QString text = m_password->text();
    m_password->clear();
    return text;
}

void CredentialsPanel::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

void CredentialsPanel::refreshWait()
{
    const QString account = selectedAccountId();
    const bool chosen = !account.isEmpty() || isAnotherAccountSelected();
    const qint64 remaining = (m_remainingMs && chosen) ? m_remainingMs(account) : 0;
    if (remaining > 0) {
        const int seconds = int((remaining + 999) / 1000);
        m_wait->setText(
            tr("Too many wrong passwords. You can try again in %n second(s).", nullptr, seconds));
        m_wait->show();
    } else {
        m_wait->hide();
    }
    m_submit->setEnabled(!m_busy && remaining == 0 && chosen);
}

void CredentialsPanel::trySubmit()
{
    refreshWait();
    if (!m_submit->isEnabled())
        return;
    emit submitted();
}

void CredentialsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CredentialsPanel::retranslate()
{
    m_accountsLabel->setText(tr("&Account"));
    m_accounts->setAccessibleName(tr("Account"));
    m_usernameLabel->setText(tr("&User name"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setPlaceholderText(tr("Your user name on the helpline server"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setAccessibleName(tr("Password"));
    for (int row = 0; row < m_accounts->count(); ++row)
        m_accounts->item(row)->setText(itemText(m_accounts->item(row)));
    refreshWait();
}

} // namespace helpline
