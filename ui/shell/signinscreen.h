#pragma once

#include <QWidget>

class QLabel;

namespace helpline {

class AppController;
class CredentialsPanel;

// The way in on a desk that has a store: the desk's accounts (display name and role, read from
// the keyring before anything is decrypted) and a password. A wrong password says so; after
// repeated failures the button waits out the sign-in throttle with a countdown.
//
// On a desk connected to the helpline server, "Another account" lets a person whose account is
// not on this desk yet type their user name; that sign-in, and one whose password the keyring
// refuses (it may have been reset on the server), is checked with the server while the screen
// says so.
class SignInScreen : public QWidget {
    Q_OBJECT
public:
    explicit SignInScreen(AppController &controller, QWidget *parent = nullptr);

    // Reads the keyring again and selects `accountId` (or the last account used).
    void reload(const QString &accountId = {});
    void setNotice(const QString &text);
    CredentialsPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void submit();
    void onServerSignInFinished(bool ok, const QString &message);

    AppController &m_controller;
    QLabel *m_title;
    QLabel *m_intro;
    CredentialsPanel *m_panel;
};

} // namespace helpline
