#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace helpline {

class AppController;
class CredentialsPanel;

// Shown in place of every case screen while the desk is locked. It names the locked account;
// only that account's password unlocks. Another account may sign in instead, which signs the
// locked one out (its intake draft was saved when the desk locked).
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(AppController &controller, QWidget *parent = nullptr);

    CredentialsPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void submit();
    bool isLockedAccountSelected() const;

    AppController &m_controller;
    QString m_lockedAccountId;
    QString m_lockedName;
    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_switchNote;
    CredentialsPanel *m_panel;
    QPushButton *m_signOut;
};

} // namespace helpline
