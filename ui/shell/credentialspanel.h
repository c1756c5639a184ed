#pragma once

#include "core/store/keyring.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace helpline {

// The part the sign-in and lock screens share: the desk's accounts (display name and role), a
// password field, the submit button, a message line and, after repeated wrong passwords, a
// countdown while the button stays disabled. Enter in the password field submits.
//
// On a desk connected to the helpline server the list also offers "Another account": a person
// whose account is not on this desk yet types their user name (setAnotherAccountOffered()).
class CredentialsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CredentialsPanel(QWidget *parent = nullptr);

    void setAccounts(const QList<KeyringAccount> &accounts, const QString &selectAccountId = {});
    // Empty when nothing, or "Another account", is selected.
    QString selectedAccountId() const;
    void selectAccount(const QString &accountId);

    // Adds "Another account" at the end of the list, with a user name field when chosen.
    void setAnotherAccountOffered(bool offered);
    bool isAnotherAccountSelected() const;
    void selectAnotherAccount();
    // The user name typed for "Another account", trimmed.
    QString typedUsername() const;

    // How long an account must still wait before trying again (the sign-in throttle). For
    // "Another account" it is called with an empty id.
    void setWaitProvider(std::function<qint64(const QString &accountId)> remainingMs);
    void setSubmitText(const QString &text);
    void showError(const QString &text);
    void showNotice(const QString &text);
    void clearMessage();
    // While a password is checked: inputs disabled and `text` shown; `progress` adds a moving
    // bar (a check that takes a while, with the server).
    void setBusy(bool busy, const QString &text = {}, bool progress = false);
    bool isBusy() const { return m_busy; }
    // The password typed, then the field is cleared (the caller turns it into SecureBytes).
    QString takePassword();
    void focusPassword();

    QListWidget *accountList() const { return m_accounts; }
    QLineEdit *usernameEdit() const { return m_username; }
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
    void updateUsernameRow();
    void addAnotherAccountItem();

    QLabel *m_accountsLabel;
    QListWidget *m_accounts;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_submit;
    QLabel *m_message;
    QLabel *m_wait;
    QProgressBar *m_progress;
    QTimer *m_waitTimer;
    std::function<qint64(const QString &)> m_remainingMs;
    bool m_busy = false;
    bool m_anotherOffered = false;
};

} // namespace helpline
