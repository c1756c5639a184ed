#pragma once

#include <QWidget>

class QLabel;

namespace helpline {

class AppController;
class CredentialsPanel;

// The way in on a desk that has a store: the desk's accounts (display name and role, read from
// the keyring before anything is decrypted) and a password. A wrong password says so; after
// repeated failures the button waits out the sign-in throttle with a countdown.
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

    AppController &m_controller;
    QLabel *m_title;
    QLabel *m_intro;
    CredentialsPanel *m_panel;
};

} // namespace helpline
