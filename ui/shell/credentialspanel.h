#pragma once

#include "core/store/keyring.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace helpline {

// The part the sign-in and lock screens share: the desk's accounts (display name and role), a
// password field, the submit button, a message line and, after repeated wrong passwords, a
// countdown while the button stays disabled. Enter in the password field submits.
class CredentialsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CredentialsPanel(QWidget *parent = nullptr);

    void setAccounts(const QList<KeyringAccount> &accounts, const QString &selectAccountId = {});
    QString selectedAccountId() const;
    void selectAccount(const QString &accountId);

    // How long an account must still wait before trying again (the sign-in throttle).
    void setWaitProvider(std::function<qint64(const QString &accountId)> remainingMs);
    void setSubmitText(const QString &text);
    void showError(const QString &text);
    void showNotice(const QString &text);
    void clearMessage();
    // While a password is checked: inputs disabled and `text` shown.
    void setBusy(bool busy, const QString &text = {});
    // The password typed, then the field is cleared (the caller turns it into SecureBytes).
    QString takePassword();
    void focusPassword();

    QListWidget *accountList() const { return m_accounts; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *submitButton() const { return m_submit; }

signals:
    void submitted();
    void selectedAccountChanged(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshWait();
    void trySubmit();

    QLabel *m_accountsLabel;
    QListWidget *m_accounts;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_submit;
    QLabel *m_message;
    QLabel *m_wait;
    QTimer *m_waitTimer;
    std::function<qint64(const QString &)> m_remainingMs;
    bool m_busy = false;
};

} // namespace helpline
