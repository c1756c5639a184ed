#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace helpline {

class AppController;

// The first start on a desk: creates the encrypted store and its first administrator. The store
// location defaults to the application's data folder; the password is asked twice with a
// strength hint. Protecting the password takes a few seconds (the key derivation is measured on
// this machine), shown as progress. Problems are said in plain words beside the button.
class FirstRunScreen : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunScreen(AppController &controller, QWidget *parent = nullptr);

    QLineEdit *directoryEdit() const { return m_directory; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateStrength();
    void chooseDirectory();
    void submit();
    void setBusy(bool busy);
    void showError(const QString &text);
    void onFinished(bool ok, const QString &message);

    AppController &m_controller;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_directoryLabel;
    QLineEdit *m_directory;
    QPushButton *m_choose;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_strength;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_create;
};

} // namespace helpline
